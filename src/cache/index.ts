/**
 * Read-through cache for what is read often and changes rarely (a place's details, nearby results
 * for a rounded cell, a mentor's profile). Redis when REDIS_URL is set; without it, nothing is
 * cached and everything reads the database: behaviour is the same, only slower.
 */
export interface Cache {
  /** Returns the cached value for key, or loads, stores (ttlSeconds) and returns it. */
  getOrLoad<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T>;
  /** Drops everything cached about a place (its details and the nearby cells it appears in). */
  invalidateLocation(locationId: string): Promise<void>;
  /** Drops everything cached about a mentor. */
  invalidateMentor(mentorId: string): Promise<void>;
}

/** No cache at all: every read goes to the database. */
export const noCache: Cache = {
  getOrLoad: (_key, _ttl, load) => load(),
  invalidateLocation: async () => {},
  invalidateMentor: async () => {},
};
