import { eld } from 'eld/small';
import { boundedCache } from '../../../../bounded-cache.ts';
import { foldText as fold } from '../../../../domain/text.ts';
import { standardEnglish } from '../regional.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { Gloss } from './types.ts';

/**
 * The offline companion reads Spanish, French and German by glossing the words its English
 * matchers know (one table per language: ./es.ts, ./fr.ts, ./de.ts) and leaving everything else
 * (names, places, what a reminder is about) as written. Dates are read by chrono-node's own
 * parsers for those languages as well (when.ts); the glosses keep the companion's rules in charge
 * of "a las 3" (the afternoon) as of "at 3". The language is told by ELD (a kept n-gram language
 * detector, already the safety check's); a short message keeps the conversation's language.
 */

const glosses: Record<string, Gloss> = { es, fr, de };

export type ChatLanguage = 'en' | 'es' | 'fr' | 'de';

/**
 * A turn tells the same words' language three or four times (the reply, a proposal, the AI notice,
 * the crisis lines): the answers for the last few hundred texts are kept. Both functions below
 * depend on their arguments alone.
 */
const toldLanguage = boundedCache<ChatLanguage>(500);
const toldWords = boundedCache<Exclude<ChatLanguage, 'en'> | undefined>(500);

/** The language of a message among those the companion speaks; `previous` when unsure. */
export function chatLanguage(text: string, previous: ChatLanguage = 'en'): ChatLanguage {
  return toldLanguage.get(`${previous}\u0000${text}`, () => tellLanguage(text, previous));
}

function tellLanguage(text: string, previous: ChatLanguage): ChatLanguage {
  const result = eld.detect(text.slice(0, 1_000));
  const told = result.language;
  if (
    (told === 'en' || told === 'es' || told === 'fr' || told === 'de') &&
    (result.isReliable() ||
      // Unsure but three words or more: taken when the words are that language's own
      // ("reserve avec lena hier", not "quiet coffee place pls" read as Spanish), and more of them
      // than of the conversation's language ("na, lass ma des" in German is not French for "des").
      (text.trim().split(/\s+/).length >= 3 &&
        (told === 'en' ||
          (glossEvidence(text, told) > 0 &&
            (previous === 'en' ||
              previous === told ||
              glossEvidence(text, told) > glossEvidence(text, previous))))))
  )
    return told === 'en' && englishWords(text) < 2
      ? (ownWordsLanguage(text) ?? nearestGlossed(text) ?? 'en')
      : told;
  return wordsLanguage(text) ?? nearestGlossed(text) ?? previous;
}

/**
 * A message in none of our languages' words by the library's reading, with no English word of its
 * own ("Was macht Tom Whitaker?", read as English or Dutch for its names): the one language the
 * companion answers in whose own words it holds, if only one does.
 */
export function nearestGlossed(text: string): Exclude<ChatLanguage, 'en'> | undefined {
  if (englishWords(text) > 0 || plainEnglish(text)) return undefined;
  const held = (['es', 'fr', 'de'] as const).filter((l) => glossEvidence(text, l) > 0);
  return held.length === 1 ? held[0] : undefined;
}

