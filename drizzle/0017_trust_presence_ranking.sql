-- NightChill 0017: presence, held reviews and fair ranking (issue 17, points 2, 4 and 5).
--
-- Presence. A check-in records how its presence was judged (check_ins.presence): `verified`
-- (coordinates inside the geofence, a reported accuracy within bounds), `no_location`,
-- `coarse_location`; NULL for check-ins from before. Only verified ones earn rewards (the app
-- decides: src/domain/checkins/check-in.ts); the coordinates themselves are still not stored.
--
-- Held reviews. A review written by an account that booked the same mentor unusually often is
-- held for an operator as written: is_flagged (out of the public list and the ratings, in the
-- operators' queue) with held_reason saying why. The app role may not write is_flagged, so the
-- verb holds its own review through nc_hold_review below; an operator clears or hides it.
--
-- Ranking. Places users suggest (is_suggestion) start unlisted (is_listed false): only their
-- suggester finds them in searches. An operator's verification lists one; so do three distinct
-- other people checking in there with a verified presence (list_visited_suggestion below).
-- Unverified suggestions rank below the rest and are capped per page (src/domain/locations/search.ts).
ALTER TABLE "check_ins" ADD COLUMN "presence" varchar(20);--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "is_suggestion" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "is_listed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "held_reason" varchar(40);--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_presence_check" CHECK ("presence" IN ('verified', 'no_location', 'coarse_location'));--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_verified_listed_check" CHECK ("is_listed" OR NOT "is_verified");--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_held_check" CHECK ("held_reason" IS NULL OR ("is_flagged" AND "held_reason" IN ('frequent_bookings')));
--> statement-breakpoint
-- Suggestions made before this migration: suggested, and unlisted until verified or visited.
UPDATE locations SET is_suggestion = true WHERE created_by IS NOT NULL;--> statement-breakpoint
UPDATE locations SET is_listed = false WHERE is_suggestion AND NOT is_verified;--> statement-breakpoint

-- A verified place is listed, whoever verifies it and however (an operator's route, the admin
-- CLI, a hand-written UPDATE): locations_verified_listed_check holds without anyone remembering.
CREATE FUNCTION list_verified_place() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.is_verified THEN
    NEW.is_listed := true;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER locations_list_verified BEFORE INSERT OR UPDATE OF is_verified ON locations
  FOR EACH ROW EXECUTE FUNCTION list_verified_place();--> statement-breakpoint

-- A signed-in user's suggestion: theirs, unverified, a suggestion, unlisted, nothing counted yet.
DROP POLICY locations_suggest ON locations;--> statement-breakpoint
CREATE POLICY locations_suggest ON locations FOR INSERT TO nightchill_app
  WITH CHECK (created_by = app_user_id() AND NOT is_verified AND is_suggestion AND NOT is_listed
              AND check_in_count = 0 AND review_count = 0 AND rating = 0);--> statement-breakpoint

-- A verified check-in at an unlisted place lists it once VISITORS_TO_LIST distinct people other
-- than its suggester checked in there with a verified presence. The place's row is locked first
-- (the counter trigger before this one already holds it), so concurrent visitors are counted in
-- turn and the third one lists it. SECURITY DEFINER: the visitor may not write places.
CREATE FUNCTION list_visited_suggestion() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  visitors_to_list constant integer := 3;
  place locations%ROWTYPE;
  visitors integer;
BEGIN
  SELECT * INTO place FROM locations WHERE id = NEW.location_id FOR UPDATE;
  IF NOT FOUND OR place.is_listed THEN
    RETURN NULL;
  END IF;
  SELECT count(DISTINCT c.user_id) INTO visitors FROM check_ins c
  WHERE c.location_id = NEW.location_id AND c.presence = 'verified'
    AND c.user_id IS DISTINCT FROM place.created_by;
  IF visitors >= visitors_to_list THEN
    UPDATE locations SET is_listed = true WHERE id = NEW.location_id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER check_in_lists_suggestion AFTER INSERT ON check_ins
  FOR EACH ROW WHEN (NEW.presence = 'verified') EXECUTE FUNCTION list_visited_suggestion();--> statement-breakpoint

-- The caller holds their own review for an operator (the verb decides when: the rule is in
-- src/domain/reviews/hold.ts). Nothing else: only the caller's own review, only held, never
-- released. Returns whether a review was held.
CREATE FUNCTION nc_hold_review(p_review uuid, p_reason text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE reviews SET is_flagged = true, held_reason = p_reason
  WHERE id = p_review AND user_id = app_user_id() AND app_user_id() IS NOT NULL;
  RETURN FOUND;
END
$$;--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION list_visited_suggestion() OWNER TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION nc_hold_review(uuid, text) OWNER TO nightchill_system;--> statement-breakpoint
REVOKE ALL ON FUNCTION nc_hold_review(uuid, text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION nc_hold_review(uuid, text) TO nightchill_app, nightchill_system;--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM nightchill_system;
