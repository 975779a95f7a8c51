-- NightChill 0014: the app role never becomes the system role (issue 15, point 8).
--
-- Until now seven domain verbs switched a user's transaction to nightchill_system for one step
-- (src/db/tx.ts elevated(): SET ROLE nightchill_system, then back). So the login carrying user
-- traffic had to be a member of both roles, and any statement in a user's transaction, an
-- injected one included, could SET ROLE nightchill_system (or RESET ROLE) and leave row-level
-- security. Those steps are now the narrow SECURITY DEFINER functions below, owned by
-- nightchill_system, each doing one thing to one kind of row, so user traffic can connect as a
-- login that holds nightchill_app only (DATABASE_APP_URL, docs/security.md); the system's own work
-- (sign-in lookup, schedulers, migrations, operators) keeps its own login (DATABASE_URL).
--
-- Each function that touches another user's rows first asks nc_may_reach: the caller themself, or
-- the other party of a mentor session they share, like the mentor_sessions policies. That holds
-- against a bug in the app; against an injected statement it holds as far as app.user_id does,
-- which any statement can set (docs/security.md, "What row-level security holds against").

-- The caller (app.user_id) or someone they share a mentor session with, either side.
CREATE OR REPLACE FUNCTION nc_may_reach(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(p_user = app_user_id(), false) OR EXISTS (
    SELECT 1 FROM mentor_sessions s JOIN mentors m ON m.id = s.mentor_id
    WHERE (s.user_id = app_user_id() AND m.user_id = p_user)
       OR (s.user_id = p_user AND m.user_id = app_user_id()))
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION nc_require_reach(p_user uuid) RETURNS void
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT nc_may_reach(p_user) THEN
    RAISE EXCEPTION 'user % is not reachable from the signed-in user', p_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;--> statement-breakpoint

-- What anyone may see of another user (mentors, review authors): two columns, nothing else.
CREATE OR REPLACE FUNCTION nc_public_profiles(p_ids uuid[])
  RETURNS TABLE (id uuid, display_name text, avatar_url text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.id, u.display_name::text, u.avatar_url FROM users u WHERE u.id = ANY(p_ids)
$$;--> statement-breakpoint

-- Mentors whose display name contains p_term (mentors are public with their names): the ids only.
CREATE OR REPLACE FUNCTION nc_mentors_named(p_term text) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT m.id FROM mentors m JOIN users u ON u.id = m.user_id
  WHERE strpos(lower(u.display_name), lower(p_term)) > 0
$$;--> statement-breakpoint

-- The time zone a reachable user reads times in (a notification to the other side of a session).
CREATE OR REPLACE FUNCTION nc_time_zone(p_user uuid) RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM nc_require_reach(p_user);
  RETURN (SELECT time_zone::text FROM users WHERE id = p_user);
END
$$;--> statement-breakpoint

-- A notification into a reachable user's inbox, already sealed by the app. Returns what the
-- database chose (id, created_at) and whether the recipient wants it pushed.
CREATE OR REPLACE FUNCTION nc_notify(
  p_user uuid, p_type text, p_title text, p_message text, p_action_url text, p_action_label text,
  p_data jsonb, p_deliver_at timestamptz, p_created_at timestamptz)
  RETURNS TABLE (id uuid, created_at timestamptz, push_enabled boolean)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM nc_require_reach(p_user);
  RETURN QUERY
  WITH added AS (
    INSERT INTO notifications AS n (user_id, type, title, message, action_url, action_label, data,
                                    deliver_at, created_at)
    VALUES (p_user, p_type, p_title, p_message, p_action_url, p_action_label, p_data, p_deliver_at,
            p_created_at)
    RETURNING n.id, n.created_at)
  SELECT a.id, a.created_at, coalesce((SELECT u.notifications_enabled FROM users u WHERE u.id = p_user), false)
  FROM added a;
END
$$;--> statement-breakpoint

-- Flags a review that is not the caller's own: it leaves the public list until an operator clears
-- it. Returns the review's target (nothing when it was flagged already or is the caller's).
CREATE OR REPLACE FUNCTION nc_flag_review(p_review uuid)
  RETURNS TABLE (reviewable_type text, reviewable_id uuid)
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE reviews r SET is_flagged = true
  WHERE r.id = p_review AND NOT r.is_flagged AND app_user_id() IS NOT NULL
    AND r.user_id IS DISTINCT FROM app_user_id()
  RETURNING r.reviewable_type::text, r.reviewable_id
$$;--> statement-breakpoint

-- The journey: its figures are written only here (0011 took them from the app role). The rules
-- that compute them stay in src/domain/journey; these carry out the lock, read and write.
CREATE OR REPLACE FUNCTION nc_lock_journey_owner(p_user uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM nc_require_reach(p_user);
  PERFORM 1 FROM users WHERE id = p_user FOR NO KEY UPDATE;
END
$$;--> statement-breakpoint

-- Locks the owner, makes their journey row if missing, and returns it locked with the streak now.
CREATE OR REPLACE FUNCTION nc_journey_begin(p_user uuid, p_now timestamptz)
  RETURNS TABLE (journey jsonb, streak integer)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM nc_lock_journey_owner(p_user);
  INSERT INTO journey_progress (user_id, level_start_date) VALUES (p_user, p_now)
    ON CONFLICT (user_id) DO NOTHING;
  RETURN QUERY
  SELECT to_jsonb(j), calculate_user_streak(p_user, p_now)
  FROM journey_progress j WHERE j.user_id = p_user FOR UPDATE;
END
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION nc_journey_write(
  p_user uuid, p_level integer, p_current_streak integer, p_longest_streak integer,
  p_completion integer, p_milestones text[], p_level_start timestamptz)
  RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  written jsonb;
BEGIN
  PERFORM nc_require_reach(p_user);
  UPDATE journey_progress j
  SET level = p_level, current_streak = p_current_streak, longest_streak = p_longest_streak,
      level_completion_percentage = p_completion, milestones_achieved = p_milestones,
      level_start_date = coalesce(p_level_start, j.level_start_date)
  WHERE j.user_id = p_user
  RETURNING to_jsonb(j) INTO written;
  UPDATE users SET current_streak = p_current_streak, longest_streak = p_longest_streak,
                   journey_level = p_level
  WHERE id = p_user;
  RETURN written;
END
$$;--> statement-breakpoint

-- Erasure (src/domain/accounts/erase.ts): other people's notifications that name the caller, tied
-- to them by the sessions they booked or ran, their mentor id or their user id. The app opens,
-- rewrites ("Former member") and seals each again; it may rewrite only rows this finds.
CREATE OR REPLACE FUNCTION nc_names_caller(p_user uuid, p_data jsonb) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT p_user IS DISTINCT FROM app_user_id() AND app_user_id() IS NOT NULL AND (
    p_data->>'userId' = app_user_id()::text
    OR p_data->>'mentorId' IN (SELECT m.id::text FROM mentors m WHERE m.user_id = app_user_id())
    OR p_data->>'mentorId' = app_user_id()::text
    OR p_data->>'sessionId' IN (
      SELECT s.id::text FROM mentor_sessions s
      WHERE s.user_id = app_user_id()
         OR s.mentor_id IN (SELECT m.id FROM mentors m WHERE m.user_id = app_user_id())))
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION nc_notices_naming_caller()
  RETURNS TABLE (id uuid, user_id uuid, title text, message text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT n.id, n.user_id, n.title, n.message FROM notifications n WHERE nc_names_caller(n.user_id, n.data)
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION nc_reseal_notice(p_id uuid, p_title text, p_message text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE notifications n SET title = p_title, message = p_message
  WHERE n.id = p_id AND nc_names_caller(n.user_id, n.data)
$$;--> statement-breakpoint

-- Other people's assistant replies whose sealed context mentions one of the caller's ids, found
-- by the keyed tags the context keeps beside it (src/domain/chat/context-seal.ts).
CREATE OR REPLACE FUNCTION nc_replies_tagged(p_tags text[])
  RETURNS TABLE (id uuid, user_id uuid, context jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT c.id, c.user_id, c.context FROM chat_messages c
  WHERE app_user_id() IS NOT NULL AND c.user_id IS DISTINCT FROM app_user_id()
    AND c.context->'refs' ?| p_tags
$$;--> statement-breakpoint

CREATE OR REPLACE FUNCTION nc_reseal_reply(p_id uuid, p_tags text[], p_context jsonb) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE chat_messages c SET context = p_context
  WHERE c.id = p_id AND app_user_id() IS NOT NULL AND c.user_id IS DISTINCT FROM app_user_id()
    AND c.context->'refs' ?| p_tags
$$;--> statement-breakpoint

-- Owned by nightchill_system (a non-superuser new owner needs CREATE on the schema for the moment
-- of ALTER … OWNER), callable by the two roles only.
GRANT CREATE ON SCHEMA public TO nightchill_system;--> statement-breakpoint
DO $$
DECLARE
  fn regprocedure;
BEGIN
  FOR fn IN
    SELECT p.oid::regprocedure FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'nc\_%'
  LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO nightchill_system', fn);
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO nightchill_app, nightchill_system', fn);
  END LOOP;
END
$$;--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM nightchill_system;
