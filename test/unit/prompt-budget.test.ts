import { describe, expect, it } from 'vitest';
import type { StoredToolCall } from '../../src/assistant/memory/context.ts';
import {
  budgetHistory,
  countTokens,
  type Exchange,
  messageTokens,
} from '../../src/assistant/memory/history.ts';
import { defaultAssistantOptions } from '../../src/assistant/options.ts';
import { loadPrompts } from '../../src/assistant/prompts.ts';
import type { LoadedTurn } from '../../src/assistant/turn/facts.ts';
import { turnPrompt } from '../../src/assistant/turn/prompt.ts';
import { systemPrompt, systemPromptTokens } from '../../src/assistant/turn/system-prompt.ts';

const prompts = loadPrompts();
const now = new Date('2026-03-02T18:00:00Z');
const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(6, '0')}`;

const search = (i: number): StoredToolCall => ({
  id: `call_${i}`,
  name: 'search_locations',
  arguments: '{"quiet":true}',
  ok: true,
  summary: '3 places found',
  brief: JSON.stringify({
    ok: true,
    data: { places: [{ id: 'p', untrusted: { name: 'Quiet Beans '.repeat(30) } }] },
  }),
});

const exchange = (i: number, words: string, tools: StoredToolCall[] = []): Exchange => ({
  user: { id: id('u', i), role: 'user', content: words, createdAt: now },
  replies: [
    {
      id: id('v', i),
      role: 'assistant',
      content: words,
      createdAt: now,
      replyTo: id('u', i),
      context: { turnId: `t${i}`, result: 'ok', ...(tools.length ? { tools } : {}) },
    },
  ],
});

const chatty = 'I would like somewhere calm to sit for an hour after work, away from the noise. ';
const conversation = (n: number) =>
  Array.from({ length: n }, (_, i) => exchange(i, chatty.repeat(3), [search(i)]));

const loaded = (over: {
  text: string;
  exchanges: Exchange[];
  support?: boolean;
  proposal?: boolean;
}): LoadedTurn => {
  const last = over.exchanges.at(-1);
  const open =
    over.proposal && last
      ? {
          message: last.replies[0]!,
          proposal: {
            id: 'p1',
            tool: 'book_mentor_session',
            sealedInput: 'sealed',
            summary: 'Book a 60-minute virtual session with Amara on Thursday at 15:00',
            expiresAt: now.toISOString(),
          },
        }
      : undefined;
  return {
    facts: {
      userId: 'user-1',
      name: 'Sam',
      timeZone: 'Europe/Madrid',
      now,
      location: undefined,
      text: over.text,
      previous: last?.replies[0]?.context,
      proposal: open
        ? { tool: open.proposal.tool, summary: open.proposal.summary, decision: 'dropped' }
        : undefined,
      firstReply: false,
      support: over.support ? { line: 'Samaritans 116 123', firstTurn: false } : undefined,
    },
    exchanges: over.exchanges,
    hasOlder: true,
    replyTo: 'm',
    open,
    decision: open ? 'dropped' : undefined,
    noticeDue: false,
    lastNoticeAt: undefined,
    stale: false,
    safetyProfile: { name: 'Sam', timeZone: 'Europe/Madrid', crisisCountry: null },
  };
};

/** What the bench and the integration test count: the request's messages and tools as JSON. */
const sent = (p: ReturnType<typeof turnPrompt>) =>
  countTokens(JSON.stringify({ messages: p.messages, tools: p.tools([]) }));

describe('the history budget, newest verbatim and older brief', () => {
  it('shows the newest two exchanges as they were and older tool results as their summary line', () => {
    const { messages } = budgetHistory(conversation(5), 100_000, false);
    const results = messages.filter((m) => m.role === 'tool').map((m) => String(m.content));
    expect(results).toHaveLength(5);
    expect(results.slice(0, 3)).toEqual(
      Array(3).fill(JSON.stringify({ ok: true, untrusted: { summary: '3 places found' } })),
    );
    expect(results.slice(3)).toEqual([search(3).brief, search(4).brief]);
  });

  it('clips older messages, never halving an emoji, and keeps newer ones whole', () => {
    const long = `${'a'.repeat(498)}😀${'b'.repeat(600)}`;
    const { messages } = budgetHistory(
      [exchange(0, long), exchange(1, 'x'), exchange(2, long)],
      100_000,
      false,
    );
    expect(messages[0]!.content).toBe(`${'a'.repeat(498)}…`);
    expect(messages.at(-1)!.content).toBe(long);
  });

  it('keeps the newest exchange, at least clipped, however small the budget', () => {
    const ex = conversation(3);
    const { messages, omitted } = budgetHistory(ex, 0, true);
    expect(omitted).toBe(2);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant']);
    expect(String(messages[1]!.content)).toHaveLength(200);
    expect(messages[0]!.content).toBe(
      'Earlier messages of this conversation are not shown; they touched on finding places. Ask the user if you need something from them.',
    );
  });
});

describe('the prompt of a turn within its token budget', () => {
  it('counts the system prompt as sent, or a little more', () => {
    const turn = loaded({ text: 'hi', exchanges: [] });
    const exact = messageTokens({ role: 'system', content: systemPrompt(prompts, turn) });
    const estimate = systemPromptTokens(prompts, turn);
    expect(estimate).toBeGreaterThanOrEqual(exact);
    expect(estimate - exact).toBeLessThanOrEqual(10);
  });

  it('stays within 3,500 tokens at turn 1,000 with a message of the largest size, in English and German', () => {
    const history = conversation(60);
    const short = turnPrompt(
      prompts,
      loaded({ text: 'Where should I go tonight?', exchanges: history }),
      defaultAssistantOptions,
    );
    expect(sent(short)).toBeLessThanOrEqual(3_500);
    expect(sent(short)).toBeGreaterThan(3_000); // the history fills what is left
    expect(short.tokens).toBeGreaterThanOrEqual(sent(short) - 20);
    for (const words of [
      chatty,
      'Ich möchte nach der Arbeit eine Stunde lang irgendwo ruhig sitzen, weg vom Lärm. ',
    ]) {
      const text = words.repeat(60).slice(0, 4_000);
      const p = turnPrompt(prompts, loaded({ text, exchanges: history }), defaultAssistantOptions);
      expect(sent(p)).toBeLessThanOrEqual(3_500);
      expect(p.messages.at(-1)).toEqual({ role: 'user', content: text });
      // Some conversation still comes with it.
      expect(p.messages.filter((m) => m.role === 'tool').length).toBeGreaterThan(0);
    }
  });

  it('sends the proposal and the supportive note whatever the history costs', () => {
    const text = chatty.repeat(60).slice(0, 4_000);
    const p = turnPrompt(
      prompts,
      loaded({ text, exchanges: conversation(60), support: true, proposal: true }),
      defaultAssistantOptions,
    );
    const notes = p.messages.filter((m) => m.role === 'system').map((m) => String(m.content));
    expect(notes.some((n) => n.startsWith('Your earlier proposal ("Book a 60-minute virtual session'))).toBe(
      true,
    );
    expect(notes.some((n) => n.startsWith('Safety note:') && n.includes('Samaritans 116 123'))).toBe(true);
    expect(p.tools([]).map((s) => s.function.name)).toContain('book_mentor_session');
    expect(p.tools([]).map((s) => s.function.name)).toContain('log_mood');
    expect(sent(p)).toBeLessThanOrEqual(3_500);
  });
});
