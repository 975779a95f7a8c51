/**
 * Every time the page shows, said one way: in the profile's time zone (Settings shows it and can
 * set it to the device's), in the page's language (Intl with the locale of i18n/index.ts), and relative where people read it so:
 * "5 min ago", "in 2 hr", "yesterday 18:40", a weekday within a week, the date beyond. Pure: the
 * zone and the clock are passed in, so the unit tests fix both (test/unit/web-time.test.ts); the
 * views get them from `<When>` (when.tsx), which also keeps the labels current.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whose clock: the profile's zone (IANA), now (ms since the epoch), and the language (the browser's when unset). */
export interface TimeFrame {
  zone: string | undefined;
  now: number;
  locale?: string | undefined;
}

type Instant = string | number | Date;

const ms = (at: Instant): number => (typeof at === 'number' ? at : new Date(at).getTime());

// Intl formatters are slow to make and a chat shows hundreds of times: one per shape, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string | undefined, zone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ''}|${zone ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    } catch {
      // A zone (or language) this browser does not know: its own rather than nothing.
      f = new Intl.DateTimeFormat(undefined, options);
    }
    formatters.set(key, f);
  }
  return f;
}

const relatives = new Map<string, Intl.RelativeTimeFormat>();
function rtf(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let f = relatives.get(key);
  if (!f) {
    try {
      f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    } catch {
      f = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });
    }
    relatives.set(key, f);
  }
  return f;
}

const HH_MM: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const CALENDAR = 'en-US-u-ca-gregory-nu-latn';

/** The wall-clock date and time of `t` in `zone`, as numbers. */
function wall(t: number, zone: string | undefined) {
  const parts = dtf(CALENDAR, zone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(t);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The calendar day of `t` in `zone` as a count of days (only differences mean anything). */
function dayNumber(t: number, zone: string | undefined): number {
  const w = wall(t, zone);
  return Math.round(Date.UTC(w.year, w.month - 1, w.day) / DAY);
}

/** How far `zone`'s clocks are ahead of UTC at `t`, in ms. */
function offset(t: number, zone: string | undefined): number {
  const w = wall(t, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(t / 1000) * 1000;
}

/** Calendar days from today to `at` in the zone: 0 today, -1 yesterday, 1 tomorrow. */
export function daysFromToday(at: Instant, f: TimeFrame): number {
  return dayNumber(ms(at), f.zone) - dayNumber(f.now, f.zone);
}

/** Midnight that starts the day of `at` in the zone, as an instant (ms). */
export function startOfDay(at: Instant, zone: string | undefined): number {
  const t = ms(at);
  const w = wall(t, zone);
  const midnightThere = Date.UTC(w.year, w.month - 1, w.day);
  // The offset at midnight may differ from the offset now (a daylight-saving change that day).
  const guess = midnightThere - offset(t, zone);
  return midnightThere - offset(guess, zone);
}

/** "14:05" (or "2:05 PM": the language decides). */
export function clockTime(at: Instant, f: TimeFrame): string {
  return dtf(f.locale, f.zone, HH_MM).format(ms(at));
}

/**
 * A moment by its day and time, as a chat shows it: "14:05" today, "yesterday 18:40",
 * "tomorrow 09:00", "Tue 18:40" within a week, "3 Mar, 18:40" beyond, with the year when not this one.
 */
export function stamp(at: Instant, f: TimeFrame): string {
  const t = ms(at);
  const days = daysFromToday(t, f);
  if (days === 0) return clockTime(t, f);
  if (days === -1 || days === 1) return `${rtf(f.locale).format(days, 'day')} ${clockTime(t, f)}`;
  if (Math.abs(days) < 7) return dtf(f.locale, f.zone, { weekday: 'short', ...HH_MM }).format(t);
  const sameYear = wall(t, f.zone).year === wall(f.now, f.zone).year;
  return dtf(f.locale, f.zone, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    ...HH_MM,
  }).format(t);
}

/** How far from now, within 12 hours: "now", "5 min ago", "in 2 hr"; undefined further away. */
export function distance(at: Instant, f: TimeFrame): string | undefined {
  const diff = ms(at) - f.now;
  const abs = Math.abs(diff);
  const r = rtf(f.locale);
  if (abs < 45_000) return r.format(0, 'second');
  if (abs < 59.5 * MINUTE) return r.format(Math.sign(diff) * Math.max(1, Math.round(abs / MINUTE)), 'minute');
  if (abs < 12 * HOUR) return r.format(Math.sign(diff) * Math.round(abs / HOUR), 'hour');
  return undefined;
}

/** Near now, how far ("5 min ago", "in 2 hr"); further away, the day and time ("yesterday 18:40"). */
export function relative(at: Instant, f: TimeFrame): string {
  return distance(at, f) ?? stamp(at, f);
}

/**
 * The day and time, and near now how far too: "14:05 · 5 min ago", "15:00 · in 2 hr",
 * "yesterday 18:40". For notifications, sessions and expiries, where both matter.
 */
export function stampNear(at: Instant, f: TimeFrame): string {
  const near = distance(at, f);
  const day = stamp(at, f);
  return near ? `${day} · ${near}` : day;
}

/** Everything, for a tooltip: "Tuesday 4 March 2025, 14:05 GMT". */
export function fullTime(at: Instant, f: Pick<TimeFrame, 'zone' | 'locale'>): string {
  return dtf(f.locale, f.zone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...HH_MM,
    timeZoneName: 'short',
  }).format(ms(at));
}

/** The zone's distance from UTC now, as the language writes it: "GMT+9", "GMT-4", "GMT". */
export function zoneOffset(zone: string, now: number, locale?: string): string {
  const part = dtf(locale, zone, { timeZoneName: 'shortOffset' })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** The zone this device is set to, if the browser says. */
export function deviceZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
