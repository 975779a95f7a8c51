import { eld } from 'eld/small';
import { type Language, languages } from './lexicon.ts';

// ELD (Efficient Language Detector), n-gram based and kept up to date, restricted to the languages
// the safety responses are written in; its small database loads in ~50 ms at start-up.
eld.setLanguageSubset([...languages]);

const isLanguage = (code: string): code is Language => (languages as readonly string[]).includes(code);

/**
 * The language to answer a message in: what ELD tells from the text when it is sure, else the
 * language of the lexicon that matched, else the fallback (the user's last known language or English).
 * Short messages ("kms", "ok") are rarely reliable, so the matched lexicon often decides.
 */
export function replyLanguage(
  text: string,
  matched: Language | undefined,
  fallback: Language = 'en',
): Language {
  const result = eld.detect(text.slice(0, 1_000));
  if (isLanguage(result.language) && result.isReliable()) return result.language;
  return matched ?? (isLanguage(result.language) ? result.language : fallback);
}

/** What ELD tells of a chat message: its language, and whether that is clear enough to act on. */
export interface ToldLanguage {
  /** ELD's best guess among `languages`, undefined when it has none. */
  language: Language | undefined;
  /**
   * True when the guess is clear: ELD's own reliability check, at least 10 letters, and, when
   * `current` is given and differs, a score at least 15% above the current language's (a
   * conversation does not switch language on a place name or an English loanword). Portuguese
   * and Italian, which the companion does not speak, must also score well above every other
   * language: Spanish "si porfa" or French "annule ma seance" look Italian to n-grams.
   */
  reliable: boolean;
}

/**
 * The language of a chat message for the companion's reply (the offline companion answers in
 * English, Spanish, French or German): what ELD tells, and whether it is sure enough to change
 * the conversation's language `current`. Short messages ("ok", "gracias", "yes") never are.
 */
export function tellLanguage(text: string, current?: Language): ToldLanguage {
  const sample = text.slice(0, 1_000);
  const result = eld.detect(sample);
  const language = isLanguage(result.language) ? result.language : undefined;
  if (!language) return { language, reliable: false };
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const scores = result.getScores();
  const top = scores[language] ?? 0;
  const others = Object.entries(scores)
    .filter(([code]) => code !== language)
    .map(([, score]) => score);
  const clear =
    result.isReliable() &&
    letters >= 10 &&
    (current === undefined || current === language || top >= (scores[current] ?? 0) * 1.15);
  const unspoken = language === 'pt' || language === 'it';
  // ELD's scores run 0–1; a correct Portuguese or Italian detection averages about 0.78.
  const reliable = clear && (!unspoken || (top >= 0.735 && others.every((s) => top >= s * 1.08)));
  return { language, reliable };
}
