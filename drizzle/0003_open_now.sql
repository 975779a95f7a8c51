-- NightChill 0003: "open now" for the nearby search (GET /api/locations?openNow=true), in SQL so
-- the LIMIT applies after the filter. Added for the product's rule; the seed had hours but no way to use them.
--
-- Pending (places): "open now" for the nearby search, evaluated in SQL so the LIMIT applies after
-- the filter (filtering the 20 nearest in code would return fewer than asked, or none).
--
-- is_open_at(hours, tz, at): whether a place with opening hours `hours` (locations.hours: keys
-- "mon".."sun", each a list of local "HH:MM-HH:MM" ranges) in IANA zone `tz` is open at instant
-- `at`. A range whose end is not after its start crosses midnight ("22:00-02:00"): its first part
-- belongs to its own day, the rest to the next morning, so Friday 01:00 is open when Thursday says
-- "22:00-02:00". "24:00" may end a range. No hours, or a malformed entry, means not open: a bad
-- row never fails a search. Minute-granular, so any instant within a minute gives the same answer.
-- STABLE (not IMMUTABLE): AT TIME ZONE depends on the server's time zone database.
CREATE OR REPLACE FUNCTION is_open_at(hours jsonb, tz text, at timestamptz) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH local AS (
    SELECT (at AT TIME ZONE tz) AS ts
  ), days AS (
    -- Today's ranges (offset 0) and yesterday's (offset 1), whose overnight part reaches today.
    SELECT d.offset_days,
           (ARRAY['mon','tue','wed','thu','fri','sat','sun'])[
             extract(isodow FROM local.ts - make_interval(days => d.offset_days))::int] AS day,
           local.ts::time AS now_time
    FROM local, (VALUES (0), (1)) AS d(offset_days)
  ), ranges AS (
    SELECT days.offset_days, days.now_time, r.value AS range
    FROM days
    CROSS JOIN LATERAL jsonb_array_elements_text(
      CASE WHEN jsonb_typeof(hours -> days.day) = 'array' THEN hours -> days.day ELSE '[]'::jsonb END
    ) AS r(value)
    WHERE r.value ~ '^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'
  ), bounds AS (
    SELECT offset_days, now_time, split_part(range, '-', 1)::time AS opens,
           split_part(range, '-', 2)::time AS closes
    FROM ranges
  )
  SELECT coalesce(bool_or(CASE
           WHEN offset_days = 0 AND opens < closes THEN now_time >= opens AND now_time < closes
           WHEN offset_days = 0 THEN now_time >= opens
           WHEN opens >= closes THEN now_time < closes
           ELSE false
         END), false)
  FROM bounds
  WHERE hours IS NOT NULL AND jsonb_typeof(hours) = 'object'
$$;
