import { HOUR_WORDS } from './when.ts';

/**
 * What a voice keyboard writes, as the matchers read typed English: punctuation said aloud
 * ("turn my phone off period", "comma", "question mark") and hours said in words ("eleven a.m.",
 * "seven o'clock", "nine at night", "at half past" is when.ts's). "N in the morning" is N am, in
 * digits too ("8 in the morning" is 8am, never the morning's usual 9). The other languages reach
 * these forms through their gloss; this runs on the English the matchers read, glossed or typed.
 */

const MINUTE_WORDS: Record<string, number> = {
  'oh five': 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty five': 25,
  thirty: 30,
  'thirty five': 35,
  forty: 40,
  'forty five': 45,
  fifty: 50,
  'fifty five': 55,
};

const hoursSaid = HOUR_WORDS.slice(1).join('|');
const hourWord = `(${hoursSaid}|\\d{1,2})`;
const minuteWord = `(?:[ -](${Object.keys(MINUTE_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(' ', '[ -]'))
  .join('|')}))?`;
/** What may follow an hour said in words: am, pm, o'clock, or the part of the day. */
const after =
  "\\s*(a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?|o'?clock\\b|in the morning\\b|in the afternoon\\b|in the evening\\b|at night\\b|tonight\\b)";

/** An hour in words or digits followed by am, pm, o'clock or a part of the day. */
const hourThenPart = new RegExp(`(?<!\\b(?:to|past|half) )\\b${hourWord}${minuteWord}${after}`, 'gi');
/** "at nine", "around eleven thirty": an hour in words after a word that introduces a time. */
const hourAfterAt = new RegExp(
  `\\b(at|around|about|by|until|till|from|say) (${hoursSaid})${minuteWord}\\b(?! (?:minutes?|mins?|hours?|hrs?|people|days?|weeks?|times?|of|out of)\\b)`,
  'gi',
);

const number = (word: string) => (/^\d+$/.test(word) ? Number(word) : HOUR_WORDS.indexOf(word.toLowerCase()));
const minuteOf = (words: string | undefined) =>
  words === undefined ? 0 : (MINUTE_WORDS[words.toLowerCase().replace('-', ' ')] ?? 0);
/** "7", "7:30"; with `full` "7:00", which when.ts reads as a clock time wherever it stands ("seven o'clock"). */
const clock = (hour: number, minute: number, full = false) =>
  minute || full ? `${hour}:${String(minute).padStart(2, '0')}` : `${hour}`;

/** The part of the day said after an hour, as am or pm ("o'clock" alone says neither). */
function meridiem(part: string): string {
  const p = part.toLowerCase().replace(/[\s.]/g, '');
  if (p === 'am' || p === 'inthemorning') return 'am';
  if (p === 'pm' || p === 'intheafternoon' || p === 'intheevening' || p === 'atnight' || p === 'tonight')
    return 'pm';
  return '';
}

/**
 * Punctuation said aloud, where it ends a clause: "period" not after words that make it a noun
 * ("my period", "the trial period").
 */
const spokenMarks: [RegExp, string][] = [
  [/\s*\b(?:question mark)\b/gi, '?'],
  [/\s*\b(?:exclamation (?:mark|point))\b/gi, '!'],
  [/\s*\bfull stop\b/gi, '.'],
  [
    /(?<!\b(?:my|a|the|this|that|her|his|your|their|our|trial|grace|waiting|notice|cooling|time|long|short|whole|same|rest|free|lunch|study|one|two|three|heavy|first|last) )\s*\bperiod\b(?=\s*$|\s*[,.!?]|\s+(?:i|and|then|also|can|could|please|thanks|thank|so|but|remind|book|find|log|check)\b)/gi,
    '.',
  ],
  [/\s*\bcomma\b(?=\s+\S)/gi, ','],
  [/\s*\bnew (?:line|paragraph)\b/gi, '.'],
];

export function undictated(text: string): string {
  let t = text;
  for (const [said, mark] of spokenMarks) t = t.replace(said, mark);
  return t
    .replace(hourThenPart, (whole, h: string, m: string | undefined, part: string) => {
      const hour = number(h);
      if (!(hour >= 1 && hour <= 12)) return whole;
      const half = meridiem(part);
      return half ? `${clock(hour, minuteOf(m))}${half}` : clock(hour, minuteOf(m), true);
    })
    .replace(hourAfterAt, (_, at: string, h: string, m: string | undefined) => {
      return `${at} ${clock(number(h), minuteOf(m), m !== undefined)}`;
    });
}
