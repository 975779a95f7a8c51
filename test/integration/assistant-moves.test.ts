import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { withUser } from '../../src/domain/context.ts';
import { scheduleReminder } from '../../src/domain/notifications/schedule-reminder.ts';
import { rows, say } from '../helpers/assistant.ts';
import { assistantBackends } from '../helpers/db.ts';
import { makeLocation, makeMentor, makeUser } from '../helpers/factories.ts';
import { chatSuite, toolsRun } from '../helpers/model-suite.ts';

/**
 * The dialogue moves of issue 16 over the real socket with the offline companion: a reminder
 * changed or cancelled by chat, "the other one" among mentors listed, "is it busy?" about a place
 * listed, and a yes that confirms only the proposal the latest reply made.
 */

/** Monday 6 May 2030, 09:00 in London (08:00 UTC). */
const start = '2030-05-06T08:00:00Z';
const here = { lat: 51.5362, lng: -0.1033 };

describe.each(assistantBackends)('the offline companion’s dialogue moves, on %s', (backend) => {
  const clock = manualClock(start);
  const s = chatSuite(backend, {
    clock,
    profile: { displayName: 'Maya Jones', timeZone: 'Europe/London' },
    // Each test books afresh.
    cleanUp: (app, u) => rows(app, sql`DELETE FROM mentor_sessions WHERE user_id = ${u.userId}`),
  });
  const mentorIds: Record<string, string> = {};
  const user = () => s.user();
  const tools = toolsRun;
  const reminders = (userId: string) =>
    rows(
      s.app,
      sql`SELECT id, title, deliver_at FROM notifications WHERE user_id = ${userId} AND type = 'reminder' ORDER BY deliver_at`,
      userId,
    );
  const sessions = (userId: string) =>
    rows(
      s.app,
      sql`SELECT mentor_id, scheduled_at, status FROM mentor_sessions WHERE user_id = ${userId} ORDER BY scheduled_at`,
    );
  const iso = (v: unknown) => new Date(v as string).toISOString();
  /** A session the user booked earlier, at a London wall-clock time ('2030-05-10 15:00'). */
  const booked = (userId: string, mentor: string, at: string) =>
    rows(
      s.app,
      sql`INSERT INTO mentor_sessions (user_id, mentor_id, scheduled_at, duration_minutes, session_type, status)
          VALUES (${userId}, ${mentorIds[mentor]}, (${at}::timestamp AT TIME ZONE 'Europe/London'), 60, 'virtual', 'scheduled')`,
    );

  beforeAll(async () => {
    const db = s.app.deps.database.db;
    const open = { mon: ['07:00-19:00'], tue: ['07:00-19:00'] };
    await makeLocation(db, {
      name: 'Peaceful Grounds Café',
      type: 'coffee',
      anxietyLevel: 'low',
      amenities: ['quiet-zone', 'wifi'],
      hours: open,
      latitude: here.lat + 0.0012,
      longitude: here.lng + 0.0005,
      isVerified: true,
      timeZone: 'Europe/London',
    });
    await makeLocation(db, {
      name: 'Slow Pour Coffee',
      type: 'coffee',
      anxietyLevel: 'medium',
      amenities: ['wifi'],
      latitude: here.lat - 0.0015,
      longitude: here.lng + 0.0012,
      isVerified: true,
      timeZone: 'Europe/London',
    });
    for (const [name, specialization] of [
      ['Amara Okafor', ['social-anxiety', 'confidence']],
      ['Lena Vogel', ['exposure-practice', 'panic-attacks']],
      ['Tom Whitaker', ['gym-anxiety', 'beginner-fitness']],
    ] as const) {
      const u = await makeUser(db, { displayName: name, timeZone: 'Europe/London' });
      const m = await makeMentor(db, u.id, {
        title: 'Peer mentor',
        specialization: [...specialization],
        scheduleType: 'both',
        verified: true,
      });
      mentorIds[name] = m.id;
    }
  });

  it('changes a reminder it just set to the time said at once ("actually make it 10")', async () => {
    const me = await user();
    await say(s.app, me, 'pls remind me at 11 to drink water');
    expect((await reminders(me.userId)).map((r) => [r.title, iso(r.deliver_at)])).toEqual([
      ['Drink water', '2030-05-06T10:00:00.000Z'],
    ]);
    // The reminder the turn before set as asked: the user's words change it, no question.
    const change = await say(s.app, me, 'actually make it 10');
    expect(change.reply.proposal).toBeUndefined();
    expect(tools(change)).toContain('update_reminder:done');
    expect(change.reply.content).toContain('Mon 6 May, 10:00');
    expect((await reminders(me.userId)).map((r) => [r.title, iso(r.deliver_at)])).toEqual([
      ['Drink water', '2030-05-06T09:00:00.000Z'],
    ]);
  });

  it('finds a reminder set earlier by its words and cancels it on yes; with none waiting it says so', async () => {
    const me = await user();
    await say(s.app, me, 'remind me at 6pm to call mum');
    await say(s.app, me, 'remind me tomorrow at 9 to take my meds');
    await say(s.app, me, 'thanks');
    // Asked for in the user's own words ("cancel my reminder"): done at once, as setting one is.
    const cancel = await say(s.app, me, 'please cancel my reminder to call mum');
    expect(tools(cancel)).toEqual(['list_my_reminders:done', 'cancel_reminder:done']);
    expect(cancel.reply.proposal).toBeUndefined();
    expect(cancel.reply.content).toContain('cancelled "Call mum" (Mon 6 May, 18:00)');
    expect((await reminders(me.userId)).map((r) => r.title)).toEqual(['Take my meds']);
    // "Scratch that" names no reminder: proposed, and a no leaves it as it is.
    await say(s.app, me, 'remind me at 8pm to stretch');
    const scratch = await say(s.app, me, 'scratch that');
    expect(scratch.reply.proposal?.summary).toBe('Cancel your reminder "Stretch" on Mon 6 May, 20:00');
    const no = await say(s.app, me, 'no');
    expect(no.reply.content).toContain('left your reminder');
    expect((await reminders(me.userId)).map((r) => r.title)).toEqual(['Stretch', 'Take my meds']);

    const other = await user();
    const none = await say(s.app, other, 'change my reminder to 10');
    expect(none.reply.content).toContain("don't have any reminders");
    expect(none.reply.proposal).toBeUndefined();
  });

  it('books "the other one" among the mentors listed, at the time already proposed', async () => {
    const me = await user();
    const listed = await say(s.app, me, 'who can help with panic attacks or social anxiety?', {
      location: here,
    });
    // Both found; their order is the search's (equal matches may come either way).
    expect(listed.reply.content).toContain('Lena Vogel');
    expect(listed.reply.content).toContain('Amara Okafor');
    const first = await say(s.app, me, 'book the panic one friday at 2pm');
    expect(first.reply.proposal?.summary).toContain('Lena Vogel on Fri 10 May, 14:00');
    const other = await say(s.app, me, 'hmm actually the other one');
    expect(other.reply.proposal?.summary).toContain('Amara Okafor on Fri 10 May, 14:00');
    await say(s.app, me, 'yes');
    expect((await sessions(me.userId)).map((s) => [s.mentor_id, iso(s.scheduled_at)])).toEqual([
      [mentorIds['Amara Okafor'], '2030-05-10T13:00:00.000Z'],
    ]);
    // "Another one at 11am": a second session with her, that day.
    const again = await say(s.app, me, 'another one at 11am');
    expect(again.reply.proposal?.summary).toContain('Amara Okafor on Fri 10 May, 11:00');
  });

  it('answers "is it busy?" about a place listed from what it knows, then checks in there', async () => {
    const me = await user();
    await say(s.app, me, 'cafes near me', { location: here });
    const busy = await say(s.app, me, 'is the first one busy right now?', { location: here });
    expect(tools(busy)).toEqual(['get_location:done']);
    expect(busy.reply.content).toContain('Peaceful Grounds Café');
    expect(busy.reply.content).toContain("can't see live numbers");
    expect(busy.reply.content).toContain('usually quiet');
    expect(busy.reply.content).toContain('open now, until 19:00');
    const other = await say(s.app, me, 'ok and the other one?', { location: here });
    expect(other.reply.content).toContain('Slow Pour Coffee');
    expect(other.reply.content).toContain('moderately busy');
    await say(s.app, me, 'check me in there', { location: here });
    const [row] = await rows(
      s.app,
      sql`SELECT l.name FROM check_ins c JOIN locations l ON l.id = c.location_id WHERE c.user_id = ${me.userId}`,
    );
    expect(row?.name).toBe('Slow Pour Coffee');
  });

  it('confirms with yes only the proposal the latest reply made; a booking set aside is asked again on "book it"', async () => {
    const me = await user();
    await say(s.app, me, 'book tom friday 4pm');
    const aside = await say(s.app, me, 'remind me at 3 on friday to head out');
    expect(tools(aside)).toEqual(['create_reminder:done']);
    expect(aside.reply.proposal).toBeUndefined();
    const yes = await say(s.app, me, 'yes');
    expect(yes.tools).toEqual([]);
    expect(await sessions(me.userId)).toEqual([]);
    const again = await say(s.app, me, 'ok book it');
    expect(again.reply.proposal?.summary).toContain('Tom Whitaker on Fri 10 May, 16:00');
    await say(s.app, me, 'yes');
    expect((await sessions(me.userId)).map((s) => iso(s.scheduled_at))).toEqual(['2030-05-10T15:00:00.000Z']);
    const more = await say(s.app, me, 'yes');
    expect(more.reply.proposal).toBeUndefined();
    expect(await sessions(me.userId)).toHaveLength(1);
  });

  it('moves a booked session by chat: at once when the words say exactly that, the reminder and the mentor following', async () => {
    const me = await user();
    await booked(me.userId, 'Amara Okafor', '2030-05-10 15:00');
    // The session's reminder had already been claimed: a move must let it go off again.
    await rows(s.app, sql`UPDATE mentor_sessions SET reminder_sent_at = now() WHERE user_id = ${me.userId}`);
    const moved = await say(s.app, me, 'move my session with Amara to 5pm');
    expect(tools(moved)).toEqual(['list_my_sessions:done', 'reschedule_mentor_session:done']);
    expect(moved.reply.proposal).toBeUndefined();
    expect(moved.reply.content).toContain('your session with **Amara Okafor** is now on Fri 10 May, 17:00');
    const [row] = await rows(
      s.app,
      sql`SELECT scheduled_at, reminder_sent_at, status FROM mentor_sessions WHERE user_id = ${me.userId}`,
    );
    expect([iso(row!.scheduled_at), row!.reminder_sent_at, row!.status]).toEqual([
      '2030-05-10T16:00:00.000Z',
      null,
      'scheduled',
    ]);
    const [notice] = await rows(
      s.app,
      sql`SELECT n.type FROM notifications n JOIN mentors m ON m.user_id = n.user_id
          WHERE m.id = ${mentorIds['Amara Okafor']} AND n.type = 'session_moved'`,
    );
    expect(notice?.type).toBe('session_moved');

    // The one just moved stays in view: "push it an hour later", then "can we do thursday instead".
    const later = await say(s.app, me, 'push it an hour later');
    expect(tools(later)).toEqual(['reschedule_mentor_session:done']);
    expect(later.reply.content).toContain('now on Fri 10 May, 18:00');
    const thursday = await say(s.app, me, 'can we do thursday instead');
    expect(tools(thursday)).toEqual(['reschedule_mentor_session:done']);
    expect(thursday.reply.content).toContain('now on Thu 9 May, 18:00');
    expect((await sessions(me.userId)).map((s) => iso(s.scheduled_at))).toEqual(['2030-05-09T17:00:00.000Z']);
  });

  it('moves the reminders set from a session with it: "an hour before" stays an hour before', async () => {
    const me = await user();
    await booked(me.userId, 'Amara Okafor', '2030-05-10 15:00');
    const other = await user();
    await booked(other.userId, 'Tom Whitaker', '2030-05-10 15:00');
    const reminder = await say(s.app, me, 'remind me an hour before my session');
    expect(tools(reminder)).toEqual(['list_my_sessions:done', 'create_reminder:done']);
    // One more, not timed from the session, and another person's timed from theirs: neither moves.
    await say(s.app, me, 'remind me at 1pm on friday to eat lunch');
    await say(s.app, other, 'remind me an hour before my session');
    const waiting = (userId: string) =>
      rows(
        s.app,
        sql`SELECT deliver_at FROM notifications WHERE user_id = ${userId} AND type = 'reminder'
            ORDER BY deliver_at`,
        userId,
      ).then((r) => r.map((x) => iso(x.deliver_at)));
    expect(await waiting(me.userId)).toEqual(['2030-05-10T12:00:00.000Z', '2030-05-10T13:00:00.000Z']);

    await say(s.app, me, 'move my session with Amara to 5pm');
    expect(await waiting(me.userId)).toEqual(['2030-05-10T12:00:00.000Z', '2030-05-10T15:00:00.000Z']);
    await say(s.app, me, 'can we do thursday instead');
    expect(await waiting(me.userId)).toEqual(['2030-05-09T15:00:00.000Z', '2030-05-10T12:00:00.000Z']);
    expect(await waiting(other.userId)).toEqual(['2030-05-10T13:00:00.000Z']);

    // Timed from a session that is not theirs: refused, nothing set.
    const [theirs] = await rows(s.app, sql`SELECT id FROM mentor_sessions WHERE user_id = ${other.userId}`);
    const refused = withUser(s.app.deps, me.userId, (ctx) =>
      scheduleReminder(ctx, { title: 'Not mine', inMinutes: 30, sessionId: String(theirs!.id) }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'not_found' });
    // Not a UUID: refused by the tool's own schema, naming the field.
    const garbage = withUser(s.app.deps, me.userId, (ctx) =>
      scheduleReminder(ctx, { title: 'Garbage', inMinutes: 30, sessionId: "1' OR '1'='1" }),
    );
    await expect(garbage).rejects.toMatchObject({ code: 'invalid_payload' });
    // A session of theirs that is no longer to come: nothing to remind of.
    await rows(s.app, sql`UPDATE mentor_sessions SET status = 'cancelled' WHERE user_id = ${me.userId}`);
    const [mine] = await rows(s.app, sql`SELECT id FROM mentor_sessions WHERE user_id = ${me.userId}`);
    const over = withUser(s.app.deps, me.userId, (ctx) =>
      scheduleReminder(ctx, { title: 'Too late', inMinutes: 30, sessionId: String(mine!.id) }),
    );
    await expect(over).rejects.toMatchObject({ code: 'unprocessable', reason: 'session_not_scheduled' });
    expect(await waiting(me.userId)).toHaveLength(2);
  });

  it('asks which session to move among two, then moves the one named; a taken slot is said in words', async () => {
    const me = await user();
    await booked(me.userId, 'Amara Okafor', '2030-05-10 15:00');
    await booked(me.userId, 'Tom Whitaker', '2030-05-09 11:00');
    const other = await user();
    await booked(other.userId, 'Tom Whitaker', '2030-05-09 14:00');
    const which = await say(s.app, me, 'can you move my session to 2pm');
    expect(tools(which)).toEqual(['list_my_sessions:done']);
    expect(which.reply.content).toContain('Which session would you like to move?');
    // Tom has someone at 14:00 on Thursday: refused in words, nothing moved.
    const taken = await say(s.app, me, 'the one with tom');
    expect(tools(taken)).toEqual(['reschedule_mentor_session:failed']);
    expect(taken.reply.content).toContain("I couldn't move that session");
    expect(taken.reply.content).not.toMatch(/slot_taken/);
    const friday = await say(s.app, me, 'move the friday one to 2pm');
    expect(tools(friday)).toEqual(['list_my_sessions:done', 'reschedule_mentor_session:done']);
    expect((await sessions(me.userId)).map((s) => [s.mentor_id, iso(s.scheduled_at)])).toEqual([
      [mentorIds['Tom Whitaker'], '2030-05-09T10:00:00.000Z'],
      [mentorIds['Amara Okafor'], '2030-05-10T13:00:00.000Z'],
    ]);
  });

  it('cancels the session with the mentor named, or on the day named, among two listed', async () => {
    for (const [i, [text, mentor]] of (
      [
        ['cancel the one with Amara', 'Amara Okafor'],
        ['the one on friday', 'Amara Okafor'],
        ['cancel the one with tom', 'Tom Whitaker'],
      ] as const
    ).entries()) {
      const me = await user();
      await booked(me.userId, 'Amara Okafor', `2030-05-10 ${15 + i}:00`);
      await booked(me.userId, 'Tom Whitaker', `2030-05-09 ${11 + i}:00`);
      const listed = await say(s.app, me, 'what sessions do i have');
      expect(tools(listed)).toEqual(['list_my_sessions:done']);
      const asked = await say(s.app, me, text.startsWith('the one') ? `cancel ${text}` : text);
      expect(asked.reply.proposal?.summary, text).toContain(`Cancel your session with ${mentor}`);
      await say(s.app, me, 'yes');
      const left = await sessions(me.userId);
      expect(
        left.filter((s) => s.status === 'cancelled').map((s) => s.mentor_id),
        text,
      ).toEqual([mentorIds[mentor]]);
    }
  });
  it('changes the mentor of the booking on the table to the one meant ("I meant Lena, not Tom"), and takes "no worries, go ahead" as a yes', async () => {
    const me = await user();
    const first = await say(s.app, me, 'could I book Tom Whitaker on Thursday at 2pm');
    expect(first.reply.proposal?.summary).toContain('Tom Whitaker on Thu 9 May, 14:00');
    const meant = await say(s.app, me, 'oops sorry, I meant Lena, not Tom');
    expect(meant.reply.proposal?.summary).toContain('Lena Vogel on Thu 9 May, 14:00');
    await say(s.app, me, 'no worries, go ahead');
    expect((await sessions(me.userId)).map((s) => [s.mentor_id, iso(s.scheduled_at)])).toEqual([
      [mentorIds['Lena Vogel'], '2030-05-09T13:00:00.000Z'],
    ]);
  });

  it('asks about a place named with "is it any good", then checks in at "the place from before", that one', async () => {
    const me = await user();
    const asked = await say(s.app, me, 'do you reckon Slow Pour Coffee is any good?', { location: here });
    expect(tools(asked)).toContain('get_location:done');
    await say(s.app, me, 'nice, might wander over later', { location: here });
    const there = await say(s.app, me, "right I'm here now, check me in at the place from before", {
      location: here,
    });
    expect(tools(there)).toContain('check_in:done');
    const [row] = await rows(
      s.app,
      sql`SELECT l.name FROM check_ins c JOIN locations l ON l.id = c.location_id WHERE c.user_id = ${me.userId}`,
    );
    expect(row?.name).toBe('Slow Pour Coffee');
  });

  it('answers another request said instead of "which one are you at?", and checks nobody in', async () => {
    const me = await user();
    const which = await say(s.app, me, "I'm here, check me in", { location: here });
    expect(which.reply.content).toContain('Slow Pour Coffee');
    const journey = await say(s.app, me, 'hmm wait, first show me how my journey is going', {
      location: here,
    });
    expect(tools(journey)).toContain('get_journey:done');
    expect(tools(journey)).not.toContain('check_in:done');
    const rewards = await say(s.app, me, 'and my rewards?', { location: here });
    expect(tools(rewards)).toContain('list_rewards:done');
    expect(await rows(s.app, sql`SELECT id FROM check_ins WHERE user_id = ${me.userId}`)).toEqual([]);
  });

  it('moves a session told about first and moved after ("I have a session with Amara on Friday … could we move it to Thursday, same time?")', async () => {
    const me = await user();
    await booked(me.userId, 'Amara Okafor', '2030-05-10 15:00');
    const move = await say(
      s.app,
      me,
      'Good morning. I have a session with Amara Okafor on Friday afternoon but something came up that day. Could we possibly move it to Thursday at the same time? Many thanks.',
    );
    const said = move.reply.proposal?.summary ?? move.reply.content;
    expect(said).toContain('Thu 9 May, 15:00');
    if (move.reply.proposal) await say(s.app, me, 'yes please');
    expect((await sessions(me.userId)).map((s) => iso(s.scheduled_at))).toEqual(['2030-05-09T14:00:00.000Z']);
  });

  it('moves a session "from thursday to friday" to friday, at its own hour', async () => {
    const me = await user();
    await booked(me.userId, 'Tom Whitaker', '2030-05-09 15:00');
    const move = await say(s.app, me, 'can you move my session with tom from thursday to friday, same time');
    expect(move.reply.proposal?.summary ?? move.reply.content).toContain('Fri 10 May, 15:00');
    if (move.reply.proposal) await say(s.app, me, 'yes');
    expect((await sessions(me.userId)).map((s) => iso(s.scheduled_at))).toEqual(['2030-05-10T14:00:00.000Z']);
  });

  it('changes a move proposed and not yet answered ("sorry, wednesday instead")', async () => {
    const me = await user();
    await booked(me.userId, 'Lena Vogel', '2030-05-10 11:00');
    const asked = await say(
      s.app,
      me,
      "Hello. I have a session with Lena Vogel on Friday but I'm away that day. Would it be at all possible to move it to Thursday at the same time?",
    );
    // The move was told, not asked in so many words: the server's summary first.
    expect(asked.reply.proposal?.summary).toContain('Thu 9 May, 11:00');
    const changed = await say(s.app, me, 'sorry, wednesday instead, not thursday');
    expect(changed.reply.proposal?.summary ?? changed.reply.content).toContain('Wed 8 May, 11:00');
    if (changed.reply.proposal) await say(s.app, me, 'yes');
    expect((await sessions(me.userId)).map((s) => iso(s.scheduled_at))).toEqual(['2030-05-08T10:00:00.000Z']);
  });
  it('undoes a booking just made, then books the same time another day ("undo that" → "yes, sorry for the faff" → "Thursday same time instead?")', async () => {
    const me = await user();
    const proposed = await say(s.app, me, 'book me with Lena Vogel on Wednesday at eleven please');
    expect(proposed.reply.proposal?.summary).toContain('Wed 8 May, 11:00');
    await say(s.app, me, 'yes');
    expect((await sessions(me.userId)).map((x) => x.status)).toEqual(['scheduled']);
    const undo = await say(s.app, me, "argh, undo that, I've got the dentist then");
    expect(undo.reply.proposal?.summary).toMatch(/Cancel.*Lena Vogel/);
    await say(s.app, me, 'yes cancel it, sorry for the faff');
    expect((await sessions(me.userId)).map((x) => x.status)).toEqual(['cancelled']);
    const again = await say(s.app, me, 'could we do Thursday same time instead?');
    expect(again.reply.proposal?.summary).toContain('Thu 9 May, 11:00');
    expect(again.reply.proposal?.summary).toContain('Lena Vogel');
  });

  it('says what was just done from the dialogue state, calling no tool ("what time was that again?", "where did you check me in?")', async () => {
    const me = await user();
    await say(s.app, me, 'book me with Tom Whitaker on Thursday at five');
    await say(s.app, me, 'go on then');
    const time = await say(s.app, me, 'ta, what time was that again?');
    expect(time.reply.content).toContain('Thu 9 May, 17:00');
    expect(tools(time)).toEqual([]);
    await say(s.app, me, "I'm at Peaceful Grounds, check me in", { location: here });
    const where = await say(s.app, me, 'which place did you check me in at?', { location: here });
    expect(where.reply.content).toContain('Peaceful Grounds Café');
    expect(tools(where)).toEqual([]);
  });

  it('moves the session whose cancellation is on the table when a move is said instead ("hang on, could I move it to Thursday instead?")', async () => {
    const me = await user();
    await booked(me.userId, 'Amara Okafor', '2030-05-07 15:00');
    const cancel = await say(s.app, me, "so sorry, I need to cancel tomorrow's session");
    expect(cancel.reply.proposal?.summary).toMatch(/Cancel.*Amara Okafor/);
    const move = await say(s.app, me, 'hang on, could I just move it to Thursday instead? same time');
    expect(move.reply.proposal?.summary ?? move.reply.content).toContain('Thu 9 May, 15:00');
    if (move.reply.proposal) await say(s.app, me, 'yes');
    expect((await sessions(me.userId)).map((x) => [iso(x.scheduled_at), x.status])).toEqual([
      ['2030-05-09T14:00:00.000Z', 'scheduled'],
    ]);
  });
});
