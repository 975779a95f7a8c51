-- Counts of safety responses (issue 14): per day, category, level and language, no user and no
-- words, so the yearly figures an operator reports (California SB 243) survive account deletion.
-- Only the system role reads or writes it; row-level security is forced with one policy for it.
CREATE TABLE "safety_referrals" (
	"day" date NOT NULL,
	"category" varchar(20) NOT NULL,
	"level" varchar(10) NOT NULL,
	"language" varchar(5) NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "safety_referrals_pkey" PRIMARY KEY("day","category","level","language"),
	CONSTRAINT "safety_referrals_level_check" CHECK ("safety_referrals"."level" IN ('crisis', 'concern')),
	CONSTRAINT "safety_referrals_count_check" CHECK ("safety_referrals"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE safety_referrals ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE safety_referrals FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY system_all ON safety_referrals TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON safety_referrals TO nightchill_system;
