import type { en } from './en.ts';

/**
 * The offline companion's message catalogue (issue 16, point 4): one file per language beside
 * this one (en.ts, es.ts, fr.ts, de.ts), each an object of the same shape. English is the
 * reference: its type is the catalogue's type, and every other language `satisfies Catalogue`,
 * so a key missing (or a variable misnamed) in one of them fails the type check.
 *
 * Entries are plain strings, or functions of named variables (`{ name, mentor, when, count … }`)
 * returning a string, or lists of either where the companion varies its words (the flow picks one
 * with its seed, `pick(seed, list)`; languages may have a different number of alternatives).
 * Texts the server writes (proposal summaries, error messages, times like "Fri 10 May, 16:00")
 * come inside tool results and are wrapped as they are.
 */
export type Catalogue = typeof en;

/** The languages the companion answers in. */
export const replyLanguages = ['en', 'es', 'fr', 'de'] as const;
export type Lang = (typeof replyLanguages)[number];

/** Several ways to say one thing with the same variables. */
export const alts = <V>(...options: ((v: V) => string)[]): ((v: V) => string)[] => options;

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "a, b and c" with the language's "and". */
export const joinWith =
  (and: string) =>
  (items: string[]): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** A number with a decimal comma (Spanish, French, German): 4.5 → "4,5". */
export const decimalComma = (n: number, digits = 1) => n.toFixed(digits).replace('.', ',');
