import * as chrono from 'chrono-node';
import { formatter } from '../../../domain/local-time.ts';
import { tellLanguage } from '../../safety/language.ts';
import { glossEvidence } from './gloss/index.ts';
import { englishMonths } from './gloss/types.ts';

/**
 * Times in the user's own time zone: "tomorrow at 3pm", "Friday 10:30", "in 20 minutes", "tonight
 * at 8", "next monday 9am", "now" by the rules below, which know how people here ask for a
 * session or a reminder ("at 3" is the afternoon); what they do not catch, and any time already
 * past ("yesterday at 4pm"), chrono-node reads, in English, German, French or Spanish ("el viernes
 * a las 16:00", "demain à 15h", "morgen um 10 Uhr").
 */

export interface LocalDate {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
}

export const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayPattern = '(sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat)(?:day|nesday|sday|urday|rsday)?';

function parts(at: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const p = parts(new Date(at), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

/** The instant a wall-clock time in a zone happens (the later one in a DST fold). */
export function zonedInstant(
  d: Omit<LocalDate, 'weekday'>,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  let t = guess - offsetAt(guess, timeZone);
  t = guess - offsetAt(t, timeZone);
  return new Date(t);
}

export function localDate(at: Date, timeZone: string): LocalDate & { hour: number; minute: number } {
  const p = parts(at, timeZone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return { year: p.year, month: p.month, day: p.day, weekday, hour: p.hour, minute: p.minute };
}

function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    weekday: t.getUTCDay(),
  };
}

/** Counts people write in words ("in two hours", "make it forty-five minutes"). */
export const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
};

export interface ParsedWhen {
  at?: Date;
  /** A day was named but no time of day ("tomorrow"). */
  dayOnly?: boolean;
  now?: boolean;
  /** The time named has passed ("yesterday at 4pm"): never proposed. */
  past?: boolean;
  /** With past: the time of day it named, kept for "oops, I meant tomorrow". */
  time?: { hour: number; minute: number };
  /** A day was named ("friday", "tomorrow", "the 9th"), with or without a time. */
  dayNamed?: boolean;
  /** The day named, in the user's zone. */
  day?: Omit<LocalDate, 'weekday'>;
}

/**
 * chrono-node's casual parsers: English on every text; German, French and Spanish where the text
 * is in that language by the language library (ELD, safety/language.ts, or that language's own
 * words when ELD is unsure), or where the part the parser read has that language's own words: an
 * English request with a German time ("book tom morgen um 10 Uhr") is read, but not "do 4:30" or
 * "gut so", which the German parser would take for Thursday (Do.) and Sunday (So.).
 */
const foreignParsers = [
  ['de', chrono.de.casual],
  ['fr', chrono.fr.casual],
  ['es', chrono.es.casual],
] as const;

function chronoResults(text: string, ref: chrono.ParsingReference): chrono.ParsedResult[] {
  const options = { forwardDate: true };
  const english = chrono.casual.parse(text, ref, options)[0];
  const told = tellLanguage(text);
  const foreign = foreignParsers.flatMap(([lang, parser]) => {
    const found = parser.parse(text, ref, options)[0];
    if (!found) return [];
    const messageIs = told.language === lang && (told.reliable || glossEvidence(text, lang) > 0);
    return messageIs || glossEvidence(found.text, lang) > 0 ? [found] : [];
  });
  return english ? [english, ...foreign] : foreign;
}

