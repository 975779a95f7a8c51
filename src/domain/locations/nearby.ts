import { and, eq, type SQL, sql } from 'drizzle-orm';
import { locations } from '../../db/schema/index.ts';
import type { Tx } from '../../db/tx.ts';

export interface NearbyQuery {
  lat: number;
  lng: number;
  radiusKm: number;
  limit: number;
  type?: (typeof locations.$inferSelect)['type'];
  anxietyLevel?: NonNullable<(typeof locations.$inferSelect)['anxietyLevel']>;
  beginnerFriendly?: boolean;
  verified?: boolean;
  amenity?: string;
  /** Only places open at this instant, by their hours in their own time zone (is_open_at, in SQL, before the limit). */
  openAt?: Date;
  /** Extra condition applied before the limit. */
  where?: SQL;
}

export type NearbyLocation = typeof locations.$inferSelect & { distanceKm: number };

const point = sql`ll_to_earth(${locations.latitude}, ${locations.longitude})`;

/**
 * Places within radiusKm of a point, nearest first. The ORDER BY is a KNN scan of the GiST index
 * idx_locations_coords (`<->` on the same ll_to_earth expression), bounded by earth_box so a sparse
 * area stops at the radius instead of walking the whole index; earth_distance then trims the box's
 * corners exactly.
 */
export async function findNearby(tx: Tx, q: NearbyQuery): Promise<NearbyLocation[]> {
  const centre = sql`ll_to_earth(${q.lat}::float8, ${q.lng}::float8)`;
  const metres = q.radiusKm * 1000;
  const rows = await tx
    .select({
      location: locations,
      distanceM: sql<number>`earth_distance(${point}, ${centre})`.mapWith(Number),
    })
    .from(locations)
    .where(
      and(
        sql`earth_box(${centre}, ${metres}::float8) @> ${point}`,
        sql`earth_distance(${point}, ${centre}) <= ${metres}::float8`,
        q.type ? eq(locations.type, q.type) : undefined,
        q.anxietyLevel ? eq(locations.anxietyLevel, q.anxietyLevel) : undefined,
        q.beginnerFriendly === undefined ? undefined : eq(locations.isBeginnerFriendly, q.beginnerFriendly),
        q.verified === undefined ? undefined : eq(locations.isVerified, q.verified),
        q.amenity ? sql`${locations.amenities} @> ARRAY[${q.amenity}]::text[]` : undefined,
        q.openAt
          ? sql`is_open_at(${locations.hours}, ${locations.timeZone}, ${q.openAt.toISOString()}::timestamptz)`
          : undefined,
        q.where,
      ),
    )
    // Nothing after the distance: a second sort key turns the KNN scan into fetch-everything-and-sort.
    .orderBy(sql`${point} <-> ${centre}`)
    .limit(q.limit);
  return rows.map((r) => ({ ...r.location, distanceKm: Math.round(r.distanceM) / 1000 }));
}
