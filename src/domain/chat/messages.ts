import { and, asc, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { WireExercise, WirePlace } from '../../contract/socket.ts';
import { fieldContext } from '../../crypto/fields.ts';
import { chatMessages } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { attachmentsOf, type ProposalView, type ReplyAttachments, sealAttachments } from './attachments.ts';
import { sealContext } from './context-seal.ts';
import { type ChatAuthor, lockAndLookUp, nextId, type SentMessage } from './order.ts';

export type ChatRole = (typeof chatMessages.$inferSelect)['role'];

export interface ChatMessage {
  id: string;
  role: ChatRole;
  content: string;
  createdAt: Date;
  clientMessageId?: string;
  replyTo?: string;
  /** A regenerated reply: the one it took the place of (chat:regenerate). */
  replaces?: string;
  /** A reply's cards and proposal, as sync and history read them back (attachments.ts). */
  places?: WirePlace[];
  exercise?: WireExercise;
  proposal?: ProposalView;
}

/**
 * The next id for this user's message: above their newest, with their row locked until commit,
 * so ids follow commit order (see order.ts).
 */
const nextIdOf = (ctx: UserContext, me: ChatAuthor | undefined) =>
  nextId(me ?? { id: ctx.userId, consent: false, tokenVersion: 0, lastId: null });

/** Associated data binding a message's ciphertext to its owner: it cannot be replayed into another account. */
const contentContext = fieldContext.chatContent;

/** A stored row as the user reads it: the content opened. */
export function toMessage(
  ctx: UserContext,
  row: SentMessage & { replyTo?: string | null; replaces?: string | null },
): ChatMessage {
  const message: ChatMessage = {
    id: row.id,
    role: row.role,
    content: ctx.cipher.read(row.content, contentContext(row.userId)),
    createdAt: row.createdAt,
  };
  if (row.clientMessageId) message.clientMessageId = row.clientMessageId;
  if (row.replyTo) message.replyTo = row.replyTo;
  if (row.replaces) message.replaces = row.replaces;
  return message;
}

type Row = typeof chatMessages.$inferSelect;

/** Rows as clients read them back: each reply with its cards and its proposal's state. */
async function shown(ctx: UserContext, rows: Row[]): Promise<ChatMessage[]> {
  const cards = await attachmentsOf(ctx, rows);
  return rows.map((row) => ({ ...toMessage(ctx, row), ...cards.get(row.id) }));
}

/** The replies a user is shown: a superseded one (chat:regenerate) is kept for the record only. */
const shownOf = (userId: string) => and(eq(chatMessages.userId, userId), isNull(chatMessages.supersededAt));

/**
 * For a reply to `replyTo`: the reply of it that was superseded (chat:regenerate) and has not been
 * replaced yet, which this one replaces. Inside the insert: no round trip of its own, and the
 * user's row lock (taken first) keeps two replies from replacing the same one.
 */
const replacedBy = (userId: string, replyTo: string) => sql`(
  SELECT s.id FROM chat_messages s
  WHERE s.user_id = ${userId} AND s.id > ${replyTo} AND s.reply_to = ${replyTo}
    AND s.superseded_at IS NOT NULL
    AND NOT EXISTS (
      SELECT 1 FROM chat_messages n WHERE n.user_id = ${userId} AND n.id > s.id AND n.replaces = s.id)
  ORDER BY s.id DESC LIMIT 1)`;

/**
 * Stores the user's message, encrypted. Idempotent on clientMessageId: the same id again returns
 * the stored message with created = false, so a retried send never starts a second reply.
 */
export async function appendUserMessage(
  ctx: UserContext,
  input: { clientMessageId: string; content: string },
): Promise<{ message: ChatMessage; created: boolean }> {
  // The user's row is locked from here to commit: the look-up and the insert cannot race.
  const now = ctx.clock.now();
  const { authors, sent } = await lockAndLookUp(
    ctx.tx,
    [ctx.userId],
    [{ userId: ctx.userId, clientMessageId: input.clientMessageId }],
    now,
  );
  const [existing] = sent;
  if (existing) return { message: toMessage(ctx, existing), created: false };
  const id = nextIdOf(ctx, authors.get(ctx.userId));
  const [inserted] = await ctx.tx
    .insert(chatMessages)
    .values({
      id,
      userId: ctx.userId,
      role: 'user',
      content: ctx.cipher.encrypt(input.content, contentContext(ctx.userId)),
      clientMessageId: input.clientMessageId,
      createdAt: now,
    })
    .returning();
  return { message: toMessage(ctx, inserted!), created: true };
}

/**
 * Stores an assistant (or system) message, with the model context it came from, and its cards (all
 * sealed). `proposes`: the context holds a proposal, open from now until the user's next turn.
 */
export async function appendAssistantMessage(
  ctx: UserContext,
  input: {
    content: string;
    replyTo?: string;
    context?: Record<string, unknown>;
    role?: 'assistant' | 'system';
    attachments?: ReplyAttachments;
    proposes?: boolean;
  },
): Promise<ChatMessage> {
  const now = ctx.clock.now();
  const { authors } = await lockAndLookUp(ctx.tx, [ctx.userId], [], now);
  const id = nextIdOf(ctx, authors.get(ctx.userId));
  const [row] = await ctx.tx
    .insert(chatMessages)
    .values({
      id,
      userId: ctx.userId,
      role: input.role ?? 'assistant',
      content: ctx.cipher.encrypt(input.content, contentContext(ctx.userId)),
      replyTo: input.replyTo,
      context: input.context && sealContext(ctx.cipher, ctx.userId, input.context),
      attachments: sealAttachments(ctx.cipher, ctx.userId, input.attachments),
      proposalStatus: input.proposes ? 'open' : null,
      replaces: input.replyTo ? replacedBy(ctx.userId, input.replyTo) : null,
      createdAt: now,
    })
    .returning();
  return toMessage(ctx, row!);
}

/** Newest first, strictly before the cursor id. */
export async function listHistory(
  ctx: UserContext,
  page: { before?: string; limit: number },
): Promise<ChatMessage[]> {
  const rows = await ctx.tx
    .select()
    .from(chatMessages)
    .where(and(shownOf(ctx.userId), page.before ? lt(chatMessages.id, page.before) : undefined))
    .orderBy(desc(chatMessages.id))
    .limit(page.limit);
  return shown(ctx, rows);
}

/**
 * One page of history, newest first: the messages strictly before the cursor and the cursor for
 * the next page (null on the last one). Reads one row more than asked to know whether more exist.
 */
export async function historyPage(
  ctx: UserContext,
  page: { before?: string; limit: number },
): Promise<{ messages: ChatMessage[]; nextCursor: string | null }> {
  const rows = await listHistory(ctx, { ...page, limit: page.limit + 1 });
  const messages = rows.slice(0, page.limit);
  return { messages, nextCursor: rows.length > page.limit ? messages.at(-1)!.id : null };
}

/** Oldest first, strictly after the cursor id: what a reconnecting client missed. */
export async function listAfter(
  ctx: UserContext,
  page: { afterId?: string; limit: number },
): Promise<ChatMessage[]> {
  const rows = await ctx.tx
    .select()
    .from(chatMessages)
    .where(and(shownOf(ctx.userId), page.afterId ? gt(chatMessages.id, page.afterId) : undefined))
    .orderBy(asc(chatMessages.id))
    .limit(page.limit);
  return shown(ctx, rows);
}
