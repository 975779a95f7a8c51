-- Health details sealed at rest (issue 15): check-in moods, notification titles and messages and the
-- assistant's reply context are encrypted by the application from now on. Titles and moods grow
-- longer as ciphertext, so both become text; a mood can only be written sealed. Rows written
-- before this migration are sealed by the first instance that starts with the keys (the
-- data_migrations row below, src/crypto/seal-legacy.ts), hence NOT VALID.
CREATE TABLE "data_migrations" (
	"name" varchar(100) PRIMARY KEY NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE data_migrations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE data_migrations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY system_all ON data_migrations TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
GRANT SELECT, UPDATE ON data_migrations TO nightchill_system;--> statement-breakpoint
INSERT INTO data_migrations (name) VALUES ('seal-health-details');--> statement-breakpoint
ALTER TABLE "check_ins" DROP CONSTRAINT "check_ins_mood_check";--> statement-breakpoint
ALTER TABLE "check_ins" ALTER COLUMN "mood" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "title" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_mood_check" CHECK ("mood" LIKE 'enc:v1:%') NOT VALID;
