import type { PlaceView } from '../../tools/views.ts';

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

const typeNoun: Record<string, [string, string]> = {
  coffee: ['café', 'cafés'],
  gym: ['gym', 'gyms'],
  nutrition: ['healthy food spot', 'healthy food spots'],
  partner: ['partner place', 'partner places'],
  mentor: ['mentoring space', 'mentoring spaces'],
};

export const noun = (type: string | undefined, plural = true): string =>
  type ? (typeNoun[type]?.[plural ? 1 : 0] ?? 'places') : plural ? 'places' : 'place';

export function placeLine(p: PlaceView, i: number): string {
  const bits = [
    p.distanceKm === undefined
      ? undefined
      : p.distanceKm < 1
        ? `${Math.round(p.distanceKm * 1000)} m`
        : `${p.distanceKm.toFixed(1)} km`,
    p.quietness === 'quiet' ? 'quiet' : p.quietness === 'busy' ? 'can get busy' : undefined,
    p.beginnerFriendly ? 'beginner-friendly' : undefined,
    p.coffeeReward ? 'coffee reward' : undefined,
  ].filter(Boolean);
  return `${i + 1}. **${p.name}**${p.unverified ? ' (not verified)' : ''}${bits.length ? ` — ${bits.join(' · ')}` : ''}`;
}

export function timeOfDayGreeting(hour: number): string {
  if (hour >= 5 && hour < 12) return 'Good morning';
  if (hour >= 12 && hour < 18) return 'Good afternoon';
  if (hour >= 18 && hour < 23) return 'Good evening';
  return 'Hi';
}

export const capabilities =
  'I can find quiet cafés, gyms and healthy food spots near you or in a city, check you in when you arrive, ' +
  'tell you about your streak, level and coffee rewards, find and book a peer mentor, and set reminders.';

export const listJoin = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
