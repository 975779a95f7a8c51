import { MILESTONES } from '../../../../domain/journey/milestones.ts';
import { tellLanguage } from '../../../safety/language.ts';
import {
  englishWords,
  glossEvidence,
  nearestGlossed,
  ownWordsLanguage,
  wordsLanguage,
} from '../gloss/index.ts';
import type { Memory } from '../memory.ts';
import type { Catalogue, Lang } from './catalogue.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

export { type Catalogue, type Lang, replyLanguages } from './catalogue.ts';
export { notSpoken } from './en.ts';

/** Every language the companion answers in, with its words (one file each, see catalogue.ts). */
export const catalogues: Record<Lang, Catalogue> = { en, es, fr, de };

/** The words of the language a flow answers in. */
export const wordsOf = (f: { lang: Lang }): Catalogue => catalogues[f.lang];

/** The milestone the server titled in English ("First check-in"), as this catalogue titles it. */
export function milestoneTitle(c: Catalogue, english: string): string {
  const id = MILESTONES.find((m) => m.title === english)?.id;
  return (id && (c.milestoneTitles as Record<string, string>)[id]) || english;
}

const isReplyLanguage = (code: string | undefined): code is Lang => !!code && code in catalogues;

/**
 * The names the conversation knows (places, mentors) and the app's own word "check-in", said in
 * every language: left out before telling the language ("hazme check-in en Slow Pour" is Spanish).
 */
function withoutNames(text: string, memory: Memory): string {
  const names = [
    ...(memory.places ?? []).map((p) => p.name),
    ...(memory.mentors ?? []).map((m) => m.name),
    ...(memory.sessions ?? []).map((s) => s.mentor),
    memory.focusPlace?.name,
    memory.lastBooked?.mentor,
  ].filter((n): n is string => !!n && n.length >= 3);
  let t = text.toLowerCase().replace(/\bcheck[- ]?in\b/g, ' ');
  for (const name of names.sort((a, b) => b.length - a.length)) t = t.split(name.toLowerCase()).join(' ');
  return t;
}

/** Words a message needs before it may take a conversation out of its language. */
const SURE_WORDS = 4;

/**
 * The language to answer a message in: the one ELD tells (safety/language.ts, `tellLanguage`)
 * when it is sure, else the language of the previous reply (stored in the offline memory),
 * English to begin with. `unsupported` when ELD is sure the message is in a language the
 * companion does not speak yet (Portuguese, Italian): the reply then says so, in English.
 */
export function replyLanguageOf(text: string, memory: Memory): { lang: Lang; unsupported: boolean } {
  const current: Lang = isReplyLanguage(memory.lang) ? memory.lang : 'en';
  if (!text.trim()) return { lang: current, unsupported: false };
  // A few words the companion's own tables know ("ouais vas-y", "si porfa", "ja, passt") tell more
  // than ELD can from so little: it once read "ouais vas-y" as Spanish.
  const fewWords = wordsLanguage(text);
  // In a conversation already in another language, a word or two of thanks borrowed from this one
  // ("merci!" in Swiss German, "ja, merci vielmal") keeps it, unless ELD reads the same language.
  if (fewWords && (!memory.lang || fewWords === current || tellLanguage(text, current).language === fewWords))
    return { lang: fewWords, unsupported: false };
  const own = withoutNames(text, memory);
  // A few words ELD cannot be sure of ("a green bowl", "ok thanks" in a French conversation): the
  // conversation's language stays. Only a message clearly in another language changes it.
  if (memory.lang && own.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < SURE_WORDS)
    return { lang: current, unsupported: false };
  const told = tellLanguage(own, current);
  // Two or more words of one language's own, against none of the language ELD read (English
  // for "reserve tom whitaker mercredi 14h30", French for "hazme check in en slow pour"): a name
  // or an English place name outweighed them.
  // (Asked only where it could change the answer: the gloss tables are read in full.)
  const doubtful =
    (told.language === 'en' && englishWords(own) < 2) ||
    !told.reliable ||
    ((told.language === 'es' || told.language === 'fr' || told.language === 'de') &&
      glossEvidence(text, told.language) === 0);
  // ("Was macht Tom Whitaker?": one German word of its own and no English one, so German.)
  const other = doubtful
    ? (ownWordsLanguage(text) ?? (told.language === 'en' ? nearestGlossed(own) : undefined))
    : undefined;
  if (other && other !== told.language) return { lang: other, unsupported: false };
  // Doubtful, and the conversation's language has more words of its own here than the one ELD
  // read ("na, lass ma des" in an Austrian conversation, read as French for "des"): it stays.
  if (
    doubtful &&
    current !== 'en' &&
    current !== told.language &&
    glossEvidence(text, current) >
      (told.language === 'es' || told.language === 'fr' || told.language === 'de'
        ? glossEvidence(text, told.language)
        : 0)
  )
    return { lang: current, unsupported: false };
  if (!told.reliable || !told.language) {
    // Unsure, but the language ELD leans to has words of its own here, in three words or more
    // ("checke mich bei peacefull grounds cafe ein"): as the glosses read it (gloss/index.ts).
    const leaning = told.language;
    if (
      (leaning === 'es' || leaning === 'fr' || leaning === 'de') &&
      own.trim().split(/\s+/).length >= 3 &&
      glossEvidence(text, leaning) > 0
    )
      return { lang: leaning, unsupported: false };
    return { lang: current, unsupported: false };
  }
  if (isReplyLanguage(told.language)) return { lang: told.language, unsupported: false };
  // A language it does not speak, read in words one it speaks has as its own ("cafés cerca?" read
  // as Portuguese, "cerca" being Spanish's): that one, rather than "I don't speak that yet".
  const sibling = ownWordsLanguage(text);
  if (sibling) return { lang: sibling, unsupported: false };
  return { lang: current, unsupported: true };
}
