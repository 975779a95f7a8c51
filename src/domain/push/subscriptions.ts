import { and, desc, eq, sql } from 'drizzle-orm';
import { pushSubscriptions } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { endpointProblem } from './endpoint.ts';
import { PushEndpointInput, PushSubscriptionInput } from './schemas.ts';
import { sealPushKeys } from './sealed.ts';

/**
 * Devices one account keeps alerts on; saving another forgets the oldest. Browsers make a new
 * endpoint now and then (a reinstall, cleared site data) without always telling anyone: the cap
 * bounds the list and the sends each alert fans out to.
 */
export const MAX_PUSH_DEVICES = 10;

export interface PushDevice {
  endpoint: string;
  label: string | null;
  createdAt: Date;
  lastSentAt: Date | null;
}

type Row = typeof pushSubscriptions.$inferSelect;

const toDevice = (row: Pick<Row, 'endpoint' | 'label' | 'createdAt' | 'lastSentAt'>): PushDevice => ({
  endpoint: row.endpoint,
  label: row.label,
  createdAt: row.createdAt,
  lastSentAt: row.lastSentAt,
});

/** The endpoint rule (endpoint.ts) as an input error naming the field. */
function checkEndpoint(endpoint: string, production: boolean): void {
  const problem = endpointProblem(endpoint, { production });
  if (problem) {
    throw new AppError('invalid_payload', 'Invalid input: endpoint.', {
      details: [{ field: 'endpoint', message: problem }],
    });
  }
}

/**
 * Turns alerts on for this browser: saves its push subscription for the signed-in user, or
 * refreshes it (same endpoint: new keys, label, failures forgotten). An endpoint another account
 * held moves to this one (one browser, one subscription per site, whoever signs in). `created`:
 * whether it is new. Outside production (`production: false`) an http:// loopback endpoint is
 * accepted, for a local stand-in push service.
 */
export async function savePushSubscription(
  ctx: UserContext,
  raw: PushSubscriptionInput,
  options: { production: boolean },
): Promise<{ device: PushDevice; created: boolean }> {
  const input = parseInput(PushSubscriptionInput, raw);
  checkEndpoint(input.endpoint, options.production);
  await ctx.tx.execute(sql`SELECT nc_release_push_endpoint(${input.endpoint})`);
  const sealed = sealPushKeys(ctx.cipher, ctx.userId, input.keys);
  const [saved] = await ctx.tx
    .insert(pushSubscriptions)
    .values({
      userId: ctx.userId,
      endpoint: input.endpoint,
      ...sealed,
      label: input.label ?? null,
      createdAt: ctx.clock.now(),
    })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { ...sealed, failures: 0, ...(input.label ? { label: input.label } : {}) },
    })
    .returning({
      endpoint: pushSubscriptions.endpoint,
      label: pushSubscriptions.label,
      createdAt: pushSubscriptions.createdAt,
      lastSentAt: pushSubscriptions.lastSentAt,
      // A row the statement inserted has no deleting transaction id yet; an updated one does.
      created: sql<boolean>`(xmax = 0)`,
    });
  await ctx.tx.execute(sql`
    DELETE FROM push_subscriptions WHERE user_id = ${ctx.userId} AND id NOT IN (
      SELECT id FROM push_subscriptions WHERE user_id = ${ctx.userId}
      ORDER BY created_at DESC, id LIMIT ${MAX_PUSH_DEVICES})`);
  return { device: toDevice(saved!), created: Boolean(saved!.created) };
}

/** Turns alerts off for a browser of the signed-in user's; not_found when none of theirs has it. */
export async function removePushSubscription(ctx: UserContext, raw: PushEndpointInput): Promise<PushDevice> {
  const input = parseInput(PushEndpointInput, raw);
  const [removed] = await ctx.tx
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, ctx.userId), eq(pushSubscriptions.endpoint, input.endpoint)))
    .returning();
  if (!removed) throw new AppError('not_found', 'No device of yours gets alerts at this endpoint.');
  return toDevice(removed);
}

/** The signed-in user's devices with alerts on, newest first. */
export async function listPushSubscriptions(ctx: UserContext): Promise<PushDevice[]> {
  const rows = await ctx.tx
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, ctx.userId))
    .orderBy(desc(pushSubscriptions.createdAt), pushSubscriptions.id);
  return rows.map(toDevice);
}
