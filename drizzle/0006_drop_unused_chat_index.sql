-- The seed's (user_id, created_at DESC) index on chat_messages served no query (history, sync and the
-- writer's newest-id look-up go by (user_id, id)) and cost every insert a fourth index entry.
-- Dropping it on the partitioned parent drops it on every partition.
DROP INDEX "idx_chat_messages_user";