import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { browserSuite, inPage, openPage, sendChat, signUpInBrowser, tokenOf } from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';

const outboxKeys = `Object.keys(localStorage).filter((k) => k.startsWith('nightchill.outbox.'))`;

interface Stored {
  id: string;
  role: string;
  content: string;
  clientMessageId?: string;
}

describe.each(browserBackends)('the web client offline and back, on %s', (backend) => {
  const s = browserSuite(backend);

  const stored = async (token: string): Promise<Stored[]> =>
    (await s.app.api('GET', '/api/me/messages?limit=100', { token })).body.messages;

  it('queues messages sent offline and delivers each exactly once on reconnect, in order', async () => {
    const { page, context, errors } = await openPage(s.browser, s.app);
    await signUpInBrowser(page, `ola_${randomUUID().slice(0, 8)}`, 'Ola Berg');
    await page.getByRole('button', { name: 'I understand and agree' }).click();
    await sendChat(page, 'hello there');
    await page.getByTestId('message-assistant').first().waitFor({ timeout: 20_000 });
    const token = await tokenOf(page);

    await context.setOffline(true);
    await page.getByTestId('offline-banner').waitFor();
    await sendChat(page, 'what is my streak?');
    await sendChat(page, 'thank you');
    expect(await page.getByTestId('queued').count()).toBe(2);
    // Nothing left the browser while offline.
    expect((await stored(token)).filter((m) => m.role === 'user').map((m) => m.content)).toEqual([
      'hello there',
    ]);
    // The queue outlives a reload while offline.
    const queue = await inPage<string[]>(page, outboxKeys);
    expect(queue).toHaveLength(1);

    await context.setOffline(false);
    await expect
      .poll(async () => (await stored(token)).filter((m) => m.role === 'assistant').length, {
        timeout: 20_000,
      })
      .toBe(3);
    await page.getByTestId('queued').first().waitFor({ state: 'detached' });
    const mine = (await stored(token)).filter((m) => m.role === 'user').reverse();
    expect(mine.map((m) => m.content)).toEqual(['hello there', 'what is my streak?', 'thank you']);
    expect(new Set(mine.map((m) => m.clientMessageId)).size).toBe(3);

    // What the page shows matches what is stored: once each, replies included, also after a reload.
    await expect.poll(() => page.getByTestId('message-user').count()).toBe(3);
    await expect.poll(() => page.getByTestId('message-assistant').count()).toBe(3);
    await page.reload();
    await page.getByText('thank you').waitFor();
    await expect.poll(() => page.getByTestId('message-user').count()).toBe(3);
    expect(await page.getByTestId('message-assistant').count()).toBe(3);
    expect(await inPage(page, outboxKeys)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('catches up after a reconnect with what arrived meanwhile, without doubles', async () => {
    const first = await openPage(s.browser, s.app);
    await signUpInBrowser(first.page, `kim_${randomUUID().slice(0, 8)}`, 'Kim Park');
    await first.page.getByRole('button', { name: 'I understand and agree' }).click();
    const token = await tokenOf(first.page);

    // The same person on a second device chats while the first is offline.
    const second = await openPage(s.browser, s.app);
    await inPage(second.page, `localStorage.setItem('nightchill.token', ${JSON.stringify(token)})`);
    await second.page.reload();
    await first.context.setOffline(true);
    await first.page.getByTestId('offline-banner').waitFor();
    await sendChat(second.page, 'how many check-ins do I have?');
    await second.page.getByTestId('message-assistant').first().waitFor({ timeout: 20_000 });

    await first.context.setOffline(false);
    await first.page.getByText('how many check-ins do I have?').waitFor();
    await expect.poll(() => first.page.getByTestId('message-assistant').count()).toBe(1);
    expect(await first.page.getByTestId('message-user').count()).toBe(1);
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await first.context.close();
    await second.context.close();
  });
});

describe.each(browserBackends)('the web client refused by the connect budget, on %s', (backend) => {
  // One handshake per 10 s for an account: a reload right after the page connected is refused and
  // told to wait the rest of those 10 s.
  const s = browserSuite(backend, { LIMITS: 'socket_connects=1/10s' });

  it('waits as long as the refusal says, then connects by itself and delivers what was sent meanwhile', async () => {
    const { token } = await s.app.signUp();
    await s.app.api('POST', '/api/me/consent', { token, body: { consent: true } });
    const opened: number[] = [];
    const refusals: { wait: number }[] = [];
    const { page, context, errors } = await openPage(s.browser, s.app, {
      token,
      listen: (p) =>
        p.on('websocket', (ws) => {
          if (!ws.url().includes('/socket.io/')) return;
          opened.push(Date.now());
          ws.on('framereceived', ({ payload }) => {
            // Socket.IO's CONNECT_ERROR packet: 44{"message":…,"data":{"code":…,"details":…}}
            const text = String(payload);
            if (!text.startsWith('44')) return;
            const { data } = JSON.parse(text.slice(2));
            if (data?.code === 'rate_limited') refusals.push({ wait: data.details.retryAfterSeconds });
          });
        }),
    });
    await page.locator('#message-input').waitFor();
    await expect.poll(() => opened.length).toBe(1);
    // The page's own clock for its sockets and the refusal: what the test hears comes later, by as
    // much as a loaded machine makes it (once 600 ms), so the wait is judged in the page.
    await context.addInitScript(`(() => {
      const Native = window.WebSocket;
      window.__sockets = [];
      window.WebSocket = class extends Native {
        constructor(...args) {
          super(...args);
          if (!String(args[0]).includes('/socket.io/')) return;
          window.__sockets.push(performance.now());
          this.addEventListener('message', (e) => {
            if (typeof e.data === 'string' && e.data.startsWith('44') && e.data.includes('rate_limited'))
              window.__refusedAt = window.__refusedAt ?? performance.now();
          });
        }
      };
    })()`);

    // The page again at once: its handshake is refused (connect_error rate_limited, which stops
    // socket.io's own retries); the client tries again once the named wait is over, and what was
    // typed meanwhile is sent then and answered.
    await page.reload();
    await expect.poll(() => refusals.length).toBe(1);
    await sendChat(page, 'hello there');
    await page.getByTestId('message-assistant').first().waitFor({ timeout: 30_000 });
    expect(refusals[0]!.wait).toBeGreaterThanOrEqual(1);
    expect(opened).toHaveLength(3);
    // Not before the named wait, by the page's clock (its listener runs before socket.io's).
    const inPageTimes = await inPage<{ sockets: number[]; refusedAt: number }>(
      page,
      '({ sockets: window.__sockets, refusedAt: window.__refusedAt })',
    );
    expect(inPageTimes.sockets).toHaveLength(2);
    expect(inPageTimes.sockets[1]! - inPageTimes.refusedAt).toBeGreaterThanOrEqual(
      refusals[0]!.wait * 1000 - 20,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
