-- One sealed value per encryption key id (issue 15): at start-up each configured key must open its
-- own, so an instance given another key under a known id refuses to start. System role only.
CREATE TABLE "key_checks" (
	"key_id" varchar(64) PRIMARY KEY NOT NULL,
	"sealed" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE key_checks ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE key_checks FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY system_all ON key_checks TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
GRANT SELECT, INSERT ON key_checks TO nightchill_system;
