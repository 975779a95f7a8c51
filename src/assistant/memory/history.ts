import { createHash } from 'node:crypto';
import { countTokens as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatMessage } from '../../domain/chat/messages.ts';
import { topicLabel } from '../tools/relevance.ts';
import { userText } from '../tools/user-text.ts';
import type { ReplyContext, StoredToolCall } from './context.ts';

/**
 * The conversation as the model is shown it, bounded by a token budget: the newest exchanges
 * verbatim, older ones shorter (each tool result cut to its summary line, long messages clipped),
 * and one short line standing in for those that do not fit. Tokens are counted with a real
 * tokenizer (gpt-tokenizer's o200k_base, the encoding of OpenAI's current chat models) rather than
 * characters / 4, which is wrong by a third either way outside English prose (JSON, German, emoji).
 * Other OpenAI-compatible models tokenize differently; the count is close enough to bound a prompt.
 */

export const countTokens = (text: string): number => o200k(text);

/** How many token counts are remembered: a conversation's messages come back turn after turn. */
const CACHE_MAX = 4_000;
/** By a digest of the text, so the process keeps no message's words once its turn is done. */
const counted = new Map<string, number>();

/** countTokens, remembered for the strings most recently counted (the history, the static prompt). */
export function cachedTokens(text: string): number {
  const key = createHash('sha256').update(text).digest('base64');
  const known = counted.get(key);
  if (known !== undefined) {
    counted.delete(key);
    counted.set(key, known);
    return known;
  }
  const n = o200k(text);
  counted.set(key, n);
  if (counted.size > CACHE_MAX) counted.delete(counted.keys().next().value as string);
  return n;
}

/** The newest exchanges shown as they were, tool results and all. */
const VERBATIM = 2;
/** Older messages are clipped to this many characters. */
const OLDER_CHARS = 500;
/** The shortest form of the newest exchange (kept whatever the budget): messages clipped to this. */
const STATE_CHARS = 200;

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

/**
 * verbatim: as it was. brief: each tool result is its summary line (names in it are other people's
 * text, so it sits under `untrusted`), and messages are clipped to `clipAt` characters.
 */
type Detail = { verbatim: true } | { verbatim: false; clipAt: number };

function clipTo(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never half of a surrogate pair (an emoji): the cut stays well-formed text.
  const end = /[\ud800-\udbff]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

const summaryLine = (c: StoredToolCall) =>
  JSON.stringify({ ok: c.ok, untrusted: { summary: userText(c.summary, 160) ?? '' } });

function exchangeMessages(ex: Exchange, detail: Detail): ChatCompletionMessageParam[] {
  const text = (content: string) => (detail.verbatim ? content : clipTo(content, detail.clipAt));
  const out: ChatCompletionMessageParam[] = [{ role: 'user', content: text(ex.user.content) }];
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
      for (const c of calls)
        out.push({ role: 'tool', tool_call_id: c.id, content: detail.verbatim ? c.brief : summaryLine(c) });
    }
    if (reply.context?.result === 'fallback') continue;
    out.push({ role: 'assistant', content: text(reply.content) });
  }
  return out;
}

/** What a message costs as it is sent: its JSON, as in the request body. */
export const messageTokens = (m: ChatCompletionMessageParam): number => cachedTokens(JSON.stringify(m));

const cost = (msgs: ChatCompletionMessageParam[]) => msgs.reduce((sum, m) => sum + messageTokens(m), 0);

export interface BudgetedHistory {
  messages: ChatCompletionMessageParam[];
  tokens: number;
  /** How many earlier exchanges the summary line stands for. */
  omitted: number;
}

/**
 * The newest exchanges that fit in `budget` tokens (the summary line included), oldest first: the
 * newest VERBATIM as they were (or brief, when that is all that fits), older ones brief. The
 * newest exchange is always kept, at worst in its shortest form, so what is on the table (a
 * proposal, the places just listed) still reaches the model. The summary names topics, not
 * counts, so its size does not creep up with the length of the conversation.
 */
export function budgetHistory(exchanges: Exchange[], budget: number, hasOlder: boolean): BudgetedHistory {
  const visible = exchanges.filter(modelVisible);
  const kept: ChatCompletionMessageParam[][] = [];
  let used = 0;
  let i = visible.length - 1;
  const summaryReserve = 40;
  const room = budget - summaryReserve;
  for (; i >= 0; i--) {
    const ex = visible[i]!;
    const newest = i === visible.length - 1;
    const forms: Detail[] =
      visible.length - 1 - i < VERBATIM
        ? [{ verbatim: true }, { verbatim: false, clipAt: OLDER_CHARS }]
        : [{ verbatim: false, clipAt: OLDER_CHARS }];
    if (newest) forms.push({ verbatim: false, clipAt: STATE_CHARS });
    let fitted: { msgs: ChatCompletionMessageParam[]; tokens: number } | undefined;
    for (const form of forms) {
      const msgs = exchangeMessages(ex, form);
      const tokens = cost(msgs);
      if (used + tokens <= room || (newest && form === forms.at(-1))) {
        fitted = { msgs, tokens };
        break;
      }
    }
    if (!fitted) break;
    kept.unshift(fitted.msgs);
    used += fitted.tokens;
  }
  const dropped = visible.slice(0, i + 1);
  const messages = kept.flat();
  if (dropped.length === 0 && !hasOlder) return { messages, tokens: used, omitted: 0 };
  const topics = [
    ...new Set(
      dropped.flatMap((ex) =>
        ex.replies.flatMap((r) => (r.context?.tools ?? []).map((t) => topicLabel(t.name))),
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
