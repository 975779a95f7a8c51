-- NightChill 0015: one account cannot hide a review (issue 17, point 4).
--
-- A flag hid a review at once: one new account flagged 12 reviews and took a mentor from 3.07 to
-- 2.06. Now each flag is a row of review_flags (who, when, whether they had a verified visit), and
-- a review leaves the public list and the ratings only when FLAGS_TO_HIDE distinct accounts with a
-- verified visit flagged it (a check-in at the place; a completed session with the mentor), or an
-- operator hides it (src/domain/operators/reviews.ts). Operators see every flagged review with its
-- flaggers, hidden or not.
CREATE TABLE review_flags (
  review_id uuid NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  verified_visit boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT review_flags_pkey PRIMARY KEY (review_id, user_id)
);--> statement-breakpoint
CREATE INDEX idx_review_flags_user ON review_flags (user_id);--> statement-breakpoint
ALTER TABLE review_flags ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE review_flags FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON review_flags TO nightchill_system;--> statement-breakpoint
CREATE POLICY system_all ON review_flags TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- A user reads the flags they raised (their data export); writing goes through nc_flag_review.
GRANT SELECT ON review_flags TO nightchill_app;--> statement-breakpoint
CREATE POLICY user_own_flags ON review_flags FOR SELECT TO nightchill_app USING (user_id = app_user_id());--> statement-breakpoint

-- Reviews hidden by a single flag before this stay hidden (their flaggers were not recorded): an
-- operator clears them from the flagged list as before.
DROP FUNCTION IF EXISTS nc_flag_review(uuid);--> statement-breakpoint

-- The caller flags a review that is not their own (once: a second flag changes nothing). Returns
-- the review's target and whether this flag hid it.
CREATE FUNCTION nc_flag_review(p_review uuid)
  RETURNS TABLE (reviewable_type text, reviewable_id uuid, hidden boolean)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  flags_to_hide constant integer := 3;
  r reviews%ROWTYPE;
  visited boolean;
  verified integer;
BEGIN
  SELECT * INTO r FROM reviews WHERE id = p_review FOR UPDATE;
  IF NOT FOUND OR app_user_id() IS NULL OR r.user_id = app_user_id() THEN
    RETURN;
  END IF;
  visited := CASE r.reviewable_type
    WHEN 'location' THEN EXISTS (
      SELECT 1 FROM check_ins c WHERE c.user_id = app_user_id() AND c.location_id = r.reviewable_id)
    ELSE EXISTS (
      SELECT 1 FROM mentor_sessions s WHERE s.user_id = app_user_id() AND s.mentor_id = r.reviewable_id
        AND s.status = 'completed')
  END;
  INSERT INTO review_flags (review_id, user_id, verified_visit)
  VALUES (p_review, app_user_id(), visited)
  ON CONFLICT (review_id, user_id) DO NOTHING;
  SELECT count(*) INTO verified FROM review_flags f WHERE f.review_id = p_review AND f.verified_visit;
  IF NOT r.is_flagged AND verified >= flags_to_hide THEN
    UPDATE reviews SET is_flagged = true WHERE id = p_review;
    RETURN QUERY SELECT r.reviewable_type::text, r.reviewable_id, true;
  ELSE
    RETURN QUERY SELECT r.reviewable_type::text, r.reviewable_id, false;
  END IF;
END
$$;--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO nightchill_system;--> statement-breakpoint
ALTER FUNCTION nc_flag_review(uuid) OWNER TO nightchill_system;--> statement-breakpoint
REVOKE ALL ON FUNCTION nc_flag_review(uuid) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION nc_flag_review(uuid) TO nightchill_app, nightchill_system;--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM nightchill_system;
