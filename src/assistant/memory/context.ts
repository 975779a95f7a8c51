import type { FieldCipher } from '../../crypto/cipher.ts';

/**
 * What an assistant reply stores in chat_messages.context, sealed as one value
 * (src/domain/chat/context-seal.ts): how the turn went, the tools it called with short results, a
 * pending proposal, safety flags. Notes the user dictated into tool arguments are left out even so.
 */

export type TurnResult = 'ok' | 'capped' | 'fallback' | 'cancelled' | 'crisis' | 'error';

export interface StoredToolCall {
  id: string;
  name: string;
  /** The arguments as called, without free-text notes. */
  arguments: string;
  ok: boolean;
  summary: string;
  /** The result (or error) as later turns show it to the model, cut short. */
  brief: string;
  /** True when this call made a proposal rather than acting. */
  proposed?: boolean;
  /** Ids of the places the result showed (searches, details): the next turn may check in at them directly. */
  places?: string[];
}

export interface Proposal {
  id: string;
  tool: string;
  /** The validated tool input, encrypted (it may hold the user's notes). */
  sealedInput: string;
  summary: string;
  expiresAt: string;
}

// A type, not an interface: it is stored as a Record<string, unknown>.
export type ReplyContext = {
  turnId: string;
  result: TurnResult;
  provider?: string;
  steps?: number;
  tools?: StoredToolCall[];
  proposal?: Proposal;
  /** What became of the proposal pending before this turn. */
  proposalOutcome?: { id: string; decision: 'confirmed' | 'declined' | 'dropped' };
  /** When the assistant last said it is an AI (carried forward from reply to reply). */
  aiNoticeAt?: string;
  crisis?: true;
  /** The category answered (suicidal, plan, emergency, self_harm, abuse, harm_to_others, concern_other). */
  crisisKind?: string;
  /** 'crisis' for a category's full response, 'concern' for the gentle check-in. */
  riskLevel?: 'crisis' | 'concern';
  /** The language the response was given in. */
  language?: string;
  /** A later turn of a supportive conversation. */
  support?: true;
  /** The offline companion's memory between turns (places it listed, what it asked). */
  offline?: Record<string, unknown>;
};

const sealContext = (userId: string) => `chat_messages.context:${userId}`;

export const sealInput = (cipher: FieldCipher, userId: string, input: unknown): string =>
  cipher.encrypt(JSON.stringify(input), sealContext(userId));

export const openInput = (cipher: FieldCipher, userId: string, sealed: string): unknown =>
  JSON.parse(cipher.decrypt(sealed, sealContext(userId)));

/** Tool arguments as stored and shown again later: notes the user dictated stay out. */
export function withoutNotes(args: unknown): string {
  if (!args || typeof args !== 'object') return JSON.stringify(args ?? {});
  const { note: _n, notes: _ns, ...rest } = args as Record<string, unknown>;
  return JSON.stringify(rest);
}

export function asReplyContext(raw: unknown): ReplyContext | undefined {
  return raw && typeof raw === 'object' && typeof (raw as ReplyContext).turnId === 'string'
    ? (raw as ReplyContext)
    : undefined;
}
