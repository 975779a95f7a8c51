import { queryObjects } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, say } from '../helpers/assistant.ts';
import { backends } from '../helpers/db.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';

/**
 * The soak drill's leak (docs/reliability.md): every turn on an OpenAI-compatible model left an
 * AbortController and its signals on the heap for good, ~5,500 in 4 minutes per instance. Counted
 * here around 30 turns with `v8.queryObjects` (Node's count of the live objects of a class, after a
 * full garbage collection; experimental in Node 20, and it warns so), the same count a heap
 * snapshot gives without writing and reading one of this whole process (that took 50 s of the
 * run). The leak kept one per turn, so 30 kept would fail the bound of 10 three times over.
 */
describe('assistant turns on a model leave nothing behind', () => {
  let fake: FakeModel;
  let app: TestApp;
  // Several users: one may send 30 messages a minute.
  const people: ChatUser[] = [];
  beforeAll(async () => {
    fake = await startFakeModel();
    fake.fallback = { text: 'A calm reply from the fake model.', chunkSize: 8 };
    // PostgreSQL where the run has one: PGlite would run in this process, on the heap being counted.
    app = await startTestApp(backends.at(-1)!, {
      env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url },
    });
    for (let i = 0; i < 4; i++) people.push(await chatUser(app));
  });
  afterAll(async () => {
    for (const p of people) p.socket.close();
    await app?.close();
    await fake?.close();
  });

  const abortControllers = () => queryObjects(AbortController) as number;

  // Each count is a full collection of this process (seconds here, more under a loaded run): three
  // in all. The turns' own garbage is not counted (each turn makes controllers that become
  // garbage), and twenty controllers still referenced are: the count can see a leak.
  it('keeps no AbortController per finished turn, and counts those still referenced', async () => {
    for (let i = 0; i < 8; i++) await say(app, people[i % 4]!, `Warming up ${i}`);
    const before = abortControllers();
    for (let i = 0; i < 30; i++) {
      const turn = await say(app, people[i % 4]!, `Somewhere quiet, please (${i})`);
      expect(turn.reply.content).toContain('A calm reply from the fake model.');
    }
    const after = abortControllers();
    expect(after - before).toBeLessThan(10);
    const kept: AbortController[] = Array.from({ length: 20 }, () => new AbortController());
    expect(abortControllers() - after).toBeGreaterThanOrEqual(kept.length);
  }, 120_000);
});
