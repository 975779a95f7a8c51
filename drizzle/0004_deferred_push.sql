-- Reminders a user set for later (deliver_at) reach the inbox at their time; this lets the
-- scheduler also push them live then, once across instances: it claims due rows by setting
-- pushed_at (FOR UPDATE SKIP LOCKED), and the partial index keeps that sweep to the waiting few.
ALTER TABLE "notifications" ADD COLUMN "pushed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "idx_notifications_deferred" ON "notifications" USING btree ("deliver_at") WHERE "notifications"."deliver_at" IS NOT NULL AND "notifications"."pushed_at" IS NULL;