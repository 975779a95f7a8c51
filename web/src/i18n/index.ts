/**
 * The web client's language: English, Spanish, French or German, chosen from the browser (the
 * first of `navigator.languages` the client speaks, else English) unless the person picked one in
 * Settings (kept on this device). Views read their words with `useI18n()`, code outside a view with
 * `i18n()`; numbers, plurals and times are formatted by Intl in the chosen language's locale, and
 * `<html lang>` follows. To add a language: a catalogue file typed `Catalogue`, one line in each
 * table below (docs/web-client.md, "Languages").
 */
import { keys, store } from '../storage.ts';
import { createStore, useStore } from '../store.ts';
import { type Catalogue, catalogues, type Lang, languages } from './catalogues.ts';
import { baseOf, firstSpoken } from './tags.ts';

export { type Catalogue, catalogues, type Lang, languageNames, languages } from './catalogues.ts';

/** What Settings keeps: a language, or 'auto' (the browser decides). */
export type LanguageChoice = Lang | 'auto';

/** The locale Intl formats with when the browser names no variant of the language. */
const defaultLocales: Record<Lang, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', de: 'de-DE' };

/** A plural: the CLDR categories a language uses; `other` is always there. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const isLang = (s: string): s is Lang => (languages as readonly string[]).includes(s);

/** The browser's languages, most wanted first (none outside a browser). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The first of `tags` the client speaks ("es-ES" → es), else English. */
export function languageFrom(tags: readonly string[]): Lang {
  return firstSpoken(tags, languages) ?? 'en';
}

/**
 * The locale for Intl: the browser's own variant of the language when it lists one (en-US keeps
 * its 12-hour clock, es-MX its dates), else the language's usual one (en-GB, es-ES, fr-FR, de-DE).
 */
export function localeFor(lang: Lang, tags: readonly string[]): string {
  const own = tags.find((t) => baseOf(t) === lang && t.includes('-'));
  if (own) {
    try {
      return Intl.getCanonicalLocales(own)[0] ?? defaultLocales[lang];
    } catch {
      // a tag Intl does not accept
    }
  }
  return defaultLocales[lang];
}

function storedChoice(): LanguageChoice {
  const kept = store.get(keys.language);
  return kept && isLang(kept) ? kept : 'auto';
}

const choice = createStore<LanguageChoice>(storedChoice());
/** Bumped when the browser's languages change: on Automatic, the page may change language. */
const browserChanged = createStore(0);

/** Keeps the choice on this device ('auto': forget it, the browser decides again). */
export function chooseLanguage(next: LanguageChoice): void {
  if (next === 'auto') store.remove(keys.language);
  else store.set(keys.language, next);
  choice.set(next);
}

/** The words and formatters of one language. */
export interface I18n {
  lang: Lang;
  /** The BCP 47 locale Intl formats with. */
  locale: string;
  m: Catalogue;
  /** "Near {city}" with `{city: 'Leeds'}` → "Near Leeds"; numbers are formatted for the locale. */
  fill(template: string, vars?: Record<string, string | number>): string;
  /** The plural form for `n`, filled with `{n}` and `vars`. */
  plural(forms: Plural, n: number, vars?: Record<string, string | number>): string;
  /** A template whose placeholders are page elements (a `<When>`, a `<strong>`): the parts, in order. */
  parts<T>(template: string, vars: Record<string, T>): (string | T)[];
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

const made = new Map<string, I18n>();

function make(lang: Lang, locale: string): I18n {
  const key = `${lang}|${locale}`;
  const kept = made.get(key);
  if (kept) return kept;
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const show = (v: string | number) => (typeof v === 'number' ? numbers.format(v) : v);
  const fill = (template: string, vars: Record<string, string | number> = {}) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? show(vars[name]!) : whole));
  const i: I18n = {
    lang,
    locale,
    m: catalogues[lang],
    fill,
    plural: (forms, n, vars = {}) => fill(forms[rules.select(n)] ?? forms.other, { n, ...vars }),
    parts<T>(template: string, vars: Record<string, T>) {
      return template
        .split(/(\{\w+\})/)
        .filter((p) => p !== '')
        .map((p) => {
          const name = /^\{(\w+)\}$/.exec(p)?.[1];
          return name !== undefined && name in vars ? vars[name]! : p;
        });
    },
    number: (n, options) => (options ? new Intl.NumberFormat(locale, options).format(n) : numbers.format(n)),
  };
  made.set(key, i);
  return i;
}

/** The language the page is in now: the one chosen, else the browser's first the client speaks. */
export function currentLanguage(): Lang {
  const c = choice.get();
  return c === 'auto' ? languageFrom(browserLanguages()) : c;
}

/** The current language's words and formatters, for code outside a view (toasts, error sentences). */
export function i18n(): I18n {
  const lang = currentLanguage();
  return make(lang, localeFor(lang, browserLanguages()));
}

/** The same for a view, which redraws when the language changes. */
export function useI18n(): I18n {
  useStore(choice);
  useStore(browserChanged);
  return i18n();
}

/** What Settings shows as chosen. */
export function useLanguageChoice(): LanguageChoice {
  return useStore(choice);
}

/**
 * `<html lang>` follows the language, now and on every change (a choice in Settings, or the
 * browser's languages changing while the choice is automatic).
 */
export function applyLanguage(): void {
  const apply = () => {
    document.documentElement.lang = i18n().locale;
  };
  apply();
  choice.subscribe(apply);
  browserChanged.subscribe(apply);
  window.addEventListener('languagechange', () => browserChanged.set((n) => n + 1));
}
