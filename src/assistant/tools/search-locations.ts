import { z } from 'zod';
import { locationTypes } from '../../db/schema/index.ts';
import { cityCentre, findPlacesByName } from '../../domain/locations/find-by-name.ts';
import { MAX_RADIUS_KM, type PublicLocation } from '../../domain/locations/schemas.ts';
import { searchLocations } from '../../domain/locations/search.ts';
import { AppError } from '../../errors.ts';
import { defineTool } from './types.ts';
import { type PlaceView, placeView } from './views.ts';

const placeRows = Symbol('placeRows');

/** A place as GET /api/locations returns it; with its distance when searched around a point. */
type PlaceRow = PublicLocation & { distanceKm?: number };

/**
 * The model's view of the places and, under a symbol key it never serialises, the rows themselves.
 * Verified places come first (nearest first within each group): the HTTP API stays nearest-first.
 */
const withRows = (found: PlaceRow[]) => {
  const rows = [...found].sort((a, b) => Number(b.isVerified) - Number(a.isVerified));
  return { places: rows.map((p) => placeView(p)), [placeRows]: rows };
};

const Input = z
  .strictObject({
    type: z.enum(locationTypes).optional(),
    quiet: z.boolean().optional().describe('Only quiet places (the user said quiet or calm)'),
    beginnerFriendly: z.boolean().optional(),
    openNow: z.boolean().optional(),
    amenity: z.string().trim().min(1).max(50).optional().describe('e.g. "quiet-zone", "wifi"'),
    name: z.string().trim().min(2).max(100).optional().describe('Part of a place name'),
    city: z.string().trim().min(2).max(100).optional().describe('City or area'),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    radiusKm: z.number().gt(0).max(MAX_RADIUS_KM).optional().describe('Default 5'),
    limit: z.number().int().min(1).max(10).default(5),
  })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), {
    message: 'lat and lng go together',
    path: ['lng'],
  });

export interface SearchResult {
  near: 'coordinates' | 'city' | 'device' | 'anywhere';
  city?: string;
  places: PlaceView[];
  /** The rows behind `places`, for the client's cards: a symbol key, so the model never reads them. */
  [placeRows]: PlaceRow[];
}

export const searchLocationsTool = defineTool({
  name: 'search_locations',
  description:
    "Calm places near the user's device (without city or lat/lng), a city or coordinates, nearest " +
    'first, verified first; or a place by name.',
  input: Input,
  sideEffect: 'none',
  run: async ({ ctx, input }): Promise<SearchResult> => {
    let near: SearchResult['near'] = 'device';
    let centre = ctx.location;
    let city: string | undefined;
    if (input.lat !== undefined && input.lng !== undefined) {
      near = 'coordinates';
      centre = { lat: input.lat, lng: input.lng };
    } else if (input.city) {
      const found = await ctx.asPublic((p) => cityCentre(p, input.city!));
      if (!found) {
        throw new AppError('not_found', `No places known in "${input.city}".`, { reason: 'unknown_city' });
      }
      near = 'city';
      centre = found;
      city = found.city;
    }
    if (input.name) {
      const named = await ctx.asPublic((p) => findPlacesByName(p, input.name!, centre, input.limit));
      return {
        near: centre ? near : 'anywhere',
        ...(city ? { city } : {}),
        ...withRows(named.filter((p) => !input.type || p.type === input.type)),
      };
    }
    if (!centre) {
      throw new AppError(
        'unprocessable',
        'No position to search around: ask the user for a city or area, or to share their location.',
        { reason: 'location_needed' },
      );
    }
    const at = centre;
    const nearby = await ctx.asPublic((p) =>
      searchLocations(p, {
        lat: at.lat,
        lng: at.lng,
        radiusKm: input.radiusKm,
        type: input.type,
        anxietyLevel: input.quiet ? 'low' : undefined,
        beginnerFriendly: input.beginnerFriendly,
        openNow: input.openNow,
        amenity: input.amenity,
        limit: input.limit,
      }),
    );
    return { near, ...(city ? { city } : {}), ...withRows(nearby) };
  },
  display: (r) => ({ places: r[placeRows] }),
  summarize: (r) =>
    r.places.length === 0
      ? 'no places found'
      : `${r.places.length} place${r.places.length === 1 ? '' : 's'} found${r.city ? ` in ${r.city}` : ''}`,
});