const SHORT_ENGLISH = new Set('no nah nope yes yeah yep ok okay sure thanks fine'.split(' '));
/** Every word an English carrier word (ENGLISH), a short yes or no, or a number or clock time. */
function plainEnglish(text: string): boolean {
  const words = fold(text)
    .split(/[^a-z0-9:']+/)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.every((w) => ENGLISH.has(w) || SHORT_ENGLISH.has(w) || /^\d{1,2}(?::\d{2})?(?:am|pm)?$/.test(w))
  );
}

/** English words that carry a sentence ("a", "with", "the", "can you"): how many a message has. */
const ENGLISH = new Set(
  'a an the with at on for to of me my i you your can could would please and or is are it this that what when'.split(
    ' ',
  ),
);
export function englishWords(text: string): number {
  return fold(text)
    .split(/[^a-z']+/)
    .filter((w) => ENGLISH.has(w)).length;
}

/**
 * The one language among Spanish, French and German with two or more of its own words in a
 * message, more than either other has: for a message ELD reads as English because a name or an
 * English place name outweighs the rest ("reserve tom whitaker mercredi 14h30", "registrame en
 * peacefull grounds"). A message with English words of its own ("book a session with tom morgen
 * um 10") stays English: the caller checks englishWords.
 */
export function ownWordsLanguage(text: string): Exclude<ChatLanguage, 'en'> | undefined {
  const evidence = (['es', 'fr', 'de'] as const)
    .map((l) => ({ l, n: glossEvidence(text, l) }))
    .sort((a, b) => b.n - a.n);
  return evidence[0]!.n >= 2 && evidence[0]!.n > evidence[1]!.n ? evidence[0]!.l : undefined;
}

/**
 * Each table pattern without its flags, compiled once: `exec` on the global pattern itself would
 * move its lastIndex, and compiling a copy per call cost a third of a millisecond per message.
 */
const once = new WeakMap<RegExp, RegExp>();
function plain(p: RegExp): RegExp {
  let copy = once.get(p);
  if (!copy) {
    copy = new RegExp(p.source);
    once.set(p, copy);
  }
  return copy;
}

/** A word glossed into itself ("book" in French franglais) is English as much as anything: it tells nothing. */
function tells(t: string, p: RegExp, english: string): boolean {
  const word = plain(p).exec(t)?.[0].trim() ?? '';
  // A word of three letters or more: "y" (Spanish "and") inside "vas-y" tells nothing.
  return word.length >= 3 && word !== english.trim();
}

/** How many of a language's own words (its gloss table's, not shared with English) a message uses. */
export function glossEvidence(text: string, language: ChatLanguage): number {
  const table = glosses[language];
  if (!table) return 0;
  // A turn asks this of the same words several times (the reply's language, the glosses', the
  // consent check's): each answer is kept for the last few hundred texts.
  return counted.get(`${language}\u0000${text}`, () => {
    const t = fold(text);
    return table.filter(([p, english]) => tells(t, p, english)).length;
  });
}
const counted = boundedCache<number>(1_500);

/**
 * The one language among Spanish, French and German whose gloss words a message of up to three
 * words uses ("gracias", "merci !", "danke dir"); undefined when none or several do, or when it is
 * longer. For messages too short for ELD.
 */
export function wordsLanguage(text: string): Exclude<ChatLanguage, 'en'> | undefined {
  return toldWords.get(text, () => tellWords(text));
}

function tellWords(text: string): Exclude<ChatLanguage, 'en'> | undefined {
  const t = fold(text);
  // Only for a few words: in a longer message, one borrowed word ("gym", "cafe") proves nothing.
  // English words and numbers only ("no 4", "ok 5pm") tell no other language: the French gloss
  // reads "no 4" as "numéro 4", and an English conversation was answered in French.
  if (t.split(' ').length > 3 || plainEnglish(text)) return undefined;
  const known = (Object.keys(glosses) as Exclude<ChatLanguage, 'en'>[]).filter((l) =>
    glosses[l]!.some(([p, english]) => tells(t, p, english)),
  );
  return known.length === 1 ? known[0] : undefined;
}

/** The message as the English matchers read it: unchanged for English. */
export function gloss(text: string, language: ChatLanguage): string {
  return glossTraced(text, language).text;
}

/** An English word or phrase a gloss put in, and the user's words it stands for (folded). */
export type Swap = readonly [english: string, original: string];

/** gloss, with the plain word-for-word swaps it made (not those that moved parts around). */
export function glossTraced(text: string, language: ChatLanguage): { text: string; swaps: Swap[] } {
  const table = glosses[language];
  // English has no gloss, only its regional words put in standard English (regional.ts).
  if (!table) return { text: language === 'en' ? standardEnglish(text) : text, swaps: [] };
  const swaps: Swap[] = [];
  let t = fold(text);
  for (const [pattern, english] of table) {
    t = t.replace(pattern, (...match) => {
      const original = match[0] as string;
      if (english.includes('$')) return original.replace(plain(pattern), english);
      if (english.trim()) swaps.push([english, original]);
      return english;
    });
  }
  return { text: tidyGlossed(t), swaps };
}

/**
 * English words a gloss put into `english` given back as the user wrote them, accents and all
 * (from `raw`): "Ir al gym" → "Ir al gimnasio", "aller a la gym" → "aller à la salle de sport".
 */
export function unglossWith(english: string, swaps: readonly Swap[], raw: string): string {
  let out = english;
  for (const [word, original] of [...swaps].reverse()) {
    out = out.replace(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), original);
  }
  // Every folded word back as it is spelled in raw ("a la" → "à la", "gimnasio" stays).
  const spelled = new Map<string, string>();
  for (const w of raw.toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (w) spelled.set(fold(w), w);
  return out.replace(/[\p{L}\p{N}']+/gu, (w) => (w === w.toLowerCase() ? (spelled.get(w) ?? w) : w));
}

function tidyGlossed(t: string): string {
  return t
    .replace(/:(?=pm|am)/g, '')
    .replace(/half-(\d{1,2}|[a-z]+?)(am|pm)?\b/g, (_, h: string, part = '') => {
      // German "halb drei" is half past two ("halb drei am Nachmittag", half past two pm).
      const n = /\d/.test(h) ? Number(h) : germanHours.indexOf(h);
      return n > 0 ? `at ${n - 1}:30${part}` : h;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const germanHours = [
  'null',
  'eins',
  'zwei',
  'drei',
  'vier',
  'funf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwolf',
];
