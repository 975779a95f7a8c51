-- NightChill 0016: the mood log (issue 16, point 3).
--
-- A mood check-in by number ("2/5") or in words ("pretty low"), with an optional note. The score,
-- the words and the note are sealed by the app (AES-256-GCM bound to owner and column, like chat
-- content): the database holds who and when only, and refuses a plain value. The user reads,
-- writes and erases their own entries; the journey's trend is computed from them in the app.
-- (drizzle-kit also re-emitted review_flags here, whose 0015 snapshot was missing: that table is
-- created by 0015 and left out of this file; the snapshot now holds it.)
CREATE TABLE "mood_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"score" text NOT NULL,
	"feeling" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mood_entries_score_check" CHECK ("mood_entries"."score" LIKE 'enc:v1:%'),
	CONSTRAINT "mood_entries_feeling_check" CHECK ("mood_entries"."feeling" LIKE 'enc:v1:%'),
	CONSTRAINT "mood_entries_note_check" CHECK ("mood_entries"."note" LIKE 'enc:v1:%')
);
--> statement-breakpoint
ALTER TABLE "mood_entries" ADD CONSTRAINT "mood_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_mood_entries_user" ON "mood_entries" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE mood_entries ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE mood_entries FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON mood_entries TO nightchill_system;--> statement-breakpoint
CREATE POLICY system_all ON mood_entries TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON mood_entries TO nightchill_app;--> statement-breakpoint
CREATE POLICY user_own_moods ON mood_entries TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
