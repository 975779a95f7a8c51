import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastRiskResponse, readTurnState, recentMessages } from '../../src/assistant/memory/store.ts';
import { getProfile } from '../../src/domain/accounts/profile.ts';
import { appendAssistantMessage } from '../../src/domain/chat/messages.ts';
import { sendChatMessage } from '../../src/domain/chat/send.ts';
import { withUser } from '../../src/domain/context.ts';
import { backends, contextSource, createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { makeUser } from '../helpers/factories.ts';

/**
 * readTurnState reads in one round trip what loadTurn read through drizzle's transaction in five:
 * it must read exactly the same, for the same user only.
 */
describe.each(backends)("a turn's state read in one round trip, on %s", (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
  });
  afterAll(() => t?.drop());
  const source = () => contextSource(t.handle);

  /** What loadTurn read before: recentMessages, getProfile and lastRiskResponse in one transaction. */
  const before = (userId: string, limit: number, since: Date) =>
    withUser(source(), userId, async (ctx) => {
      const rows = await recentMessages(ctx, limit);
      const p = await getProfile(ctx);
      return {
        rows,
        profile: { displayName: p.displayName, timeZone: p.timeZone, crisisCountry: p.crisisCountry },
        flaggedAt: await lastRiskResponse(ctx, since, rows, limit),
      };
    });

  it('reads the same messages, profile and risk flag as the transaction it replaces', async () => {
    const u = await makeUser(t.handle.db, {
      consentGiven: true,
      consentDate: new Date(),
      timeZone: 'Europe/Berlin',
      crisisCountry: 'DE',
    });
    const other = await makeUser(t.handle.db, { consentGiven: true, consentDate: new Date() });
    const exchange = async (userId: string, words: string, result: string) => {
      const sent = await withUser(source(), userId, (ctx) =>
        sendChatMessage(ctx, { clientMessageId: randomUUID(), content: words }),
      );
      return withUser(source(), userId, (ctx) =>
        appendAssistantMessage(ctx, {
          content: `re: ${words}`,
          replyTo: sent.message.id,
          context: { turnId: randomUUID(), result, tools: [] },
        }),
      );
    };
    const crisis = await exchange(u.id, 'the worst night', 'crisis');
    for (let i = 0; i < 4; i++) await exchange(u.id, `message ${i} with a quote ' in it`, 'ok');
    await exchange(other.id, 'not theirs', 'ok');
    const hourAgo = new Date(Date.now() - 3_600_000);

    for (const limit of [20, 3]) {
      const state = await readTurnState(source(), u.id, limit, hourAgo);
      expect(state).toEqual(await before(u.id, limit, hourAgo));
      expect(state.rows).toHaveLength(Math.min(limit, 10));
      expect(state.rows.map((m) => m.content)).not.toContain('not theirs');
      // In the window (limit 20), and only beyond it, among older sealed replies (limit 3).
      expect(state.flaggedAt).toEqual(crisis.createdAt);
    }
    expect(state0(await readTurnState(source(), u.id, 3, new Date(Date.now() + 60_000)))).toEqual({
      displayName: u.displayName,
      timeZone: 'Europe/Berlin',
      crisisCountry: 'DE',
      flaggedAt: undefined,
    });
  });

  it('answers not_found for an account that is gone, and leaves its connection usable', async () => {
    const gone = randomUUID();
    for (let i = 0; i < 25; i++) {
      await expect(readTurnState(source(), gone, 5, new Date())).rejects.toMatchObject({ code: 'not_found' });
    }
    const u = await makeUser(t.handle.db, { consentGiven: true, consentDate: new Date() });
    expect((await readTurnState(source(), u.id, 5, new Date())).rows).toEqual([]);
  });

  it('takes a user id as a value, never as SQL', async () => {
    const u = await makeUser(t.handle.db, { consentGiven: true, consentDate: new Date() });
    await expect(readTurnState(source(), `${u.id}' OR 'x' = 'x`, 5, new Date())).rejects.toThrow(/uuid/);
    // The failed transaction was rolled back: the pool's connections still serve reads.
    for (let i = 0; i < 25; i++) {
      expect((await readTurnState(source(), u.id, 5, new Date())).profile.displayName).toBe(u.displayName);
    }
  });
});

const state0 = (s: Awaited<ReturnType<typeof readTurnState>>) => ({ ...s.profile, flaggedAt: s.flaggedAt });
