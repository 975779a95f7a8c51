import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApi } from '../../web/src/api.ts';

/**
 * The web client's API calls around a token change (web/src/api.ts, `renewing`), against a real
 * HTTP server on 127.0.0.1:0 that takes one token at a time, as the server does after a password
 * change.
 */
describe('the web client’s calls while its token is replaced', () => {
  let server: Server;
  let base = '';
  let valid = 'old';
  /** Answers to /change wait for this, so a test can hold the change in flight. */
  let release: () => void = () => {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      const token = req.headers.authorization?.replace('Bearer ', '');
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (token !== valid) return answer(401, { error: { code: 'unauthorized', message: 'Sign in again.' } });
      if (req.url === '/change') {
        // The change commits (the old token dies at once), then answers when released.
        valid = 'new';
        new Promise<void>((r) => {
          release = r;
        }).then(() => answer(200, { token: 'new' }));
        return;
      }
      answer(200, { ok: true, token });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** The page's API over a token read from `token`, counting how often it signed the page out. */
  const page = (token: () => string) => {
    const out = { signedOut: 0 };
    return Object.assign(out, {
      api: createApi(token, () => {
        out.signedOut++;
      }),
    });
  };

  it('asks a call refused under the old token again under the new one, without signing out', async () => {
    valid = 'old';
    let token = 'old';
    const client = page(() => token);
    const { api } = client;
    const changing = api.renewing(async () => {
      const r = await api.post<{ token: string }>(`${base}/change`);
      token = r.token;
      return r.token;
    });
    // The change has committed on the server but not answered: a call with the old token is refused.
    await new Promise((r) => setTimeout(r, 50));
    const meanwhile = api.get<{ ok: boolean; token: string }>(`${base}/list`);
    await new Promise((r) => setTimeout(r, 50));
    release();
    await changing;
    expect(await meanwhile).toEqual({ ok: true, token: 'new' });
    expect(client.signedOut).toBe(0);
  });

  it('signs out, without waiting for itself, when the change is refused (the token had expired)', async () => {
    valid = 'someone else';
    const client = page(() => 'old');
    const { api } = client;
    const refused = await api
      .renewing(() => api.post<{ token: string }>(`${base}/change`))
      .catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(401);
    expect(client.signedOut).toBe(1);
  });

  it('signs out on a 401 when no change is under way', async () => {
    valid = 'new';
    const client = page(() => 'old');
    await expect(client.api.get(`${base}/list`)).rejects.toBeInstanceOf(ApiError);
    expect(client.signedOut).toBe(1);
  });
});
