-- NightChill 0022: a verified visit to a place is a check-in made there (issue 17, found by the abuse
-- drill, docs/reliability.md finding 11).
--
-- nc_flag_review (drizzle/0015) and the review's is_verified_visit counted any check-in at the
-- place, so three fresh accounts each "checking in" with no position could hide a review. Since
-- drizzle/0017 every check-in records how its presence was judged; only `verified` (coordinates
-- inside the geofence, accuracy within bounds) is a visit. Check-ins from before 0017 (presence
-- NULL) were never judged and do not count. A completed mentor session still counts as before.
CREATE OR REPLACE FUNCTION nc_flag_review(p_review uuid)
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
      SELECT 1 FROM check_ins c WHERE c.user_id = app_user_id() AND c.location_id = r.reviewable_id
        AND c.presence = 'verified')
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
$$;
