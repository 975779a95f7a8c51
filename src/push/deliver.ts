import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { NotificationEvent } from '../contract/domain-events.ts';
import { pushSubscriptions } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { withSystem } from '../domain/context.ts';
import { openPushKeys } from '../domain/push/sealed.ts';
import { PUSHED_TYPES, pushPayload } from './payload.ts';
import { type SendOutcome, sendPush } from './send.ts';

/** A push service that has not answered by then is counted as a failure. */
export const SEND_TIMEOUT_MS = 10_000;
/** Requests to push services in flight at once, over all users. */
export const MAX_CONCURRENT_SENDS = 8;
/** Deliveries waiting or running; past this (a burst far beyond any real one) alerts are dropped, logged. */
export const MAX_PENDING_DELIVERIES = 1_000;
/** Failures in a row after which a subscription is forgotten (a browser gone without a word, a key rotated). */
export const MAX_PUSH_FAILURES = 10;

export interface PushDelivery {
  /** Whether pushes go out at all (VAPID keys present). */
  readonly enabled: boolean;
  /** Settles once every delivery begun so far has finished. */
  idle(): Promise<void>;
  /** Stops listening, aborts requests in flight and waits for them. */
  stop(): Promise<void>;
}

export interface PushDeliveryOptions {
  /** Whether the user has a socket open on any instance (presence.ts). */
  isOnline(userId: string): Promise<boolean>;
  sendTimeoutMs?: number;
}

type Row = typeof pushSubscriptions.$inferSelect;

/** At most `max` of fn at once; the rest wait their turn. */
function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    while (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * Web Push for people with no NightChill tab open: subscribed to the domain event bus beside the
 * hub's forwardDomainEvents, it takes each notification of PUSHED_TYPES whose recipient wants
 * notifications, and when that person has push subscriptions and no socket on any instance, sends
 * the payload (payload.ts) to each of their devices. The bus is in-process and a verb announces
 * once, after its commit, on the instance that ran it (reminders: on the instance whose sweep
 * claimed the row, FOR UPDATE SKIP LOCKED), so exactly one instance sends each alert.
 *
 * Work happens after the event returns: the verb that announced never waits for, or hears of, a
 * push. A push service's 404/410 deletes the subscription; any other failure is counted on it and
 * logged, and MAX_PUSH_FAILURES in a row delete it too.
 */
export function startPushDelivery(deps: Deps, options: PushDeliveryOptions): PushDelivery {
  const keys = deps.secrets.vapidKeys;
  const log = deps.logger.child({ component: 'push' });
  if (!keys) {
    log.warn(
      'Web Push is off: set VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT (npx web-push generate-vapid-keys) to alert devices with no tab open',
    );
    return { enabled: false, idle: async () => {}, stop: async () => {} };
  }
  const vapid = { ...keys, subject: deps.config.push.subject };
  const timeoutMs = options.sendTimeoutMs ?? SEND_TIMEOUT_MS;
  const shutdown = new AbortController();
  const limit = limiter(MAX_CONCURRENT_SENDS);
  const inFlight = new Set<Promise<void>>();
  let dropped = 0;

  const sendTo = async (row: Row, payload: ReturnType<typeof pushPayload>, type: string) => {
    const how = PUSHED_TYPES[type]!;
    let target: { endpoint: string; keys: { p256dh: string; auth: string } };
    try {
      target = { endpoint: row.endpoint, keys: openPushKeys(deps.cipher, row) };
    } catch {
      return { result: 'failed', status: undefined, reason: 'its keys could not be opened' } as const;
    }
    return limit(() => sendPush(target, payload, { vapid, ...how, timeoutMs, signal: shutdown.signal }));
  };

  /** Writes down what each send came to: when it last went, the failures in a row, the dead ones gone. */
  const record = async (results: { row: Row; outcome: SendOutcome }[]) => {
    const ids = (result: SendOutcome['result']) =>
      results.filter((r) => r.outcome.result === result).map((r) => r.row.id);
    const [sent, gone, failed] = [ids('sent'), ids('gone'), ids('failed')];
    for (const { row, outcome } of results) {
      if (outcome.result === 'sent') continue;
      const host = new URL(row.endpoint).host;
      if (outcome.result === 'gone')
        log.info({ host, status: outcome.status }, 'push subscription gone: deleted');
      else log.warn({ host, status: outcome.status, reason: outcome.reason }, 'push send failed');
    }
    await withSystem(deps, async (ctx) => {
      const t = pushSubscriptions;
      if (sent.length > 0) {
        await ctx.tx.update(t).set({ lastSentAt: ctx.clock.now(), failures: 0 }).where(inArray(t.id, sent));
      }
      if (gone.length > 0) await ctx.tx.delete(t).where(inArray(t.id, gone));
      if (failed.length > 0) {
        await ctx.tx
          .update(t)
          .set({ failures: sql`${t.failures} + 1` })
          .where(inArray(t.id, failed));
        await ctx.tx.delete(t).where(and(inArray(t.id, failed), gte(t.failures, MAX_PUSH_FAILURES)));
      }
    });
  };

  const deliver = async (e: NotificationEvent) => {
    const found = await withSystem(deps, async (ctx) => {
      const rows = await ctx.tx
        .select()
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, e.userId));
      if (rows.length === 0) return undefined;
      const sessionId = e.notification.data?.sessionId;
      const { rows: side } =
        typeof sessionId === 'string' && /^[0-9a-f-]{36}$/i.test(sessionId)
          ? await ctx.tx.execute<{ mentor: boolean }>(sql`
              SELECT EXISTS (SELECT 1 FROM mentor_sessions s JOIN mentors m ON m.id = s.mentor_id
                WHERE s.id = ${sessionId}::uuid AND m.user_id = ${e.userId}::uuid) AS mentor`)
          : { rows: [] };
      return { rows, mentorSide: side[0]?.mentor === true };
    });
    if (!found || shutdown.signal.aborted) return;
    if (await options.isOnline(e.userId)) return;
    const payload = pushPayload(e.notification, found.mentorSide);
    const results = await Promise.all(
      found.rows.map(async (row) => ({ row, outcome: await sendTo(row, payload, e.notification.type) })),
    );
    await record(results);
  };

  const onNotification = (e: NotificationEvent) => {
    if (!e.pushEnabled || !Object.hasOwn(PUSHED_TYPES, e.notification.type) || shutdown.signal.aborted)
      return;
    if (inFlight.size >= MAX_PENDING_DELIVERIES) {
      dropped++;
      if (dropped === 1 || dropped % 100 === 0)
        log.warn({ dropped }, 'push deliveries backed up: alert dropped');
      return;
    }
    const job: Promise<void> = deliver(e)
      .catch((err: unknown) => log.warn({ err, type: e.notification.type }, 'push delivery failed'))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  };

  deps.events.on('notification', onNotification);
  return {
    enabled: true,
    idle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    stop: async () => {
      deps.events.off('notification', onNotification);
      shutdown.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}
