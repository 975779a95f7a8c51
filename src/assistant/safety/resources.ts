import { readFileSync } from 'node:fs';
import ct from 'countries-and-timezones';
import { z } from 'zod';
import { defaultPromptsDir } from '../prompts.ts';

/**
 * Crisis, emergency and domestic-abuse lines per country, from prompts/safety/resources.json: each
 * entry names its source and the date it was checked. The country is the one the user chose in
 * settings, else the one their time zone lies in, else the general entry (a directory of lines
 * worldwide and the common emergency numbers).
 */

const Line = z
  .object({
    name: z.string().min(1),
    phone: z
      .string()
      .regex(/^[0-9 +\-()]{2,24}$/)
      .optional(),
    sms: z.string().min(2).max(40).optional(),
    hours: z.string().min(1).max(40).optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
    source: z.url({ protocol: /^https$/ }),
    checked: z.iso.date(),
  })
  .refine((l) => l.phone || l.sms || l.url, 'a line needs a phone number, a text number or a web address');
export type Line = z.infer<typeof Line>;

const Country = z.object({
  name: z.string().min(1),
  emergency: z.string().regex(/^[0-9]{2,4}(?: or [0-9]{2,4})*$/),
  crisis: z.array(Line).min(1),
  abuse: z.array(Line).min(1),
});
export type CountryLines = z.infer<typeof Country>;

const ResourcesFile = z.object({
  $comment: z.string().optional(),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), Country),
  general: Country,
});
export type Resources = z.infer<typeof ResourcesFile>;

/** Reads and checks the file; a malformed entry stops start-up, naming it. */
export function loadResources(dir: string = defaultPromptsDir): Resources {
  const file = `${dir.replace(/\/?$/, '/')}safety/resources.json`;
  const parsed = ResourcesFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** ISO 3166 country of an IANA time zone (Europe/Zurich → CH), when the zone belongs to one. */
export function countryOfZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  return ct.getCountryForTimezone(timeZone)?.id;
}

export interface Place {
  /** The country whose lines are shown, or 'general'. */
  code: string;
  lines: CountryLines;
}

/** The lines for a user: their chosen country, else their time zone's, else the general ones. */
export function linesFor(
  resources: Resources,
  chosen: string | null | undefined,
  timeZone: string | undefined,
): Place {
  for (const code of [chosen, countryOfZone(timeZone)]) {
    const lines = code ? resources.countries[code] : undefined;
    if (code && lines) return { code, lines };
  }
  return { code: 'general', lines: resources.general };
}
