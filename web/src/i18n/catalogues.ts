/**
 * The languages the web client speaks and their catalogues: plain data, no browser, so server-side
 * tests (the browser tests' expectations) read the same words the page shows.
 */
import { de } from './de.ts';
import { type Catalogue, en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

export type { Catalogue };

export const languages = ['en', 'es', 'fr', 'de'] as const;
export type Lang = (typeof languages)[number];

export const catalogues: Record<Lang, Catalogue> = { en, es, fr, de };

/** Each language's name in itself: the picker reads the same whichever language the page is in. */
export const languageNames: Record<Lang, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
};
