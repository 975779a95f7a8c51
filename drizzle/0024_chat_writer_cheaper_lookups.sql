-- NightChill 0024: storing a chat message costs the database less (issue 19, goal 1).
--
-- Measured per batch of 400 messages from 100 authors (docs/performance.md, "The chat writer's
-- database share"): the idempotency index (user_id, client_message_id, created_at) was the dearest
-- part of the INSERT (a B-tree with a 40-byte key and a random uuid in it), and the look-ups probed
-- every partition, the empty future ones and the default included.
--
-- 1. The idempotency index becomes a hash index on client_message_id alone. Its uniqueness was never
--    a guarantee (it held within a partition only, created_at being part of the key): the writer
--    keeps idempotency under the user's row lock (src/domain/chat/order.ts). A hash index holds a
--    4-byte hash per key and does not hold NULL, so replies (no client_message_id) skip it.
DROP INDEX "idx_chat_messages_client_id";--> statement-breakpoint
CREATE INDEX "idx_chat_messages_client_id" ON "chat_messages" USING hash ("client_message_id");--> statement-breakpoint
-- 2. The writer's look-up, bounded in time so partition pruning leaves out the partitions that cannot
--    hold what it looks for: retried messages are looked for between sent_since and sent_until
--    (the retry window, and a day past the caller's clock for instances whose clocks disagree); an
--    author's newest message first among the ids drawn since recent_since (a week before the
--    caller's clock; ids are UUIDv7 drawn on arrival or just above the author's newest, so their
--    time is never before their message's created_at and at most seconds after it: nothing created
--    earlier can carry a higher id, and the day's margin on created_at only serves pruning), and
--    only for authors with no id that recent, in all of their history up to sent_until. With quarterly partitions an active author's newest id is then one
--    index probe instead of one per partition, however many quarters the table keeps.
--    The three-argument chat_batch_lookup (drizzle/0008) stays for instances of the previous release
--    still running during a rolling deploy; a later migration drops it.
CREATE FUNCTION chat_batch_lookup(author_ids uuid[], sent_keys jsonb, sent_since timestamptz,
  sent_until timestamptz, recent_since timestamptz)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
AS $$
DECLARE
  locked jsonb;
  found uuid[];
  recent jsonb;
  older jsonb;
  sent jsonb;
  -- The smallest UUIDv7 of recent_since's millisecond: the recent look-up is then a range of the
  -- (user_id, id) index, never a walk through a quiet author's older messages in the partition.
  stamp text := lpad(to_hex((extract(epoch FROM recent_since) * 1000)::bigint), 12, '0');
  recent_floor uuid := (substr(stamp, 1, 8) || '-' || substr(stamp, 9, 4) || '-0000-0000-000000000000')::uuid;
BEGIN
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', u.id, 'consent', u.consent_given, 'token_version', u.token_version)), '[]'::jsonb)
    INTO locked
    FROM (SELECT id, consent_given, token_version FROM users
          WHERE id = ANY (author_ids) ORDER BY id FOR NO KEY UPDATE) u;

  SELECT coalesce(array_agg(a.id), '{}'),
         coalesce(jsonb_agg(jsonb_build_object('user_id', a.id, 'id', n.id)), '[]'::jsonb)
    INTO found, recent
    FROM unnest(author_ids) AS a(id)
    CROSS JOIN LATERAL (
      SELECT c.id FROM chat_messages c
      WHERE c.user_id = a.id AND c.id >= recent_floor
        AND c.created_at > recent_since - interval '1 day' AND c.created_at < sent_until
      ORDER BY c.id DESC LIMIT 1
    ) n;

  IF cardinality(found) < cardinality(author_ids) THEN
    SELECT coalesce(jsonb_agg(jsonb_build_object('user_id', a.id, 'id', n.id)), '[]'::jsonb)
      INTO older
      FROM unnest(author_ids) AS a(id)
      CROSS JOIN LATERAL (
        SELECT c.id FROM chat_messages c
        WHERE c.user_id = a.id AND c.created_at < sent_until
        ORDER BY c.id DESC LIMIT 1
      ) n
      WHERE a.id <> ALL (found);
    recent := recent || older;
  END IF;

  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', c.id, 'user_id', c.user_id, 'role', c.role, 'content', c.content,
           'client_message_id', c.client_message_id, 'created_at', c.created_at)), '[]'::jsonb)
    INTO sent
    FROM jsonb_to_recordset(sent_keys) AS k(user_id uuid, client_message_id uuid)
    CROSS JOIN LATERAL (
      SELECT * FROM chat_messages c
      WHERE c.client_message_id = k.client_message_id AND c.user_id = k.user_id
        AND c.created_at > sent_since AND c.created_at < sent_until
    ) c;

  RETURN jsonb_build_object('locked', locked, 'newest', recent, 'sent', sent);
END
$$;
