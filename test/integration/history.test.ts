import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher, UNREADABLE } from '../../src/crypto/cipher.ts';
import { appendAssistantMessage, appendUserMessage } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';

type Message = { id: string; role: string; content: string; clientMessageId?: string; replyTo?: string };

describe.each(backends)('chat history over HTTP (GET /api/me/messages) on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  /** n exchanges (a user message and its reply) through the chat store. */
  async function converse(userId: string, n: number) {
    return withUser(app.deps, userId, async (ctx) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const { message } = await appendUserMessage(ctx, {
          clientMessageId: randomUUID(),
          content: `question ${i}`,
        });
        const reply = await appendAssistantMessage(ctx, { content: `answer ${i}`, replyTo: message.id });
        ids.push(message.id, reply.id);
      }
      return ids;
    });
  }
  const history = (token: string, query = '') => app.api('GET', `/api/me/messages${query}`, { token });

  it('returns the newest messages first, shaped as chat:message', async () => {
    const { user, token } = await app.signUp();
    const [questionId, answerId] = await converse(user.id, 1);
    const res = await history(token);
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    const [answer, question] = res.body.messages as Message[];
    expect(answer).toEqual({
      id: answerId,
      role: 'assistant',
      content: 'answer 0',
      createdAt: expect.any(String),
      replyTo: questionId,
    });
    expect(question).toEqual({
      id: questionId,
      role: 'user',
      content: 'question 0',
      createdAt: expect.any(String),
      clientMessageId: expect.any(String),
    });
  });

  it('shows a message stored under a key this server lacks as unreadable, reads the rest, and counts it on /metrics', async () => {
    const { user, token } = await app.signUp();
    await converse(user.id, 1);
    // Another instance, started with keys of its own, wrote a message into this user's history.
    const stranger = {
      ...app.deps,
      cipher: createFieldCipher([{ id: 'stranger', key: Buffer.alloc(32, 42) }]),
    };
    await withUser(stranger, user.id, (ctx) =>
      appendUserMessage(ctx, { clientMessageId: randomUUID(), content: 'written elsewhere' }),
    );
    await converse(user.id, 1);
    const metric = async () => {
      const text = await (await fetch(`${app.url}/metrics`)).text();
      return Number(/^nightchill_unreadable_values_total (\d+)/m.exec(text)?.[1] ?? 'NaN');
    };
    const before = await metric();
    const res = await history(token);
    expect(res.status).toBe(200);
    expect((res.body.messages as Message[]).map((m) => m.content)).toEqual([
      'answer 0',
      'question 0',
      UNREADABLE,
      'answer 0',
      'question 0',
    ]);
    expect(await metric()).toBe(before + 1);
  });

  it('pages with the cursor so every message appears exactly once, newest first', async () => {
    const { user, token } = await app.signUp();
    const ids = await converse(user.id, 12);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await history(token, `?limit=7${cursor ? `&before=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...(res.body.messages as Message[]).map((m) => m.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it("never shows user B user A's messages, whatever cursor B sends", async () => {
    const a = await app.signUp();
    const b = await app.signUp();
    const aIds = await converse(a.user.id, 2);
    const bIds = await converse(b.user.id, 1);
    const mine = await history(b.token);
    expect((mine.body.messages as Message[]).map((m) => m.id)).toEqual([...bIds].reverse());
    const probing = await history(b.token, `?before=${'f'.repeat(8)}-ffff-7fff-bfff-ffffffffffff`);
    expect((probing.body.messages as Message[]).map((m) => m.id)).toEqual([...bIds].reverse());
    for (const id of aIds) expect(JSON.stringify(probing.body)).not.toContain(id);
  });

  it('answers bad queries with 400 naming the field, and no token with 401', async () => {
    const { token } = await app.signUp();
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=1000', 'limit'],
      ['?limit=x', 'limit'],
      ['?before=123', 'before'],
      ['?after=0190c3a4-1111-7000-8000-000000000001', 'after'],
    ]) {
      const res = await history(token, query);
      expect(res.status, query).toBe(400);
      expect(
        res.body.error.details
          .map((d: { field: string; message: string }) => `${d.field} ${d.message}`)
          .join(),
      ).toContain(field);
    }
    expect((await app.api('GET', '/api/me/messages')).status).toBe(401);
  });
});
