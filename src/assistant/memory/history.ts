import { countTokens as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatMessage } from '../../domain/chat/messages.ts';
import type { ReplyContext } from './context.ts';

/**
 * The conversation as the model is shown it, bounded by a token budget: the newest exchanges
 * that fit, and one short line standing in for the older ones. Tokens are counted with a real
 * tokenizer (gpt-tokenizer's o200k_base, the encoding of OpenAI's current chat models) rather than
 * characters / 4, which is wrong by a third either way outside English prose (JSON, German, emoji).
 * Other OpenAI-compatible models tokenize differently; the count is close enough to bound a prompt.
 */

export const countTokens = (text: string): number => o200k(text);

/** Per-message overhead in the chat format (role, separators). */
const MESSAGE_OVERHEAD = 4;

export interface StoredMessage extends ChatMessage {
  context?: ReplyContext;
}

/** A user message and the assistant replies to it, in order. */
export interface Exchange {
  user: StoredMessage;
  replies: StoredMessage[];
}

/**
 * Groups stored messages (any order) into exchanges, oldest first, up to and excluding `currentId`.
 * Replies are placed after the message they answer, even when a later message was stored before
 * the reply (messages queued while a turn ran). User messages after the current one (queued
 * behind it) are left out: this turn answers the current one only.
 */
export function exchangesBefore(messages: StoredMessage[], currentId: string | undefined): Exchange[] {
  const sorted = [...messages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const exchanges: Exchange[] = [];
  const byUserId = new Map<string, Exchange>();
  for (const m of sorted) {
    if (m.role === 'user') {
      if (m.id === currentId || (currentId !== undefined && m.id > currentId)) continue;
      const ex = { user: m, replies: [] };
      exchanges.push(ex);
      byUserId.set(m.id, ex);
    } else if (m.replyTo) byUserId.get(m.replyTo)?.replies.push(m);
  }
  return exchanges;
}

/** Crisis exchanges never reach the model again; nor do stand-in replies sent while it was down. */
export const modelVisible = (ex: Exchange): boolean =>
  !ex.replies.some((r) => r.context?.crisis || r.context?.result === 'crisis');

const topicOf: Record<string, string> = {
  search_locations: 'finding places',
  get_location: 'place details',
  check_in: 'check-ins',
  get_journey: 'their journey',
  list_rewards: 'rewards',
  search_mentors: 'mentors',
  list_my_sessions: 'mentor sessions',
  book_mentor_session: 'mentor sessions',
  cancel_mentor_session: 'mentor sessions',
  create_reminder: 'reminders',
};

function exchangeMessages(ex: Exchange): ChatCompletionMessageParam[] {
  const out: ChatCompletionMessageParam[] = [{ role: 'user', content: ex.user.content }];
  for (const reply of ex.replies) {
    const calls = (reply.context?.tools ?? []).filter((c) => c.id && c.name);
    if (calls.length > 0) {
      out.push({
        role: 'assistant',
        content: null,
        tool_calls: calls.map((c) => ({
          id: c.id,
          type: 'function' as const,
          function: { name: c.name, arguments: c.arguments },
        })),
      });
      for (const c of calls) out.push({ role: 'tool', tool_call_id: c.id, content: c.brief });
    }
    if (reply.context?.result === 'fallback') continue;
    out.push({ role: 'assistant', content: reply.content });
  }
  return out;
}

export function messageTokens(m: ChatCompletionMessageParam): number {
  let n = MESSAGE_OVERHEAD;
  if (typeof m.content === 'string') n += countTokens(m.content);
  if ('tool_calls' in m && m.tool_calls) {
    for (const c of m.tool_calls)
      if (c.type === 'function') n += countTokens(c.function.name + c.function.arguments);
  }
  return n;
}

export interface BudgetedHistory {
  messages: ChatCompletionMessageParam[];
  tokens: number;
  /** How many earlier exchanges the summary line stands for. */
  omitted: number;
}

/**
 * The newest exchanges whose messages fit in `budget` tokens (the summary line included), oldest
 * first. The summary names topics, not counts, so its size does not creep up with the length of
 * the conversation.
 */
export function budgetHistory(exchanges: Exchange[], budget: number, hasOlder: boolean): BudgetedHistory {
  const visible = exchanges.filter(modelVisible);
  const kept: ChatCompletionMessageParam[][] = [];
  let used = 0;
  let i = visible.length - 1;
  const summaryReserve = 40;
  for (; i >= 0; i--) {
    const msgs = exchangeMessages(visible[i]!);
    const cost = msgs.reduce((sum, m) => sum + messageTokens(m), 0);
    if (used + cost > budget - summaryReserve) break;
    kept.unshift(msgs);
    used += cost;
  }
  const dropped = visible.slice(0, i + 1);
  const messages = kept.flat();
  if (dropped.length === 0 && !hasOlder) return { messages, tokens: used, omitted: 0 };
  const topics = [
    ...new Set(
      dropped.flatMap((ex) =>
        ex.replies.flatMap((r) => (r.context?.tools ?? []).map((t) => topicOf[t.name])),
      ),
    ),
  ]
    .filter(Boolean)
    .sort()
    .slice(0, 5);
  const summary: ChatCompletionMessageParam = {
    role: 'system',
    content: `Earlier messages of this conversation are not shown${
      topics.length ? `; they touched on ${topics.join(', ')}` : ''
    }. Ask the user if you need something from them.`,
  };
  return { messages: [summary, ...messages], tokens: used + messageTokens(summary), omitted: dropped.length };
}
