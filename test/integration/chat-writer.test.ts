import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../src/crypto/cipher.ts';
import { fieldContext } from '../../src/crypto/fields.ts';
import { chatMessages, users } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { appendAssistantMessage, listAfter } from '../../src/domain/chat/messages.ts';
import { createChatWriter } from '../../src/domain/chat/writer.ts';
import { withUser } from '../../src/domain/context.ts';
import { backends, contextSource, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeUser } from '../helpers/factories.ts';

describe.each(backends)('the batched chat writer (group commit of chat:send) on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());

  const source = () => contextSource(t.handle, createFieldCipher([{ id: 'k', key: Buffer.alloc(32, 5) }]));
  const consenting = () => makeUser(t.handle.db, { consentGiven: true, consentDate: new Date() });
  const stored = (userId: string) => withUser(source(), userId, (ctx) => listAfter(ctx, { limit: 1000 }));

  /** Runs fn while inserting a chat row with the clientMessageId it is given fails (a check violation). */
  async function withPoisonedRow(fn: (poisoned: string) => Promise<void>): Promise<void> {
    const poisoned = randomUUID();
    await t.handle.pool.query(`
      CREATE FUNCTION refuse_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.client_message_id = '${poisoned}' THEN
          RAISE EXCEPTION 'poisoned row' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_poisoned BEFORE INSERT ON chat_messages
        FOR EACH ROW EXECUTE FUNCTION refuse_poisoned();
    `);
    try {
      await fn(poisoned);
    } finally {
      await t.handle.pool.query(
        'DROP TRIGGER refuse_poisoned ON chat_messages; DROP FUNCTION refuse_poisoned()',
      );
    }
  }

  it('stores 300 messages of 15 users in far fewer transactions, each user in arrival order', async () => {
    const people = await Promise.all(Array.from({ length: 15 }, consenting));
    const batches: number[] = [];
    const writer = createChatWriter(source(), { maxRows: 100, onBatch: (n) => batches.push(n) });
    const sent = Array.from({ length: 300 }, (_, i) => ({
      userId: people[i % people.length]!.id,
      clientMessageId: randomUUID(),
      content: `message ${i}`,
    }));
    const results = await Promise.all(sent.map(({ userId, ...input }) => writer.send(userId, input)));
    await writer.close();

    expect(results.every((r) => r.created)).toBe(true);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(300);
    expect(Math.max(...batches)).toBeLessThanOrEqual(100);
    expect(batches.length).toBeLessThan(30);
    for (const person of people) {
      const mine = sent.filter((s) => s.userId === person.id).map((s) => s.content);
      const rows = await stored(person.id);
      // Read back in id order: the order they were sent in, with the content they had.
      expect(rows.map((m) => m.content)).toEqual(mine);
    }
    // Acks carry the stored ids.
    const ids = results.map((r) => r.message.id);
    expect(new Set(ids).size).toBe(300);
    expect([...ids].sort()).toEqual(ids);
  });

  it('stores one row for a clientMessageId repeated inside and across batches, and only the first starts a reply', async () => {
    const me = await consenting();
    const writer = createChatWriter(source());
    const clientMessageId = randomUUID();
    const first = await Promise.all(
      Array.from({ length: 5 }, () => writer.send(me.id, { clientMessageId, content: 'once' })),
    );
    const later = await writer.send(me.id, { clientMessageId, content: 'once' });
    await writer.close();
    expect(first.filter((r) => r.created)).toHaveLength(1);
    expect(later.created).toBe(false);
    expect(new Set([...first, later].map((r) => r.message.id)).size).toBe(1);
    expect(later.message).toMatchObject({ content: 'once', clientMessageId });
    expect(await stored(me.id)).toHaveLength(1);
  });

  it('refuses users without consent and erased users in a shared batch, storing the others', async () => {
    const ok = await consenting();
    const noConsent = await makeUser(t.handle.db);
    const erased = await consenting();
    await asSystem(t.handle.db, (tx) => tx.delete(users).where(eq(users.id, erased.id)));
    const writer = createChatWriter(source(), { maxWaitMs: 20 });
    const outcome = await Promise.allSettled([
      writer.send(ok.id, { clientMessageId: randomUUID(), content: 'hello' }),
      writer.send(noConsent.id, { clientMessageId: randomUUID(), content: 'hello' }),
      writer.send(erased.id, { clientMessageId: randomUUID(), content: 'hello' }),
    ]);
    await writer.close();
    expect(outcome[0].status).toBe('fulfilled');
    expect(outcome[1]).toMatchObject({ status: 'rejected', reason: { code: 'consent_required' } });
    expect(outcome[2]).toMatchObject({ status: 'rejected', reason: { code: 'unauthorized' } });
    expect(await stored(ok.id)).toHaveLength(1);
    expect(await stored(noConsent.id)).toHaveLength(0);
  });

  it('retries row by row when one row fails, so the others are stored and only that one is refused', async () => {
    const me = await consenting();
    // A row-level failure the batch cannot foresee (as a user erased mid-batch would cause).
    await withPoisonedRow(async (poisoned) => {
      const writer = createChatWriter(source(), { maxWaitMs: 20 });
      const outcome = await Promise.allSettled(
        [randomUUID(), poisoned, randomUUID()].map((clientMessageId, i) =>
          writer.send(me.id, { clientMessageId, content: `row ${i}` }),
        ),
      );
      await writer.close();
      expect(outcome.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((await stored(me.id)).map((m) => m.content)).toEqual(['row 0', 'row 2']);
    });
  });

  it('keeps the one append rule on the row-by-row path: a message from a signed-out socket is refused there too', async () => {
    const me = await consenting();
    // Signed out everywhere (or a password change) since one of their sockets got its token.
    await asSystem(t.handle.db, (tx) => tx.update(users).set({ tokenVersion: 1 }).where(eq(users.id, me.id)));
    // One poisoned row sends the whole batch down the row-by-row path.
    await withPoisonedRow(async (poisoned) => {
      const writer = createChatWriter(source(), { maxWaitMs: 20 });
      const outcome = await Promise.allSettled([
        writer.send(me.id, { clientMessageId: poisoned, content: 'poisoned', tokenVersion: 1 }),
        writer.send(me.id, { clientMessageId: randomUUID(), content: 'current', tokenVersion: 1 }),
        writer.send(me.id, {
          clientMessageId: randomUUID(),
          content: 'from the old socket',
          tokenVersion: 0,
        }),
      ]);
      await writer.close();
      expect(outcome.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
      expect(outcome[2]).toMatchObject({
        reason: { code: 'unauthorized', message: expect.stringMatching(/session has ended/) },
      });
      expect((await stored(me.id)).map((m) => m.content)).toEqual(['current']);
    });
  });

  it('writes what is queued on close, then refuses new sends as unavailable', async () => {
    const me = await consenting();
    const writer = createChatWriter(source(), { maxWaitMs: 1_000 });
    const pending = writer.send(me.id, { clientMessageId: randomUUID(), content: 'last words' });
    await writer.close();
    await expect(pending).resolves.toMatchObject({ created: true });
    await expect(
      writer.send(me.id, { clientMessageId: randomUUID(), content: 'late' }),
    ).rejects.toMatchObject({
      code: 'unavailable',
    });
    const rows = await asSystem(t.handle.db, (tx) =>
      tx.select({ n: sql<number>`count(*)::int` }).from(chatMessages).where(eq(chatMessages.userId, me.id)),
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('draws ids above the newest stored one even when it came from a clock a minute ahead (another instance)', async () => {
    const me = await consenting();
    const ahead = uuidv7({ msecs: Date.now() + 60_000 });
    await asSystem(t.handle.db, (tx) =>
      tx.insert(chatMessages).values({
        id: ahead,
        userId: me.id,
        role: 'user',
        content: source().cipher.encrypt('from a fast clock', fieldContext.chatContent(me.id)),
        clientMessageId: randomUUID(),
      }),
    );
    const writer = createChatWriter(source());
    const { message } = await writer.send(me.id, { clientMessageId: randomUUID(), content: 'later in fact' });
    await writer.close();
    expect(message.id > ahead).toBe(true);
    // A device whose cursor is the fast-clock message still gets the newer one.
    const after = await withUser(source(), me.id, (ctx) => listAfter(ctx, { afterId: ahead, limit: 10 }));
    expect(after.map((m) => m.content)).toEqual(['later in fact']);
  });

  it('orders ids by commit: a message sent while a reply is being written sorts after that reply', async () => {
    const me = await consenting();
    const writer = createChatWriter(source());
    let replyId = '';
    let replyCommitted = 0;
    // The reply draws its id first and holds its transaction open a while before committing.
    let drawn!: () => void;
    const idDrawn = new Promise<void>((resolve) => {
      drawn = resolve;
    });
    const reply = withUser(source(), me.id, async (ctx) => {
      replyId = (await appendAssistantMessage(ctx, { content: 'a slow reply' })).id;
      drawn();
      await new Promise((r) => setTimeout(r, 300));
    }).then(() => {
      replyCommitted = Date.now();
    });
    // Sent once the reply has drawn its id and holds its transaction (not after a fixed wait).
    await idDrawn;
    const sent = await writer.send(me.id, { clientMessageId: randomUUID(), content: 'meanwhile' });
    const sentAt = Date.now();
    await reply;
    await writer.close();
    expect(replyId).not.toBe('');
    expect(sent.message.id > replyId).toBe(true);
    expect(sentAt).toBeGreaterThanOrEqual(replyCommitted);
    // Whatever a reconnecting device last saw, replay from it misses nothing.
    const all = await stored(me.id);
    expect(all.map((m) => m.content)).toEqual(['a slow reply', 'meanwhile']);
  });

  it('answers unavailable (retryable) when the database stalls, and a retry then finds the message once', async () => {
    const me = await consenting();
    const writer = createChatWriter(source(), { timeoutMs: 300 });
    const clientMessageId = randomUUID();
    // A transaction holding the user's row stands in for a stalled database.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holding = asSystem(t.handle.db, async (tx) => {
      await tx.execute(sql`SELECT id FROM users WHERE id = ${me.id} FOR UPDATE`);
      locked();
      await held;
    });
    // The send must meet the lock: wait until it is held (a fixed 50 ms lost the race on a busy CI).
    await lockTaken;
    const started = Date.now();
    await expect(writer.send(me.id, { clientMessageId, content: 'during the stall' })).rejects.toMatchObject({
      code: 'unavailable',
      details: { retryable: true },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    release();
    await holding;
    // The stalled batch may have committed after all: the retry returns it, or stores it once.
    const retried = await writer.send(me.id, { clientMessageId, content: 'during the stall' });
    await writer.close();
    expect(retried.message.content).toBe('during the stall');
    expect(await stored(me.id)).toHaveLength(1);
  });

  it('draws ids above a message committed by the transaction it waited for (fresh read after the lock)', async () => {
    const me = await consenting();
    const ahead = uuidv7({ msecs: Date.now() + 60_000 });
    let inserted!: () => void;
    const holding = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    // Holds the user's row, writes a message from a clock a minute ahead, and commits only after
    // the writer has begun waiting for the row.
    const other = asSystem(t.handle.db, async (tx) => {
      await tx.execute(sql`SELECT id FROM users WHERE id = ${me.id} FOR NO KEY UPDATE`);
      await tx.insert(chatMessages).values({
        id: ahead,
        userId: me.id,
        role: 'assistant',
        content: source().cipher.encrypt('from the other instance', fieldContext.chatContent(me.id)),
      });
      inserted();
      await new Promise((r) => setTimeout(r, 300));
    });
    await holding;
    const writer = createChatWriter(source());
    const sent = await writer.send(me.id, { clientMessageId: randomUUID(), content: 'mine' });
    await other;
    await writer.close();
    expect(sent.message.id > ahead).toBe(true);
  });

  it('carries quotes, backslashes and dollar signs in stored values intact (the batch inlines them as literals)', async () => {
    const me = await consenting();
    // The key id is written into every stored value before the ciphertext: a hostile one.
    const odd = { ...source(), cipher: createFieldCipher([{ id: "o'b\\x$$;--", key: Buffer.alloc(32, 6) }]) };
    const writer = createChatWriter(odd);
    const content = "it's \\'; DROP TABLE users; -- $$ ünïcode 🌙";
    const clientMessageId = randomUUID();
    const first = await writer.send(me.id, { clientMessageId, content });
    const again = await writer.send(me.id, { clientMessageId, content });
    await writer.close();
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, message: { id: first.message.id, content } });
    const stored = await withUser(odd, me.id, (ctx) => listAfter(ctx, { limit: 10 }));
    expect(stored.map((m) => m.content)).toEqual([content]);
  });
});
