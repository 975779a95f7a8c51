import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TurnSink } from '../../src/assistant/assistant.ts';
import { createAssistant, type NightChillAssistant } from '../../src/assistant/create.ts';
import { countTokens } from '../../src/assistant/memory/history.ts';
import { defaultAssistantOptions } from '../../src/assistant/options.ts';
import { fieldContext } from '../../src/crypto/fields.ts';
import { chatMessages } from '../../src/db/schema/index.ts';
import type { Deps } from '../../src/deps.ts';
import { sendChatMessage } from '../../src/domain/chat/send.ts';
import { withUser } from '../../src/domain/context.ts';
import { toWire } from '../../src/realtime/wire.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, repliesOf, rows, say } from '../helpers/assistant.ts';
import { assistantBackends } from '../helpers/db.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';
import { emitAck, nextEvent, openSocket, waitFor } from '../helpers/sockets.ts';

/** A sink that records what a turn sends, for turns driven without a socket. */
function recordingSink() {
  const events = {
    deltas: [] as string[],
    tools: [] as string[],
    messages: [] as { id: string; content: string }[],
  };
  const sink: TurnSink = {
    delta: (_turnId, delta) => events.deltas.push(delta),
    tool: (_turnId, name, status) => events.tools.push(`${name}:${status}`),
    message: (m) => events.messages.push(m),
  };
  return { sink, events };
}

