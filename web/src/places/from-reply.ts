import type { Api } from '../api.ts';
import type { Place } from '../types.ts';
import { cities, type Position } from './location.ts';

/**
 * The places a reply names. chat:tool reports a search only as a summary today ("3 places found"),
 * so the client finds the places the reply names in **bold** among those near where the search
 * looked (the position sent with the message, or a city the reply names) through the public
 * places API. When chat:tool carries the places themselves, they are used instead.
 */
export async function placesInReply(api: Api, content: string, at: Position | null): Promise<Place[]> {
  const names = [...content.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]!.trim());
  if (names.length === 0) return [];
  const city = cities.find((c) => content.includes(` in ${c.name}`));
  const centre = city ?? at;
  if (!centre) return [];
  const q = new URLSearchParams({
    lat: String(centre.lat),
    lng: String(centre.lng),
    radiusKm: '50',
    limit: '100',
  });
  const { locations } = await api.get<{ locations: Place[] }>(`/api/locations?${q}`);
  const byName = new Map(locations.map((l) => [l.name, l]));
  const found: Place[] = [];
  for (const name of names) {
    const place = byName.get(name);
    if (place && !found.includes(place)) found.push(place);
  }
  return found;
}
