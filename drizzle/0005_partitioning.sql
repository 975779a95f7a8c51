-- The seed's scaling plan: check_ins partitioned by month, chat_messages and notifications by
-- quarter (declarative RANGE partitioning on the time column, in UTC).
--
-- * Keys include the partition column (PostgreSQL requires it): PRIMARY KEY (id, created_at) /
--   (id, "timestamp"); idx_chat_messages_client_id becomes (user_id, client_message_id,
--   created_at). Idempotency of chat:send no longer rests on that index: every writer of a user's
--   messages holds the user's row lock (src/domain/chat/order.ts) and looks the clientMessageId up
--   first.
-- * check_ins_one_per_place_per_hour cannot be one constraint over partitions on PostgreSQL 15;
--   each partition has it (<partition>_one_per_place_per_hour), and check-in takes a
--   (user, place) lock and looks for the hour's check-in first, which also covers a pair that
--   straddles a month boundary.
-- * Every index, trigger, policy and grant of the unpartitioned table is recreated on the parent
--   (indexes and row triggers cascade to partitions). Row-level security is enabled and forced on
--   the parent and on every partition; partitions have no policies and no grants, so the roles
--   reach rows only through the parent and its policies.
-- * A DEFAULT partition per table means a write is never refused for want of a partition;
--   create_time_partition() moves such rows into their partition when it is created.
-- * Existing rows are copied into the new tables (counters are not touched: the check-in trigger
--   is created after the copy). ensure_partitions() keeps partitions ahead of time and is run by
--   the scheduler (src/scheduler/partitions.ts); detach_partitions_before() detaches old ones for
--   archive (npm run db:partitions -- detach).

CREATE FUNCTION partition_step(p_step text) RETURNS interval LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_step WHEN 'month' THEN interval '1 month' WHEN 'quarter' THEN interval '3 months' END
$$;--> statement-breakpoint

CREATE FUNCTION create_time_partition(p_parent text, p_key text, p_step text, p_at timestamptz)
  RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  lo timestamptz := date_trunc(p_step, p_at, 'UTC');
  hi timestamptz := date_trunc(p_step, p_at, 'UTC') + partition_step(p_step);
  part text := p_parent || '_' || to_char(lo AT TIME ZONE 'UTC',
    CASE p_step WHEN 'month' THEN 'YYYY_MM' ELSE 'YYYY"q"Q' END);
  fallback text := p_parent || '_default';
BEGIN
  IF to_regclass(part) IS NOT NULL THEN
    RETURN NULL;
  END IF;
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, p_parent);
  -- Rows written while no partition covered them wait in the default partition: move them.
  EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', fallback);
  EXECUTE format(
    'WITH moved AS (DELETE FROM %I WHERE %I >= $1 AND %I < $2 RETURNING *) INSERT INTO %I SELECT * FROM moved',
    fallback, p_key, p_key, part) USING lo, hi;
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', fallback);
  EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', p_parent, part, lo, hi);
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', part);
  IF p_parent = 'check_ins' THEN
    EXECUTE format(
      'ALTER TABLE %I ADD CONSTRAINT %I EXCLUDE USING gist (user_id WITH =, location_id WITH =, minutes_range("timestamp", 60) WITH &&)',
      part, part || '_one_per_place_per_hour');
  END IF;
  RETURN part;
END
$$;--> statement-breakpoint

-- Partitions for the current period and the next ones, once across instances (advisory lock).
CREATE FUNCTION ensure_partitions(p_now timestamptz DEFAULT now()) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  created integer := 0;
  i integer;
BEGIN
  PERFORM pg_advisory_xact_lock(7314159266);
  FOR i IN 0..3 LOOP
    IF create_time_partition('check_ins', 'timestamp', 'month', p_now + make_interval(months => i)) IS NOT NULL THEN
      created := created + 1;
    END IF;
  END LOOP;
  FOR i IN 0..2 LOOP
    IF create_time_partition('chat_messages', 'created_at', 'quarter', p_now + make_interval(months => 3 * i)) IS NOT NULL THEN
      created := created + 1;
    END IF;
    IF create_time_partition('notifications', 'created_at', 'quarter', p_now + make_interval(months => 3 * i)) IS NOT NULL THEN
      created := created + 1;
    END IF;
  END LOOP;
  RETURN created;
END
$$;--> statement-breakpoint

