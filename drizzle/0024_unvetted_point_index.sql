CREATE INDEX "idx_locations_point_unvetted" ON "locations" USING gist (point("longitude"::float8, "latitude"::float8)) WHERE "locations"."is_suggestion" AND NOT "locations"."is_verified" AND "locations"."is_listed";
-- The listed unverified suggestions, which search.ts ranks as a group of their own, on an index of
-- their own: they are few among many places, and a KNN scan of idx_locations_point walked every
-- place in the radius to find them (1,000,000 places: GET /api/locations p50 119 ms, against
-- 2.2 ms for the nearest query alone; docs/performance.md).
