-- NightChill 0011: rules docs/database.md states that the database did not keep (issue 21).
--
-- * One check-in per place per hour on every partition of check_ins. 0005 gave each monthly
--   partition its exclusion constraint (create_time_partition adds it to every one it makes), but
--   not check_ins_default, where a check-in lands when no monthly partition covers its time
--   (upkeep stopped for months, a clock far ahead): two check-ins ten minutes apart in 2030 were
--   both kept. The loop below adds <partition>_one_per_place_per_hour to every partition of
--   check_ins that has no such constraint: the default one, and any attached by hand. Rows moved
--   out of the default partition into a new one already satisfy it there. Should a database hold
--   two such rows in its default partition already, this migration stops naming the constraint
--   and the pair: delete the later check-in (its counters go with it) and start again.
-- * Column privileges. The journey's figures (journey_progress: counters, streaks, level,
--   milestones; users.current_streak, longest_streak, journey_level, total_check_ins) are derived
--   by the server, from the counters the triggers keep (SECURITY DEFINER, owned by
--   nightchill_system). 0002 nevertheless let the app role UPDATE every column of journey_progress
--   and the streaks and level on users. The app role now may not UPDATE any of them, nor DELETE a
--   journey row (which a new INSERT could then replace with any figures): recomputeJourney writes
--   them as the system role (src/domain/journey/recompute.ts), and deleting an account still
--   removes the row through the foreign key's ON DELETE CASCADE, which needs no privilege of the
--   deleting role. INSERT stays: sign-up creates the user's journey row with its defaults.
DO $$
DECLARE
  part text;
BEGIN
  FOR part IN
    SELECT c.relname
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'public.check_ins'::regclass
      AND NOT EXISTS (
        SELECT 1 FROM pg_constraint k
        WHERE k.conrelid = c.oid AND k.contype = 'x' AND k.conname LIKE '%\_one\_per\_place\_per\_hour')
    ORDER BY c.relname
  LOOP
    EXECUTE format(
      'ALTER TABLE %I ADD CONSTRAINT %I EXCLUDE USING gist (user_id WITH =, location_id WITH =, minutes_range("timestamp", 60) WITH &&)',
      part, part || '_one_per_place_per_hour');
  END LOOP;
END
$$;--> statement-breakpoint

REVOKE UPDATE, DELETE ON journey_progress FROM nightchill_app;--> statement-breakpoint
REVOKE UPDATE (journey_level, current_streak, longest_streak, total_check_ins) ON users FROM nightchill_app;
