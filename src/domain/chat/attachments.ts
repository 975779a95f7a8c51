import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ProposalStatus, WireExercise, WirePlace } from '../../contract/socket.ts';
import { type FieldCipher, UNREADABLE } from '../../crypto/cipher.ts';
import { chatMessages } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { openContext } from './context-seal.ts';

/**
 * What a reply shows beside its words, kept with it (drizzle/0019) so that a reload, another
 * device or a reconnect shows it again: the places it found (cards and map pins), the exercise it
 * guides, and the proposal it made with what became of it.
 */
export interface ReplyAttachments {
  places?: WirePlace[];
  exercise?: WireExercise;
}

/** A proposal as clients see it: `open` only while a chat:confirm (or a yes) would carry it out. */
export interface ProposalView {
  id: string;
  summary: string;
  expiresAt: string;
  status: ProposalStatus;
}

export type ProposalDecision = 'confirmed' | 'declined' | 'dropped';

/**
 * Associated data binding a reply's sealed attachments to their owner and column (as
 * src/crypto/fields.ts does for the other sealed columns).
 */
const attachmentsContext = (userId: string) => `chat_messages.attachments:${userId}`;

/**
 * The places' public fields (as WirePlace names them) and the exercise: what is kept, and what the
 * live reply carries, so a reload shows exactly what was shown. Undefined when there is nothing.
 */
export function trimmed(a: ReplyAttachments): ReplyAttachments | undefined {
  const places = a.places?.map((p) => ({
    id: p.id,
    name: p.name,
    type: p.type,
    latitude: p.latitude,
    longitude: p.longitude,
    address: p.address,
    city: p.city,
    anxietyLevel: p.anxietyLevel,
    isBeginnerFriendly: p.isBeginnerFriendly,
    hasQrReward: p.hasQrReward,
    ...(p.distanceKm === undefined ? {} : { distanceKm: p.distanceKm }),
  }));
  const out: ReplyAttachments = {
    ...(places?.length ? { places } : {}),
    ...(a.exercise ? { exercise: a.exercise } : {}),
  };
  return out.places || out.exercise ? out : undefined;
}

/** The column's value for a reply's attachments: sealed JSON, or null when there are none. */
export function sealAttachments(
  cipher: FieldCipher,
  userId: string,
  attachments: ReplyAttachments | undefined,
): string | null {
  const kept = attachments && trimmed(attachments);
  return kept ? cipher.encrypt(JSON.stringify(kept), attachmentsContext(userId)) : null;
}

/**
 * A reply's attachments as stored; undefined when none, or when no configured key opens them.
 * `read` as openContext's (context-seal.ts): the export counts what it cannot read its own way.
 */
export function openAttachments(
  cipher: FieldCipher,
  userId: string,
  sealed: string | null,
  read: (sealed: string, aad: string) => string | null = (value, aad) => {
    const json = cipher.read(value, aad);
    return json === UNREADABLE ? null : json;
  },
): ReplyAttachments | undefined {
  if (!sealed) return undefined;
  const json = read(sealed, attachmentsContext(userId));
  return json === null ? undefined : (JSON.parse(json) as ReplyAttachments);
}

type Row = typeof chatMessages.$inferSelect;

/** The proposal a reply's sealed context holds (src/assistant/memory/context.ts stores it). */
function storedProposal(
  ctx: UserContext,
  row: Row,
): { id: string; summary: string; expiresAt: string } | undefined {
  const context = openContext(ctx.cipher, row.userId, row.context);
  const p = context?.proposal as { id?: unknown; summary?: unknown; expiresAt?: unknown } | undefined;
  return typeof p?.id === 'string' && typeof p.summary === 'string' && typeof p.expiresAt === 'string'
    ? { id: p.id, summary: p.summary, expiresAt: p.expiresAt }
    : undefined;
}

/** The user's newest message still shown (a superseded reply is not). */
export async function newestShownId(ctx: UserContext): Promise<string | undefined> {
  const [row] = await ctx.tx
    .select({ id: chatMessages.id })
    .from(chatMessages)
    .where(and(eq(chatMessages.userId, ctx.userId), isNull(chatMessages.supersededAt)))
    .orderBy(desc(chatMessages.id))
    .limit(1);
  return row?.id;
}

/**
 * The cards and proposal of each reply among `rows`, by id, for the messages clients read back
 * (sync, history). A proposal is open while its status is open, its time has not passed and its
 * reply is still the newest message (the rule chat:confirm applies); a proposal the user moved on
 * from without answering is shown as expired. Only rows that have something are opened, and the
 * newest id is looked up only when a page holds a proposal that may be open.
 */
export async function attachmentsOf(
  ctx: UserContext,
  rows: readonly Row[],
): Promise<Map<string, ReplyAttachments & { proposal?: ProposalView }>> {
  const out = new Map<string, ReplyAttachments & { proposal?: ProposalView }>();
  const now = ctx.clock.now().getTime();
  let newest: Promise<string | undefined> | undefined;
  for (const row of rows) {
    if (row.role !== 'assistant' || (!row.attachments && !row.proposalStatus)) continue;
    const found: ReplyAttachments & { proposal?: ProposalView } = {
      ...openAttachments(ctx.cipher, row.userId, row.attachments),
    };
    const proposal = row.proposalStatus ? storedProposal(ctx, row) : undefined;
    if (proposal && row.proposalStatus) {
      let status: ProposalView['status'];
      if (row.proposalStatus === 'confirmed' || row.proposalStatus === 'declined')
        status = row.proposalStatus;
      else if (row.proposalStatus === 'dropped' || new Date(proposal.expiresAt).getTime() <= now)
        status = 'expired';
      else {
        newest ??= newestShownId(ctx);
        status = (await newest) === row.id ? 'open' : 'expired';
      }
      found.proposal = { ...proposal, status };
    }
    if (found.places || found.exercise || found.proposal) out.set(row.id, found);
  }
  return out;
}

/** Records what became of a proposal: the user's next turn decided it. */
export async function settleProposal(
  ctx: UserContext,
  messageId: string,
  decision: ProposalDecision,
): Promise<void> {
  await ctx.tx
    .update(chatMessages)
    .set({ proposalStatus: decision })
    .where(
      and(
        eq(chatMessages.userId, ctx.userId),
        eq(chatMessages.id, messageId),
        eq(chatMessages.proposalStatus, 'open'),
      ),
    );
}