describe.each(assistantBackends)('the assistant when the model misbehaves, on %s', (backend) => {
  let fake: FakeModel;
  let app: TestApp;
  const users: ChatUser[] = [];
  const user = async (profile?: Parameters<typeof chatUser>[1]) => {
    const u = await chatUser(app, profile);
    users.push(u);
    return u;
  };
  /** Stores a user message as chat:send would, and returns it as the wire shows it. */
  const stored = async (userId: string, content: string) =>
    toWire(
      (
        await withUser(app.deps, userId, (ctx) =>
          sendChatMessage(ctx, { clientMessageId: randomUUID(), content }),
        )
      ).message,
    );

  beforeAll(async () => {
    fake = await startFakeModel();
    app = await startTestApp(backend, { env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url } });
  });
  afterEach(() => {
    for (const u of users.splice(0)) u.socket.close();
    fake.reset();
  });
  afterAll(async () => {
    await app?.close();
    await fake?.close();
  });

  describe('with short timeouts', () => {
    let assistant: NightChillAssistant;
    // Each test gets an assistant (and a breaker) of its own.
    beforeEach(() => {
      assistant = createAssistant(app.deps, {
        requestTimeoutMs: 300,
        idleTimeoutMs: 300,
        maxRetries: 0,
        breaker: { threshold: 2, cooldownMs: 60_000 },
      });
    });
    afterEach(() => assistant?.close());

    it('gives up on a stalled stream, keeps its words and says the answer may be incomplete', async () => {
      const me = await user();
      fake.enqueue({ stall: 'body', text: 'Let me think' });
      const { sink, events } = recordingSink();
      const started = Date.now();
      await assistant.startTurn({ userId: me.userId, message: await stored(me.userId, 'is it busy?') }, sink);
      expect(Date.now() - started).toBeLessThan(5_000);
      const [reply] = events.messages;
      expect(reply!.content).toContain('Let me think');
      expect(reply!.content).toContain('lost my connection');
      expect(events.deltas.join('')).toBe(reply!.content);
    });

    it('answers kindly when the model never responds, keeps the message, then stops calling it (breaker)', async () => {
      const me = await user({ displayName: 'Robin' });
      fake.fallback = { stall: 'headers' };
      const { sink, events } = recordingSink();
      const message = await stored(me.userId, 'hello?');
      await assistant.startTurn({ userId: me.userId, message }, sink);
      expect(fake.requests).toHaveLength(2); // one try and one retry, each timed out
      expect(events.messages[0]!.content).toContain("I'm sorry, Robin — I can't think clearly right now");
      expect(events.messages[0]!.content).toContain('Your message is saved');
      expect(
        await rows(app, sql`SELECT role FROM chat_messages WHERE user_id = ${me.userId} ORDER BY id`),
      ).toEqual([{ role: 'user' }, { role: 'assistant' }]);
      // The breaker is open: the next turn is answered without asking the model (no request, so
      // no timeout waited for; not timed here, which a loaded machine would make flaky).
      const quick = recordingSink();
      await assistant.startTurn(
        { userId: me.userId, message: await stored(me.userId, 'still there?') },
        quick.sink,
      );
      expect(fake.requests).toHaveLength(2);
      expect(quick.events.messages[0]!.content).toContain('Your message is saved');
      const replies = await repliesOf(app, me.userId);
      expect(replies.map((r) => r.context?.result)).toEqual(['fallback', 'fallback']);
    });
  });

  it('answers a crisis within the profile read’s bound even while the database hangs and the model is down', async () => {
    fake.fallback = { status: 500 };
    const me = await user({ timeZone: 'Europe/London' });
    const hanging = { transaction: () => new Promise(() => {}) };
    const broken = {
      ...app.deps,
      database: { ...app.deps.database, db: hanging, app: hanging },
    } as unknown as Deps;
    const assistant = createAssistant(broken);
    try {
      const { sink, events } = recordingSink();
      const started = Date.now();
      const message = {
        id: uuidv7(),
        role: 'user' as const,
        content: 'I want to end my life',
        createdAt: new Date().toISOString(),
      };
      const done = assistant.startTurn({ userId: me.userId, message }, sink);
      // It waits for the user's country no longer than crisisLookupMs, then gives the general lines.
      const bound = defaultAssistantOptions.crisisLookupMs + 1_000;
      await waitFor(() => events.deltas.length > 0, bound);
      expect(Date.now() - started).toBeLessThan(bound);
      await done;
      // Without the database the user's country is unknown: the general lines, in full.
      expect(events.messages[0]!.content).toContain('findahelpline.com');
      expect(events.messages[0]!.content).toBe(events.deltas.join(''));
      expect(fake.requests).toHaveLength(0);
    } finally {
      await assistant.close();
    }
  });

  it('answers three messages sent at once in order, one turn at a time', async () => {
    const me = await user();
    fake.latencyMs = 100;
    fake.fallback = (req) => ({ text: `Answer to: ${req.messages.at(-1).content}` });
    const acks = await Promise.all(
      ['first', 'second', 'third'].map((content) =>
        emitAck(me.socket, 'chat:send', { clientMessageId: randomUUID(), content }),
      ),
    );
    const ids = acks.map((a) => a.message.id as string).sort();
    await waitFor(() => me.seen.messages.length === 3, 10_000);
    expect(me.seen.messages.map((m) => m.replyTo)).toEqual(ids);
    expect(fake.requests).toHaveLength(3);
    expect(fake.maxInFlight).toBe(1);
    // Each turn saw the one before it, answered.
    expect(JSON.stringify(fake.requests[2]!.messages)).toContain('Answer to: second');
    const replies = await repliesOf(app, me.userId);
    expect(new Set(replies.map((r) => r.context?.turnId)).size).toBe(3);
  });

  it('streams a reply to a device that syncs mid-way, and stops it on chat:cancel', async () => {
    const me = await user();
    const long = 'Here is a slow and thoughtful answer about quiet places. '.repeat(6);
    fake.enqueue({ text: long, chunkSize: 8, delayMs: 25 });
    const firstDelta = nextEvent(me.socket, 'chat:delta');
    await emitAck(me.socket, 'chat:send', { clientMessageId: randomUUID(), content: 'tell me slowly' });
    const { turnId } = await firstDelta;
    await new Promise((r) => setTimeout(r, 150));
    const laptop = await openSocket(app.url, me.token);
    try {
      // Deltas carry their offset in the reply: what partialContent holds is skipped, whether it
      // arrived before or after the sync ack (the wire order does not decide it).
      const received: { delta: string; offset: number }[] = [];
      laptop.on('chat:delta', (d: { delta: string; offset: number }) => received.push(d));
      // Each socket keeps the server's order (every delta before the reply), not the other's.
      let laptopReply: { content: string } | undefined;
      laptop.on('chat:message', (m: { content: string; role: string }) => {
        if (m.role === 'assistant') laptopReply = m;
      });
      const sync = await emitAck(laptop, 'chat:sync', {});
      const later = {
        join: (sep: string) =>
          received
            .filter((d) => d.offset >= sync.turn.partialContent.length)
            .map((d) => d.delta)
            .join(sep),
      };
      expect(sync.turn.turnId).toBe(turnId);
      expect(
        long.startsWith(sync.turn.partialContent.replace(/^I'm NightChill's AI companion.*\n\n/, '')),
      ).toBe(true);
      await new Promise((r) => setTimeout(r, 100));
      const cancelled = await emitAck(me.socket, 'chat:cancel', { turnId });
      expect(cancelled).toEqual({ ok: true, cancelled: true });
      await waitFor(() => me.seen.messages.length === 1, 5_000);
      const reply = me.seen.messages[0]!;
      await waitFor(() => laptopReply !== undefined, 5_000);
      expect(laptopReply!.content).toBe(reply.content);
      // What the late device saw: the partial text at sync, then the deltas that followed it.
      expect(sync.turn.partialContent + later.join('')).toBe(reply.content);
      expect(reply.content.length).toBeLessThan(long.length);
      const [storedReply] = await repliesOf(app, me.userId);
      expect(storedReply!.context?.result).toBe('cancelled');
      const none = await emitAck(me.socket, 'chat:cancel', { turnId });
      expect(none).toEqual({ ok: true, cancelled: false });
      const after = await emitAck(laptop, 'chat:sync', {});
      expect(after.turn).toBeUndefined();
    } finally {
      laptop.close();
    }
  });

  it('sends turn 200 a prompt no larger than turn 20 (history within a token budget)', async () => {
    // Long enough that 19 exchanges overflow the 3,000-token budget (counted by a real tokenizer).
    const words = 'I would like somewhere calm to sit for an hour after work, away from the noise. ';
    const prompt = async (earlier: number) => {
      const me = await user({ displayName: 'Sam' });
      await withUser(app.deps, me.userId, async (ctx) => {
        for (let i = 0; i < earlier; i++) {
          const userMessageId = uuidv7();
          const base = { userId: me.userId, createdAt: ctx.clock.now() };
          await ctx.tx.insert(chatMessages).values([
            {
              ...base,
              id: userMessageId,
              role: 'user',
              content: ctx.cipher.encrypt(words.repeat(8), fieldContext.chatContent(me.userId)),
              clientMessageId: randomUUID(),
            },
            {
              ...base,
              id: uuidv7(),
              role: 'assistant',
              replyTo: userMessageId,
              content: ctx.cipher.encrypt(words.repeat(8), fieldContext.chatContent(me.userId)),
              context: { turnId: randomUUID(), result: 'ok', aiNoticeAt: ctx.clock.now().toISOString() },
            },
          ]);
        }
      });
      fake.enqueue({ text: 'Noted.' });
      await say(app, me, 'Where should I go tonight?');
      const request = fake.requests.at(-1)!;
      const history = request.messages.slice(1);
      return {
        first: history[0].content as string,
        historyChars: JSON.stringify(history).length,
        tokens: countTokens(JSON.stringify(request.messages)),
      };
    };
    const at20 = await prompt(19);
    const at200 = await prompt(199);
    expect(at20.first).toMatch(/^Earlier messages of this conversation are not shown/);
    expect(at200.first).toBe(at20.first);
    expect(at200.historyChars).toBeLessThanOrEqual(at20.historyChars);
    expect(at200.tokens).toBeLessThanOrEqual(at20.tokens + 2);
    expect(at200.tokens).toBeLessThan(6_000);
  });
});
