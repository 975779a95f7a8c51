import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { rows, say } from '../helpers/assistant.ts';
import { assistantBackends } from '../helpers/db.ts';
import { chatSuite, toolsRun } from '../helpers/model-suite.ts';

/** Monday 6 May 2030, 09:00 in London (08:00 UTC). */
const start = '2030-05-06T08:00:00Z';

/**
 * Issue 16 (part): the offline companion reads names and times as people write them, over the real
 * socket: a mentor named with a typo or not at all among those taking bookings, a time already
 * past, a date in another language.
 */
describe.each(assistantBackends)('the offline companion understands names and times, on %s', (backend) => {
  const clock = manualClock(start);
  const s = chatSuite(backend, { clock, profile: { displayName: 'Maya Jones', timeZone: 'Europe/London' } });
  const mentors: Record<string, string> = {};
  const user = () => s.user();
  const tools = toolsRun;
  const sessions = (userId: string) =>
    rows(s.app, sql`SELECT mentor_id, scheduled_at FROM mentor_sessions WHERE user_id = ${userId}`);

  beforeAll(async () => {
    // Amara is the best-rated and verified-first in an unfiltered search: the one a guess would pick.
    for (const displayName of ['Amara Okafor', 'Tom Whitaker', 'Priya Shah']) {
      const { token } = await s.app.signUp({ displayName });
      const res = await s.app.api('POST', '/api/mentors', {
        token,
        body: {
          title: 'Peer mentor',
          bio: 'Happy to help.',
          specialization: ['Social Anxiety'],
          scheduleType: 'virtual',
        },
      });
      if (res.status !== 201) throw new Error(`mentor: ${res.status} ${JSON.stringify(res.body)}`);
      mentors[displayName] = res.body.mentor.id;
    }
  });

  it('proposes the mentor the user named, by full name or with a typo, never the first found', async () => {
    for (const text of [
      'book a session with tom whitaker on friday at 4pm',
      'book a session with Tom Whitacker on friday at 4pm',
      'book a session with mr whitacker on friday at 4pm',
    ]) {
      const me = await user();
      const t = await say(s.app, me, text);
      expect(tools(t), text).toEqual(['search_mentors:done', 'book_mentor_session:done']);
      expect(t.reply.content, text).toContain('Tom Whitaker on Fri 10 May, 16:00');
      expect(t.reply.content, text).not.toContain('Amara');
    }
  });

  it('says so when nobody of that name takes bookings, and books nobody', async () => {
    const me = await user();
    const t = await say(s.app, me, 'book a session with zelda fitzgerald tomorrow at 3pm');
    expect(t.reply.content).toContain('couldn\'t find a mentor called "zelda fitzgerald"');
    expect(t.reply.proposal).toBeUndefined();
    expect(tools(t)).toEqual(['search_mentors:done']);
  });

  it('never proposes a time already past', async () => {
    const me = await user();
    const t = await say(s.app, me, 'book a session with tom whitaker yesterday at 4pm');
    expect(t.reply.content).toContain('That time has already passed');
    expect(t.reply.proposal).toBeUndefined();
    expect(tools(t)).not.toContain('book_mentor_session:done');
    const reminder = await say(s.app, me, 'remind me to call mum yesterday at 5pm');
    expect(reminder.reply.content).toContain('That time has already passed');
    expect(tools(reminder)).toEqual([]);
    expect(await sessions(me.userId)).toEqual([]);
  });

  it('reads a time written in German, French or Spanish', async () => {
    for (const [text, when] of [
      ['book a session with tom whitaker morgen um 10 Uhr', 'Tue 7 May, 10:00'],
      ['book a session with tom whitaker demain à 15h', 'Tue 7 May, 15:00'],
      ['book a session with tom whitaker el viernes a las 16:00', 'Fri 10 May, 16:00'],
    ] as const) {
      const me = await user();
      const t = await say(s.app, me, text);
      expect(t.reply.content, text).toContain(`Tom Whitaker on ${when}`);
    }
  });

  // Last in the file: it adds a mentor the searches above would list.
  it('books "the mentor from before", listed two replies back, and never past a crisis reply', async () => {
    const { token } = await s.app.signUp({ displayName: 'Nadia Rest' });
    const made = await s.app.api('POST', '/api/mentors', {
      token,
      body: { title: 'Peer mentor', bio: 'Sleep.', specialization: ['Sleep'], scheduleType: 'virtual' },
    });
    expect(made.status).toBe(201);
    const me = await user();
    expect((await say(s.app, me, 'is there a mentor who helps with sleep?')).reply.content).toContain(
      'Nadia Rest',
    );
    await say(s.app, me, "what's my streak?");
    const t = await say(s.app, me, 'ok book the mentor from before on friday at 2pm');
    expect(t.reply.content).toContain('Nadia Rest on Fri 10 May, 14:00');
    expect(t.reply.proposal).toBeDefined();
    expect(await sessions(me.userId)).toEqual([]);

    // A crisis reply in between hides what came before it: nothing is pointed back at through it.
    const other = await user();
    await say(s.app, other, 'is there a mentor who helps with sleep?');
    await say(s.app, other, 'i want to kill myself');
    await say(s.app, other, "what's my streak?");
    const after = await say(s.app, other, 'book the mentor from before on friday at 2pm');
    expect(after.reply.content).not.toContain('Nadia Rest on Fri');
  });
});
