import type { PlaceView } from '../../tools/views.ts';
import type { Catalogue } from './i18n/index.ts';

/** The companion's words: several ways to say each thing, chosen by a seed so replies vary. */

export function seedOf(...parts: string[]): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export const pick = <T>(seed: number, options: readonly T[]): T => options[Math.abs(seed) % options.length]!;

type Nouns = Catalogue['noun'];

/** A kind of place in words: "cafés", "café" (plural false), or with its article ("a café"). */
export const noun = (c: Catalogue, type: string | undefined, plural = true): string =>
  (c.noun[(type ?? 'place') as keyof Nouns] ?? c.noun.place)[plural ? 1 : 0]!;

/** A kind of place with its article: "a café", "a place". */
export const aNoun = (c: Catalogue, type: string | undefined): string =>
  (c.noun[(type ?? 'place') as keyof Nouns] ?? c.noun.place)[2]!;

/** A place in a numbered list: its name, distance and traits. */
export const placeLine =
  (c: Catalogue) =>
  (p: PlaceView, i: number): string => {
    const w = c.placeLine;
    const bits = [
      p.distanceKm === undefined ? undefined : w.distance({ km: p.distanceKm }),
      p.quietness === 'quiet' ? w.quiet : p.quietness === 'busy' ? w.busy : undefined,
      p.beginnerFriendly ? w.beginner : undefined,
      p.coffeeReward ? w.coffeeReward : undefined,
    ].filter(Boolean);
    return `${i + 1}. **${p.name}**${p.unverified ? c.unverified : ''}${bits.length ? ` — ${bits.join(' · ')}` : ''}`;
  };

export function timeOfDayGreeting(c: Catalogue, hour: number): string {
  if (hour >= 5 && hour < 12) return c.timeOfDay.morning;
  if (hour >= 12 && hour < 18) return c.timeOfDay.afternoon;
  if (hour >= 18 && hour < 23) return c.timeOfDay.evening;
  return c.timeOfDay.night;
}

/** English "a, b and c" (the catalogue's `list` says it in each language). */
export const listJoin = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
