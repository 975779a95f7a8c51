-- NightChill 0018: redemption at the counter (issue 17, point 3).
--
-- A partner's counter staff are ordinary accounts an operator links to the partner
-- (partner_staff). They redeem the QR code a customer shows, at one of the partner's places,
-- through nc_redeem_at_counter below; rewards.redeemed_by keeps who did. The owner of a reward
-- can no longer redeem it: the app role loses UPDATE on rewards, so a code alone, from anywhere,
-- redeems nothing (issue 17: "the owner redeems their own QR from anywhere").
CREATE TABLE "partner_staff" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rewards" ADD COLUMN "redeemed_by" uuid;--> statement-breakpoint
ALTER TABLE "partner_staff" ADD CONSTRAINT "partner_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_staff" ADD CONSTRAINT "partner_staff_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_staff" ADD CONSTRAINT "partner_staff_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_partner_staff_partner" ON "partner_staff" USING btree ("partner_id");--> statement-breakpoint
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_redeemed_by_users_id_fk" FOREIGN KEY ("redeemed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Who may see and change staff links: operators through the system role; an account sees its own.
ALTER TABLE partner_staff ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE partner_staff FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON partner_staff TO nightchill_system;--> statement-breakpoint
GRANT SELECT ON partner_staff TO nightchill_app;--> statement-breakpoint
CREATE POLICY system_all ON partner_staff TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- An account sees its own link, and (an operator's export) the links it made.
CREATE POLICY staff_own_link ON partner_staff FOR SELECT TO nightchill_app
  USING (user_id = app_user_id() OR added_by = app_user_id());--> statement-breakpoint

-- The owner alone cannot redeem: the app role loses UPDATE on rewards (redemption was its only
-- update), and a redemption happens only through nc_redeem_at_counter, as a staff member.
REVOKE UPDATE ON rewards FROM nightchill_app;--> statement-breakpoint

-- A staff member redeems the reward whose code a customer shows, at one of their partner's
-- places. One call decides everything under the caller's identity (app_user_id()): staff, their
-- partner's place, not their own reward, then one conditional UPDATE; when it changes nothing the
-- row says why. The owner is locked first: the redemption trigger writes their journey counters
-- (users, then journey_progress, as everywhere: src/domain/journey/recompute.ts).
CREATE FUNCTION nc_redeem_at_counter(p_qr text, p_location uuid, p_now timestamptz)
  RETURNS TABLE (outcome text, reward_id uuid, owner_id uuid, title text, type text,
                 earned_at timestamptz, redeemed_at timestamptz, expires_at timestamptz,
                 reward_location uuid, place_name text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_staff uuid := app_user_id();
  v_partner uuid;
  v_place_partner uuid;
  v_place_name text;
  r rewards%ROWTYPE;
BEGIN
  SELECT s.partner_id INTO v_partner FROM partner_staff s WHERE s.user_id = v_staff;
  IF v_staff IS NULL OR v_partner IS NULL THEN
    RETURN QUERY SELECT 'not_staff', NULL::uuid, NULL::uuid, NULL::text, NULL::text,
      NULL::timestamptz, NULL::timestamptz, NULL::timestamptz, NULL::uuid, NULL::text;
    RETURN;
  END IF;
  SELECT l.partner_id, l.name INTO v_place_partner, v_place_name FROM locations l WHERE l.id = p_location;
  IF v_place_partner IS DISTINCT FROM v_partner THEN
    RETURN QUERY SELECT 'not_your_place', NULL::uuid, NULL::uuid, NULL::text, NULL::text,
      NULL::timestamptz, NULL::timestamptz, NULL::timestamptz, NULL::uuid, NULL::text;
    RETURN;
  END IF;
  SELECT * INTO r FROM rewards WHERE qr_code = p_qr;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'not_found', NULL::uuid, NULL::uuid, NULL::text, NULL::text,
      NULL::timestamptz, NULL::timestamptz, NULL::timestamptz, NULL::uuid, v_place_name;
    RETURN;
  END IF;
  IF r.user_id = v_staff THEN
    RETURN QUERY SELECT 'own_reward', r.id, NULL::uuid, r.title::text, r.type::text,
      r.earned_at, r.redeemed_at, r.expires_at, r.location_id, v_place_name;
    RETURN;
  END IF;
  PERFORM 1 FROM users WHERE id = r.user_id FOR NO KEY UPDATE;
  UPDATE rewards w
    SET redeemed = true, redeemed_at = p_now, redeemed_location_id = p_location, redeemed_by = v_staff
    WHERE w.id = r.id AND NOT w.redeemed AND (w.expires_at IS NULL OR w.expires_at > p_now)
      AND w.location_id = p_location;
  IF FOUND THEN
    RETURN QUERY SELECT 'redeemed', r.id, r.user_id, r.title::text, r.type::text,
      r.earned_at, p_now, r.expires_at, r.location_id, v_place_name;
    RETURN;
  END IF;
  SELECT * INTO r FROM rewards WHERE id = r.id;
  RETURN QUERY SELECT
    CASE WHEN r.redeemed THEN 'redeemed_before'
         WHEN r.expires_at IS NOT NULL AND r.expires_at <= p_now THEN 'expired'
         ELSE 'wrong_place' END,
    r.id, NULL::uuid, r.title::text, r.type::text, r.earned_at, r.redeemed_at, r.expires_at,
    r.location_id, v_place_name;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION nc_redeem_at_counter(text, uuid, timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION nc_redeem_at_counter(text, uuid, timestamptz) TO nightchill_app;--> statement-breakpoint

-- A staff member's own record of what they redeemed (their account export): which reward, when
-- and where, nothing of the customer's. Rewards stay invisible to anyone but their owner otherwise.
CREATE FUNCTION nc_my_counter_redemptions()
  RETURNS TABLE (id uuid, redeemed_at timestamptz, redeemed_location_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT r.id, r.redeemed_at, r.redeemed_location_id FROM rewards r
  WHERE app_user_id() IS NOT NULL AND r.redeemed_by = app_user_id()
  ORDER BY r.redeemed_at, r.id
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION nc_my_counter_redemptions() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION nc_my_counter_redemptions() TO nightchill_app;
