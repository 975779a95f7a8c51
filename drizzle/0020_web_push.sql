-- NightChill 0020: Web Push subscriptions (issue 18, point 7).
--
-- One row per browser that turned on "Alerts on this device when NightChill is closed": the push
-- service's endpoint for it (unique) and the keys payloads are encrypted to (p256dh, auth), sealed
-- by the app like other per-user secrets, so the database refuses a plain value. Delivery (the
-- system role) reads them, notes the last send and counts failures; a subscription the push service
-- says is gone (404/410) is deleted. The user saves, lists and deletes their own rows; erasure
-- removes them with the account (ON DELETE CASCADE) and the export lists them.
CREATE TABLE "push_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"label" varchar(100),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_at" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "push_subscriptions_p256dh_check" CHECK ("push_subscriptions"."p256dh" LIKE 'enc:v1:%'),
	CONSTRAINT "push_subscriptions_auth_check" CHECK ("push_subscriptions"."auth" LIKE 'enc:v1:%'),
	CONSTRAINT "push_subscriptions_endpoint_check" CHECK (length("push_subscriptions"."endpoint") <= 2048),
	CONSTRAINT "push_subscriptions_failures_check" CHECK ("push_subscriptions"."failures" >= 0)
);
--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "push_subscriptions_endpoint_key" ON "push_subscriptions" USING btree ("endpoint");--> statement-breakpoint
CREATE INDEX "idx_push_subscriptions_user" ON "push_subscriptions" USING btree ("user_id");;--> statement-breakpoint
ALTER TABLE push_subscriptions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE push_subscriptions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON push_subscriptions TO nightchill_system;--> statement-breakpoint
CREATE POLICY system_all ON push_subscriptions TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON push_subscriptions TO nightchill_app;--> statement-breakpoint
CREATE POLICY user_own_push_subscriptions ON push_subscriptions TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint

-- A browser has one subscription per site, whoever is signed in: when another account turns alerts
-- on in it, the endpoint moves to them. The caller cannot see the previous owner's row (RLS), so
-- this one step removes it: only the row with that exact endpoint (which only the browser holding
-- it knows), only when it is someone else's, and only for a signed-in caller.
CREATE FUNCTION nc_release_push_endpoint(p_endpoint text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM push_subscriptions p
  WHERE p.endpoint = p_endpoint AND app_user_id() IS NOT NULL AND p.user_id <> app_user_id()
$$;--> statement-breakpoint
-- Owned by nightchill_system like drizzle/0014's functions (a non-superuser new owner needs CREATE
-- on the schema for the moment of ALTER … OWNER), callable by user traffic only.
GRANT CREATE ON SCHEMA public TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION nc_release_push_endpoint(text) OWNER TO nightchill_system;--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM nightchill_system;--> statement-breakpoint
REVOKE ALL ON FUNCTION nc_release_push_endpoint(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION nc_release_push_endpoint(text) TO nightchill_app;