/** What chrono-node finds in the text, in the user's zone: a time, a day only, a past time, or {}. */
function chronoWhen(text: string, now: Date, timeZone: string): ParsedWhen & { dateNamed?: boolean } {
  const timezone = Math.round(offsetAt(now.getTime(), timeZone) / 60_000);
  // The language whose parser reads the most of the text: "demain à 15h" is French, not "15h".
  const found = chronoResults(text, { instant: now, timezone }).sort(
    (a, b) => b.text.length - a.text.length,
  )[0];
  if (!found) return {};
  let at = found.start.date();
  // "Sunday 5 May" said on Monday 6 May: chrono-node moves it a year on; it is the day just gone.
  if (
    found.start.isCertain('month') &&
    !found.start.isCertain('year') &&
    at.getTime() - now.getTime() > 183 * 86_400_000
  ) {
    const lastYear = new Date(at);
    lastYear.setUTCFullYear(at.getUTCFullYear() - 1);
    if (lastYear < now) at = lastYear;
  }
  // A date of the month in digits ("May 14th", "14/05"), not a relative day ("tomorrow at 3pm").
  const dateNamed =
    found.start.isCertain('day') &&
    /\d/.test(
      found.text.replace(
        /\b(?:at|um|a las?|à|a) \d{1,2}(?:[:.]\d{2})?\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm|h|uhr)\b/gi,
        '',
      ),
    );
  const dayNamed = dateNamed || found.start.isCertain('weekday');
  const hourNamed = found.start.isCertain('hour');
  const endOfThatDay = hourNamed ? at.getTime() : at.getTime() + 24 * 3600_000;
  if (endOfThatDay < now.getTime() - 60_000) {
    if (!hourNamed) return { past: true };
    const { hour, minute } = localDate(at, timeZone);
    return { past: true, time: { hour, minute } };
  }
  const local = localDate(at, timeZone);
  const day = { year: local.year, month: local.month, day: local.day };
  if (hourNamed) return { at, dayNamed, dateNamed, ...(dayNamed ? { day } : {}) };
  return dayNamed ? { dayOnly: true, dayNamed, dateNamed, day } : {};
}

/** Days and times as people mistype them: "wendesday", "thrusday", "tomorow", "2moro". */
const typos: [RegExp, string][] = [
  [
    /\b(?:wendesday|wednsday|wedensday|wensday|wednesdy|wedsday|wendsday|wedneday|wednessday)\b/gi,
    'wednesday',
  ],
  [/\b(?:thrusday|thursdy|thurday|thurdsay)\b/gi, 'thursday'],
  [/\b(?:tuseday|tusday|teusday|tuesdy)\b/gi, 'tuesday'],
  [/\b(?:firday|fridy|frday)\b/gi, 'friday'],
  [/\b(?:saterday|satuday|saturdy)\b/gi, 'saturday'],
  [/\b(?:sundy|sunady)\b/gi, 'sunday'],
  [/\b(?:mondy|monady)\b/gi, 'monday'],
  [/\b(?:tomorow|tommorow|tommorrow|tomorrw|2moro|2morrow|tmrw|tmr|tmw)\b/gi, 'tomorrow'],
];

/** A day, then "to" and an hour: "on thursday to 2 pm", "tomorrow to 10:30". */
const dayToHour = new RegExp(
  `\\b(${weekdayPattern.replace('(', '(?:')}|tomorrow|today|tonight) to (\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)?)(?![\\d:])`,
  'gi',
);

/**
 * A day word followed by a bare hour: "fri 3", "tomorrow 10", "thursday 2ish", and with the part of
 * the day between ("friday morning, 10", "thursday afternoon 4ish").
 */
