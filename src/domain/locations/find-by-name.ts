import { and, desc, eq, ilike, sql } from 'drizzle-orm';
import Fuse from 'fuse.js';
import { locations } from '../../db/schema/index.ts';
import type { PublicContext } from '../context.ts';
import { gazetteer as known, namesOf } from './gazetteer.ts';
import { findNearby } from './nearby.ts';
import type { PublicLocation } from './schemas.ts';
import { toPublicLocation } from './view.ts';

/**
 * Finding where "London", "Shoreditch" or "Quiet Beans" is, by name: the gazetteer's cities and
 * neighbourhoods, the cities places are listed in, and places by their name. The assistant's place
 * and mentor tools use these; the search rules (filters, distance, geofence) are searchLocations'.
 */

interface Coordinates {
  lat: number;
  lng: number;
}

const key = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const gazetteer = new Map<string, Coordinates & { city: string }>();
for (const c of known) {
  for (const name of namesOf(c)) gazetteer.set(key(name), { lat: c.lat, lng: c.lng, city: c.name });
  for (const n of c.neighbourhoods) {
    for (const name of namesOf(n)) gazetteer.set(key(name), { lat: n.lat, lng: n.lng, city: c.name });
  }
}

/** The centre of a city or neighbourhood we know, or of the places listed in a city of that name. */
export async function cityCentre(
  ctx: PublicContext,
  name: string,
): Promise<(Coordinates & { city: string }) | undefined> {
  const known = gazetteer.get(key(name));
  if (known) return known;
  const { rows } = await ctx.tx.execute<{ lat: number | null; lng: number | null; city: string | null }>(
    sql`SELECT avg(latitude)::float8 AS lat, avg(longitude)::float8 AS lng, min(city) AS city
        FROM locations WHERE lower(city) = lower(${name.trim()}) AND is_listed`,
  );
  const row = rows[0];
  return row?.lat != null && row.lng != null
    ? { lat: row.lat, lng: row.lng, city: row.city ?? name }
    : undefined;
}

/** Known city and neighbourhood names (for the offline companion to spot "in Leeds"). */
export const knownPlaceNames = (): string[] => [...gazetteer.keys()];

const likeWords = (name: string) => {
  const words = key(name)
    .replace(/^the /, '')
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replace(/[\\%_]/g, '\\$&'));
  return `%${words.join('%')}%`;
};

/** A nearby row as the tools show it, with its distance. */
const withDistance = ({ distanceKm, ...row }: Awaited<ReturnType<typeof findNearby>>[number]) => ({
  ...toPublicLocation(row),
  distanceKm,
});

/** How many of the nearest places a mistyped name is read against. */
const FUZZY_CANDIDATES = 60;

/**
 * Places whose name matches, nearest first when a centre is known (within 25 km), else most
 * visited; near a centre, when no name contains the words, the nearest whose names are closest
 * to them (a slip or a misheard word). Listed places only: a suggestion nobody has checked yet is
 * its suggester's alone.
 */
export async function findPlacesByName(
  ctx: PublicContext,
  name: string,
  near: Coordinates | undefined,
  limit: number,
): Promise<(PublicLocation & { distanceKm?: number })[]> {
  const pattern = likeWords(name);
  if (pattern === '%%') return [];
  if (near) {
    const found = await findNearby(ctx.tx, {
      ...near,
      radiusKm: 25,
      limit,
      where: and(ilike(locations.name, pattern), eq(locations.isListed, true)),
    });
    if (found.length > 0) return found.map(withDistance);
    // A name misheard or mistyped ("slow poor coffee" for Slow Pour Coffee): the nearest places
    // read against it with fuse.js, the closest names first.
    const around = await findNearby(ctx.tx, {
      ...near,
      radiusKm: 25,
      limit: FUZZY_CANDIDATES,
      where: eq(locations.isListed, true),
    });
    const fuse = new Fuse(around, {
      keys: ['name'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
    });
    const close = fuse.search(key(name).replace(/^the /, '')).slice(0, limit);
    if (close.length > 0) return close.map(({ item }) => withDistance(item));
  }
  const rows = await ctx.tx
    .select()
    .from(locations)
    .where(and(ilike(locations.name, pattern), eq(locations.isListed, true)))
    .orderBy(desc(locations.checkInCount), locations.name)
    .limit(limit);
  return rows.map(toPublicLocation);
}
