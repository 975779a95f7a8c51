import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, repliesOf, rows, say } from '../helpers/assistant.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation } from '../helpers/factories.ts';
import { toolsRun } from '../helpers/model-suite.ts';
import { emitAck, waitFor } from '../helpers/sockets.ts';

/** Monday 6 May 2030, 09:00 in London. */
const start = '2030-05-06T08:00:00Z';
const here = { lat: 51.5074, lng: -0.1278 };
const far = { lat: 51.55, lng: -0.2 };

/** What the offline companion does through the real socket path, place by place and word by word. */
describe.each(backends)(
  'the offline companion: places, check-ins, journey and small talk, on %s',
  (backend) => {
    let app: TestApp;
    const clock = manualClock(start);
    const users: ChatUser[] = [];
    const place: Record<string, string> = {};
    const user = async (displayName = 'Maya Jones') => {
      const u = await chatUser(app, { displayName, timeZone: 'Europe/London' });
      users.push(u);
      return u;
    };
    const tools = toolsRun;
    const checkIns = (userId: string) =>
      rows(
        app,
        sql`SELECT l.name, c.mood FROM check_ins c JOIN locations l ON l.id = c.location_id WHERE c.user_id = ${userId} ORDER BY c.created_at`,
        userId,
      );
    const lastContext = async (userId: string) => (await repliesOf(app, userId)).at(-1)!.context!;

    beforeAll(async () => {
      app = await startTestApp(backend, { clock });
      const db = app.deps.database.db;
      const make = async (name: string, values: Parameters<typeof makeLocation>[1]) => {
        place[name] = (await makeLocation(db, { name, ...values })).id;
      };
      await make('Quiet Beans', {
        latitude: 51.5075,
        longitude: -0.1278,
        anxietyLevel: 'low',
        hasQrReward: true,
      });
      await make('Busy Bean Bar', { latitude: 51.509, longitude: -0.128, anxietyLevel: 'high' });
      await make('Calm Gym', {
        type: 'gym',
        latitude: 51.512,
        longitude: -0.1278,
        anxietyLevel: 'low',
        isBeginnerFriendly: true,
      });
      await make('Riverside Café', { latitude: 51.506, longitude: -0.12, anxietyLevel: 'medium' });
      await make('Riverside Gym', { type: 'gym', latitude: 51.5062, longitude: -0.1205 });
      await make('Green Bowl', {
        type: 'nutrition',
        latitude: 51.508,
        longitude: -0.129,
        anxietyLevel: 'low',
      });
      await make('Partner Hub', {
        type: 'partner',
        latitude: 51.5076,
        longitude: -0.126,
        anxietyLevel: 'high',
      });
      const manchester = { city: 'Manchester', latitude: 53.481, longitude: -2.243 };
      await make('Northern Calm Gym', {
        ...manchester,
        type: 'gym',
        anxietyLevel: 'low',
        isBeginnerFriendly: true,
      });
      await make('Loud Lifts', { ...manchester, type: 'gym', anxietyLevel: 'high', longitude: -2.245 });
    });
    afterEach(() => {
      for (const u of users.splice(0)) u.socket.close();
    });
    afterAll(() => app?.close());

    describe('finding places', () => {
      it('lists quiet cafés near the coordinates the phone sent, and only quiet ones', async () => {
        const me = await user();
        const t = await say(app, me, 'Any quiet cafés near me?', { location: here });
        expect(tools(t)).toEqual(['search_locations:done']);
        expect(t.reply.content).toContain('**Quiet Beans**');
        expect(t.reply.content).not.toContain('Busy Bean Bar');
        expect(t.reply.content).toContain('Maya');
        expect(JSON.parse((await lastContext(me.userId)).tools![0]!.arguments)).toEqual({
          type: 'coffee',
          quiet: true,
          limit: 5,
        });
      });

      it('finds beginner-friendly gyms in a named city', async () => {
        const me = await user();
        const t = await say(app, me, 'Can you find a beginner friendly gym in Manchester?');
        expect(t.reply.content).toContain('Northern Calm Gym');
        expect(t.reply.content).not.toContain('Loud Lifts');
        expect(t.reply.content).toContain('in Manchester');
      });

      it('asks where when it has no location, then searches the city the user names', async () => {
        const me = await user();
        const asked = await say(app, me, 'Find me somewhere quiet for coffee');
        expect(asked.reply.content).toMatch(/which city or area|Tell me a city/);
        expect(await lastContext(me.userId)).toMatchObject({ offline: { awaiting: 'location' } });
        const t = await say(app, me, 'London');
        expect(t.reply.content).toContain('Quiet Beans');
        expect(t.reply.content).toContain('in London');
      });

      it('finds healthy food spots near the user', async () => {
        const me = await user();
        const t = await say(app, me, 'Where can I get a healthy lunch nearby?', { location: here });
        expect(t.reply.content).toContain('Green Bowl');
        expect(t.reply.content).not.toContain('Quiet Beans');
      });

      it('says so when nothing is marked quiet, and shows the closest instead', async () => {
        const me = await user();
        const t = await say(app, me, 'Are there any quiet partner places near me?', { location: here });
        expect(tools(t)).toEqual(['search_locations:done', 'search_locations:done']);
        expect(t.reply.content).toContain('marked as quiet');
        expect(t.reply.content).toContain('Partner Hub');
      });

      it('is honest about a city it knows nothing of', async () => {
        const me = await user();
        const t = await say(app, me, 'Find a quiet café in Atlantis');
        expect(tools(t)).toEqual(['search_locations:failed']);
        expect(t.reply.content).toContain("I don't know any places in Atlantis");
      });

      it('tells more about a place from the list it just gave', async () => {
        const me = await user();
        await say(app, me, 'Show me calm gyms near me', { location: here });
        const t = await say(app, me, 'Tell me more about the first one');
        expect(tools(t)).toEqual(['get_location:done']);
        expect(t.reply.content).toContain('**Calm Gym** is at 1 Test Street, London');
        expect(t.reply.content).toContain('beginner-friendly');
      });

      it('filters on open now by each place’s own hours', async () => {
        const cafe = {
          latitude: 51.5135,
          longitude: -0.1365,
          anxietyLevel: 'low',
          timeZone: 'Europe/London',
        } as const;
        await makeLocation(app.deps.database.db, {
          ...cafe,
          name: 'Night Owl Café',
          hours: { mon: ['20:00-23:00'] },
        });
        await makeLocation(app.deps.database.db, {
          ...cafe,
          name: 'Early Bird Café',
          hours: { mon: ['07:00-17:00'] },
        });
        const me = await user();
        const t = await say(app, me, 'Which quiet cafés are open now near me?', { location: here });
        expect(t.reply.content).toContain('Early Bird Café');
        expect(t.reply.content).not.toContain('Night Owl Café');
        expect(t.reply.content).not.toContain('Quiet Beans'); // no opening hours known
      });
    });

    describe('checking in', () => {
      it('checks in at a named place with the mood mentioned, and earns the coffee reward', async () => {
        const me = await user();
        const t = await say(app, me, 'Check me in at Quiet Beans, feeling calm', { location: here });
        expect(tools(t)).toEqual(['search_locations:done', 'check_in:done']);
        expect(await checkIns(me.userId)).toEqual([{ name: 'Quiet Beans', mood: 'calm' }]);
        expect(t.reply.content).toContain('**Quiet Beans**');
        expect(t.reply.content).toContain('Glad you feel calm');
        expect(t.reply.content).toContain('Rewards tab');
        expect(await rows(app, sql`SELECT type FROM rewards WHERE user_id = ${me.userId}`)).toEqual([
          { type: 'coffee' },
        ]);
      });

      it('counts a second check-in within the hour once, and says so', async () => {
        const me = await user();
        await say(app, me, "I'm at Quiet Beans", { location: here });
        const t = await say(app, me, "I'm at Quiet Beans again", { location: here });
        expect(await checkIns(me.userId)).toHaveLength(1);
        expect(t.reply.content).toContain('already checked in at **Quiet Beans**');
      });

      it('asks which place when the name fits two, then checks in the one chosen', async () => {
        const me = await user();
        const asked = await say(app, me, 'check me in at Riverside');
        expect(asked.reply.content).toMatch(/Which one|which of these|which one is it/i);
        expect(asked.reply.content).toContain('Riverside Café');
        expect(asked.reply.content).toContain('Riverside Gym');
        expect(await checkIns(me.userId)).toEqual([]);
        const t = await say(app, me, 'the gym one, number 2');
        expect(tools(t)).toEqual(['check_in:done']);
        const [chosen] = await checkIns(me.userId);
        expect(t.reply.content).toContain(`**${chosen!.name}**`);
      });

      it('checks in where the phone is when the user just says they have arrived', async () => {
        const me = await user();
        const t = await say(app, me, "I've arrived, I'm here", {
          location: { lat: 51.50751, lng: -0.12781 },
        });
        expect(await checkIns(me.userId)).toEqual([{ name: 'Quiet Beans', mood: null }]);
        expect(t.reply.content).toContain('Quiet Beans');
      });

      it('checks in at "the first one" from the list it gave', async () => {
        const me = await user();
        await say(app, me, 'any quiet cafes near me?', { location: here });
        const t = await say(app, me, 'check me in at the first one', { location: here });
        expect(tools(t)).toEqual(['check_in:done']);
        expect(await checkIns(me.userId)).toEqual([{ name: 'Quiet Beans', mood: null }]);
      });

      it('refuses kindly when the phone is far from the place', async () => {
        const me = await user();
        const t = await say(app, me, 'Check me in at Quiet Beans', { location: far });
        // The places around the phone first (none of that name), then the name further away.
        expect(tools(t)).toEqual(['search_locations:done', 'search_locations:done', 'check_in:failed']);
        expect(t.reply.content).toMatch(/You seem to be \d+ m from Quiet Beans/);
        expect(await checkIns(me.userId)).toEqual([]);
      });

      it('records feeling anxious, and answers gently', async () => {
        const me = await user();
        const t = await say(app, me, 'Just arrived at Calm Gym, feeling a bit anxious');
        expect(await checkIns(me.userId)).toEqual([{ name: 'Calm Gym', mood: 'anxious' }]);
        expect(t.reply.content).toContain('brave');
      });

      it('records motivated and neutral moods', async () => {
        const me = await user();
        await say(app, me, 'check in at Green Bowl, I feel motivated!');
        clock.advance(2 * 3600_000);
        await say(app, me, "I'm at Green Bowl, feeling ok");
        expect((await checkIns(me.userId)).map((c) => c.mood)).toEqual(['motivated', 'neutral']);
      });

      it('says when it cannot find the place named', async () => {
        const me = await user();
        const t = await say(app, me, 'check me in at The Moon Lounge');
        expect(t.reply.content).toContain('I couldn\'t find a place called "The Moon Lounge"');
        expect(await checkIns(me.userId)).toEqual([]);
      });

      it('asks where, then checks in at the place named in the answer', async () => {
        const me = await user();
        const asked = await say(app, me, 'check me in please');
        expect(asked.reply.content).toMatch(/what's the name of the place|Tell me the name of the place/);
        const t = await say(app, me, 'Green Bowl');
        expect(tools(t)).toEqual(['search_locations:done', 'check_in:done']);
        expect(await checkIns(me.userId)).toEqual([{ name: 'Green Bowl', mood: null }]);
      });
    });

    describe('journey and rewards', () => {
      it('reports the streak in days across check-ins on consecutive days', async () => {
        const me = await user();
        await say(app, me, 'check me in at Green Bowl');
        clock.advance(24 * 3600_000);
        await say(app, me, 'check me in at Green Bowl');
        const t = await say(app, me, "what's my streak?");
        expect(tools(t)).toEqual(['get_journey:done']);
        expect(t.reply.content).toContain('Your streak is 2 days');
      });

      it('tells the level and what the next one needs', async () => {
        const me = await user();
        const t = await say(app, me, 'What level am I on?');
        expect(t.reply.content).toContain('level 1 of 5');
        expect(t.reply.content).toContain('3 more check-ins');
      });

      it('lists milestones reached', async () => {
        const me = await user();
        await say(app, me, 'check me in at Calm Gym');
        const t = await say(app, me, 'which milestones have I got?');
        expect(t.reply.content).toMatch(/Milestones so far: .*First check-in/);
      });

      it('sums up progress when asked how they are doing', async () => {
        const me = await user();
        const t = await say(app, me, 'how am I doing on my journey?');
        expect(t.reply.content).toContain('level 1 of 5');
        expect(t.reply.content).toContain("You don't have a streak going right now");
      });

      it('says when there are no rewards yet, and how to earn one', async () => {
        const me = await user();
        const t = await say(app, me, 'do I have any rewards?');
        expect(tools(t)).toEqual(['list_rewards:done']);
        expect(t.reply.content).toContain("don't have any active rewards");
      });

      it('lists an earned coffee reward, without its QR code', async () => {
        const me = await user();
        await say(app, me, 'check me in at Quiet Beans', { location: here });
        const t = await say(app, me, 'any free coffee for me?');
        expect(t.reply.content).toContain('You have 1 active reward');
        const [reward] = await rows(app, sql`SELECT qr_code FROM rewards WHERE user_id = ${me.userId}`);
        expect(t.reply.content).not.toContain(String(reward!.qr_code));
      });
    });

    describe('talking', () => {
      it('greets a new user by name, saying first that it is an AI', async () => {
        const me = await user('Maya Jones');
        const t = await say(app, me, 'hello!');
        expect(t.reply.content).toMatch(/^I'm NightChill's AI companion — an AI, not a person/);
        expect(t.reply.content).toContain('Maya');
        expect(t.deltas.join('')).toBe(t.reply.content);
        expect((await lastContext(me.userId)).aiNoticeAt).toBe(clock.now().toISOString());
        const again = await say(app, me, 'hi again');
        expect(again.reply.content).not.toContain('AI companion');
      });

      it('says it is an AI whenever asked, and again after three hours', async () => {
        const me = await user();
        await say(app, me, 'hi');
        const asked = await say(app, me, 'wait, are you a real person?');
        expect(asked.reply.content).toMatch(/^I'm NightChill's AI companion/);
        expect(asked.reply.content).toContain("Yes — I'm an AI");
        clock.advance(3 * 3600_000 + 60_000);
        const later = await say(app, me, 'thanks');
        expect(later.reply.content).toMatch(/^I'm NightChill's AI companion/);
      });

      it('answers feeling anxious with care, noting it in the mood log, and offers a breathing exercise', async () => {
        const me = await user();
        const t = await say(app, me, "I'm feeling really anxious about going out today");
        expect(tools(t)).toEqual(['log_mood:done']);
        expect(t.reply.content).toMatch(/hard day|tough|heavy/);
        expect(t.reply.content).toContain('breathing exercise');
      });

      it('answers thanks, goodbyes and how-are-you warmly', async () => {
        const me = await user('Alex');
        await say(app, me, 'hey');
        expect((await say(app, me, 'thank you so much')).reply.content).toMatch(
          /welcome|Any time|Glad I could help/,
        );
        expect((await say(app, me, 'how are you?')).reply.content).toContain('Alex');
        expect((await say(app, me, 'bye, good night')).reply.content).toMatch(/Take care|Bye for now/);
      });

      it('answers what it does not understand honestly, with what it can do', async () => {
        const me = await user();
        await say(app, me, 'hi');
        const t = await say(app, me, 'What is the capital of Peru?');
        expect(t.reply.content).toMatch(/^I'm (not quite sure|sorry|not certain)/);
        expect(t.reply.content).toContain('I can find quiet cafés');
      });

      it('explains what it can do when asked', async () => {
        const me = await user();
        const t = await say(app, me, 'what can you do?');
        expect(t.reply.content).toContain('check you in');
        expect(t.reply.content).toContain('book a peer mentor');
      });

      it('varies its words from person to person, using each name', async () => {
        // The wording is picked by a hash of the (random) user id, the text and the time, out of
        // three: six people all got the same one in 1 run of ~250 (3^-5); twelve, 1 in ~177,000.
        const names = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea'];
        const replies: string[] = [];
        for (const name of names) {
          const me = await user(name);
          const t = await say(app, me, 'hello');
          expect(t.reply.content).toContain(name);
          replies.push(t.reply.content.replace(name, '<name>'));
        }
        expect(new Set(replies).size).toBeGreaterThan(1);
      });
    });

    describe('safety and order', () => {
      it('answers a crisis at once with the lines of the user’s country, runs no tool, keeps it out of later turns', async () => {
        const me = await user();
        await say(app, me, 'find a quiet café', { location: here });
        const t = await say(app, me, "I don't want to be alive any more", { location: here });
        expect(t.tools).toEqual([]);
        expect(t.reply.content).toMatch(/^Maya, /);
        expect(t.reply.content).toContain('116 123');
        expect(await lastContext(me.userId)).toMatchObject({
          crisis: true,
          result: 'crisis',
          crisisKind: 'suicidal',
        });
        expect(await checkIns(me.userId)).toEqual([]);
        // The next reply offers the line again in one sentence, not the whole response.
        const after = await say(app, me, 'thanks for listening');
        expect(after.reply.content.match(/116 123/g)).toHaveLength(1);
        expect(after.reply.content.length).toBeLessThan(t.reply.content.length);
      });

      it('answers three messages sent at once in order, one turn each', async () => {
        const me = await user();
        const acks = await Promise.all(
          ["what's my streak?", 'any rewards?', 'what level am I?'].map((content) =>
            emitAck(me.socket, 'chat:send', { clientMessageId: randomUUID(), content }),
          ),
        );
        await waitFor(() => me.seen.messages.length === 3, 10_000);
        const order = acks.map((a) => a.message.id as string).sort();
        expect(me.seen.messages.map((m) => m.replyTo)).toEqual(order);
        const stored = await repliesOf(app, me.userId);
        expect(stored.map((r) => r.context?.tools?.[0]?.name)).toEqual([
          'get_journey',
          'list_rewards',
          'get_journey',
        ]);
        expect(new Set(stored.map((r) => r.context?.turnId)).size).toBe(3);
      });
    });
  },
);
