import { boundedCache } from '../bounded-cache.ts';

/** Dates as people read them: in their own time zone, not UTC. */

const formatters = boundedCache<Intl.DateTimeFormat>(2_000);

/** Formatters are costly to build and there are few zones: one per zone and style, kept. */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }) {
  return formatters.get(
    `${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

/** A date as the user reads it, in their zone: "Tue 5 May, 15:00" (en-GB; another locale's own way). */
export function localTime(at: Date | string, timeZone: string, locale = 'en-GB'): string {
  return formatter(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(at));
}
