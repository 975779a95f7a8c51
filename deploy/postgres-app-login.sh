#!/bin/sh
# The login user traffic connects as (DATABASE_APP_URL): a member of nightchill_app only, NOINHERIT,
# so it holds nothing until a unit of work sets the app role, and RESET ROLE or SET ROLE
# nightchill_system from a statement in a user's transaction gains nothing (docs/security.md).
# The official postgres image runs this once, when it initialises an empty data directory; the
# migrations then find nightchill_app already there (drizzle/0000 creates it only if missing).
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$APP_DB_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nightchill_app') THEN
    CREATE ROLE nightchill_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
CREATE ROLE nightchill_web LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE
  PASSWORD :'app_password';
GRANT nightchill_app TO nightchill_web;
SQL
