import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyHeap } from '../../drills/lib/heap.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, say } from '../helpers/assistant.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';

/**
 * The soak drill's leak (docs/reliability.md): every turn on an OpenAI-compatible model left an
 * AbortController and its signals on the heap for good, ~5,500 in 4 minutes per instance. Counted
 * here in heap snapshots of this process (a snapshot collects garbage first) around 30 turns: the
 * leak kept one per turn, so 30 kept would fail the bound of 10 three times over.
 */
describe('assistant turns on a model leave nothing behind', () => {
  let fake: FakeModel;
  let app: TestApp;
  // Several users: one may send 30 messages a minute.
  const people: ChatUser[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'nightchill-heap-'));
  beforeAll(async () => {
    fake = await startFakeModel();
    fake.fallback = { text: 'A calm reply from the fake model.', chunkSize: 8 };
    app = await startTestApp('pglite', { env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url } });
    for (let i = 0; i < 4; i++) people.push(await chatUser(app));
  });
  afterAll(async () => {
    for (const p of people) p.socket.close();
    await app?.close();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const abortControllers = (name: string) =>
    tallyHeap(writeHeapSnapshot(path.join(dir, `${name}.heapsnapshot`))).get('object AbortController')
      ?.count ?? 0;

  it('keeps no AbortController per finished turn', async () => {
    for (let i = 0; i < 8; i++) await say(app, people[i % 4]!, `Warming up ${i}`);
    const before = abortControllers('before');
    for (let i = 0; i < 30; i++) {
      const turn = await say(app, people[i % 4]!, `Somewhere quiet, please (${i})`);
      expect(turn.reply.content).toContain('A calm reply from the fake model.');
    }
    const after = abortControllers('after');
    expect(after - before).toBeLessThan(10);
  }, 120_000);
});
