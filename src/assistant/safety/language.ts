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
