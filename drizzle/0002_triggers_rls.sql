-- NightChill 0002: triggers, functions, exclusion constraints and row-level security of the seed,
-- which drizzle does not model. Each departure from database-schema.md says why.

------------------------------------------------------------------------------------------------
-- updated_at on every table that has one (the seed did four and said "add similar triggers").
CREATE OR REPLACE FUNCTION update_updated_at_column() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at = CURRENT_TIMESTAMP;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER update_users_updated_at BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();--> statement-breakpoint
CREATE TRIGGER update_locations_updated_at BEFORE UPDATE ON locations
  FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();--> statement-breakpoint
CREATE TRIGGER update_mentors_updated_at BEFORE UPDATE ON mentors
  FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();--> statement-breakpoint
CREATE TRIGGER update_journey_progress_updated_at BEFORE UPDATE ON journey_progress
  FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();--> statement-breakpoint
CREATE TRIGGER update_mentor_sessions_updated_at BEFORE UPDATE ON mentor_sessions
  FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();--> statement-breakpoint
CREATE TRIGGER update_partners_updated_at BEFORE UPDATE ON partners
  FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();--> statement-breakpoint
CREATE TRIGGER update_reviews_updated_at BEFORE UPDATE ON reviews
  FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();--> statement-breakpoint

------------------------------------------------------------------------------------------------
-- Check-in counters. As in the seed, plus: the journey row is created if missing (the seed's
-- UPDATE silently did nothing then), gym visits are counted here too, last_check_in never moves
-- backwards, and a deleted check-in (account erasure) takes its count off the place.
-- SECURITY DEFINER, owned by nightchill_system below: the user checking in may not write places.
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

  UPDATE locations SET check_in_count = check_in_count + 1 WHERE id = NEW.location_id;

  INSERT INTO journey_progress AS j (user_id, total_check_ins, gym_visits, last_check_in)
  VALUES (NEW.user_id, 1, coalesce(is_gym, 0), NEW.timestamp)
  ON CONFLICT (user_id) DO UPDATE SET
    total_check_ins = j.total_check_ins + 1,
    gym_visits = j.gym_visits + coalesce(is_gym, 0),
    last_check_in = GREATEST(j.last_check_in, NEW.timestamp);

  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER check_in_counter_trigger AFTER INSERT ON check_ins
  FOR EACH ROW EXECUTE FUNCTION update_check_in_counts();--> statement-breakpoint
CREATE TRIGGER check_in_uncounter_trigger AFTER DELETE ON check_ins
  FOR EACH ROW EXECUTE FUNCTION update_check_in_counts();--> statement-breakpoint

-- Design rule: repeated check-ins at one place within an hour are one check-in. A constraint, so
-- two devices checking in at once cannot both count.
ALTER TABLE check_ins ADD CONSTRAINT check_ins_one_per_place_per_hour
  EXCLUDE USING gist (user_id WITH =, location_id WITH =, minutes_range("timestamp", 60) WITH &&);--> statement-breakpoint

------------------------------------------------------------------------------------------------
-- Streak: consecutive days with a check-in, ending today or yesterday. The seed counted UTC days
-- (DATE(timestamp)) against the server's CURRENT_DATE; days are now the user's own
-- (users.time_zone), and p_now lets callers and tests fix "now". One set-based query
-- (gaps and islands) instead of a loop over every date.
CREATE OR REPLACE FUNCTION calculate_user_streak(p_user_id uuid, p_now timestamptz DEFAULT now())
  RETURNS integer LANGUAGE sql STABLE AS $$
  WITH zone AS (
    SELECT coalesce((SELECT time_zone FROM users WHERE id = p_user_id), 'UTC') AS tz
  ), days AS (
    SELECT DISTINCT (c."timestamp" AT TIME ZONE zone.tz)::date AS day
    FROM check_ins c, zone
    WHERE c.user_id = p_user_id AND c."timestamp" <= p_now
  ), islands AS (
    SELECT day, day + (row_number() OVER (ORDER BY day DESC))::integer AS island FROM days
  )
  SELECT CASE
    WHEN (SELECT max(day) FROM days) >= (SELECT (p_now AT TIME ZONE zone.tz)::date - 1 FROM zone)
    THEN (SELECT count(*)::integer FROM islands
          WHERE island = (SELECT island FROM islands ORDER BY day DESC LIMIT 1))
    ELSE 0
  END
