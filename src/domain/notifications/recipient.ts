import { sql } from 'drizzle-orm';
import type { UserContext } from '../context.ts';

/**
 * The time zone a notification's recipient reads times in (UTC if the account is gone). The
 * recipient is usually the other side of a session, whose row the caller cannot see: nc_time_zone
 * (drizzle/0014) reads that one column for the caller and the parties of their sessions.
 */
export async function recipientTimeZone(ctx: UserContext, userId: string): Promise<string> {
  const { rows } = await ctx.tx.execute<{ zone: string | null }>(
    sql`SELECT nc_time_zone(${userId}::uuid) AS zone`,
  );
  return rows[0]?.zone ?? 'UTC';
}
