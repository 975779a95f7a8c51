import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Clock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from './app.ts';
import { type ChatUser, chatUser, type Turn } from './assistant.ts';
import type { Backend } from './db.ts';
import { type FakeModel, startFakeModel } from './fake-model.ts';

type Profile = Parameters<typeof chatUser>[1];

/**
 * A describe block's app for chatting, started before its tests: on the offline companion, or on
 * the fake model (the real SDK over HTTP to it) with `fakeModel`. Users made with `user()` (the
 * suite's `profile` unless given one) are closed, and the model's script reset, after each test.
 */
export function chatSuite(
  backend: Backend,
  options: {
    fakeModel?: boolean;
    clock?: Clock;
    profile?: Profile;
    /** Run for each of a test's users after it, before its socket is closed. */
    cleanUp?: (app: TestApp, user: ChatUser) => Promise<unknown>;
  } = {},
) {
  const users: ChatUser[] = [];
  const suite = {
    fake: undefined as unknown as FakeModel,
    app: undefined as unknown as TestApp,
    async user(profile: Profile = options.profile): Promise<ChatUser> {
      const u = await chatUser(suite.app, profile);
      users.push(u);
      return u;
    },
  };
  beforeAll(async () => {
    if (options.fakeModel) suite.fake = await startFakeModel();
    suite.app = await startTestApp(backend, {
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.fakeModel ? { env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: suite.fake.url } } : {}),
    });
  });
  afterEach(async () => {
    for (const u of users.splice(0)) {
      await options.cleanUp?.(suite.app, u);
      u.socket.close();
    }
    suite.fake?.reset();
  });
  afterAll(async () => {
    await suite.app?.close();
    await suite.fake?.close();
  });
  return suite;
}

/** `chatSuite` on the fake model. */
export const fakeModelSuite = (backend: Backend) => chatSuite(backend, { fakeModel: true });

/** The tools a turn ran, as `name:status`, leaving out the `started` events. */
export const toolsRun = (t: Turn): string[] =>
  t.tools.filter((x) => x.status !== 'started').map((x) => `${x.name}:${x.status}`);
