import type { Logger } from 'pino';
import type { RedisClient } from '../redis/client.ts';
import { createRedisCache } from './redis.ts';

export interface CacheOptions<T> {
  /**
   * Tags of the stored value ("loc:<id>", "mentor:<id>"): invalidating a tag drops every entry
   * carrying it. A list of nearby places is tagged with each place in it, so a check-in at one of
   * them drops that list and no other.
   */
  tags?: (value: T) => string[];
  /**
   * A generation counter the entry belongs to ("places", "mentors"). A change of *which* rows match
   * a search (a new place, a verification, an edit of a filtered field) bumps it, and every entry
   * of the old generation is never read again: tags cannot find lists a row was not in yet.
   */
  generation?: string;
}

/** What changed about a place or mentor: its shown values only, or also which searches it matches. */
export interface Change {
  /** True when the row may now match searches it did not match before (new, verified, moved, retyped). */
  membership?: boolean;
}

/**
 * Read-through cache for what is read often and changes rarely (a place's details, nearby results
 * for a rounded cell, a mentor's profile). Redis when REDIS_URL is set; without it, nothing is
 * cached and everything reads the database: behaviour is the same, only slower. A cache failure
 * never fails a request: it reads the database instead and logs a warning.
 */
export interface Cache {
  /** False for noCache: callers may skip work that only pays off with a cache (see searchLocations). */
  readonly enabled: boolean;
  /** Returns the cached value for key, or loads, stores (ttlSeconds) and returns it. Values are JSON. */
  getOrLoad<T>(
    key: string,
    ttlSeconds: number,
    load: () => Promise<T>,
    options?: CacheOptions<T>,
  ): Promise<T>;
  /** Drops everything cached about a place (its details and the nearby lists it appears in). */
  invalidateLocation(locationId: string, change?: Change): Promise<void>;
  /** Drops everything cached about a mentor (the entry "mentor:<id>" and lists tagged with it). */
  invalidateMentor(mentorId: string, change?: Change): Promise<void>;
}

/** No cache at all: every read goes to the database. */
export const noCache: Cache = {
  enabled: false,
  getOrLoad: (_key, _ttl, load) => load(),
  invalidateLocation: async () => {},
  invalidateMentor: async () => {},
};

/** The cache for deps: Redis when a client is configured, otherwise none. */
export function createCache(redis: RedisClient | undefined, logger: Logger): Cache {
  return redis ? createRedisCache(redis, logger) : noCache;
}
