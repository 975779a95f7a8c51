/** Dates as people read them: in their own time zone, not UTC. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and there are few zones: one per zone and style, kept. */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    if (formatters.size > 2_000) formatters.clear();
    formatters.set(key, f);
  }
  return f;
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
