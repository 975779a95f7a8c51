import { sql } from 'drizzle-orm';
import { type ContextSource, withSystem } from '../domain/context.ts';

/**
 * Creates the coming partitions (check_ins: this month and three ahead; chat_messages and
 * notifications: this quarter and two ahead) with ensure_partitions() (drizzle/0005), which takes
 * an advisory lock, so however many instances call it, each partition is made once. Returns how
 * many were created.
 */
export async function ensurePartitions(source: ContextSource): Promise<number> {
  return withSystem(source, async (ctx) => {
    const { rows } = await ctx.tx.execute<{ created: number }>(
      sql`SELECT ensure_partitions(${ctx.clock.now().toISOString()}::timestamptz) AS created`,
    );
    return Number(rows[0]?.created ?? 0);
  });
}
