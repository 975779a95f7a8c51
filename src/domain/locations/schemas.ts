import { z } from 'zod';
import { anxietyLevels, locationTypes } from '../../db/schema/index.ts';
import { TimeZone } from '../accounts/schemas.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A local "HH:MM-HH:MM" range; an end not after the start crosses midnight ("22:00-02:00"). */
const HoursRange = z
  .string()
  .regex(
    /^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/,
    'must be "HH:MM-HH:MM" (24-hour, local time)',
  );

export const OpeningHoursSchema = z
  .strictObject(Object.fromEntries(weekdays.map((d) => [d, z.array(HoursRange).max(6).optional()])))
  .meta({
    id: 'OpeningHours',
    description: 'Local opening hours by weekday; a range may cross midnight ("22:00-02:00").',
    example: { mon: ['08:00-18:00'], fri: ['08:00-12:00', '18:00-02:00'] },
  });

export const LocationType = z.enum(locationTypes);
export const AnxietyLevel = z.enum(anxietyLevels);

/** A place as everyone may see it (who suggested it is not shown). */
export const LocationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: LocationType,
    latitude: z.number(),
    longitude: z.number(),
    address: z.string(),
    city: z.string(),
    stateProvince: z.string().nullable(),
    country: z.string(),
    postalCode: z.string().nullable(),
    timeZone: z.string(),
    description: z.string().nullable(),
    amenities: z.array(z.string()),
    anxietyLevel: AnxietyLevel.nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    hours: OpeningHoursSchema.nullable(),
    hasQrReward: z.boolean(),
    isVerified: z.boolean(),
    isSuggestion: z
      .boolean()
      .meta({ description: 'Suggested by a member; unverified suggestions rank below other places' }),
    isListed: z.boolean().meta({
      description:
        'Shown to everyone in searches; false for a new suggestion, which only its suggester finds until ' +
        'an operator verifies it or three other people check in there',
    }),
    isBeginnerFriendly: z.boolean(),
    images: z.array(z.string()),
    rating: z.number(),
    reviewCount: z.number().int(),
    checkInCount: z.number().int(),
    partnerId: z.uuid().nullable(),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Location' });

export const NearbyLocationSchema = LocationSchema.extend({
  distanceKm: z.number().meta({ description: 'Great-circle distance from the search centre, in km' }),
}).meta({ id: 'NearbyLocation' });

/** A query-string number: digits only (no "", no "1e3", no "Infinity"), then bounds. */
const numberParam = (min: number, max: number, opts: { int?: boolean; exclusiveMin?: boolean } = {}) => {
  let n = opts.int ? z.number().int() : z.number();
  n = opts.exclusiveMin ? n.gt(min) : n.min(min);
  return z
    .string()
    .trim()
    .max(32)
    .regex(opts.int ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/, opts.int ? 'must be a whole number' : 'must be a number')
    .transform(Number)
    .pipe(n.max(max));
};

/** 'true' or 'false', nothing else ('1', 'yes' and '' are refused, not guessed). */
const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const DEFAULT_RADIUS_KM = 5;
export const MAX_RADIUS_KM = 50;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/** Unverified suggestions one page of results may hold, after every other place in it. */
export const SUGGESTIONS_PER_PAGE = 3;

export const SearchLocationsQuery = z
  .object({
    lat: numberParam(-90, 90).meta({
      type: 'number',
      example: '51.5074',
    }),
    lng: numberParam(-180, 180).meta({
      type: 'number',
      example: '-0.1278',
    }),
    radiusKm: numberParam(0, MAX_RADIUS_KM, { exclusiveMin: true }).optional().meta({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: MAX_RADIUS_KM,
      default: DEFAULT_RADIUS_KM,
    }),
    type: LocationType.optional(),
    anxietyLevel: AnxietyLevel.optional(),
    beginnerFriendly: booleanParam.optional(),
    verified: booleanParam.optional(),
    amenity: z.string().trim().min(1).max(50).optional().meta({ example: 'quiet-zone' }),
    openNow: booleanParam.optional(),
    limit: numberParam(1, MAX_LIMIT, { int: true }).optional().meta({
      type: 'integer',
      minimum: 1,
      maximum: MAX_LIMIT,
      default: DEFAULT_LIMIT,
    }),
  })
  .meta({ id: 'SearchLocationsQuery' });

/** What searchLocations takes (the route's query after parsing, or an assistant tool's input). */
export interface SearchLocationsInput {
  lat: number;
  lng: number;
  radiusKm?: number | undefined;
  type?: z.infer<typeof LocationType> | undefined;
  anxietyLevel?: z.infer<typeof AnxietyLevel> | undefined;
  beginnerFriendly?: boolean | undefined;
  verified?: boolean | undefined;
  amenity?: string | undefined;
  openNow?: boolean | undefined;
  limit?: number | undefined;
}

const Amenities = z.array(z.string().trim().min(1).max(50)).max(30);
const Url = z.url({ protocol: /^https?$/ }).max(2048);

/** What a signed-in user may say about a place they suggest; the rest is the operators'. */
export const SuggestLocationInput = z
  .object({
    name: z.string().trim().min(1).max(255).meta({ example: 'Quiet Corner Café' }),
    type: LocationType,
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    address: z.string().trim().min(1).max(500),
    city: z.string().trim().min(1).max(100),
    country: z.string().trim().min(1).max(100),
    stateProvince: z.string().trim().min(1).max(100).optional(),
    postalCode: z.string().trim().min(1).max(20).optional(),
    timeZone: TimeZone.optional().meta({ description: 'IANA zone of the place; UTC when absent' }),
    description: z.string().trim().max(2000).optional(),
    amenities: Amenities.optional(),
    anxietyLevel: AnxietyLevel.optional(),
    phone: z.string().trim().min(3).max(20).optional(),
    email: z.email().max(255).optional(),
    website: Url.optional(),
    hours: OpeningHoursSchema.optional(),
    isBeginnerFriendly: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'SuggestLocationInput' });

/** What an operator may change about a place (all optional; null clears an optional field). */
export const EditLocationInput = z
  .object({
    name: z.string().trim().min(1).max(255),
    type: LocationType,
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    address: z.string().trim().min(1).max(500),
    city: z.string().trim().min(1).max(100),
    country: z.string().trim().min(1).max(100),
    stateProvince: z.string().trim().min(1).max(100).nullable(),
    postalCode: z.string().trim().min(1).max(20).nullable(),
    timeZone: TimeZone,
    description: z.string().trim().max(2000).nullable(),
    amenities: Amenities,
    anxietyLevel: AnxietyLevel.nullable(),
    phone: z.string().trim().min(3).max(20).nullable(),
    email: z.email().max(255).nullable(),
    website: Url.nullable(),
    hours: OpeningHoursSchema.nullable(),
    images: z.array(Url).max(20),
    hasQrReward: z.boolean(),
    isVerified: z.boolean(),
    isBeginnerFriendly: z.boolean(),
    partnerId: z.uuid().nullable(),
  })
  .partial()
  .strict()
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), {
    message: 'lat and lng are changed together',
    path: ['lng'],
  })
  .meta({ id: 'EditLocationInput' });

export type SuggestLocationInput = z.infer<typeof SuggestLocationInput>;
export type EditLocationInput = z.infer<typeof EditLocationInput>;
export type PublicLocation = z.infer<typeof LocationSchema>;
export type NearbyPlace = z.infer<typeof NearbyLocationSchema>;
