import { EARTH_RADIUS_M } from './nearby-bounds.ts';
import type { NearbyPlace } from './schemas.ts';

/**
 * Nearby results cached per rounded cell, yet exact for the caller's own point.
 *
 * The cache holds, for a cell's centre c, the K nearest places within radius + d, where d bounds
 * how far any point p of the cell lies from c. For p, every place not fetched is at least
 * `reach` from c (reach: the K-th distance), so at least reach − d from p. The answer for p, taken
 * from the fetched rows re-ranked by their distance to p, is therefore exact when the fetch was
 * complete (fewer than K rows: everything in range) or when the limit-th place is nearer than
 * reach − d. Otherwise the cell is too dense for its entry to prove anything and the search reads
 * the database: there the KNN scan is at its cheapest (the first rows it meets are the answer).
 * Cells that cache well are the sparse ones and selective filters, where the scan walks far.
 */

/** Cell size in degrees (~550 m north-south). Smaller: more cells exact, fewer requests per cell. */
export const CELL_DEGREES = 0.005;
/** Upper bound of the distance from any point of a cell to its centre, km (meridian then parallel). */
export const CELL_SLACK_KM = ((Math.PI / 180) * EARTH_RADIUS_M * CELL_DEGREES) / 1000 + 0.001;

export interface Cell {
  lat: number;
  lng: number;
  /** "51.505:-0.125": the centre as written in cache keys. */
  id: string;
}

export function cellOf(lat: number, lng: number): Cell {
  const round = (v: number) => Number((Math.round(v / CELL_DEGREES) * CELL_DEGREES).toFixed(3));
  const c = { lat: round(lat), lng: round(lng) };
  return { ...c, id: `${c.lat}:${c.lng}` };
}

/** How many places a cell entry keeps for a search of `limit`. */
export const cellFetchSize = (limit: number) => 2 * limit + 20;

export type CellEntry =
  /** Too dense to answer any point of the cell exactly: go to the database. */
  { dense: true } | { dense: false; complete: boolean; reachKm: number; places: NearbyPlace[] };

/** Builds the entry from the rows found around the cell's centre (nearest first, distances from it). */
export function cellEntry(places: NearbyPlace[], fetchSize: number, limit: number): CellEntry {
  const complete = places.length < fetchSize;
  const reachKm = places.at(-1)?.distanceKm ?? 0;
  const limitth = places[limit - 1]?.distanceKm ?? reachKm;
  // Points farther than CELL_SLACK_KM from the centre could not be answered: call it dense.
  if (!complete && limitth + 2 * CELL_SLACK_KM >= reachKm) return { dense: true };
  return { dense: false, complete, reachKm, places };
}

/** The answer for (lat, lng) from a cell entry, or undefined when the entry cannot prove it exact. */
export function answerFromCell(
  entry: CellEntry,
  point: { lat: number; lng: number },
  radiusKm: number,
  limit: number,
): NearbyPlace[] | undefined {
  if (entry.dense) return undefined;
  const ranked = entry.places
    .map((p) => ({ p, m: earthDistanceM(point.lat, point.lng, p.latitude, p.longitude) }))
    .filter((x) => x.m <= radiusKm * 1000)
    .sort((a, b) => a.m - b.m)
    .slice(0, limit);
  if (!entry.complete) {
    const last = ranked[limit - 1];
    if (!last || last.m / 1000 >= entry.reachKm - CELL_SLACK_KM) return undefined;
  }
  return ranked.map(({ p, m }) => ({ ...p, distanceKm: Math.round(m) / 1000 }));
}

/** earthdistance's earth_distance(ll_to_earth(a), ll_to_earth(b)): the chord, then the arc, on its sphere. */
export function earthDistanceM(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const xyz = (lat: number, lng: number) => {
    const φ = (lat * Math.PI) / 180;
    const λ = (lng * Math.PI) / 180;
    return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)].map((v) => v * EARTH_RADIUS_M);
  };
  const a = xyz(lat1, lng1);
  const b = xyz(lat2, lng2);
  const chord = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, chord / (2 * EARTH_RADIUS_M)));
}
