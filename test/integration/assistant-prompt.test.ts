import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { countTokens } from '../../src/assistant/memory/history.ts';
import { defaultAssistantOptions } from '../../src/assistant/options.ts';
import { rows, say } from '../helpers/assistant.ts';
import { assistantBackends } from '../helpers/db.ts';
import { type ModelRequest, toolResults } from '../helpers/fake-model.ts';
import { seedConversation } from '../helpers/history.ts';
import { makeTestMentor } from '../helpers/mentors.ts';
import { fakeModelSuite } from '../helpers/model-suite.ts';

const CORE = ['search_locations', 'get_location', 'check_in', 'get_journey', 'guide_exercise'];
const namesOf = (request: ModelRequest): string[] =>
  (request.tools ?? []).map((t: { function: { name: string } }) => t.function.name);
/** As the bench counts it: the JSON of the request's messages and tool schemas, in o200k tokens. */
const tokensOf = (request: ModelRequest) =>
  countTokens(JSON.stringify({ messages: request.messages, tools: request.tools }));

describe.each(assistantBackends)('the prompt a turn sends the model, on %s', (backend) => {
  const s = fakeModelSuite(backend);
  const user = () => s.user({ displayName: 'Sam' });

  it('offers the core on a plain turn, the booking tools through a booking and its yes, and a tool called unoffered next', async () => {
    const mentor = await makeTestMentor(s.app, { scheduleType: 'virtual' });
    const me = await user();
    await say(s.app, me, 'hello');
    expect(namesOf(s.fake.requests[0]!)).toEqual(CORE);

    const booking = {
      mentorId: mentor.mentor.id,
      scheduledAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      durationMinutes: 45,
      sessionType: 'virtual',
    };
    s.fake.enqueue(
      { tools: [{ name: 'book_mentor_session', arguments: booking }] },
      { text: 'Shall I book it?' },
    );
    const asked = await say(s.app, me, 'Book me a session with my mentor the day after tomorrow');
    expect(asked.reply.proposal?.summary).toMatch(/^Book a 45-minute virtual session/);
    const mentorTools = [
      'search_mentors',
      'list_my_sessions',
      'book_mentor_session',
      'cancel_mentor_session',
      'reschedule_mentor_session',
    ];
    expect(namesOf(s.fake.requests[1]!)).toEqual(expect.arrayContaining([...CORE, ...mentorTools]));
    expect(namesOf(s.fake.requests[1]!)).not.toContain('create_reminder');

    s.fake.enqueue({ text: 'Booked.' });
    await say(s.app, me, 'yes');
    // The server carried the booking out before asking the model: the tools to change it stay offered.
    expect(namesOf(s.fake.requests[3]!)).toEqual(expect.arrayContaining(mentorTools));
    expect(
      await rows(s.app, sql`SELECT duration_minutes FROM mentor_sessions WHERE user_id = ${me.userId}`),
    ).toEqual([{ duration_minutes: 45 }]);

    // list_rewards is not offered here; called anyway, it runs, and the next step offers it.
    s.fake.enqueue({ tools: [{ name: 'list_rewards', arguments: {} }] }, { text: 'No rewards yet.' });
    const thanked = await say(s.app, me, 'thanks, that is all');
    expect(namesOf(s.fake.requests[4]!)).not.toContain('list_rewards');
    const rewards = [...toolResults(s.fake.requests[5]!).values()].at(-1);
    expect(rewards).toMatchObject({ ok: true, data: { status: 'active', rewards: [] } });
    expect(namesOf(s.fake.requests[5]!)).toContain('list_rewards');
    expect(thanked.reply.content).toContain('No rewards yet.');
  });

  it(`keeps turn 1,000 within ${defaultAssistantOptions.promptTokenBudget} tokens, with the proposal and a message of the largest size`, async () => {
    const mentor = await makeTestMentor(s.app, { scheduleType: 'virtual' });
    const me = await user();
    const words = 'I would like a calm place to sit for an hour after work, away from the noise. ';
    await seedConversation(s.app.deps, me.userId, 997, (i) => ({
      user: words.repeat(2),
      reply: words.repeat(3),
      // Every third reply searched places: a result older turns see as its summary line.
      ...(i % 3 === 0
        ? {
            context: {
              tools: [
                {
                  id: `call_${i}`,
                  name: 'search_locations',
                  arguments: '{"quiet":true}',
                  ok: true,
                  summary: '5 places found',
                  brief: JSON.stringify({ ok: true, data: { places: [], filler: words.repeat(12) } }),
                },
              ],
            },
          }
        : {}),
    }));
    await say(s.app, me, 'Where should I go tonight?');
    const plain = s.fake.requests[0]!;
    expect(tokensOf(plain)).toBeLessThanOrEqual(defaultAssistantOptions.promptTokenBudget);
    expect(plain.messages[1].content).toMatch(/^Earlier messages of this conversation are not shown/);
    // The newest exchanges as they were, the older ones' results as their summary line.
    const results = plain.messages.filter((m: { role: string }) => m.role === 'tool');
    expect(results.at(-1).content).toContain('filler');
    expect(results[0].content).toBe(JSON.stringify({ ok: true, untrusted: { summary: '5 places found' } }));

    const booking = {
      mentorId: mentor.mentor.id,
      scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      sessionType: 'virtual',
    };
    s.fake.enqueue({ tools: [{ name: 'book_mentor_session', arguments: booking }] }, { text: 'Shall I?' });
    await say(s.app, me, 'Could you book my mentor for Friday?');
    // Turn 1,000: a message of the largest size, about something else; the proposal lapses.
    const long = `Sorry, first something else. ${words.repeat(60)}`.slice(0, 4_000);
    await say(s.app, me, long);
    const last = s.fake.requests.at(-1)!;
    expect(tokensOf(last)).toBeLessThanOrEqual(defaultAssistantOptions.promptTokenBudget);
    expect(last.messages.at(-1)).toEqual({ role: 'user', content: long });
    const notes = last.messages.filter((m: { role: string }) => m.role === 'system');
    expect(
      notes.some((m: { content: string }) => /^Your earlier proposal \("Book a 60-minute/.test(m.content)),
    ).toBe(true);
    expect(namesOf(last)).toContain('book_mentor_session');
    // The booking call itself is still shown, so "make it 4pm" has the mentor to keep.
    expect(JSON.stringify(last.messages)).toContain(mentor.mentor.id);
  });
});
