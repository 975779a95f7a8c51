import { and, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
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

/** The indexed point (idx_locations_point): longitude and latitude in degrees. */
const here = sql`point(${locations.longitude}::float8, ${locations.latitude}::float8)`;

const param = (name: string) => sql.placeholder(name);

/** The filters a query uses: one prepared statement per combination (at most 2^6 of them). */
function shapeOf(q: NearbyQuery): string {
  return [
    q.type ? 't' : '',
    q.anxietyLevel ? 'a' : '',
    q.beginnerFriendly === undefined ? '' : 'b',
    q.verified === undefined ? '' : 'v',
    q.amenity ? 'm' : '',
    q.openAt ? 'o' : '',
  ].join('');
}

/**
 * Places within radiusKm of a point, nearest first by earth_distance (ties by id), in one
 * statement of two index scans on idx_locations_point, a GiST index of plain (longitude, latitude)
 * points (about a tenth of the cube index's cost per search; docs/performance.md):
 *
 * 1. `first`: the `limit` places nearest in degrees that pass the filters, inside nearby_box of
 *    the radius (a KNN scan that stops at the radius in sparse areas), and their true distances;
 * 2. `reach`: the largest of those distances, capped at the radius (the radius itself when fewer
 *    than `limit` were found: then every place in range is among them). The true nearest `limit`
 *    places are all within reach, since `first` alone holds that many;
 * 3. every place inside nearby_box(reach) (drizzle/0007: the box holds every point within that
 *    many metres on earthdistance's sphere) within reach by earth_distance, ranked by it.
 *
 * Exact, whatever degrees do to distances at that latitude: degrees only pick candidates. The
 * statement is named per filter combination, so each pooled connection parses it once and then
 * binds values. A caller's extra `where` makes it a one-off, unnamed statement.
 */
export async function findNearby(tx: Tx, q: NearbyQuery): Promise<NearbyLocation[]> {
  const prepared = q.where === undefined;
  const query = nearbyQuery(tx, q, prepared);
  const rows = prepared
    ? await query.prepare(`nearby2_${shapeOf(q) || 'any'}`).execute({
        lat: q.lat,
        lng: q.lng,
        metres: q.radiusKm * 1000,
        limit: q.limit,
        type: q.type,
        anxiety: q.anxietyLevel,
        beginner: q.beginnerFriendly,
        verified: q.verified,
        amenity: q.amenity,
        openAt: q.openAt?.toISOString(),
      })
    : await query;
  return rows.map((r) => ({ ...r.location, distanceKm: Math.round(r.distanceM) / 1000 }));
}

/**
 * findNearby's statement, not run: with placeholders (to prepare) or with the query's values as
 * parameters (`.toSQL()` gives the text the bench times and explains).
 */
export function nearbyQuery(tx: Tx | Database, q: NearbyQuery, placeholders = false) {
  const prepared = placeholders;
  const value = <T>(name: string, v: T) => (prepared ? param(name) : sql`${v}`);
  const lat = sql`${value('lat', q.lat)}::float8`;
  const lng = sql`${value('lng', q.lng)}::float8`;
  const metres = sql`${value('metres', q.radiusKm * 1000)}::float8`;
  const limit = prepared ? param('limit') : q.limit;
  const distance = sql<number>`earth_distance(ll_to_earth(${locations.latitude}, ${locations.longitude}), ll_to_earth(${lat}, ${lng}))`;
  const filters = [
    q.type ? sql`${locations.type} = ${value('type', q.type)}` : undefined,
    q.anxietyLevel ? sql`${locations.anxietyLevel} = ${value('anxiety', q.anxietyLevel)}` : undefined,
    q.beginnerFriendly === undefined
      ? undefined
      : sql`${locations.isBeginnerFriendly} = ${value('beginner', q.beginnerFriendly)}`,
    q.verified === undefined ? undefined : sql`${locations.isVerified} = ${value('verified', q.verified)}`,
    q.amenity ? sql`${locations.amenities} @> ARRAY[${value('amenity', q.amenity)}]::text[]` : undefined,
    q.openAt
      ? sql`is_open_at(${locations.hours}, ${locations.timeZone}, ${value('openAt', q.openAt.toISOString())}::timestamptz)`
      : undefined,
    q.where,
  ];
  const first = tx.$with('nearby_first').as(
    tx
      .select({ d: distance.as('d') })
      .from(locations)
      .where(and(sql`${here} <@ nearby_box(${lat}, ${lng}, ${metres})`, ...filters))
      .orderBy(sql`${here} <-> point(${lng}, ${lat})`)
      .limit(limit),
  );
  const reach = sql`(SELECT CASE WHEN count(*) < ${limit} THEN ${metres} ELSE least(max(d), ${metres}) END FROM ${first})`;
  return tx
    .with(first)
    .select({ location: locations, distanceM: distance.mapWith(Number) })
    .from(locations)
    .where(
      and(sql`${here} <@ nearby_box(${lat}, ${lng}, ${reach})`, sql`${distance} <= ${reach}`, ...filters),
    )
    .orderBy(distance, locations.id)
    .limit(limit);
}
