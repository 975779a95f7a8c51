import { and, eq, getTableColumns, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { locations } from '../../db/schema/index.ts';
import type { Tx } from '../../db/tx.ts';
import { candidatesFor, type DegreeBox, reachOf } from './nearby-bounds.ts';

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
  /**
   * Which places rank together (search.ts): `vetted`, every place but unverified suggestions;
   * `unvetted`, unverified suggestions that are listed for everyone. Neither: every place.
   */
  group?: 'vetted' | 'unvetted';
  /** Extra condition applied before the limit. */
  where?: SQL;
}

export type NearbyLocation = typeof locations.$inferSelect & { distanceKm: number };

/** The indexed point (idx_locations_point, drizzle/0007): longitude and latitude in degrees. */
const here = sql`point(${locations.longitude}::float8, ${locations.latitude}::float8)`;

const param = (name: string) => sql.placeholder(name);

/** The filters a query uses: one prepared statement per combination (at most 3 × 2^6 of them). */
function shapeOf(q: NearbyQuery): string {
  return [
    q.group === 'vetted' ? 'V' : q.group === 'unvetted' ? 'U' : '',
    q.type ? 't' : '',
    q.anxietyLevel ? 'a' : '',
    q.beginnerFriendly === undefined ? '' : 'b',
    q.verified === undefined ? '' : 'v',
    q.amenity ? 'm' : '',
    q.openAt ? 'o' : '',
  ].join('');
}

/**
 * Places within radiusKm of a point, nearest first by earth_distance (ties by id), every filter
 * applied before the limit. The index is a GiST index of plain (longitude, latitude) points,
 * about a quarter of the seed's cube index's cost per search (docs/performance.md); degrees only
 * choose candidates, earth_distance ranks them, and the answer is exact:
 *
 * 1. One statement reads the `n` places nearest in degrees (a KNN scan, inside a box that holds
 *    the whole radius, so a sparse area stops there) and returns the `limit` of them nearest by
 *    earth_distance, with how many it read and the degree distance of the farthest.
 * 2. Let D be the limit-th true distance (the radius when fewer are in range). Every place within
 *    D lies within reachOf(D).planarDeg degrees of the centre (nearby-bounds.ts). If that is less
 *    than the farthest read, or the scan ran out before `n`, every place within D was read: done.
 * 3. Otherwise (rare: an uneven area), or when the radius crosses ±180° or nears a pole, where
 *    degrees do not measure nearness: every place in reachOf(D)'s boxes within D, by earth_distance.
 *
 * Statements are named per filter combination, so each pooled connection parses them once and
 * then binds values. A caller's extra `where` makes them one-off, unnamed statements.
 */
export async function findNearby(tx: Tx, q: NearbyQuery): Promise<NearbyLocation[]> {
  const metres = q.radiusKm * 1000;
  const reach = reachOf(q.lat, q.lng, metres);
  if (!reach.plain) return rankBoxes(tx, q, metres);

  const n = candidatesFor(q.lat, q.limit);
  const rows = await nearestInDegrees(tx, q, reach.boxes[0], n);
  const fetched = rows[0]?.fetched ?? 0;
  const found = rows.filter((r) => r.distanceM <= metres);
  const limitth = found.length >= q.limit ? found[q.limit - 1]!.distanceM : metres;
  const proven = fetched < n || reachOf(q.lat, q.lng, limitth).planarDeg < rows[0]!.farthestDeg;
  if (!proven) return rankBoxes(tx, q, limitth);
  return found.slice(0, q.limit).map(({ location, distanceM }) => withDistance(location, distanceM));
}

const withDistance = (location: typeof locations.$inferSelect, metres: number): NearbyLocation => ({
  ...location,
  distanceKm: Math.round(metres) / 1000,
});

/** Values as placeholders of a named statement, or inline for a one-off one. */
function binder(q: NearbyQuery) {
  const prepared = q.where === undefined;
  const value = <T>(name: string, v: T) => (prepared ? param(name) : sql`${v}`);
  const lat = sql`${value('lat', q.lat)}::float8`;
  const lng = sql`${value('lng', q.lng)}::float8`;
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
    q.group === 'vetted' ? sql`(NOT ${locations.isSuggestion} OR ${locations.isVerified})` : undefined,
    q.group === 'unvetted'
      ? sql`(${locations.isSuggestion} AND NOT ${locations.isVerified} AND ${locations.isListed})`
      : undefined,
    q.where,
  ];
  const box = (name: string, b: DegreeBox) =>
    sql`box(point(${value(`${name}W`, b.west)}::float8, ${value(`${name}S`, b.south)}::float8), point(${value(`${name}E`, b.east)}::float8, ${value(`${name}N`, b.north)}::float8))`;
  const boxValues = (name: string, b: DegreeBox) => ({
    [`${name}W`]: b.west,
    [`${name}S`]: b.south,
    [`${name}E`]: b.east,
    [`${name}N`]: b.north,
  });
  const values = {
    lat: q.lat,
    lng: q.lng,
    type: q.type,
    anxiety: q.anxietyLevel,
    beginner: q.beginnerFriendly,
    verified: q.verified,
    amenity: q.amenity,
    openAt: q.openAt?.toISOString(),
  };
  return { prepared, value, lat, lng, distance, filters, box, boxValues, values };
}

