-- NightChill 0000: what the tables below stand on and drizzle does not model.
--
-- Extensions: cube + earthdistance give ll_to_earth() for the GiST index on places (nearby search);
-- btree_gist lets exclusion constraints mix "=" on uuids with "&&" on time ranges (no double
-- booking, one check-in per place per hour). All three are trusted extensions on PostgreSQL >= 13.
CREATE EXTENSION IF NOT EXISTS cube;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint

-- Roles. The seed enabled RLS but the application connected as the table owner (or a superuser),
-- who bypasses every policy: it protected nothing. Queries now run under one of two NOLOGIN roles,
-- neither superuser nor BYPASSRLS nor owner of anything, switched to per transaction
-- (set_config('role', …, true)) by src/db/tx.ts:
--   nightchill_app     work done for one user: policies see only app_user_id()'s rows.
--   nightchill_system  work no single user owns (sign-in lookup, schedulers, counters kept by
--                      triggers, seeding, operator commands): explicit allow-all policies.
-- Roles are cluster-wide, so creating them tolerates another database having done it first.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nightchill_app') THEN
    BEGIN
      CREATE ROLE nightchill_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nightchill_system') THEN
    BEGIN
      CREATE ROLE nightchill_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
END
$$;--> statement-breakpoint

-- The connecting (migrating) user must be able to SET ROLE to both; a superuser already can.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT nightchill_app, nightchill_system TO %I', current_user);
  END IF;
END
$$;--> statement-breakpoint

-- The user a unit of work runs for, or NULL: set per transaction by src/db/tx.ts.
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;--> statement-breakpoint

-- True when tz names a time zone PostgreSQL knows (IANA names such as Europe/London).
-- Declared IMMUTABLE so CHECK constraints may use it; the zone database only grows.
CREATE OR REPLACE FUNCTION is_valid_time_zone(tz text) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
  AS $$
BEGIN
  IF tz IS NULL OR length(tz) > 64 THEN
    RETURN false;
  END IF;
  PERFORM now() AT TIME ZONE tz;
  RETURN true;
EXCEPTION WHEN invalid_parameter_value THEN
  RETURN false;
END
$$;--> statement-breakpoint

-- [start, start + minutes) as a range. timestamptz + interval is only STABLE (days and months
-- depend on the session time zone) but minutes do not, so this is safe to declare IMMUTABLE and use
-- in exclusion constraints.
CREATE OR REPLACE FUNCTION minutes_range(start_at timestamptz, minutes integer) RETURNS tstzrange
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT tstzrange(start_at, start_at + make_interval(mins => minutes), '[)') $$;