$$;--> statement-breakpoint

------------------------------------------------------------------------------------------------
-- Mentor sessions: never double-booked, for the mentor nor for the user, even under concurrent
-- requests. Only scheduled sessions hold their slot.
ALTER TABLE mentor_sessions ADD CONSTRAINT mentor_sessions_no_mentor_overlap
  EXCLUDE USING gist (mentor_id WITH =, minutes_range(scheduled_at, duration_minutes) WITH &&)
  WHERE (status = 'scheduled');--> statement-breakpoint
ALTER TABLE mentor_sessions ADD CONSTRAINT mentor_sessions_no_user_overlap
  EXCLUDE USING gist (user_id WITH =, minutes_range(scheduled_at, duration_minutes) WITH &&)
  WHERE (status = 'scheduled');--> statement-breakpoint

-- A completed session counts for the mentor and toward the user's journey.
CREATE OR REPLACE FUNCTION count_completed_session() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  delta integer := CASE WHEN NEW.status = 'completed' THEN 1 ELSE -1 END;
BEGIN
  UPDATE mentors SET total_sessions = GREATEST(total_sessions + delta, 0) WHERE id = NEW.mentor_id;
  INSERT INTO journey_progress AS j (user_id, mentor_sessions) VALUES (NEW.user_id, GREATEST(delta, 0))
  ON CONFLICT (user_id) DO UPDATE SET mentor_sessions = GREATEST(j.mentor_sessions + delta, 0);
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER mentor_session_completed_trigger AFTER UPDATE OF status ON mentor_sessions
  FOR EACH ROW WHEN ((OLD.status = 'completed') IS DISTINCT FROM (NEW.status = 'completed'))
  EXECUTE FUNCTION count_completed_session();--> statement-breakpoint

-- A redeemed coffee reward counts toward the journey.
CREATE OR REPLACE FUNCTION count_coffee_redemption() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO journey_progress AS j (user_id, coffee_redemptions) VALUES (NEW.user_id, 1)
  ON CONFLICT (user_id) DO UPDATE SET coffee_redemptions = j.coffee_redemptions + 1;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER reward_redeemed_trigger AFTER UPDATE OF redeemed ON rewards
  FOR EACH ROW WHEN (NOT OLD.redeemed AND NEW.redeemed AND NEW.type = 'coffee')
  EXECUTE FUNCTION count_coffee_redemption();--> statement-breakpoint

------------------------------------------------------------------------------------------------
-- Reviews. The seed's polymorphic reviewable_id referenced nothing: a review could name a place
-- that never existed and outlive one that was deleted. A trigger now checks the target, deleting
-- a place or mentor deletes its reviews, and rating/review_count are recomputed from the rows
-- (unflagged reviews only) under a lock on the target, so they stay exact under concurrency.
CREATE OR REPLACE FUNCTION check_review_target() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF (NEW.reviewable_type = 'location' AND NOT EXISTS (SELECT 1 FROM locations WHERE id = NEW.reviewable_id))
     OR (NEW.reviewable_type = 'mentor' AND NOT EXISTS (SELECT 1 FROM mentors WHERE id = NEW.reviewable_id)) THEN
    RAISE EXCEPTION 'review target % % does not exist', NEW.reviewable_type, NEW.reviewable_id
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'reviews_reviewable_fk', TABLE = 'reviews';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER reviews_check_target BEFORE INSERT OR UPDATE OF reviewable_type, reviewable_id ON reviews
  FOR EACH ROW EXECUTE FUNCTION check_review_target();--> statement-breakpoint