-- Detaches every partition that ends on or before p_before (for archive: pg_dump -t, then DROP).
CREATE FUNCTION detach_partitions_before(p_before timestamptz)
  RETURNS TABLE (parent text, partition text, ends timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r record;
BEGIN
  PERFORM pg_advisory_xact_lock(7314159266);
  FOR r IN
    SELECT p.relname AS parent_name, c.relname AS part_name,
      substring(pg_get_expr(c.relpartbound, c.oid) FROM 'TO \(''([^'']+)''\)')::timestamptz AS upper_bound
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.relname IN ('check_ins', 'chat_messages', 'notifications')
      AND p.relnamespace = 'public'::regnamespace
      AND pg_get_expr(c.relpartbound, c.oid) <> 'DEFAULT'
  LOOP
    IF r.upper_bound <= p_before THEN
      EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', r.parent_name, r.part_name);
      parent := r.parent_name;
      partition := r.part_name;
      ends := r.upper_bound;
      RETURN NEXT;
    END IF;
  END LOOP;
END
$$;--> statement-breakpoint

REVOKE ALL ON FUNCTION create_time_partition(text, text, text, timestamptz) FROM PUBLIC;--> statement-breakpoint
REVOKE ALL ON FUNCTION ensure_partitions(timestamptz) FROM PUBLIC;--> statement-breakpoint
REVOKE ALL ON FUNCTION detach_partitions_before(timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ensure_partitions(timestamptz) TO nightchill_system;--> statement-breakpoint

-- Creates the partitioned table p_table in place of the unpartitioned one, with partitions from
-- the oldest row's period to the current one and a default partition, and copies every row.
CREATE FUNCTION pg_temp.partition_in_place(p_table text, p_key text, p_step text) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  old text := p_table || '_unpartitioned';
  oldest timestamptz;
  at timestamptz;
BEGIN
  EXECUTE format('ALTER TABLE %I RENAME TO %I', p_table, old);
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY RANGE (%I)',
    p_table, old, p_key);
  EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', p_table || '_default', p_table);
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', p_table || '_default');
  EXECUTE format('SELECT min(%I) FROM %I', p_key, old) INTO oldest;
  at := date_trunc(p_step, coalesce(oldest, now()), 'UTC');
  WHILE at <= now() LOOP
    PERFORM create_time_partition(p_table, p_key, p_step, at);
    at := at + partition_step(p_step);
  END LOOP;
  EXECUTE format('INSERT INTO %I SELECT * FROM %I', p_table, old);
  EXECUTE format('DROP TABLE %I', old);
END
$$;--> statement-breakpoint

-- check_ins (by month) ---------------------------------------------------------------------------
SELECT pg_temp.partition_in_place('check_ins', 'timestamp', 'month');--> statement-breakpoint
ALTER TABLE check_ins ADD CONSTRAINT check_ins_pkey PRIMARY KEY (id, "timestamp");--> statement-breakpoint
ALTER TABLE check_ins ADD CONSTRAINT check_ins_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE check_ins ADD CONSTRAINT check_ins_location_id_locations_id_fk FOREIGN KEY (location_id) REFERENCES locations(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE check_ins ADD CONSTRAINT check_ins_reward_earned_id_rewards_id_fk FOREIGN KEY (reward_earned_id) REFERENCES rewards(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX idx_check_ins_user ON check_ins USING btree (user_id, "timestamp" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX idx_check_ins_location ON check_ins USING btree (location_id, "timestamp" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX idx_check_ins_timestamp ON check_ins USING btree ("timestamp");--> statement-breakpoint
CREATE TRIGGER check_in_counter_trigger AFTER INSERT ON check_ins
  FOR EACH ROW EXECUTE FUNCTION update_check_in_counts();--> statement-breakpoint
CREATE TRIGGER check_in_uncounter_trigger AFTER DELETE ON check_ins
  FOR EACH ROW EXECUTE FUNCTION update_check_in_counts();--> statement-breakpoint
ALTER TABLE check_ins ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE check_ins FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY system_all ON check_ins TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY user_own_check_ins ON check_ins TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON check_ins TO nightchill_app, nightchill_system;--> statement-breakpoint

-- chat_messages (by quarter) ---------------------------------------------------------------------
SELECT pg_temp.partition_in_place('chat_messages', 'created_at', 'quarter');--> statement-breakpoint
ALTER TABLE chat_messages ADD CONSTRAINT chat_messages_pkey PRIMARY KEY (id, created_at);--> statement-breakpoint
ALTER TABLE chat_messages ADD CONSTRAINT chat_messages_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE cascade;--> statement-breakpoint
CREATE INDEX idx_chat_messages_user ON chat_messages USING btree (user_id, created_at DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX idx_chat_messages_user_id ON chat_messages USING btree (user_id, id);--> statement-breakpoint
CREATE UNIQUE INDEX idx_chat_messages_client_id ON chat_messages USING btree (user_id, client_message_id, created_at);--> statement-breakpoint
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE chat_messages FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY system_all ON chat_messages TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY user_own_chat_messages ON chat_messages TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON chat_messages TO nightchill_app, nightchill_system;--> statement-breakpoint

-- notifications (by quarter) ---------------------------------------------------------------------
SELECT pg_temp.partition_in_place('notifications', 'created_at', 'quarter');--> statement-breakpoint
ALTER TABLE notifications ADD CONSTRAINT notifications_pkey PRIMARY KEY (id, created_at);--> statement-breakpoint
ALTER TABLE notifications ADD CONSTRAINT notifications_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE cascade;--> statement-breakpoint
CREATE INDEX idx_notifications_user ON notifications USING btree (user_id, created_at DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX idx_notifications_read ON notifications USING btree (read);--> statement-breakpoint
CREATE INDEX idx_notifications_unread ON notifications USING btree (user_id, created_at DESC NULLS LAST) WHERE read = false;--> statement-breakpoint
CREATE INDEX idx_notifications_deferred ON notifications USING btree (deliver_at) WHERE deliver_at IS NOT NULL AND pushed_at IS NULL;--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY system_all ON notifications TO nightchill_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY user_own_notifications ON notifications TO nightchill_app
  USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON notifications TO nightchill_app, nightchill_system;--> statement-breakpoint

SELECT ensure_partitions(now());
