import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from './app.ts';
import { type ChatUser, chatUser } from './assistant.ts';
import type { Backend } from './db.ts';
import { type FakeModel, startFakeModel } from './fake-model.ts';

/**
 * A describe block's app on the fake model (the real SDK over HTTP to it), started before its tests:
 * users made with `user()` are closed and the model's script reset after each test.
 */
export function fakeModelSuite(backend: Backend) {
  const users: ChatUser[] = [];
  const suite = {
    fake: undefined as unknown as FakeModel,
    app: undefined as unknown as TestApp,
    async user(profile?: Parameters<typeof chatUser>[1]): Promise<ChatUser> {
      const u = await chatUser(suite.app, profile);
      users.push(u);
      return u;
    },
  };
  beforeAll(async () => {
    suite.fake = await startFakeModel();
    suite.app = await startTestApp(backend, {
      env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: suite.fake.url },
    });
  });
  afterEach(() => {
    for (const u of users.splice(0)) u.socket.close();
    suite.fake.reset();
  });
  afterAll(async () => {
    await suite.app?.close();
    await suite.fake?.close();
  });
  return suite;
}