CREATE OR REPLACE FUNCTION refresh_review_stats(p_type text, p_id uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  -- Lock first, then aggregate in a new statement: its snapshot sees every committed review.
  IF p_type = 'location' THEN
    PERFORM 1 FROM locations WHERE id = p_id FOR UPDATE;
    UPDATE locations SET (rating, review_count) = (
      SELECT coalesce(round(avg(rating), 2), 0), count(*)
      FROM reviews WHERE reviewable_type = 'location' AND reviewable_id = p_id AND NOT is_flagged)
    WHERE id = p_id;
  ELSIF p_type = 'mentor' THEN
    PERFORM 1 FROM mentors WHERE id = p_id FOR UPDATE;
    UPDATE mentors SET (rating, review_count) = (
      SELECT coalesce(round(avg(rating), 2), 0), count(*)
      FROM reviews WHERE reviewable_type = 'mentor' AND reviewable_id = p_id AND NOT is_flagged)
    WHERE id = p_id;
  END IF;
END
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION review_stats_trigger() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM refresh_review_stats(OLD.reviewable_type, OLD.reviewable_id);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD.reviewable_type, OLD.reviewable_id)
                          IS DISTINCT FROM (NEW.reviewable_type, NEW.reviewable_id)) THEN
    PERFORM refresh_review_stats(NEW.reviewable_type, NEW.reviewable_id);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER reviews_stats AFTER INSERT OR DELETE OR UPDATE OF rating, is_flagged, reviewable_type, reviewable_id
  ON reviews FOR EACH ROW EXECUTE FUNCTION review_stats_trigger();--> statement-breakpoint

CREATE OR REPLACE FUNCTION delete_target_reviews() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM reviews WHERE reviewable_type = TG_ARGV[0] AND reviewable_id = OLD.id;
  RETURN OLD;
END
$$;--> statement-breakpoint
CREATE TRIGGER locations_delete_reviews AFTER DELETE ON locations
  FOR EACH ROW EXECUTE FUNCTION delete_target_reviews('location');--> statement-breakpoint
CREATE TRIGGER mentors_delete_reviews AFTER DELETE ON mentors
  FOR EACH ROW EXECUTE FUNCTION delete_target_reviews('mentor');--> statement-breakpoint

-- Trigger functions that write other people's rows run as nightchill_system (policies below), not
-- as the owner: with FORCE ROW LEVEL SECURITY the owner has no policies and would see nothing.
-- A non-superuser new owner needs CREATE on the schema at the moment of ALTER … OWNER only.
GRANT CREATE ON SCHEMA public TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION update_check_in_counts() OWNER TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION count_completed_session() OWNER TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION count_coffee_redemption() OWNER TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION check_review_target() OWNER TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION refresh_review_stats(text, uuid) OWNER TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION review_stats_trigger() OWNER TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION delete_target_reviews() OWNER TO nightchill_system;--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM nightchill_system;--> statement-breakpoint

------------------------------------------------------------------------------------------------
-- Privileges. The app role gets only what users do; columns that only the server may set
-- (users.role, mentors.verified, counters and ratings) are not updatable by it at all.
GRANT USAGE ON SCHEMA public TO nightchill_app, nightchill_system;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO nightchill_system;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON users, check_ins, rewards, chat_messages, notifications,
  journey_progress, reviews TO nightchill_app;--> statement-breakpoint
GRANT UPDATE (email, username, display_name, password_hash, avatar_url, bio, journey_level,
  current_streak, longest_streak, theme_mode, notifications_enabled, consent_given, consent_date,
  time_zone, token_version, last_login) ON users TO nightchill_app;--> statement-breakpoint
GRANT UPDATE ON check_ins, rewards, chat_messages, notifications, journey_progress TO nightchill_app;--> statement-breakpoint
GRANT UPDATE (rating, title, content, is_verified_visit) ON reviews TO nightchill_app;--> statement-breakpoint
GRANT SELECT, INSERT ON locations TO nightchill_app;--> statement-breakpoint
GRANT SELECT ON partners TO nightchill_app;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON mentors TO nightchill_app;--> statement-breakpoint
GRANT UPDATE (title, specialization, bio, available, schedule_type, location_id, latitude, longitude)
  ON mentors TO nightchill_app;--> statement-breakpoint
GRANT SELECT, INSERT ON mentor_sessions TO nightchill_app;--> statement-breakpoint
GRANT UPDATE (status, mentor_notes, user_notes, completed_at) ON mentor_sessions TO nightchill_app;--> statement-breakpoint

