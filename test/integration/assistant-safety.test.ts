import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, repliesOf, rows, say } from '../helpers/assistant.ts';
import { assistantBackends } from '../helpers/db.ts';
import { fakeModelSuite } from '../helpers/model-suite.ts';
import { promoteToOperator } from '../helpers/places.ts';

/** Saturday 5 December 2026, 10:00 UTC. */
const start = '2026-12-05T10:00:00Z';

const lastContext = async (app: TestApp, userId: string) => (await repliesOf(app, userId)).at(-1)!.context!;

/** The safety layer through the real socket path: every category, every language, then the supportive days. */
describe.each(assistantBackends)('safety on the offline companion, on %s', (backend) => {
  let app: TestApp;
  const clock = manualClock(start);
  const users: ChatUser[] = [];
  const user = async (profile: { displayName?: string; timeZone?: string; password?: string } = {}) => {
    const u = await chatUser(app, { displayName: 'Maya Jones', timeZone: 'Europe/London', ...profile });
    users.push(u);
    return u;
  };

  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterEach(() => {
    for (const u of users.splice(0)) u.socket.close();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('puts the emergency number first for an overdose in progress, with the lines of the user’s country', async () => {
    const me = await user();
    const t = await say(app, me, 'i took like 20 of my sleeping pills an hour ago');
    expect(t.tools).toEqual([]);
    const firstLines = t.reply.content.split('\n').slice(0, 2).join('\n');
    expect(firstLines).toContain('999');
    expect(t.reply.content).toContain('116 123');
    expect(await lastContext(app, me.userId)).toMatchObject({
      result: 'crisis',
      crisis: true,
      crisisKind: 'emergency',
      riskLevel: 'crisis',
      language: 'en',
    });
  });

  it('answers abuse with the emergency number and an abuse line, never a café', async () => {
    const me = await user({ timeZone: 'America/Chicago' });
    const t = await say(app, me, "my partner hits me and I'm scared to go home");
    expect(t.reply.content).toContain('911');
    expect(t.reply.content).toMatch(/1-800-799-7233|thehotline/);
    expect(t.reply.content).not.toMatch(/caf[eé]/i);
    expect((await lastContext(app, me.userId)).crisisKind).toBe('abuse');
  });

  it('answers in the language of the message, with the lines of the country the zone lies in', async () => {
    const es = await user({ timeZone: 'Europe/Madrid' });
    const t = await say(app, es, 'ya no puedo más, quiero morirme');
    expect(t.reply.content).toContain('024');
    expect((await lastContext(app, es.userId)).language).toBe('es');
    const de = await user({ timeZone: 'Europe/Berlin' });
    const d = await say(app, de, 'ich will nicht mehr leben');
    expect(d.reply.content).toContain('0800 111 0 111');
    expect((await lastContext(app, de.userId)).language).toBe('de');
  });

  it('follows the country chosen in settings over the time zone', async () => {
    const me = await user({ timeZone: 'Europe/London' });
    const bad = await app.api('PATCH', '/api/me', { token: me.token, body: { crisisCountry: 'XX' } });
    expect(bad.status).toBe(400);
    const ok = await app.api('PATCH', '/api/me', { token: me.token, body: { crisisCountry: 'au' } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.crisisCountry).toBe('AU');
    const t = await say(app, me, 'kms');
    expect(t.reply.content).toContain('13 11 14');
    expect(t.reply.content).not.toContain('116 123');
  });

  it('asks gently, with the lines once, when a message only mentions a risk', async () => {
    const me = await user();
    const t = await say(app, me, 'suicide');
    expect(t.reply.content).toContain('116 123');
    expect(await lastContext(app, me.userId)).toMatchObject({ result: 'crisis', riskLevel: 'concern' });
  });

  it('leaves idioms, titles and professional talk to the companion', async () => {
    const me = await user();
    for (const text of [
      'watched suicide squad last night',
      'overdosed on coffee lol',
      'I work with self-harm patients',
    ]) {
      const t = await say(app, me, text);
      expect(t.reply.content, text).not.toContain('116 123');
      expect((await lastContext(app, me.userId)).result, text).not.toBe('crisis');
    }
  });

  it('stays supportive after a crisis for that day and the next, offering the lines again gently', async () => {
    const me = await user();
    await say(app, me, 'I want to kill myself');
    const talk = await say(app, me, 'can you just talk to me for a bit?');
    expect(talk.reply.content).not.toMatch(/welcome/i);
    expect(talk.reply.content).toMatch(/here|listening/i);
    expect(talk.reply.content).toContain('116 123');
    expect(await lastContext(app, me.userId)).toMatchObject({ support: true });
    const hello = await say(app, me, 'hello');
    expect(hello.reply.content).not.toMatch(/caf[eé]|gym|mentor|streak/i);
    // Asked plainly, a place is still found.
    const asked = await say(app, me, 'find me a quiet café');
    expect((await lastContext(app, me.userId)).tools?.[0]?.name).toBe('search_locations');
    expect(asked.tools.map((t) => `${t.name}:${t.status}`)).toContain('search_locations:started');
    // Answered by the place flow (here it asks where), not by the supportive words.
    expect(asked.reply.content).not.toMatch(/Thank you for telling me|I hear you|I'm listening/);
    // Two days on, the companion is itself again.
    clock.advance(2 * 24 * 3600_000);
    await say(app, me, 'hello');
    expect((await lastContext(app, me.userId)).support).toBeUndefined();
  });

  it('counts responses by category on /metrics without a word of content, and stores no risk flag beyond the reply', async () => {
    const me = await user();
    await say(app, me, 'my brother sent me a goodbye text and isnt answering');
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(
      /nightchill_safety_responses_total\{category="concern_other",level="crisis",language="en"\} [1-9]/,
    );
    expect(metrics).not.toContain('goodbye');
    const [row] = await rows(
      app,
      sql`SELECT count(*)::int AS n FROM chat_messages WHERE user_id = ${me.userId}`,
    );
    expect(row!.n).toBe(2);
  });

  it('gives operators the year’s counts, which outlive the account', async () => {
    const me = await user({ password: 'a long safety passphrase' });
    await say(app, me, 'he said he would kill me if i leave, i am hiding in the bathroom');
    const operator = await app.signUp();
    await promoteToOperator(app, operator.user.id);
    const report = () => app.api('GET', '/api/admin/safety-report?year=2026', { token: operator.token });
    // The tally is written beside the reply, not before it: poll it, bounded.
    for (let i = 0; i < 100 && ((await report()).body.report?.byCategory.abuse ?? 0) < 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    me.socket.close();
    const deleted = await app.api('DELETE', '/api/me', {
      token: me.token,
      body: { password: 'a long safety passphrase' },
    });
    expect(deleted.status).toBeLessThan(300);
    const res = await report();
    expect(res.status).toBe(200);
    expect(res.body.report.year).toBe(2026);
    expect(res.body.report.byCategory.abuse).toBeGreaterThanOrEqual(1);
    expect(res.body.report.referrals).toBeGreaterThanOrEqual(res.body.report.byCategory.abuse);
    const bad = await app.api('GET', '/api/admin/safety-report?year=26', { token: operator.token });
    expect(bad.status).toBe(400);
    const user403 = await app.api('GET', '/api/admin/safety-report', { token: (await app.signUp()).token });
    expect(user403.status).toBe(403);
  });
});

describe.each(assistantBackends)('safety on an OpenAI-compatible model, on %s', (backend) => {
  const s = fakeModelSuite(backend);
  const user = () => s.user({ displayName: 'Sam', timeZone: 'Europe/London' });

  it('answers a crisis before and instead of the model, and tells the model later only that one was flagged', async () => {
    const me = await user();
    const t = await say(s.app, me, 'the pills are ready, tonight is the night');
    expect(t.reply.content).toContain('116 123');
    expect(s.fake.requests).toHaveLength(0);
    expect((await lastContext(s.app, me.userId)).crisisKind).toBe('plan');
    s.fake.enqueue({ text: 'I am here with you.' });
    const next = await say(s.app, me, 'can we talk?');
    const sent = JSON.stringify(s.fake.requests[0]!.messages);
    expect(sent).toContain('Safety note');
    expect(sent).not.toContain('pills');
    expect(next.reply.content).toContain('I am here with you.');
  });

  it('gives the lines in the fallback when the model fails during a supportive conversation', async () => {
    const me = await user();
    await say(s.app, me, 'i want to unalive myself');
    s.fake.fallback = { status: 500 };
    const t = await say(s.app, me, 'are you still there?');
    expect(t.reply.content).toContain('116 123');
    expect((await lastContext(s.app, me.userId)).result).toBe('fallback');
  });

  it('hears the moderation endpoint as a second opinion: a flag it raises is answered without the model', async () => {
    const me = await user();
    s.fake.moderation = { flag: ['self-harm', 'self-harm/intent'] };
    const t = await say(s.app, me, 'tonight I will finally make the quiet permanent');
    expect(s.fake.moderations).toEqual(['tonight I will finally make the quiet permanent']);
    expect(s.fake.requests).toHaveLength(0);
    expect(t.reply.content).toContain('116 123');
    expect(await lastContext(s.app, me.userId)).toMatchObject({ result: 'crisis', riskLevel: 'crisis' });
  });

  it('goes on without the second opinion when the endpoint is slow or failing', async () => {
    const me = await user();
    s.fake.moderation = { flag: ['self-harm/intent'], delayMs: 3_000 };
    s.fake.enqueue({ text: 'Here is a calm café.' });
    const slow = await say(s.app, me, 'find somewhere calm');
    expect(slow.reply.content).toContain('Here is a calm café.');
    s.fake.moderation = { status: 500 };
    s.fake.enqueue({ text: 'Sure.' });
    const failing = await say(s.app, me, 'and a gym?');
    expect(failing.reply.content).toContain('Sure.');
  });

  it('still answers a crisis the local check knows without waiting for the second opinion', async () => {
    const me = await user();
    s.fake.moderation = { delayMs: 3_000 };
    const started = Date.now();
    const t = await say(s.app, me, 'I want to end my life');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(s.fake.moderations).toEqual([]);
    expect(t.reply.content).toContain('116 123');
  });
});
