import type pg from 'pg';
import { fieldContext } from '../../crypto/fields.ts';
import { APP_ROLE } from '../../db/tx.ts';
import { openContext } from '../../domain/chat/context-seal.ts';
import { textLiteral } from '../../domain/chat/order.ts';
import { olderReplyContexts, recentWithContext } from '../../domain/chat/recent-with-context.ts';
import type { ContextSource, UserContext } from '../../domain/context.ts';
import { AppError } from '../../errors.ts';
import { asReplyContext, type ReplyContext } from './context.ts';
import type { StoredMessage } from './history.ts';

/** The user's newest messages, newest first, each reply with its context read as the assistant's. */
export async function recentMessages(ctx: UserContext, limit: number): Promise<StoredMessage[]> {
  const messages = await recentWithContext(ctx, limit);
  return messages.map(({ context, ...message }) => {
    const reply = message.role === 'assistant' ? asReplyContext(context) : undefined;
    return { ...message, ...(reply ? { context: reply } : {}) };
  });
}

/** How many replies older than the recent ones lastRiskResponse opens at most (sealed: no SQL filter). */
const RISK_LOOKBACK = 100;

const isCrisis = (context: ReplyContext | undefined) => context?.result === 'crisis';

/**
 * When the user's newest risk response was given, if within `since`: the turn that follows stays
 * supportive. Read from the replies' sealed context (the flag, never the words), newest first:
 * first in `recent` (the newest messages, newest first, as recentMessages opened them for the
 * turn), and only when those do not reach back to `since`, in up to RISK_LOOKBACK older replies.
 */
export async function lastRiskResponse(
  ctx: UserContext,
  since: Date,
  recent: StoredMessage[],
  recentLimit: number,
): Promise<Date | undefined> {
  return riskAmong(recent, since, recentLimit, (range) => olderReplyContexts(ctx, range));
}

type OlderContexts = (range: {
  before: string;
  since: Date;
  limit: number;
}) => Promise<{ createdAt: Date; context: Record<string, unknown> | undefined }[]>;

async function riskAmong(
  recent: StoredMessage[],
  since: Date,
  recentLimit: number,
  older: OlderContexts,
): Promise<Date | undefined> {
  const inRecent = recent.find((m) => m.role === 'assistant' && m.createdAt >= since && isCrisis(m.context));
  if (inRecent) return new Date(inRecent.createdAt);
  const oldest = recent.at(-1);
  // Fewer than asked for: that is the whole conversation. Or the recent ones already reach back.
  if (!oldest || recent.length < recentLimit || oldest.createdAt < since) return undefined;
  const flagged = (await older({ before: oldest.id, since, limit: RISK_LOOKBACK })).find((reply) =>
    isCrisis(asReplyContext(reply.context)),
  );
  return flagged ? new Date(flagged.createdAt) : undefined;
}

/** What a turn reads before it may ask the model anything. */
export interface TurnState {
  /** The newest messages, newest first, as recentMessages reads them. */
  rows: StoredMessage[];
  profile: { displayName: string; timeZone: string; crisisCountry: string | null };
  /** When the user's newest risk response within `since` was given (lastRiskResponse). */
  flaggedAt: Date | undefined;
}

/** The results of a simple query: one per statement (pg returns a bare result for a single one). */
async function simple(client: pg.PoolClient, text: string): Promise<pg.QueryResult[]> {
  const out = (await client.query(text)) as pg.QueryResult | pg.QueryResult[];
  return Array.isArray(out) ? out : [out];
}

/**
 * Reads a turn's state: recentMessages(limit), the user's name, zone and crisis country
 * (getProfile's), and lastRiskResponse(since), as one read-only transaction under row-level
 * security (the app role and app.user_id, as asUser sets them) in one round trip: two when the
 * recent messages do not reach back to `since`. Its COMMIT is sent without waiting for it (a
 * read-only transaction has nothing to make durable). Through drizzle's transaction the same reads
 * were five round trips (BEGIN, role, messages, profile, COMMIT), every one of them before the
 * turn's first word (docs/performance.md, "Assistant turns"); the statements are those of
 * recentWithContext, getProfile and olderReplyContexts, in SQL.
 */
export async function readTurnState(
  source: ContextSource & { database: { pool: pg.Pool; appPool?: pg.Pool } },
  userId: string,
  limit: number,
  since: Date,
): Promise<TurnState> {
  const { cipher } = source;
  const user = textLiteral(userId);
  const client = await (source.database.appPool ?? source.database.pool).connect();
  let broken: Error | undefined;
  try {
    const [, , messages, profiles] = await simple(
      client,
      `BEGIN READ ONLY;
      SELECT set_config('role', '${APP_ROLE}', true), set_config('app.user_id', ${user}, true);
      SELECT id, role, content, client_message_id, reply_to, replaces, created_at, context
        FROM chat_messages WHERE user_id = ${user} AND superseded_at IS NULL
        ORDER BY id DESC LIMIT ${Math.trunc(limit)};
      SELECT display_name, time_zone, crisis_country FROM users WHERE id = ${user}`,
    );
    const profile = profiles!.rows[0] as
      | { display_name: string; time_zone: string; crisis_country: string | null }
      | undefined;
    if (!profile) throw new AppError('not_found', 'This account no longer exists.');
    const rows = (messages!.rows as MessageRow[]).map((row) => storedMessage(source, userId, row));
    const flaggedAt = await riskAmong(rows, since, limit, async (range) => {
      const [older] = await simple(
        client,
        `SELECT created_at, context FROM chat_messages
          WHERE user_id = ${user} AND role = 'assistant' AND id < ${textLiteral(range.before)}
            AND created_at >= '${range.since.toISOString()}'::timestamptz AND context IS NOT NULL
          ORDER BY id DESC LIMIT ${range.limit}`,
      );
      return (older!.rows as { created_at: Date; context: Record<string, unknown> }[]).map((row) => ({
        createdAt: row.created_at,
        context: openContext(cipher, userId, row.context),
      }));
    });
    client.query('COMMIT').then(
      () => client.release(),
      (err: Error) => client.release(err),
    );
    return {
      rows,
      profile: {
        displayName: profile.display_name,
        timeZone: profile.time_zone,
        crisisCountry: profile.crisis_country,
      },
      flaggedAt,
    };
  } catch (err) {
    // A failed statement leaves the transaction aborted (or never begun): roll back, and drop the
    // connection if even that fails.
    await client.query('ROLLBACK').catch((rollbackFailed: Error) => {
      broken = rollbackFailed;
    });
    client.release(broken);
    throw err;
  }
}

interface MessageRow {
  id: string;
  role: StoredMessage['role'];
  content: string;
  client_message_id: string | null;
  reply_to: string | null;
  replaces: string | null;
  created_at: Date;
  context: Record<string, unknown> | null;
}

/** A row as recentMessages gives it: the content opened, a reply's context opened and read. */
function storedMessage(source: ContextSource, userId: string, row: MessageRow): StoredMessage {
  const message: StoredMessage = {
    id: row.id,
    role: row.role,
    content: source.cipher.read(row.content, fieldContext.chatContent(userId)),
    createdAt: row.created_at,
  };
  if (row.client_message_id) message.clientMessageId = row.client_message_id;
  if (row.reply_to) message.replyTo = row.reply_to;
  if (row.replaces) message.replaces = row.replaces;
  const context =
    row.role === 'assistant' ? asReplyContext(openContext(source.cipher, userId, row.context)) : undefined;
  if (context) message.context = context;
  return message;
}