const dayThenHour =
  /\b((?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?(?: (?:morning|afternoon|evening|night))?|tomorrow(?: (?:morning|afternoon|evening|night))?|today|tonight),? (\d{1,2})(?:ish)?\b(?![:.]\d| ?(?:st|nd|rd|th|am|pm|a\.m|p\.m|h\b|min|hour|hr|people|%|o'?clock)| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\/)/i;

/** "like 2", "around 3ish", "say 10": an hour given roughly. */
const roughly =
  /\b(?:like|around|about|say|roughly|approx|by)\s+(\d{1,2})(?:ish)?\b(?![:.]\d| ?(?:min|mins|minutes|hours?|hrs?|people|%|st|nd|rd|th|days?|weeks?|times?|km|m\b))/gi;

/**
 * Times of day people name by what they do then ("after work", "first thing", "after dinner"):
 * read as the hour most people mean, only when no hour is given ("after lunch around 2" is 2).
 * The other languages reach these words through their gloss (offline/gloss).
 */
const dailyHours: [RegExp, string][] = [
  [/\bfirst thing(?: in the morning)?\b/i, 'at 9am'],
  [/\b(?:at )?lunch ?time\b|\bat lunch\b|\bover lunch\b/i, 'at 12pm'],
  [/\bafter lunch\b/i, 'at 2pm'],
  [/\bafter work\b|\bafter my shift\b|\bonce i(?:'?m| am)? off work\b/i, 'at 6pm'],
  [/\b(?:at )?the end of the (?:work ?)?day\b|\bend of day\b/i, 'at 6pm'],
  [/\bafter dinner\b|\bafter supper\b/i, 'at 8pm'],
  [/\bbefore bed(?:time)?\b|\bat bedtime\b|\bbefore (?:i go to )?sleep\b/i, 'at 10pm'],
];

/** Hours said in words, each at its own index ("seven" is 7); dictation.ts reads them too. */
export const HOUR_WORDS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const hourSaid = `\\d{1,2}|${HOUR_WORDS.slice(1).join('|')}`;
const quarterOrHalf = new RegExp(`\\b(half|quarter) (past|to) (${hourSaid})\\b`);
const britishHalf = new RegExp(`\\b(half) ()(${hourSaid})\\b(?! ?(?:hours?|hrs?|an? |minutes?|mins?))`);

/** The 24-hour clock's hours in words, for "seventeen hundred (hours)". */
const CLOCK_WORDS: Record<string, number> = {
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty one': 21,
  'twenty two': 22,
  'twenty three': 23,
};
const hourWord = HOUR_WORDS.slice(1).join('|');
const hourIndex = (word: string) => HOUR_WORDS.indexOf(word.toLowerCase());
/** Not a number of things: "another one tonight", "the one in the morning". */
const notCounted = String.raw`(?<!\b(?:another|the|this|that|which|each|every|no|any|a|one more) )`;

/**
 * An hour said in words where a time is meant, as digits: "at five", "around five", "five-ish",
 * "five o'clock", "five pm", "seven in the evening", "seventeen hundred (hours)". Only next to a
 * word that makes it a time, so "one of them", "two people" and "in five minutes" stay words.
 */
const hoursInWords: [RegExp, (...m: string[]) => string][] = [
  [
    new RegExp(`\\b(${Object.keys(CLOCK_WORDS).join('|')})[ -]hundred(?: hours| hrs)?\\b`, 'gi'),
    (_, h) => `${CLOCK_WORDS[h!.toLowerCase().replace('-', ' ')]}:00`,
  ],
  [new RegExp(`${notCounted}\\b(${hourWord})[ -]?ish\\b`, 'gi'), (_, h) => `${hourIndex(h!)}ish`],
  [
    new RegExp(
      `${notCounted}\\b(${hourWord}) (o'?clock|am|pm|a\\.m\\.|p\\.m\\.|in the (?:morning|afternoon|evening)|at night|tonight)`,
      'gi',
    ),
    (_, h, after) => `${hourIndex(h!)} ${after}`,
  ],
  [
    new RegExp(
      `\\b(at|around|about|like|say|roughly|by|till|until|after|before|from|make it|do|to|past|half|for|try|how about|what about) (${hourWord})\\b(?![ -](?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|of|more|people|persons?|times|sessions?|or so (?:minutes|hours)))`,
      'gi',
    ),
    (_, word, h) => `${word} ${hourIndex(h!)}`,
  ],
];

/** "Morning!", "Good evening all," opening a message: a greeting, not the part of the day meant. */
const greeting =
  /^\s*(?:(?:(?:hi|hey|hello|oh),? )?(?:good|gud) |(?:hi|hey|hello),? )(?:mornin[g']?|afternoon|evening)\b(?: (?:all|everyone|folks|there|to you))?[\s!,.;:]*|^\s*(?:mornin[g']?|afternoon|evening)(?: (?:all|everyone|folks))?[!,.;:]+\s*/i;

/** The text with its hours said in words as digits (hoursInWords). */
export function hoursAsDigits(text: string): string {
  let t = text;
  for (const [words, digits] of hoursInWords) t = t.replace(words, digits);
  return t;
}

/** Finds a time in the text, in the user's zone, relative to `now`; {} when there is none. */
/**
 * A change of mind inside the message: "Tuesday at 11, no wait, Wednesday", "at 5 to call mum, no,
 * make that 6", "at 17:00... no wait, at 18:00" (the glosses give these words to "no, pará, mejor",
 * "euh non… plutôt", "nein, lieber").
 */
const correction =
  /(?:^|[\s,.;:!?\u2013\u2014-])(?:no+,? wait|wait,? no|no+,? (?:make|change) (?:that|it)(?: to)?|actually,? no|actually,? (?:make|change) (?:that|it)(?: to)?|no+,? sorry|sorry,? i mean|i mean|or rather|no+,? rather|scratch that|no+,? no+)\b[\s,.;:!?\u2013\u2014-]*/i;

/** Where a message changes its mind ("…, no wait, …"): the words before and after, or undefined. */
export function correctionIn(text: string): { before: string; after: string } | undefined {
  const m = correction.exec(text);
  if (!m || m.index === 0) return undefined;
  return { before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) };
}

/**
 * A time given with its reason: "I finish around half 6 so 7", "I'm off at 6, so make it 6:30"
 * (the glosses give "so" to "así que", "donc", "also"): the time after "so" is the one meant, read
 * as a change of the one before.
 */
const conclusion =
  /(?<=\d[^,.;]*?(?:am|pm|h|uhr)?\s*[,.;]?\s)(?:so|then|which means)\s+(?:(?:make|put|set) it\s+(?:at\s+|for\s+|to\s+)?|let'?s say\s+|say\s+)?(?=(?:at |around |about |like |maybe )?\d)/i;
function conclusionIn(text: string): { before: string; after: string } | undefined {
  const m = conclusion.exec(text);
  if (!m || m.index === 0) return undefined;
  return { before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) };
}

/**
 * The time a message names (chrono-node and the rules below); after a change of mind inside it,
 * the time after, read as a change of the one before ("Tuesday at 11, no wait, Wednesday" is
 * Wednesday at 11).
 */
export function parseWhen(raw: string, now: Date, timeZone: string): ParsedWhen {
  // "I finish at 6 so 7": the hour after "so", the first of its readings not before the one given.
  const concluded = conclusionIn(raw);
  const reason = concluded ? parseOnce(concluded.before, now, timeZone) : undefined;
  const hour = concluded ? bareHour(concluded.after) : undefined;
  if (reason?.at && hour) {
    const day = localDate(reason.at, timeZone);
    const said =
      /\b(?:am|pm)\b/i.test(concluded!.after) || hour.hour > 12
        ? [hour.hour]
        : [hour.hour % 12, (hour.hour % 12) + 12];
    const at = said
      .map((h) => zonedInstant(day, h, hour.minute, timeZone))
      .find((d) => d >= reason.at! && d > now);
    if (at) return { at, ...(reason.dayNamed ? { dayNamed: true, day: reason.day } : {}) };
  }
  const corrected = correctionIn(raw) ?? concluded;
  if (corrected) {
    const first = parseOnce(corrected.before, now, timeZone);
    const changed = first.at ? changeWhen(corrected.after, first.at, now, timeZone) : undefined;
    if (changed) return { dayNamed: first.dayNamed, ...changed };
    const second = parseOnce(corrected.after, now, timeZone);
    if (second.at || second.dayOnly || second.past) return second;
  }
  return parseOnce(raw, now, timeZone);
}

/**
 * A span of hours ("between 2 and 4", "from 2 to 4pm", "2-4pm", "any time 2 till 4"): no one time,
 * so the day alone is read and the hour is asked.
 */
const hourSpan =
  /\b(?:between|from|any ?time) (?:about |around )?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|h|o'?clock)? ?(?:and|to|till|until|-|–) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|h|o'?clock)?\b|\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?[-–] ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b/i;

/**
 * The earliest hour that suits ("not before 10", "no earlier than 9:30", "10 at the earliest"):
 * that hour on the day said; with no day said, the hour kept for the day asked next.
 */
const hourFloor =
  /\b(?:not before|no earlier than|not earlier than|not any earlier than)\s+(?:at\s+|um\s+)?(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?)|\b(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s+at the earliest\b/i;

const earliest =
  /\b(?:earliest|as early as (?:possible|you can)|asap|as soon as possible|soonest|first (?:slot|thing) (?:you have|available))\b/i;

function parseOnce(raw: string, now: Date, timeZone: string): ParsedWhen {
  const floor = hourFloor.exec(raw);
  if (floor) {
    const hour = bareHour((floor[1] ?? floor[2] ?? '').replace(/h$/i, ''));
    const rest = parseOnce(raw.replace(hourFloor, ' '), now, timeZone);
    if (hour && rest.day && !rest.past) {
      // "The earliest you have tomorrow, not before 10" is 10; "Friday, not before 10" asks when.
      const at = zonedInstant(rest.day, hour.hour, hour.minute, timeZone);
      if (at > now && earliest.test(raw)) return { at, dayNamed: true, day: rest.day };
      return { dayOnly: true, dayNamed: true, day: rest.day, time: hour };
    }
    if (hour && !rest.dayNamed) return { time: hour };
  }
  if (hourSpan.test(raw)) {
    const rest = parseOnce(raw.replace(hourSpan, ' '), now, timeZone);
    return rest.day && !rest.past ? { dayOnly: true, dayNamed: true, day: rest.day } : {};
  }
  // An ellipsis is a pause, never a decimal point ("wednesday at 2... or 3").
  let text = raw.replace(/\.{2,}|\u2026/g, ' ');
  for (const [typo, day] of typos) text = text.replace(typo, day);
  text = hoursAsDigits(text).replace(greeting, '');
  // "My session on thursday to 2 pm": the hour that day, not a range from thursday (chrono-node).
  text = text.replace(dayToHour, '$1 at $2');
  if (!/\d/.test(text)) for (const [words, hour] of dailyHours) text = text.replace(words, hour);
  // "book amara fri 3": the hour after a day, as "at 3"; "like 2", "around 3ish" as "at 2".
  text = text
    .replace(dayThenHour, (_, day: string, hour: string) => `${day} at ${hour}`)
    .replace(roughly, (_, hour: string) => `at ${hour}`);
  const { dateNamed, ...read } = chronoWhen(text, now, timeZone);
  const own = ownRules(text, now, timeZone);
  // "Today at 7" said at 9 in the morning: the evening (the hour's other reading), not a time gone.
  const otherReading =
    read.past &&
    read.time !== undefined &&
    read.time.hour < 12 &&
    own.at !== undefined &&
    own.at > now &&
    !/\b(?:yesterday|ago|last|this morning|am|a\.m\.)\b|\d ?am\b/i.test(text);
  if (read.past && !otherReading) return read;
  // A date of the month ("monday 13th", "the 9th at 11", "14/05") is chrono-node's to read.
  if (dateNamed && (read.at || read.dayOnly) && !own.now) {
    if (read.at || !own.at) return read;
    // "the 9th at 11": chrono has the day, the own rules the hour ("at 11" in the morning).
    const h = localDate(own.at, timeZone);
    return { at: zonedInstant(read.day!, h.hour, h.minute, timeZone), dayNamed: true, day: read.day! };
  }
  // A date the rules below do not know ("on the 12th at 9:30"): chrono-node's.
  if (own.at && !own.now && !own.dayNamed && read.dayNamed && read.at) return read;
  if (own.at || own.dayOnly) return own;
  return read;
}

/**
 * A change to a time already on the table ("make it 4pm", "change it to thursday", "push it an
 * hour later", "same time next monday", "can we do 11 instead"): the parts the message names
 * replace those of `previous`, the rest stays. Undefined when the message changes no time.
 */
export function changeWhen(
  text: string,
  previous: Date,
  now: Date,
  timeZone: string,
): ParsedWhen | undefined {
  const t = hoursAsDigits(text.toLowerCase().replace(/\s+/g, ' '));
  const shift =
    /\b(?:(an?|one|two|half an|\d{1,3}) ?(hours?|hrs?|h|minutes?|mins?)) (later|earlier)\b|\b(?:push|move) it (back|forward|later|earlier)?\s*(?:by )?(an?|one|two|half an|\d{1,3}) ?(hours?|hrs?|h|minutes?|mins?)/.exec(
      t,
    );
  if (shift) {
    const n = shift[1] ?? shift[5]!;
    const unitWord = shift[2] ?? shift[6]!;
    const amount = n === 'half an' ? 0.5 : (numberWords[n] ?? Number(n));
    const later = (shift[3] ?? shift[4] ?? 'later') !== 'earlier' && shift[4] !== 'forward';
    const ms = amount * (unitWord.startsWith('h') ? 3600_000 : 60_000) * (later ? 1 : -1);
    const at = new Date(previous.getTime() + ms);
    return at <= now ? { past: true } : { at };
  }
  const base = localDate(previous, timeZone);
  // "Same time next week", "next week as well": a week on, at the same time.
  if (/\bnext week\b/.test(t) && !new RegExp(`\\b${weekdayPattern}\\b`).test(t) && !/\d/.test(t)) {
    const day = new Date(Date.UTC(base.year, base.month - 1, base.day + 7));
    const at = zonedInstant(
      { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
      base.hour,
      base.minute,
      timeZone,
    );
    return at <= now ? { past: true } : { at, dayNamed: true };
  }
  const bareFirst =
    /^(?:(?:ok|okay|no|actually|hmm|um|sorry|oh),? )*(?:can we |could we |let'?s |please )?(?:make it|do|try|how about|what about)\s+\d{1,2}(?::\d{2})?(?: instead)?\??$|^\d{1,2}(?::\d{2})? instead\b/.test(
      t.trim(),
    );
  const when = bareFirst ? {} : parseWhen(text, now, timeZone);
  if ('past' in when && when.past) return when;
  if (when.dayOnly && when.day) {
    const at = zonedInstant(when.day, base.hour, base.minute, timeZone);
    return at <= now ? { past: true } : { at, dayNamed: true, day: when.day };
  }
  if (when.at && when.dayNamed) return when;
  let hour: number | undefined;
  let minute = 0;
  if (when.at && !when.now) {
    const h = localDate(when.at, timeZone);
    hour = h.hour;
    minute = h.minute;
  } else {
    // "make it 10", "can we do 11 instead", "4 instead": a bare hour, the afternoon for 1 to 7.
    const bare =
      /\b(?:make it|do|at|to|for|try|how about|what about)\s+(\d{1,2})(?::(\d{2}))?\b(?! ?(?:min|hour|people|%))|^(?:(?:no|nah|nope|actually|wait|hmm|oh),? )*(\d{1,2})(?::(\d{2}))?(?: instead)?[.!]?$|\b(\d{1,2})(?::(\d{2}))? instead\b/.exec(
        t,
      );
    const hh = bare?.[1] ?? bare?.[3] ?? bare?.[5];
    if (hh !== undefined) {
      hour = Number(hh);
      minute = Number(bare?.[2] ?? bare?.[4] ?? bare?.[6] ?? 0);
      if (hour >= 1 && hour <= 7) hour += 12;
    }
  }
  if (hour === undefined || hour > 23 || minute > 59) return undefined;
  // An hour said without am or pm ("move it to 7:30", "make it 9"): of its two readings, the one
  // nearer the time it replaces, among waking hours.
  const meridiem =
    /\b(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|tonight|noon|midday|midnight)\b|\d(?:am|pm)\b/.test(
      t,
    );
  // "19:30" is written as it is meant; "7:30" could be either.
  const written24 = hour > 12 && new RegExp(`\\b${hour}(?:[:.]\\d{2})?\\b`).test(t);
  if (!meridiem && !written24 && hour >= 1) {
    const from = base.hour * 60 + base.minute;
    const readings = [hour % 12, (hour % 12) + 12].filter((h) => h >= 7 && h <= 22);
    readings.sort((a, b) => Math.abs(a * 60 + minute - from) - Math.abs(b * 60 + minute - from));
    if (readings[0] !== undefined) hour = readings[0];
  }
  const at = zonedInstant(base, hour, minute, timeZone);
  return at <= now ? { past: true } : { at };
}

function ownRules(text: string, now: Date, timeZone: string): ParsedWhen {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const rel =
    /\bin (\d{1,4}|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|half an) ?(minutes?|mins?|m|hours?|hrs?|h)\b/.exec(
      t,
    );
  if (rel) {
    const n = rel[1] === 'half an' ? 0.5 : (numberWords[rel[1]!] ?? Number(rel[1]));
    const unit = rel[2]!.startsWith('h') ? 3600_000 : 60_000;
    if (rel[1] === 'half an' && !rel[2]!.startsWith('h')) return {};
    // "In an hour and a half", "in 2 hours and a half": half an hour more.
    const half = unit === 3600_000 && /^ and a half\b/.test(t.slice(rel.index + rel[0].length)) ? 0.5 : 0;
    return { at: new Date(now.getTime() + (n + half) * unit) };
  }
  // "Now book her for thursday 3pm": a "now" that only starts the sentence is not the time.
  const leadingNow =
    /^(?:(?:ok|okay|and|so|right|alright|great),? )?now,? (?=.*(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b(?:tomorrow|tonight)\b))/;
  if (/\b(?:right )?now\b/.test(t) && !/\bnow and then\b/.test(t) && !leadingNow.test(t))
    return { at: now, now: true };

  const today = localDate(now, timeZone);
  let day: LocalDate | undefined;
  let weekdayToday = false;
  let evening = false;
  if (/\bday after tomorrow\b/.test(t)) day = addDays(today, 2);
  else if (/\b(?:tomorrow|tmrw|tmr|tomorow)\b/.test(t)) day = addDays(today, 1);
  else if (/\btonight\b/.test(t)) {
    day = today;
    evening = true;
  } else if (/\btoday\b|\bthis (?:morning|afternoon|evening)\b/.test(t)) day = today;
  else {
    const wd = new RegExp(`\\b(next |this |on )?${weekdayPattern}\\b`).exec(t);
    if (wd) {
      const target = weekdays.findIndex((w) => w.startsWith(wd[2]!.slice(0, 3)));
      let ahead = (target - today.weekday + 7) % 7;
      if (wd[1] === 'next ' && ahead === 0) ahead = 7;
      // "next week, on tuesday", "tuesday next week": that day of the week after this one (weeks
      // start on Monday).
      if (wd[1] !== 'next ' && /\bnext week\b/.test(t)) {
        const fromMonday = (d: number) => (d + 6) % 7;
        ahead = 7 - fromMonday(today.weekday) + fromMonday(target);
      }
      weekdayToday = ahead === 0;
      day = addDays(today, ahead);
    }
  }
  // "the 9th", "monday 13th", "on the 21st": that day of this month, or of the next once it is past.
  const dom = /\b(?:the |on the |on )?(\d{1,2})(?:st|nd|rd|th)\b/.exec(t);
  if (dom) {
    const n = Number(dom[1]);
    if (n >= 1 && n <= 31) {
      const thisMonth = { year: today.year, month: today.month, day: n };
      const next =
        today.month === 12
          ? { year: today.year + 1, month: 1, day: n }
          : { year: today.year, month: today.month + 1, day: n };
      const pickDay = n >= today.day ? thisMonth : next;
      day = addDays({ ...pickDay, weekday: 0 }, 0);
      weekdayToday = false;
    }
  }
  if (/\bevening\b|\bafternoon\b/.test(t)) evening = true;
  // "tomorrow morning at 7", "first thing tomorrow, say 7": the hour as said, never the evening.
  const morning = !evening && /\b(?:morning|first thing|early)\b/.test(t);

  let hour: number | undefined;
  let minute = 0;
  const clock = /\b(\d{1,2})[:.](\d{2}) ?(am|pm|a\.m\.|p\.m\.)?(?!\d)/.exec(t);
  const ampm = /\b(\d{1,2}) ?(am|pm|a\.m\.|p\.m\.)(?![a-z])/.exec(t);
  const bare = /\bat (\d{1,2})(?![\d:.%])(?! ?(?:km|min|minutes|hours|people|percent))/.exec(t);
  const past =
    quarterOrHalf.exec(t) ??
    // British "half 2" is half past two.
    britishHalf.exec(t);
  if (past) {
    const h = /\d/.test(past[3]!) ? Number(past[3]) : HOUR_WORDS.indexOf(past[3]!);
    const m = past[1] === 'half' ? 30 : 15;
    hour = past[2] === 'to' ? h - 1 : h;
    minute = past[2] === 'to' ? 60 - m : m;
    // "half past three": the afternoon for 1 to 7, as for "at 3".
    if (!morning && ((hour >= 1 && hour <= 7) || (evening && hour < 12))) hour += 12;
  } else if (/\bnoon\b|\bmidday\b/.test(t)) hour = 12;
  else if (/\bmidnight\b/.test(t)) hour = 0;
  else if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
    if (clock[3]?.startsWith('p') && hour < 12) hour += 12;
    if (clock[3]?.startsWith('a') && hour === 12) hour = 0;
    // "at 5:30" with no am or pm: the afternoon for 1 to 7, as for a bare "at 3".
    // "07:00" is written on the 24-hour clock: as written.
    const written24 = clock[1]!.length === 2;
    if (!clock[3] && !morning && !written24 && (evening || (hour >= 1 && hour <= 7)) && hour < 12) hour += 12;
  } else if (ampm) {
    hour = Number(ampm[1]);
    if (ampm[2]!.startsWith('p') && hour < 12) hour += 12;
    if (ampm[2]!.startsWith('a') && hour === 12) hour = 0;
  } else if (bare) {
    hour = Number(bare[1]);
    // "at 3" means the afternoon; "at 9" the morning unless it is the evening already.
    if (morning) {
      if (hour === 12) hour = 0;
    } else if (hour >= 1 && hour <= 7) hour += 12;
    else if (evening && hour < 12) hour += 12;
  }
  if (hour === undefined || hour > 23 || minute > 59)
    return day
      ? { dayOnly: true, dayNamed: true, day: { year: day.year, month: day.month, day: day.day } }
      : {};

  const dayNamed = day !== undefined;
  let at = zonedInstant(day ?? today, hour, minute, timeZone);
  if (!day && at <= now) {
    at = zonedInstant(addDays(today, 1), hour, minute, timeZone);
  } else if (weekdayToday && at <= now) {
    // A weekday that is today, at a time already gone: the same day next week.
    at = zonedInstant(addDays(today, 7), hour, minute, timeZone);
  }
  if (!dayNamed) return { at };
  const d = localDate(at, timeZone);
  return { at, dayNamed, day: { year: d.year, month: d.month, day: d.day } };
}

/**
 * An hour said alone, answering "what time that day?": "10", "10 works", "10:30 is fine", "half 2",
 * "3 pls". The afternoon for 1 to 7, as for "at 3". Undefined when the message says more.
 */
export function bareHour(text: string): { hour: number; minute: number } | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const m =
    /^(?:(?:ok|okay|yes|yeah|yep|um|umm|hmm|so|maybe|like|how about|what about|say|around|about|at|lets say|let'?s say|probably|prob),?\s+)*(\d{1,2})(?:[:.](\d{2}))?\s*(?:ish\s*)?(am|pm|o'?clock)?(?:\s*ish)?(?:\s+(?:works|would work|works for me|is (?:good|fine|ok|okay|great|perfect)|please|pls|plz|then|sounds good|if possible|or so))?[\s.!?]*$/.exec(
      t,
    );
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 23 || minute > 59) return undefined;
  if (m[3] === 'pm' && hour < 12) hour += 12;
  else if (m[3] === 'am' && hour === 12) hour = 0;
  else if (m[3] !== 'am' && hour >= 1 && hour <= 7) hour += 12;
  return { hour, minute };
}

/** How long, from "for 30 minutes", "half an hour", "an hour and a half", "90 min". */
export function parseDuration(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/\b(?:an |one )?hour and a half\b|\b90 ?min/.test(t)) return 90;
  if (/\bhalf an hour\b|\b30 ?min/.test(t)) return 30;
  if (/\bfor (?:an|one) hour\b|\b60 ?min/.test(t)) return 60;
  if (/\bfor two hours\b|\bfor 2 ?h/.test(t)) return 120;
  const m = /\bfor (\d{2,3}) ?(?:minutes|mins|min)\b/.exec(t);
  if (m) return Number(m[1]);
  return undefined;
}

const pointedHour = String.raw`(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|o'? ?clock)?`;
const heldThing = String.raw`(?:one|session|appointment|booking|meeting)s?`;
/** "the one at 4", "the 4pm one", "cancel the 4pm", "the 16:00": hour, minute, am or pm. */
const hourPointers = [
  new RegExp(String.raw`\b${heldThing} (?:at|for) ${pointedHour}\b`),
  new RegExp(String.raw`\b(?:the|my|that) ${pointedHour} ${heldThing}\b`),
  /\b(?:the|my|that) (\d{1,2})(?:[:.](\d{2}))? ?(am|pm|o'? ?clock)\b/,
  /\b(?:the|my|that) (\d{1,2})[:.](\d{2})()\b/,
];

/**
 * The items held at the hour a message points them out by: "the one at 4", "the 4pm one", "my
 * 16:00 session", "the 10 o'clock". An hour without am or pm is either half of the day. Each item's
 * `when` ends in its local "HH:MM". Empty when the message points at no hour.
 */
export function byHourSaid<T extends { when: string }>(items: readonly T[], text: string): T[] {
  const t = text.toLowerCase();
  const m = hourPointers.map((re) => re.exec(t)).find(Boolean);
  if (!m) return [];
  const hour = Number(m[1]);
  // "The one at 4" is not the one at 4:30.
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 23) return [];
  const hours =
    m[3] === 'pm'
      ? [(hour % 12) + 12]
      : m[3] === 'am'
        ? [hour % 12]
        : hour >= 13 || hour === 0
          ? [hour]
          : [hour, (hour % 12) + 12];
  return items.filter((item) => {
    const held = /(\d{1,2}):(\d{2})\s*$/.exec(item.when);
    return held !== null && hours.includes(Number(held[1])) && minute === Number(held[2]);
  });
}

const thatDay = /\b(?:on )?(?:that|the same|same|that same|this same) day\b(?! before| after)/i;

/**
 * "Book me with Amara that same day at 5": the day of what is in view (a reminder or session just
 * set), written as its date for the parser ("on 7 may at 5"). The text as it was when it names no
 * such day or none is in view.
 */
export function onThatDay(text: string, at: Date | string | undefined, timeZone: string): string {
  if (!at || !thatDay.test(text)) return text;
  const d = localDate(new Date(at), timeZone);
  return text.replace(thatDay, `on ${d.day} ${englishMonths[d.month - 1]}`);
}
