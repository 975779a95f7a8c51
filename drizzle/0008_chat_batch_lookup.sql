-- The chat writer's look-ups as one function whose plans are cached per connection, instead of
-- three literal statements planned afresh for every batch (~1.5 ms of planning per batch, most of
-- a small batch's database time: docs/performance.md). Not in the seed; the writer
-- (src/domain/chat/batch.ts) calls it after BEGIN and the role, as the system role.
--
-- In order, each statement with a fresh snapshot (a VOLATILE function in READ COMMITTED): lock
-- the authors' rows (FOR NO KEY UPDATE, in id order, so two batches never deadlock) and read
-- their consent and token version; each author's newest message id (one index entry per
-- partition); the messages already stored under the given clientMessageIds since `sent_since`.
-- The look-ups run after the lock, so they see what the transactions it waited for committed.
--
-- Cached plans must stay right as partitions grow from empty: a generic plan made while a
-- partition was small would keep scanning it (seen with prepared statements, 4 -> 18 ms per
-- batch). Sequential scans, hash and merge joins are therefore off inside the function: every
-- look-up is an index probe per author or per key, whatever the statistics said at planning.
CREATE FUNCTION chat_batch_lookup(author_ids uuid[], sent_keys jsonb, sent_since timestamptz)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
AS $$
DECLARE
  locked jsonb;
  newest jsonb;
  sent jsonb;
BEGIN
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', u.id, 'consent', u.consent_given, 'token_version', u.token_version)), '[]'::jsonb)
    INTO locked
    FROM (SELECT id, consent_given, token_version FROM users
          WHERE id = ANY (author_ids) ORDER BY id FOR NO KEY UPDATE) u;

  SELECT coalesce(jsonb_agg(jsonb_build_object('user_id', a.id, 'id', n.id)), '[]'::jsonb)
    INTO newest
    FROM unnest(author_ids) AS a(id)
    CROSS JOIN LATERAL (
      SELECT c.id FROM chat_messages c WHERE c.user_id = a.id ORDER BY c.id DESC LIMIT 1
    ) n;

  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'id', c.id, 'user_id', c.user_id, 'role', c.role, 'content', c.content,
           'client_message_id', c.client_message_id, 'created_at', c.created_at)), '[]'::jsonb)
    INTO sent
    FROM jsonb_to_recordset(sent_keys) AS k(user_id uuid, client_message_id uuid)
    CROSS JOIN LATERAL (
      SELECT * FROM chat_messages c
      WHERE c.user_id = k.user_id AND c.client_message_id = k.client_message_id
        AND c.created_at > sent_since
    ) c;

  RETURN jsonb_build_object('locked', locked, 'newest', newest, 'sent', sent);
END
$$;
