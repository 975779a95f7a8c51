import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { dataMigrations } from '../db/schema/index.ts';
import { asSystem } from '../db/tx.ts';
import { sealContext } from '../domain/chat/context-seal.ts';
import { sealNotice } from '../domain/notifications/sealed.ts';
import { type FieldCipher, isSealed, SEALED_LIKE } from './cipher.ts';
import { fieldContext } from './fields.ts';

const NAME = 'seal-health-details';

type Batch = (tx: Parameters<Parameters<typeof asSystem>[1]>[0], limit: number) => Promise<number>;

/**
 * Seals what drizzle/0013 found in plain text: notification titles and messages, check-in moods,
 * the assistant's reply context. Runs at start-up, once per database (a data_migrations row), in
 * batches of `batchSize` rows each in its own transaction, rows locked and skipped when another
 * instance holds them; safe to run twice, since only plain values are picked. Returns how many
 * rows it sealed.
 */
export async function sealLegacyRows(db: Database, cipher: FieldCipher, batchSize = 500): Promise<number> {
  const [pending] = await asSystem(db, (tx) =>
    tx
      .select()
      .from(dataMigrations)
      .where(and(eq(dataMigrations.name, NAME), isNull(dataMigrations.doneAt))),
  );
  if (!pending) return 0;

  const notices: Batch = async (tx, limit) => {
    const { rows } = await tx.execute<{ id: string; user_id: string; title: string; message: string }>(sql`
      SELECT id, user_id, title, message FROM notifications
      WHERE title NOT LIKE ${SEALED_LIKE} OR message NOT LIKE ${SEALED_LIKE}
      LIMIT ${limit} FOR UPDATE SKIP LOCKED`);
    // A row half sealed (one of the two plain) keeps the half that is: nothing is sealed twice.
    const sealed = rows.map((r) => {
      const both = sealNotice(cipher, r.user_id, r);
      return {
        title: isSealed(r.title) ? r.title : both.title,
        message: isSealed(r.message) ? r.message : both.message,
      };
    });
    await tx.execute(sql`
      UPDATE notifications n SET title = v.title, message = v.message
      FROM unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(sealed.map((s) => s.title))}::text[],
        ${sql.param(sealed.map((s) => s.message))}::text[]) AS v(id, title, message)
      WHERE n.id = v.id`);
    return rows.length;
  };
  const moods: Batch = async (tx, limit) => {
    const { rows } = await tx.execute<{ id: string; user_id: string; mood: string }>(sql`
      SELECT id, user_id, mood FROM check_ins WHERE mood NOT LIKE ${SEALED_LIKE}
      LIMIT ${limit} FOR UPDATE SKIP LOCKED`);
    await tx.execute(sql`
      UPDATE check_ins c SET mood = v.mood
      FROM unnest(${sql.param(rows.map((r) => r.id))}::uuid[],
        ${sql.param(rows.map((r) => cipher.encrypt(r.mood, fieldContext.checkInMood(r.user_id))))}::text[]) AS v(id, mood)
      WHERE c.id = v.id`);
    return rows.length;
  };
  const contexts: Batch = async (tx, limit) => {
    const { rows } = await tx.execute<{ id: string; user_id: string; context: Record<string, unknown> }>(sql`
      SELECT id, user_id, context FROM chat_messages WHERE context IS NOT NULL AND NOT context ? 'sealed'
      LIMIT ${limit} FOR UPDATE SKIP LOCKED`);
    await tx.execute(sql`
      UPDATE chat_messages m SET context = v.context
      FROM unnest(${sql.param(rows.map((r) => r.id))}::uuid[],
        ${sql.param(rows.map((r) => JSON.stringify(sealContext(cipher, r.user_id, r.context))))}::jsonb[]) AS v(id, context)
      WHERE m.id = v.id`);
    return rows.length;
  };

  let total = 0;
  for (const batch of [notices, moods, contexts]) {
    for (;;) {
      const n = await asSystem(db, (tx) => batch(tx, batchSize));
      total += n;
      if (n < batchSize) break;
    }
  }
  await asSystem(db, (tx) =>
    tx.update(dataMigrations).set({ doneAt: sql`now()` }).where(eq(dataMigrations.name, NAME)),
  );
  return total;
}
