import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { partners } from './partners.ts';
import { users } from './users.ts';

export const locationTypes = ['coffee', 'gym', 'mentor', 'nutrition', 'partner'] as const;
export const anxietyLevels = ['low', 'medium', 'high'] as const;

/** Opening hours by weekday ("mon".."sun"), each a list of local "HH:MM-HH:MM" ranges. */
export type OpeningHours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string[]>>;

export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 255 }).notNull(),
    type: varchar('type', { length: 20, enum: locationTypes }).notNull(),
    latitude: numeric('latitude', { precision: 10, scale: 8, mode: 'number' }).notNull(),
    longitude: numeric('longitude', { precision: 11, scale: 8, mode: 'number' }).notNull(),
    address: text('address').notNull(),
    city: varchar('city', { length: 100 }).notNull(),
    stateProvince: varchar('state_province', { length: 100 }),
    country: varchar('country', { length: 100 }).notNull(),
    postalCode: varchar('postal_code', { length: 20 }),
    timeZone: varchar('time_zone', { length: 64 }).notNull().default('UTC'),
    description: text('description'),
    amenities: text('amenities').array().notNull().default(sql`'{}'::text[]`),
    anxietyLevel: varchar('anxiety_level', { length: 10, enum: anxietyLevels }),
    phone: varchar('phone', { length: 20 }),
    email: varchar('email', { length: 255 }),
    website: text('website'),
    hours: jsonb('hours').$type<OpeningHours>(),
    hasQrReward: boolean('has_qr_reward').notNull().default(false),
    isVerified: boolean('is_verified').notNull().default(false),
    /** Suggested by a user (POST /api/locations), not added by an operator or the seed (drizzle/0017). */
    isSuggestion: boolean('is_suggestion').notNull().default(false),
    /**
     * Shown to everyone in searches. A suggestion starts unlisted (only its suggester finds it) and
     * is listed once an operator verifies it or three other people checked in there in person.
     */
    isListed: boolean('is_listed').notNull().default(true),
    isBeginnerFriendly: boolean('is_beginner_friendly').notNull().default(false),
    images: text('images').array().notNull().default(sql`'{}'::text[]`),
    rating: numeric('rating', { precision: 3, scale: 2, mode: 'number' }).notNull().default(0),
    reviewCount: integer('review_count').notNull().default(0),
    checkInCount: integer('check_in_count').notNull().default(0),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('locations_type_check', sql`${t.type} IN ('coffee', 'gym', 'mentor', 'nutrition', 'partner')`),
    check('locations_anxiety_level_check', sql`${t.anxietyLevel} IN ('low', 'medium', 'high')`),
    check('locations_rating_check', sql`${t.rating} BETWEEN 0 AND 5`),
    check('locations_latitude_check', sql`${t.latitude} BETWEEN -90 AND 90`),
    check('locations_longitude_check', sql`${t.longitude} BETWEEN -180 AND 180`),
    check('locations_counters_check', sql`${t.reviewCount} >= 0 AND ${t.checkInCount} >= 0`),
    check('locations_time_zone_check', sql`is_valid_time_zone(${t.timeZone})`),
    check('locations_verified_listed_check', sql`${t.isListed} OR NOT ${t.isVerified}`),
    // Nearby search (src/domain/locations/nearby.ts): a GiST index on a plain point, longitude
    // and latitude in degrees. It replaces the seed's cube index on ll_to_earth(), several times
    // dearer per query (docs/performance.md); distances stay earth_distance's (drizzle/0007).
    index('idx_locations_point').using('gist', sql`point(${t.longitude}::float8, ${t.latitude}::float8)`),
    // The listed unverified suggestions alone (search.ts ranks them as a group of their own): few
    // among many places, so a scan of the whole index walked every place in the radius to find
    // them (1,000,000 places: GET /api/locations p50 119 ms against 2.2 ms for the query alone).
    index('idx_locations_point_unvetted')
      .using('gist', sql`point(${t.longitude}::float8, ${t.latitude}::float8)`)
      .where(sql`${t.isSuggestion} AND NOT ${t.isVerified} AND ${t.isListed}`),
    index('idx_locations_type').on(t.type),
    index('idx_locations_city').on(t.city),
    index('idx_locations_verified').on(t.isVerified),
    index('idx_locations_partner').on(t.partnerId),
    index('idx_locations_created_by').on(t.createdBy),
  ],
);
