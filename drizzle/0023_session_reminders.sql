-- NightChill 0023: a cancelled session takes with it the reminders its booker set from it.
--
-- A reminder timed from a session ("remind me an hour before my session") carries the session's id
-- in its data (create_reminder's sessionId). A move shifts those reminders in the booker's own
-- transaction, under row-level security (followSession). A cancellation may come from the
-- mentor, who cannot see the booker's notifications, so the waiting ones are deleted here: only
-- for a cancelled session the caller is a party to, and only reminders that have not gone off.
CREATE FUNCTION nc_drop_session_reminders(p_session uuid, p_now timestamptz) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  booker uuid;
  dropped integer;
BEGIN
  SELECT s.user_id INTO booker FROM mentor_sessions s JOIN mentors m ON m.id = s.mentor_id
  WHERE s.id = p_session AND s.status = 'cancelled' AND app_user_id() IS NOT NULL
    AND app_user_id() IN (s.user_id, m.user_id);
  IF booker IS NULL THEN
    RETURN 0;
  END IF;
  DELETE FROM notifications n
  WHERE n.user_id = booker AND n.type = 'reminder' AND n.pushed_at IS NULL AND n.deliver_at > p_now
    AND n.data->>'sessionId' = p_session::text;
  GET DIAGNOSTICS dropped = ROW_COUNT;
  RETURN dropped;
END
$$;--> statement-breakpoint
-- Owned by nightchill_system like drizzle/0014's functions (a non-superuser new owner needs CREATE
-- on the schema for the moment of ALTER … OWNER), callable by user traffic only.
GRANT CREATE ON SCHEMA public TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION nc_drop_session_reminders(uuid, timestamptz) OWNER TO nightchill_system;--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM nightchill_system;--> statement-breakpoint
REVOKE ALL ON FUNCTION nc_drop_session_reminders(uuid, timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION nc_drop_session_reminders(uuid, timestamptz) TO nightchill_app;