------------------------------------------------------------------------------------------------
-- Row-level security, enabled and FORCED on every table (FORCE makes it hold for the owner too).
-- The seed's policies used current_setting('app.user_id')::UUID, which errors when unset; they use
-- app_user_id() (NULL when unset, so no row matches) and apply to nightchill_app only.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE check_ins ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE check_ins FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE rewards ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE rewards FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE chat_messages FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE journey_progress ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE journey_progress FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE mentor_sessions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE mentor_sessions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE reviews FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE mentors ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE mentors FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE locations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE locations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE partners ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE partners FORCE ROW LEVEL SECURITY;--> statement-breakpoint

-- nightchill_system: work no single user owns.
CREATE POLICY system_all ON users TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON check_ins TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON rewards TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON chat_messages TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON notifications TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON journey_progress TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON mentor_sessions TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON reviews TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON mentors TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON locations TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY system_all ON partners TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint

-- nightchill_app: a user's own rows.
CREATE POLICY user_own_data ON users TO nightchill_app
  USING (id = app_user_id()) WITH CHECK (id = app_user_id());--> statement-breakpoint
CREATE POLICY user_own_check_ins ON check_ins TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY user_own_rewards ON rewards TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY user_own_chat_messages ON chat_messages TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY user_own_notifications ON notifications TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY user_own_journey ON journey_progress TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint

-- A session is visible to, and changeable by, its user and its mentor; only the user books it.
CREATE POLICY session_parties_read ON mentor_sessions FOR SELECT TO nightchill_app
  USING (user_id = app_user_id()
         OR mentor_id IN (SELECT id FROM mentors WHERE user_id = app_user_id()));--> statement-breakpoint
CREATE POLICY session_parties_update ON mentor_sessions FOR UPDATE TO nightchill_app
  USING (user_id = app_user_id()
         OR mentor_id IN (SELECT id FROM mentors WHERE user_id = app_user_id()))
  WITH CHECK (user_id = app_user_id()
         OR mentor_id IN (SELECT id FROM mentors WHERE user_id = app_user_id()));--> statement-breakpoint
CREATE POLICY session_user_books ON mentor_sessions FOR INSERT TO nightchill_app
  WITH CHECK (user_id = app_user_id() AND status = 'scheduled');--> statement-breakpoint

-- Reviews are public unless flagged; each user writes only their own, unflagged.
CREATE POLICY reviews_public_read ON reviews FOR SELECT TO nightchill_app
  USING (NOT is_flagged OR user_id = app_user_id());--> statement-breakpoint
CREATE POLICY reviews_own_insert ON reviews FOR INSERT TO nightchill_app
  WITH CHECK (user_id = app_user_id() AND NOT is_flagged);--> statement-breakpoint
CREATE POLICY reviews_own_update ON reviews FOR UPDATE TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY reviews_own_delete ON reviews FOR DELETE TO nightchill_app
  USING (user_id = app_user_id());--> statement-breakpoint

-- Mentor profiles are public; a user manages only their own, and cannot verify it.
CREATE POLICY mentors_public_read ON mentors FOR SELECT TO nightchill_app USING (true);--> statement-breakpoint
CREATE POLICY mentors_own_insert ON mentors FOR INSERT TO nightchill_app
  WITH CHECK (user_id = app_user_id() AND NOT verified AND total_sessions = 0
              AND rating = 0 AND review_count = 0);--> statement-breakpoint
CREATE POLICY mentors_own_update ON mentors FOR UPDATE TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
CREATE POLICY mentors_own_delete ON mentors FOR DELETE TO nightchill_app
  USING (user_id = app_user_id());--> statement-breakpoint

-- Places are public (the seed's public_locations); a signed-in user may suggest one, unverified.
CREATE POLICY public_locations ON locations FOR SELECT TO nightchill_app USING (true);--> statement-breakpoint
CREATE POLICY locations_suggest ON locations FOR INSERT TO nightchill_app
  WITH CHECK (created_by = app_user_id() AND NOT is_verified AND check_in_count = 0
              AND review_count = 0 AND rating = 0);--> statement-breakpoint
CREATE POLICY public_partners ON partners FOR SELECT TO nightchill_app USING (true);
