import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, repliesOf, rows, say } from '../helpers/assistant.ts';
import { assistantBackends } from '../helpers/db.ts';
import { toolsRun } from '../helpers/model-suite.ts';
import { emitAck, nextEvent, waitFor } from '../helpers/sockets.ts';

/** Monday 6 May 2030, 09:00 in London (08:00 UTC). */
const start = '2030-05-06T08:00:00Z';

describe.each(assistantBackends)(
  'the offline companion: mentors, sessions and reminders, on %s',
  (backend) => {
    let app: TestApp;
    const clock = manualClock(start);
    const users: ChatUser[] = [];
    const mentors: Record<string, { id: string; userId: string; token: string }> = {};
    const user = async (displayName = 'Maya Jones', timeZone = 'Europe/London') => {
      const u = await chatUser(app, { displayName, timeZone });
      users.push(u);
      return u;
    };
    const tools = toolsRun;
    const sessions = (userId: string) =>
      rows(
        app,
        sql`SELECT s.mentor_id, s.scheduled_at, s.duration_minutes, s.session_type, s.status
          FROM mentor_sessions s WHERE s.user_id = ${userId} ORDER BY s.scheduled_at`,
      );
    const notices = (userId: string, type: string) =>
      rows(app, sql`SELECT title FROM notifications WHERE user_id = ${userId} AND type = ${type}`, userId);
    const iso = (v: unknown) => new Date(v as string).toISOString();

    beforeAll(async () => {
      app = await startTestApp(backend, { clock });
      const become = async (displayName: string, profile: Record<string, unknown>) => {
        const { user, token } = await app.signUp({ displayName });
        const res = await app.api('POST', '/api/mentors', {
          token,
          body: { title: 'Peer mentor', bio: 'Been there; happy to help.', ...profile },
        });
        if (res.status !== 201) throw new Error(`mentor: ${res.status} ${JSON.stringify(res.body)}`);
        mentors[displayName] = { id: res.body.mentor.id, userId: user.id, token };
      };
      await become('Sam Rivers', { specialization: ['Social Anxiety'], scheduleType: 'virtual' });
      await become('Priya Shah', { specialization: ['Gym Confidence'], scheduleType: 'both' });
    });
    afterEach(() => {
      for (const u of users.splice(0)) u.socket.close();
    });
    afterAll(() => app?.close());

    describe('mentors', () => {
      it('finds mentors for a specialization and offers to book', async () => {
        const me = await user();
        const t = await say(app, me, "I'd like to talk to a mentor about social anxiety");
        expect(tools(t)).toEqual(['search_mentors:done']);
        expect(t.reply.content).toContain('**Sam Rivers**');
        expect(t.reply.content).not.toContain('Priya Shah');
        expect(t.reply.content).toContain('tomorrow at 3pm');
        expect(await sessions(me.userId)).toEqual([]);
      });

      it.each([
        [
          'es',
          'Reserva con Sam Rivers el miércoles a las 11',
          'Reservar una sesión online de 60 minutos con Sam Rivers el mié, 8 may, 11:00 (esta persona mentora no está verificada)',
          'sí, porfa',
          '2030-05-08T10:00:00.000Z',
        ],
        [
          'fr',
          'Réserve avec Sam Rivers mercredi à 13h',
          'Réserver une séance en ligne de 60 minutes avec Sam Rivers le mer 8 mai, 13:00 (ce mentor n’est pas vérifié)',
          "oui c'est bon",
          '2030-05-08T12:00:00.000Z',
        ],
        [
          'de',
          'Buch mir Sam Rivers am Mittwoch um 16 Uhr',
          'Eine 60-minütige Online-Sitzung mit Sam Rivers am Mi, 8 Mai, 16:00 buchen (diese Person ist nicht verifiziert)',
          'ja, passt',
          '2030-05-08T15:00:00.000Z',
        ],
      ])(
        'writes the proposal it asks a %s speaker to confirm in their language, and books on their yes',
        async (_lang, ask, summary, yes, at) => {
          const me = await user();
          const asked = await say(app, me, ask);
          expect(asked.reply.proposal?.summary).toBe(summary);
          expect(asked.reply.content).toContain(summary);
          const done = await say(app, me, yes);
          expect(tools(done)).toEqual(['book_mentor_session:done']);
          const [s] = await sessions(me.userId);
          expect(iso(s!.scheduled_at)).toBe(at);
        },
      );

      it('books "tomorrow at 3pm" in the user’s own zone, only after a yes', async () => {
        const me = await user();
        const asked = await say(app, me, 'Book a mentor for social anxiety tomorrow at 3pm');
        expect(tools(asked)).toEqual(['search_mentors:done', 'book_mentor_session:done']);
        expect(asked.reply.content).toContain(
          '60-minute virtual session with Sam Rivers on Tue 7 May, 15:00',
        );
        expect(asked.reply.proposal?.id).toEqual(expect.any(String));
        expect(await sessions(me.userId)).toEqual([]);
        const done = await say(app, me, 'yes');
        expect(tools(done)).toEqual(['book_mentor_session:done']);
        expect(done.reply.content).toContain('**Sam Rivers** on Tue 7 May, 15:00');
        const [s] = await sessions(me.userId);
        expect(s).toMatchObject({
          mentor_id: mentors['Sam Rivers']!.id,
          duration_minutes: 60,
          status: 'scheduled',
        });
        expect(iso(s!.scheduled_at)).toBe('2030-05-07T14:00:00.000Z');
        expect(await notices(mentors['Sam Rivers']!.userId, 'session_booked')).not.toEqual([]);
      });

      it('books the mentor named in answer to "when?", not the one it asked about', async () => {
        const me = await user();
        const asked = await say(app, me, 'I want to book a mentor');
        expect(asked.reply.proposal).toBeUndefined();
        const named = await say(app, me, 'Priya, friday at 3');
        expect(named.reply.content).toContain('with Priya Shah on Fri 10 May, 15:00');
        expect(await sessions(me.userId)).toEqual([]);
      });

      it('books a named mentor for "Friday 10:30" in New York time', async () => {
        const me = await user('Jordan Lee', 'America/New_York');
        const asked = await say(app, me, 'Can you book Priya for Friday 10:30, in person?');
        expect(asked.reply.content).toContain('in-person session with Priya Shah on Fri 10 May, 10:30');
        await say(app, me, 'book it');
        const [s] = await sessions(me.userId);
        expect(s).toMatchObject({ mentor_id: mentors['Priya Shah']!.id, session_type: 'in-person' });
        expect(iso(s!.scheduled_at)).toBe('2030-05-10T14:30:00.000Z');
      });

      it('books nothing when the user says no', async () => {
        const me = await user();
        await say(app, me, 'book a mentor session with Sam for Thursday at 11am');
        const t = await say(app, me, 'no thanks');
        expect(t.reply.content).toMatch(/haven't booked anything|nothing booked/);
        expect(await sessions(me.userId)).toEqual([]);
      });

      it.each([
        [
          'en',
          'book Sam for Thursday at 11am',
          'nah forget it actually',
          'what about priya then, same time',
          'yes',
          10,
        ],
        ['es', 'reserva con Sam el jueves a las 12', 'mejor no', 'y con priya a la misma hora?', 'vale', 11],
        [
          'fr',
          'réserve avec Sam jeudi à 13h',
          'laisse tomber',
          'et avec priya à la même heure ?',
          'ça marche',
          12,
        ],
        [
          'de',
          'buche Sam am Donnerstag um 14',
          'ne lass mal',
          'und bei priya zur gleichen zeit?',
          'geht klar',
          13,
        ],
      ])(
        '%s: after a no, "another mentor, same time" proposes the declined time with them and books it on a yes',
        async (_lang, ask, no, other, yes, utcHour) => {
          const me = await user();
          const first = await say(app, me, ask);
          expect(first.reply.proposal).toBeDefined();
          const declined = await say(app, me, no);
          expect(declined.reply.proposal).toBeUndefined();
          const again = await say(app, me, other);
          expect(again.reply.proposal?.summary).toContain('Priya Shah');
          await say(app, me, yes);
          expect(await sessions(me.userId)).toMatchObject([
            { mentor_id: mentors['Priya Shah']!.id, status: 'scheduled' },
          ]);
          expect(iso((await sessions(me.userId))[0]!.scheduled_at)).toBe(`2030-05-09T${utcHour}:00:00.000Z`);
        },
      );

      it('drops the proposal when the user talks about something else, so a later yes books nothing', async () => {
        const me = await user();
        await say(app, me, 'book Sam for Wednesday at 2pm');
        await say(app, me, "what's my streak?");
        const t = await say(app, me, 'yes');
        expect(t.tools).toEqual([]);
        expect(await sessions(me.userId)).toEqual([]);
        const [, second] = await repliesOf(app, me.userId);
        expect(second!.context?.proposalOutcome).toMatchObject({ decision: 'dropped' });
      });

      it('asks which mentor when none was named or asked for by topic, keeping the time said', async () => {
        const me = await user();
        const asked = await say(app, me, 'book a mentor session for Thursday at 11am');
        expect(asked.reply.content).toMatch(/Which of them do you mean, Maya: .*\*\*Sam Rivers\*\*/);
        expect(asked.reply.proposal).toBeUndefined();
        const named = await say(app, me, 'sam');
        expect(named.reply.content).toContain('with Sam Rivers on Thu 9 May, 11:00');
        expect(await sessions(me.userId)).toEqual([]);
      });

      it('asks for a time when none was given, then proposes it', async () => {
        const me = await user();
        const asked = await say(app, me, 'I want to book a session with Sam');
        expect(asked.reply.content).toMatch(/When would you like to meet|What day and time/);
        const proposed = await say(app, me, 'tomorrow at 9am for 30 minutes');
        expect(proposed.reply.content).toContain('30-minute');
        expect(proposed.reply.content).toContain('Tue 7 May, 09:00');
        await say(app, me, 'yes please');
        expect(await sessions(me.userId)).toMatchObject([{ duration_minutes: 30 }]);
      });

      it('offers another time when the mentor is already booked then', async () => {
        const first = await user('First Person');
        await say(app, first, 'book Sam for Thursday at 4pm');
        await say(app, first, 'yes');
        const me = await user();
        const t = await say(app, me, 'book Sam for Thursday at 4pm');
        expect(tools(t)).toEqual(['search_mentors:done', 'book_mentor_session:failed']);
        expect(t.reply.content).toContain('already has a session at that time');
        expect(t.reply.proposal).toBeUndefined();
      });

      it('books on chat:confirm from a button, once', async () => {
        const me = await user();
        const asked = await say(app, me, 'book Priya on Saturday at noon');
        const reply = nextEvent(me.socket, 'chat:message', (m) => m.role === 'assistant');
        const ack = await emitAck(me.socket, 'chat:confirm', { proposalId: asked.reply.proposal!.id });
        expect(ack).toEqual({ ok: true, confirmed: true });
        expect((await reply).content).toContain('Priya Shah');
        expect((await reply).replyTo).toBe(asked.messageId);
        expect(await sessions(me.userId)).toHaveLength(1);
        const twice = await emitAck(me.socket, 'chat:confirm', { proposalId: asked.reply.proposal!.id });
        expect(twice).toMatchObject({ ok: false, error: { code: 'proposal_not_open' } });
      });

      it('lets a proposal expire', async () => {
        const me = await user();
        await say(app, me, 'book Sam for Sunday at 5pm');
        clock.advance(31 * 60_000);
        await say(app, me, 'yes');
        expect(await sessions(me.userId)).toEqual([]);
      });
    });

    describe('cancelling and listing sessions', () => {
      const book = async (me: ChatUser, text: string) => {
        await say(app, me, text);
        await say(app, me, 'yes');
      };

      it('cancels the only session after a yes, and tells the mentor', async () => {
        const me = await user();
        await book(me, 'book Sam for Tuesday at 10am');
        const asked = await say(app, me, 'please cancel my session');
        expect(tools(asked)).toEqual(['list_my_sessions:done', 'cancel_mentor_session:done']);
        expect(asked.reply.content).toContain('cancel your session with Sam Rivers on Tue 7 May, 10:00');
        expect(await sessions(me.userId)).toMatchObject([{ status: 'scheduled' }]);
        await say(app, me, 'yes, cancel it');
        expect(await sessions(me.userId)).toMatchObject([{ status: 'cancelled' }]);
        expect(await notices(mentors['Sam Rivers']!.userId, 'session_cancelled')).not.toEqual([]);
      });

      it('asks which session when there are two, and cancels the one chosen', async () => {
        const me = await user();
        await book(me, 'book Sam for Wednesday at 10am');
        await book(me, 'book Priya for Thursday at 10am');
        const asked = await say(app, me, 'cancel a session');
        expect(asked.reply.content).toContain('Which session would you like to cancel?');
        const proposed = await say(app, me, 'the one with Priya');
        expect(proposed.reply.content).toContain('Priya Shah');
        await say(app, me, 'yes');
        const rowsNow = await sessions(me.userId);
        expect(rowsNow.map((r) => r.status)).toEqual(['scheduled', 'cancelled']);
      });

      it('says there is nothing to cancel', async () => {
        const me = await user();
        const t = await say(app, me, 'cancel my mentor session');
        expect(t.reply.content).toContain("don't have any upcoming mentor sessions");
      });

      it('lists upcoming sessions', async () => {
        const me = await user();
        await book(me, 'book Priya for Friday at 6pm');
        const t = await say(app, me, 'when is my next session?');
        expect(tools(t)).toEqual(['list_my_sessions:done']);
        expect(t.reply.content).toContain('**Priya Shah** — Fri 10 May, 18:00');
      });
    });

    describe('reminders', () => {
      it('sets a reminder for later, to the user only', async () => {
        const me = await user();
        const due = new Date(clock.now().getTime() + 20 * 60_000);
        const t = await say(app, me, 'remind me to drink water in 20 minutes');
        expect(tools(t)).toEqual(['create_reminder:done']);
        expect(t.reply.content).toMatch(/drink water|Drink water/);
        const [r] = await rows(
          app,
          sql`SELECT title, deliver_at FROM notifications WHERE user_id = ${me.userId} AND type = 'reminder'`,
          me.userId,
        );
        expect(r!.title).toBe('Drink water');
        expect(iso(r!.deliver_at)).toBe(due.toISOString());
      });

      it('asks when, then sets it for the time given', async () => {
        const me = await user();
        const asked = await say(app, me, 'can you remind me to stretch?');
        expect(asked.reply.content).toContain('When should I remind you to stretch?');
        await say(app, me, 'at 5pm');
        const [r] = await rows(
          app,
          sql`SELECT title, deliver_at FROM notifications WHERE user_id = ${me.userId}`,
          me.userId,
        );
        expect(r!.title).toBe('Stretch');
        expect(iso(r!.deliver_at)).toBe('2030-05-06T16:00:00.000Z');
      });

      it.each([
        ['en', 'remind me at 8pm to drink water', 'and tomorrow at 9 to call my mum', 'call my mum'],
        ['es', 'recuérdame a las 8 de la tarde tomar agua', 'y mañana a las 9 llamar a mi madre', 'mi madre'],
        ['de', 'erinnere mich um 20 uhr ans wasser trinken', 'und morgen um 9 an den zahnarzt', 'zahnarzt'],
      ])(
        '%s: a reminder said as the rest of the one just set is set too, without asking again',
        async (_lang, first, more, about) => {
          const me = await user();
          await say(app, me, first);
          const t = await say(app, me, more);
          expect(tools(t)).toEqual(['create_reminder:done']);
          expect(t.reply.proposal).toBeUndefined();
          const set = await rows(
            app,
            sql`SELECT title, deliver_at FROM notifications WHERE user_id = ${me.userId} AND type = 'reminder' ORDER BY deliver_at`,
            me.userId,
          );
          expect(set).toHaveLength(2);
          expect(String(set[1]!.title).toLowerCase()).toContain(about);
          expect(iso(set[1]!.deliver_at)).toBe('2030-05-07T08:00:00.000Z');
        },
      );

      it.each([
        [
          'en',
          'remind me tomorrow morning to water the plants',
          'water the plants',
          '2030-05-07T08:00:00.000Z',
        ],
        ['fr', 'rappelle-moi demain soir de sortir les poubelles', 'poubelles', '2030-05-07T18:00:00.000Z'],
        ['de', 'erinnere mich morgen früh an die tabletten', 'tabletten', '2030-05-07T08:00:00.000Z'],
      ])(
        '%s: a reminder for a part of a day is set at that part of the day (9:00, 15:00, 19:00, 21:00)',
        async (_lang, text, about, due) => {
          const me = await user();
          const t = await say(app, me, text);
          expect(tools(t)).toEqual(['create_reminder:done']);
          const [r] = await rows(
            app,
            sql`SELECT title, deliver_at FROM notifications WHERE user_id = ${me.userId} AND type = 'reminder'`,
            me.userId,
          );
          expect(String(r!.title).toLowerCase()).toContain(about);
          expect(iso(r!.deliver_at)).toBe(due);
        },
      );

      it('sends one now, pushed at once', async () => {
        const me = await user();
        const pushed = nextEvent(me.socket, 'notification');
        const t = await say(app, me, 'remind me now to breathe slowly');
        expect((await pushed).title).toBe('Breathe slowly');
        expect(t.reply.content).toContain('notifications');
      });
    });

    it('runs one turn at a time even while a booking is being proposed', async () => {
      const me = await user();
      const { randomUUID } = await import('node:crypto');
      await Promise.all(
        ['book Sam for Friday at 9am', 'yes'].map((content) =>
          emitAck(me.socket, 'chat:send', { clientMessageId: randomUUID(), content }),
        ),
      );
      await waitFor(() => me.seen.messages.length === 2, 10_000);
      // The yes was sent before the proposal existed: it agrees to nothing.
      expect(await sessions(me.userId)).toEqual([]);
    });
  },
);
