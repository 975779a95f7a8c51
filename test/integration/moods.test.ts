import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { chatUser, rows, say } from '../helpers/assistant.ts';
import { backends } from '../helpers/db.ts';

/**
 * Issue 16, point 3: the mood log. A mood by number or in words, through the API and through the
 * chat (the offline companion logs what the user says and acknowledges it), sealed at rest, the
 * owner's alone (RLS), with a trend the journey shows.
 */
describe.each(backends)('the mood log on %s', (backend) => {
  let app: TestApp;
  const clock = manualClock('2030-05-06T08:00:00Z');
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());

  it('records a mood, lists it newest first with a trend, and keeps it sealed and private', async () => {
    const { token, user } = await app.signUp({ displayName: 'Mood Owner' });
    const other = await app.signUp({ displayName: 'Someone Else' });
    for (const [i, score] of [1, 2, 4, 5].entries()) {
      clock.set(new Date(Date.parse('2030-05-06T08:00:00Z') + i * 86_400_000));
      const res = await app.api('POST', '/api/me/moods', {
        token,
        body: {
          score,
          feeling: score < 3 ? 'pretty low' : 'good',
          ...(i === 0 ? { note: 'marker-note' } : {}),
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.mood).toMatchObject({ score });
    }
    const list = await app.api('GET', '/api/me/moods', { token });
    expect(list.status).toBe(200);
    expect(list.body.moods.map((m: { score: number }) => m.score)).toEqual([5, 4, 2, 1]);
    expect(list.body.moods[3].note).toBe('marker-note');
    expect(list.body.trend).toMatchObject({ entries: 4, average: 3, direction: 'up' });
    // Another account sees none of it.
    const theirs = await app.api('GET', '/api/me/moods', { token: other.token });
    expect(theirs.body.moods).toEqual([]);
    // At rest: score, words and note sealed; nothing readable in the row.
    const raw = await rows(
      app,
      sql`SELECT score, feeling, note FROM mood_entries WHERE user_id = ${user.id}`,
    );
    expect(raw).toHaveLength(4);
    for (const r of raw) {
      expect(String(r.score)).toMatch(/^enc:v1:/);
      expect(JSON.stringify(r)).not.toMatch(/pretty low|marker-note|good/);
    }
  });

  it('refuses a score outside 1 to 5, a feeling too long, or no token, with a clear code', async () => {
    const { token } = await app.signUp({ displayName: 'Bad Input' });
    for (const body of [
      { score: 0 },
      { score: 6 },
      { score: 2.5 },
      { score: '3' },
      {},
      { score: 3, feeling: 'x'.repeat(41) },
      { score: 3, extra: 1 },
    ]) {
      const res = await app.api('POST', '/api/me/moods', { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
    }
    expect((await app.api('POST', '/api/me/moods', { body: { score: 3 } })).status).toBe(401);
    expect((await app.api('GET', '/api/me/moods', {})).status).toBe(401);
  });

  it('in chat: "feeling 2/5 today" is logged and acknowledged, with a breathing exercise offered and started on yes', async () => {
    const me = await chatUser(app, { displayName: 'Maya Jones', timeZone: 'Europe/London' });
    try {
      const t = await say(app, me, 'feeling 2/5 today, anxious about tomorrow');
      expect(t.tools.filter((x) => x.status === 'done').map((x) => x.name)).toEqual(['log_mood']);
      expect(t.reply.content).toMatch(/sorry|tough|heavy/i);
      expect(t.reply.content).toContain('breathing');
      const logged = await app.api('GET', '/api/me/moods', { token: me.token });
      expect(logged.body.moods[0]).toMatchObject({ score: 2, feeling: '2/5' });
      const yes = await say(app, me, 'yes');
      expect(yes.tools.filter((x) => x.status === 'done').map((x) => x.name)).toEqual(['guide_exercise']);
      expect(yes.reply.content).toContain('Box breathing');
      // The pacer's steps reach the client with the tool event.
      const event = me.seen.tools.find((x) => x.name === 'guide_exercise' && x.status === 'done') as
        | { exercise?: { steps: { seconds: number; phase?: string }[] } }
        | undefined;
      expect(event?.exercise?.steps.length).toBe(16);
      expect(event?.exercise?.steps[0]).toMatchObject({ seconds: 4, phase: 'in' });
      // The journey shows the trend.
      const journey = await say(app, me, "how's my progress?");
      expect(journey.tools.map((x) => x.name)).toContain('get_journey');
    } finally {
      me.socket.close();
    }
  });

  it('in chat: panic words start an exercise at once, with the emergency number in case it is more', async () => {
    const me = await chatUser(app, { displayName: 'Maya Jones', timeZone: 'Europe/London' });
    try {
      const t = await say(app, me, "i'm panicking, my heart is racing, can we breathe together?");
      expect(t.tools.filter((x) => x.status === 'done').map((x) => x.name)).toEqual(['guide_exercise']);
      expect(t.reply.content).toContain('emergency number');
      const rows2 = await rows(
        app,
        sql`SELECT count(*)::int AS n FROM mood_entries WHERE user_id = ${me.userId}`,
      );
      expect(rows2[0]?.n).toBe(0);
    } finally {
      me.socket.close();
    }
  });
});
