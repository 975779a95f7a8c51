-- NightChill 0025: a check-in holds its place's row only while it commits (issue 19, the offline
-- turn's tail; docs/performance.md).
--
-- The counter trigger (0002/0005) added one to the place's check_in_count inside the insert, and
-- the listing trigger (0017) locked the same row FOR UPDATE, so every check-in at a café held the
-- café's row from its insert to its commit, and check-in.ts took a per-place advisory lock first
-- because the FOR UPDATE (which conflicts with the KEY SHARE of the other inserts' foreign-key
-- checks) deadlocked twenty visitors at once. Twenty people checking in at one café then queued
-- through each other's whole transactions: the journey's recomputation, the reward, the reply
-- (npm run bench -- assistant: check-in turns p99 ~1 s at 20 × 6).
--
-- Now the place's part runs at commit, as deferred constraint triggers: the user's counters and
-- journey row stay in the insert (they are the user's own, under the user's lock), the place's
-- count and the listing of a visited suggestion lock the place's row only in the commit's last
-- moment, FOR NO KEY UPDATE (no conflict with a foreign key's KEY SHARE, so no cycle and no
-- advisory lock). A caller that needs the listing decided before commit (check-in.ts, for an
-- unlisted suggestion) runs SET CONSTRAINTS check_in_lists_suggestion IMMEDIATE.
CREATE OR REPLACE FUNCTION update_check_in_counts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  is_gym integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE locations SET check_in_count = GREATEST(check_in_count - 1, 0) WHERE id = OLD.location_id;
    RETURN OLD;
  END IF;

  SELECT (type = 'gym')::integer INTO is_gym FROM locations WHERE id = NEW.location_id;

  UPDATE users SET total_check_ins = total_check_ins + 1 WHERE id = NEW.user_id;

  INSERT INTO journey_progress AS j (user_id, total_check_ins, gym_visits, last_check_in)
  VALUES (NEW.user_id, 1, coalesce(is_gym, 0), NEW.timestamp)
  ON CONFLICT (user_id) DO UPDATE SET
    total_check_ins = j.total_check_ins + 1,
    gym_visits = j.gym_visits + coalesce(is_gym, 0),
    last_check_in = GREATEST(j.last_check_in, NEW.timestamp);

  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE FUNCTION count_place_check_in() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE locations SET check_in_count = check_in_count + 1 WHERE id = NEW.location_id;
  RETURN NULL;
END
$$;--> statement-breakpoint
ALTER FUNCTION count_place_check_in() OWNER TO nightchill_system;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER check_in_counts_place AFTER INSERT ON check_ins
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION count_place_check_in();--> statement-breakpoint
CREATE OR REPLACE FUNCTION list_visited_suggestion() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  visitors_to_list constant integer := 3;
  place locations%ROWTYPE;
  visitors integer;
BEGIN
  SELECT * INTO place FROM locations WHERE id = NEW.location_id FOR NO KEY UPDATE;
  IF NOT FOUND OR place.is_listed THEN
    RETURN NULL;
  END IF;
  SELECT count(DISTINCT c.user_id) INTO visitors FROM check_ins c
  WHERE c.location_id = NEW.location_id AND c.presence = 'verified'
    AND c.user_id IS DISTINCT FROM place.created_by;
  IF visitors >= visitors_to_list THEN
    UPDATE locations SET is_listed = true WHERE id = NEW.location_id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
DROP TRIGGER check_in_lists_suggestion ON check_ins;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER check_in_lists_suggestion AFTER INSERT ON check_ins
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.presence = 'verified') EXECUTE FUNCTION list_visited_suggestion();
