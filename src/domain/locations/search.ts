import type { ReadContext } from '../context.ts';
import { findNearby, findUnlistedOf, type NearbyQuery } from './nearby.ts';
import {
  answerFromCell,
  CELL_SLACK_KM,
  type CellEntry,
  cellEntry,
  cellFetchSize,
  cellOf,
} from './nearby-cell.ts';
import {
  DEFAULT_LIMIT,
  DEFAULT_RADIUS_KM,
  type NearbyPlace,
  type SearchLocationsInput,
  SUGGESTIONS_PER_PAGE,
} from './schemas.ts';
import { toPublicLocation } from './view.ts';

/** Nearby lists change with every check-in or review shown in them; a short life bounds any race. */
export const NEARBY_TTL_SECONDS = 60;

type Filters = Omit<NearbyQuery, 'lat' | 'lng' | 'radiusKm' | 'limit' | 'group' | 'where'>;

/** The query's filters, "open now" judged at the current minute (hours are given to the minute). */
function filtersOf(ctx: ReadContext, input: SearchLocationsInput): Filters {
  return {
    type: input.type,
    anxietyLevel: input.anxietyLevel,
    beginnerFriendly: input.beginnerFriendly,
    verified: input.verified,
    amenity: input.amenity,
    openAt: input.openNow ? startOfMinute(ctx.clock.now()) : undefined,
  };
}

/** How many unverified suggestions a page of `limit` may hold. */
const suggestionsCap = (input: SearchLocationsInput) =>
  Math.min(SUGGESTIONS_PER_PAGE, input.limit ?? DEFAULT_LIMIT);

/**
 * Places near a point with their distance, for one page of `limit`: the nearest places, of which
 * at most SUGGESTIONS_PER_PAGE are unverified suggestions (a flood of suggestions cannot push the
 * rest out), listed after every other place of the page, each part nearest first. Filters and
 * limits apply in SQL on the GiST KNN scan (see findNearby); "open now" is judged at the current
 * minute in each place's own time zone.
 *
 * Two groups are searched: every place but unverified suggestions, and the suggestions listed for
 * everyone; each is served from the cell cache when it can be exact for this point (see
 * nearby-cell.ts), otherwise straight from the database. Both are the same for everyone, so
 * caching them shares nothing personal. `own` are the caller's unlisted suggestions near the point
 * (ownSuggestionsNear, never cached): they rank with the listed suggestions, for the caller alone.
 */
export async function searchLocations(
  ctx: ReadContext,
  input: SearchLocationsInput,
  own: NearbyPlace[] = [],
): Promise<NearbyPlace[]> {
  const limit = input.limit ?? DEFAULT_LIMIT;
  const filters = filtersOf(ctx, input);
  const vetted = await groupNear(ctx, input, filters, 'vetted', limit);
  // Suggestions are unverified until an operator verifies them: a search for verified places has none.
  const suggestions =
    input.verified === true ? [] : await groupNear(ctx, input, filters, 'unvetted', suggestionsCap(input));
  return rankPage(vetted, mergeNearest(suggestions, own).slice(0, suggestionsCap(input)), limit);
}

/**
 * The signed-in caller's own suggestions near the point that only they can see yet (unlisted),
 * with the search's filters: what searchLocations ranks among the suggestions for them. Read on
 * the primary by the caller (routes): a suggestion just made is found at once.
 */
export async function ownSuggestionsNear(
  ctx: ReadContext,
  userId: string,
  input: SearchLocationsInput,
): Promise<NearbyPlace[]> {
  if (input.verified === true) return [];
  const rows = await findUnlistedOf(ctx.tx, userId, {
    lat: input.lat,
    lng: input.lng,
    radiusKm: input.radiusKm ?? DEFAULT_RADIUS_KM,
    limit: suggestionsCap(input),
    ...filtersOf(ctx, input),
  });
  return rows.map(({ distanceKm, ...row }) => ({ ...toPublicLocation(row), distanceKm }));
}

/** One group's nearest `limit` places, through the cell cache when it can be exact. */
async function groupNear(
  ctx: ReadContext,
  input: SearchLocationsInput,
  filters: Filters,
  group: 'vetted' | 'unvetted',
  limit: number,
): Promise<NearbyPlace[]> {
  const radiusKm = input.radiusKm ?? DEFAULT_RADIUS_KM;
  const query = async (lat: number, lng: number, radius: number, max: number) => {
    const rows = await findNearby(ctx.tx, { lat, lng, radiusKm: radius, limit: max, group, ...filters });
    return rows.map(({ distanceKm, ...row }) => ({ ...toPublicLocation(row), distanceKm }));
  };
  if (!ctx.cache.enabled) return query(input.lat, input.lng, radiusKm, limit);

  const cell = cellOf(input.lat, input.lng);
  const fetchSize = cellFetchSize(limit);
  const key = [
    'near',
    cell.id,
    `g${group === 'vetted' ? 'v' : 'u'}`,
    `r${radiusKm}`,
    `l${limit}`,
    `t${filters.type ?? ''}`,
    `a${filters.anxietyLevel ?? ''}`,
    `b${flag(filters.beginnerFriendly)}`,
    `v${flag(filters.verified)}`,
    `o${filters.openAt ? filters.openAt.getTime() / 60_000 : ''}`,
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

/** Two lists, each nearest first, as one (each keeps its order; a place in both once). */
function mergeNearest(a: NearbyPlace[], b: NearbyPlace[]): NearbyPlace[] {
  const seen = new Set<string>();
  const out: NearbyPlace[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && nearer(a[i]!, b[j]!)) ? a[i++]! : b[j++]!;
    if (!seen.has(next.id)) {
      seen.add(next.id);
      out.push(next);
    }
  }
  return out;
}

const nearer = (x: NearbyPlace, y: NearbyPlace) =>
  x.distanceKm < y.distanceKm || (x.distanceKm === y.distanceKm && x.id <= y.id);

/**
 * The page: the `limit` nearest of both lists (the suggestions already capped), then every vetted
 * place of it before every suggestion, each nearest first.
 */
function rankPage(vetted: NearbyPlace[], suggestions: NearbyPlace[], limit: number): NearbyPlace[] {
  const page = mergeNearest(vetted, suggestions).slice(0, limit);
  const kept = new Set(page.map((p) => p.id));
  return [...vetted.filter((p) => kept.has(p.id)), ...suggestions.filter((p) => kept.has(p.id))];
}

const flag = (v: boolean | undefined) => (v === undefined ? '' : v ? '1' : '0');

function startOfMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}
