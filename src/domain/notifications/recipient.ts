import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { elevated } from '../../db/tx.ts';
import type { UserContext } from '../context.ts';

/**
 * The time zone a notification's recipient reads times in (UTC if the account is gone). Read
 * elevated: the recipient is usually the other side of a session, whose row the caller cannot see.
 */
export async function recipientTimeZone(ctx: UserContext, userId: string): Promise<string> {
  const [row] = await elevated(ctx.tx, (tx) =>
    tx.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId)),
  );
  return row?.timeZone ?? 'UTC';
}
