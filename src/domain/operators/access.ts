import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { type ContextSource, type SystemContext, withSystem } from '../context.ts';

/** An operator's unit of work: system rights, and who is acting. */
export interface OperatorContext extends SystemContext {
  operatorId: string;
}

/**
 * Runs an operator verb for userId: as the system role, in one transaction that first checks the
 * caller holds users.role = 'operator' (a column only the system role can set). Anyone else is
 * forbidden before anything is read or changed.
 */
export function withOperator<T>(
  source: ContextSource,
  userId: string,
  fn: (ctx: OperatorContext) => Promise<T>,
): Promise<T> {
  return withSystem(source, async (ctx) => {
    const [row] = await ctx.tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
    if (row?.role !== 'operator') throw new AppError('forbidden', 'Only operators may do this.');
    return fn({ ...ctx, operatorId: userId });
  });
}

/** Makes the account with this e-mail an operator (the admin CLI; no route grants this). */
export async function makeOperator(
  ctx: SystemContext,
  email: string,
): Promise<{ id: string; email: string }> {
  const [row] = await ctx.tx
    .update(users)
    .set({ role: 'operator' })
    .where(eq(users.email, email.trim().toLowerCase()))
    .returning({ id: users.id, email: users.email });
  if (!row) throw new AppError('not_found', `No account with the e-mail ${email}.`);
  return row;
}
