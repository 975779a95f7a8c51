import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noCache } from '../../src/cache/index.ts';
import { systemClock } from '../../src/clock.ts';
import { createFieldCipher, UNREADABLE } from '../../src/crypto/cipher.ts';
import { KeyMismatchError } from '../../src/crypto/key-check.ts';
import { chatMessages } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { createDeps } from '../../src/deps.ts';
import { appendUserMessage, listAfter, listHistory } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import { DomainEventBus } from '../../src/events.ts';
import { testConfig } from '../helpers/config.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeUser } from '../helpers/factories.ts';

const oldKey = { id: 'old', key: Buffer.alloc(32, 1) };
const newKey = { id: 'new', key: Buffer.alloc(32, 2) };

describe.each(backends)('encrypted chat content on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());
  const source = (keys = [newKey, oldKey]) => ({
    database: t.handle,
    cipher: createFieldCipher(keys),
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    events: new DomainEventBus(),
    cache: noCache,
  });

  it('reads back what was written, while the raw column holds no plain text', async () => {
    const u = await makeUser(t.handle.db);
    const text = 'Busy trains make my chest tight; where is quiet near Holborn?';
    const { message } = await withUser(source(), u.id, (ctx) =>
      appendUserMessage(ctx, { clientMessageId: randomUUID(), content: text }),
    );
    expect(message.content).toBe(text);
    const [raw] = await asSystem(t.handle.db, (tx) =>
      tx.select().from(chatMessages).where(eq(chatMessages.id, message.id)),
    );
    expect(raw!.content).not.toContain('Holborn');
    expect(raw!.content).toMatch(/^enc:v1:new:/);
    const history = await withUser(source(), u.id, (ctx) => listHistory(ctx, { limit: 10 }));
    expect(history.map((m) => m.content)).toEqual([text]);
  });

  it('still reads messages written under the old key after rotation', async () => {
    const u = await makeUser(t.handle.db);
    const before = await withUser(source([oldKey]), u.id, (ctx) =>
      appendUserMessage(ctx, { clientMessageId: randomUUID(), content: 'written before rotation' }),
    );
    await withUser(source([newKey, oldKey]), u.id, (ctx) =>
      appendUserMessage(ctx, { clientMessageId: randomUUID(), content: 'written after rotation' }),
    );
    const all = await withUser(source([newKey, oldKey]), u.id, (ctx) => listAfter(ctx, { limit: 10 }));
    expect(all.map((m) => m.content)).toEqual(['written before rotation', 'written after rotation']);
    expect(all[0]!.id).toBe(before.message.id);
  });

  it('returns the same message for a repeated clientMessageId', async () => {
    const u = await makeUser(t.handle.db);
    const clientMessageId = randomUUID();
    const first = await withUser(source(), u.id, (ctx) =>
      appendUserMessage(ctx, { clientMessageId, content: 'hi' }),
    );
    const again = await withUser(source(), u.id, (ctx) =>
      appendUserMessage(ctx, { clientMessageId, content: 'hi' }),
    );
    expect(first.created).toBe(true);
    expect(again).toEqual({ message: first.message, created: false });
  });

  it("cannot decrypt a ciphertext copied into another user's row", async () => {
    const [a, b] = [await makeUser(t.handle.db), await makeUser(t.handle.db)];
    const { message } = await withUser(source(), a.id, (ctx) =>
      appendUserMessage(ctx, { clientMessageId: randomUUID(), content: 'private' }),
    );
    await asSystem(t.handle.db, async (tx) => {
      const [raw] = await tx.select().from(chatMessages).where(eq(chatMessages.id, message.id));
      await tx.insert(chatMessages).values({ userId: b.id, role: 'user', content: raw!.content });
    });
    // Shown as unreadable (and reported), never as the other user's words.
    const reasons: string[] = [];
    const reader = {
      ...source(),
      cipher: createFieldCipher([newKey, oldKey], (err) => reasons.push(err.message)),
    };
    const history = await withUser(reader, b.id, (ctx) => listHistory(ctx, { limit: 10 }));
    expect(history.map((m) => m.content)).toEqual([UNREADABLE]);
    expect(reasons).toEqual(['encrypted value failed authentication']);
  });

  it('starts only with the keys this database was written with: another key under a known id is refused', async () => {
    const b64 = (fill: number) => Buffer.alloc(32, fill).toString('base64');
    const start = (keys: string) =>
      createDeps(testConfig({ ENCRYPTION_KEYS: keys }), {
        database: t.handle,
        logger: pino({ level: 'silent' }),
      });
    const first = await start(`kc1:${b64(11)}`);
    await first.close();
    // A rotation adds a key: the new id is written, the known one still opens.
    const rotated = await start(`kc2:${b64(12)},kc1:${b64(11)}`);
    await rotated.close();
    await expect(start(`kc1:${b64(99)}`)).rejects.toThrow(KeyMismatchError);
    await expect(start(`kc2:${b64(12)},kc1:${b64(98)}`)).rejects.toThrow(
      /the key with id "kc1" is not the one/,
    );
  });
});