/**
 * Step 1: the `n` places nearest in degrees inside `box` that pass the filters (a KNN scan of
 * idx_locations_point), of which the `limit` nearest by earth_distance come back, each carrying
 * how many were read and the degree distance of the farthest read.
 */
async function nearestInDegrees(tx: Tx, q: NearbyQuery, box: DegreeBox, n: number) {
  const { query, prepared, values } = knnStatement(tx, q, box, n);
  return prepared ? query.prepare(`nearby_knn_${shapeOf(q) || 'any'}`).execute(values) : query;
}

/**
 * Step 1's statement, not run: with placeholders and their values when the query has no extra
 * `where`, otherwise with its values as parameters (the bench takes `.toSQL()` of that to time
 * the bare statement).
 */
export function knnStatement(db: Tx | Database, q: NearbyQuery, box: DegreeBox, n: number) {
  const b = binder(q);
  const columns = getTableColumns(locations);
  const candidates = db
    .select({
      ...columns,
      distanceM: b.distance.as('distance_m'),
      planar: sql<number>`${here} <-> point(${b.lng}, ${b.lat})`.as('planar'),
    })
    .from(locations)
    .where(and(sql`${here} <@ ${b.box('b', box)}`, ...b.filters))
    .orderBy(sql`${here} <-> point(${b.lng}, ${b.lat})`)
    .limit(b.prepared ? param('n') : n)
    .as('candidates');
  const location = Object.fromEntries(
    Object.keys(columns).map((key) => [key, candidates[key as keyof typeof columns]]),
  ) as unknown as typeof columns;
  const query = db
    .select({
      location,
      distanceM: sql<number>`${candidates.distanceM}`.mapWith(Number),
      fetched: sql<number>`count(*) OVER ()`.mapWith(Number),
      farthestDeg: sql<number>`max(${candidates.planar}) OVER ()`.mapWith(Number),
    })
    .from(candidates)
    .orderBy(candidates.distanceM, candidates.id)
    .limit(b.prepared ? param('limit') : q.limit);
  return {
    query,
    prepared: b.prepared,
    values: { ...b.values, ...b.boxValues('b', box), n, limit: q.limit },
  };
}

/**
 * Step 3: every place within `metres` inside the boxes of reachOf(metres) (two across ±180°; the
 * same box twice otherwise), ranked by earth_distance then id.
 */
async function rankBoxes(tx: Tx, q: NearbyQuery, metres: number): Promise<NearbyLocation[]> {
  const { query, prepared, values } = boxStatement(tx, q, metres);
  const rows = prepared
    ? await query.prepare(`nearby_box_${shapeOf(q) || 'any'}`).execute(values)
    : await query;
  return rows.map(({ location, distanceM }) => withDistance(location, distanceM));
}

/** Step 3's statement, not run (as knnStatement). */
export function boxStatement(db: Tx | Database, q: NearbyQuery, metres: number) {
  const b = binder(q);
  const { boxes } = reachOf(q.lat, q.lng, metres);
  const [first, second = first] = boxes;
  const within = sql`${b.value('metres', metres)}::float8`;
  const query = db
    .select({ location: locations, distanceM: b.distance.mapWith(Number) })
    .from(locations)
    .where(
      and(
        or(sql`${here} <@ ${b.box('b', first)}`, sql`${here} <@ ${b.box('c', second)}`),
        sql`${b.distance} <= ${within}`,
        ...b.filters,
      ),
    )
    .orderBy(b.distance, locations.id)
    .limit(b.prepared ? param('limit') : q.limit);
  return {
    query,
    prepared: b.prepared,
    values: { ...b.values, ...b.boxValues('b', first), ...b.boxValues('c', second), metres, limit: q.limit },
  };
}

/**
 * One user's unlisted suggestions within the radius that pass the filters, nearest first (ties by
 * id). Read by created_by (idx_locations_created_by: a person suggests few places), not by the
 * point index, whose scan would walk the whole radius looking for them.
 */
export async function findUnlistedOf(tx: Tx, userId: string, q: NearbyQuery): Promise<NearbyLocation[]> {
  const b = binder({
    ...q,
    where: and(eq(locations.createdBy, userId), eq(locations.isListed, false), q.where),
  });
  const rows = await tx
    .select({ location: locations, distanceM: b.distance.mapWith(Number) })
    .from(locations)
    .where(and(sql`${b.distance} <= ${q.radiusKm * 1000}::float8`, ...b.filters))
    .orderBy(b.distance, locations.id)
    .limit(q.limit);
  return rows.map(({ location, distanceM }) => withDistance(location, distanceM));
}
