DROP INDEX "idx_locations_coords";--> statement-breakpoint
CREATE INDEX "idx_locations_point" ON "locations" USING gist (point("longitude"::float8, "latitude"::float8));--> statement-breakpoint
-- Nearby search on a GiST index of plain points (longitude, latitude in degrees) instead of the
-- seed's cube index on ll_to_earth(): a KNN scan of it costs about a tenth (2.4-3.0 ms -> 0.3 ms
-- in central Paris, 1,000,000 places; docs/performance.md). Degrees are not metres, so the search
-- (src/domain/locations/nearby.ts) only takes candidates from the index and ranks them by
-- earth_distance, which stays the one measure of distance.
--
-- nearby_box(lat, lng, metres): a box of longitudes and latitudes that holds every point within
-- `metres` of (lat, lng) on earthdistance's sphere (radius earth() = 6,378,168 m). Latitude moves
-- at most metres/R; longitude at most 2·asin(sin(metres/2R) / cos φmax) (haversine, both cosines
-- at least cos φmax, the highest latitude the circle reaches). Near a pole, or across ±180°, the
-- box spans every longitude: still exact, only wider. A millimetre and 1e-9° of slack cover
-- rounding (numeric(10,8) columns as float8).
CREATE FUNCTION nearby_box(lat float8, lng float8, metres float8) RETURNS box
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN reach_lng >= 180 OR lng - reach_lng < -180 OR lng + reach_lng > 180
      THEN box(point(-180, greatest(-90, lat - reach_lat)), point(180, least(90, lat + reach_lat)))
    ELSE box(point(lng - reach_lng, lat - reach_lat), point(lng + reach_lng, lat + reach_lat))
  END
  FROM (
    SELECT reach_lat,
      CASE WHEN cos(radians(least(90, abs(lat) + reach_lat))) <= s THEN 180
        ELSE degrees(2 * asin(s / cos(radians(least(90, abs(lat) + reach_lat))))) + 1e-9
      END AS reach_lng
    FROM (
      SELECT degrees((metres + 0.001) / 6378168) + 1e-9 AS reach_lat,
        sin((metres + 0.001) / (2 * 6378168)) AS s
    ) b
  ) r
$$;
