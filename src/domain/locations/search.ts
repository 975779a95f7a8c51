import type { ReadContext } from '../context.ts';
import { findNearby } from './nearby.ts';
import {
  answerFromCell,
  CELL_SLACK_KM,
  type CellEntry,
  cellEntry,
  cellFetchSize,
  cellOf,
} from './nearby-cell.ts';
import { DEFAULT_LIMIT, DEFAULT_RADIUS_KM, type NearbyPlace, type SearchLocationsInput } from './schemas.ts';
import { toPublicLocation } from './view.ts';

/** Nearby lists change with every check-in or review shown in them; a short life bounds any race. */
export const NEARBY_TTL_SECONDS = 60;

/**
 * Places near a point, nearest first, with their distance: the filters and the limit apply in SQL
 * on the GiST KNN scan (see findNearby). "Open now" is judged at the current minute (hours are
 * given to the minute) in each place's own time zone. Served from the cell cache when it can be
 * exact for this point (see nearby-cell.ts), otherwise straight from the database.
 */
export async function searchLocations(ctx: ReadContext, input: SearchLocationsInput): Promise<NearbyPlace[]> {
  const radiusKm = input.radiusKm ?? DEFAULT_RADIUS_KM;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const openAt = input.openNow ? startOfMinute(ctx.clock.now()) : undefined;
  const filters = {
    type: input.type,
    anxietyLevel: input.anxietyLevel,
    beginnerFriendly: input.beginnerFriendly,
    verified: input.verified,
    amenity: input.amenity,
    openAt,
  };
  const query = async (lat: number, lng: number, radius: number, max: number) => {
    const rows = await findNearby(ctx.tx, { lat, lng, radiusKm: radius, limit: max, ...filters });
    return rows.map(({ distanceKm, ...row }) => ({ ...toPublicLocation(row), distanceKm }));
  };
  if (!ctx.cache.enabled) return query(input.lat, input.lng, radiusKm, limit);

  const cell = cellOf(input.lat, input.lng);
  const fetchSize = cellFetchSize(limit);
  const key = [
    'near',
    cell.id,
    `r${radiusKm}`,
    `l${limit}`,
    `t${filters.type ?? ''}`,
    `a${filters.anxietyLevel ?? ''}`,
    `b${flag(filters.beginnerFriendly)}`,
    `v${flag(filters.verified)}`,
    `o${openAt ? openAt.getTime() / 60_000 : ''}`,
    `m${filters.amenity ? encodeURIComponent(filters.amenity) : ''}`,
  ].join(':');
  const entry = await ctx.cache.getOrLoad<CellEntry>(
    key,
    NEARBY_TTL_SECONDS,
    async () =>
      cellEntry(await query(cell.lat, cell.lng, radiusKm + CELL_SLACK_KM, fetchSize), fetchSize, limit),
    { generation: 'places', tags: (e) => (e.dense ? [] : e.places.map((p) => `loc:${p.id}`)) },
  );
  return answerFromCell(entry, input, radiusKm, limit) ?? query(input.lat, input.lng, radiusKm, limit);
}

const flag = (v: boolean | undefined) => (v === undefined ? '' : v ? '1' : '0');

function startOfMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}
