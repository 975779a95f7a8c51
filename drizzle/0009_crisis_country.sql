-- The country whose crisis, emergency and abuse lines the assistant shows (issue 14): chosen by the
-- user in settings (ISO 3166-1 alpha-2); null means "follow my time zone". The app role may change
-- it, as it may change the time zone.
ALTER TABLE "users" ADD COLUMN "crisis_country" varchar(2);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_crisis_country_check" CHECK ("users"."crisis_country" ~ '^[A-Z]{2}$');--> statement-breakpoint
GRANT UPDATE (crisis_country) ON users TO nightchill_app;
