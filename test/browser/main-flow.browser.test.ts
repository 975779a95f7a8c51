import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import {
  inPage,
  launchBrowser,
  openPage,
  screenshot,
  sendChat,
  signUpInBrowser,
  startBrowserApp,
} from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';

describe.each(browserBackends)('the web client, first visit to first reward, on %s', (backend) => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(backend), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs up, asks consent, streams a reply with chips and cards, checks in, and shows streak 1 with a QR reward', async () => {
    const { page, errors, context } = await openPage(browser, app);
    const deltas: string[] = [];
    page.on('websocket', (ws) =>
      ws.on('framereceived', (f) => {
        if (typeof f.payload === 'string' && f.payload.includes('"chat:delta"')) deltas.push(f.payload);
      }),
    );
    await page.getByRole('heading', { name: 'NightChill' }).waitFor();
    if (backend === 'pglite') await screenshot(page, 'sign-in');
    const tag = `maya_${randomUUID().slice(0, 8)}`;
    await signUpInBrowser(page, tag);

    // Consent before the first chat: what is stored and the AI notice.
    await page.getByRole('heading', { name: 'Before you chat' }).waitFor();
    expect(await page.getByText('You will be talking with an AI companion').isVisible()).toBe(true);
    if (backend === 'pglite') await screenshot(page, 'consent');
    await page.getByRole('button', { name: 'I understand and agree' }).click();

    await page.getByRole('button', { name: /Share my location/ }).click();
    await page.getByTestId('location-status').getByText('Sharing your location').waitFor();
    await sendChat(page, 'Find a calm café near me');

    const reply = page.getByTestId('message-assistant').filter({ hasText: 'Peaceful Grounds Café' });
    await reply.waitFor({ timeout: 20_000 });
    expect(deltas.length, 'the reply streamed in several deltas').toBeGreaterThan(2);
    await reply.getByTestId('tool-chip').filter({ hasText: 'Searched places' }).waitFor();

    const card = reply.getByTestId('place-card').filter({ hasText: 'Peaceful Grounds Café' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Café.*Calm.*Beginner-friendly.*Coffee reward/);
    if (backend === 'pglite') await screenshot(page, 'chat');

    await card.getByRole('button', { name: 'Check in at Peaceful Grounds Café' }).click();
    await page
      .getByTestId('toast')
      .filter({ hasText: 'Checked in at Peaceful Grounds Café. Streak: 1 day.' })
      .waitFor();
    await card
      .getByRole('button', { name: /Check in at/ })
      .filter({ hasText: 'Checked in ✓' })
      .waitFor();

    await page.getByRole('link', { name: 'Journey' }).click();
    await expect.poll(() => page.getByTestId('streak').textContent()).toBe('1');
    const qr = page.getByTestId('reward').getByTestId('reward-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(
      await inPage(page, `document.querySelector('[data-testid=reward-qr]').naturalWidth`),
    ).toBeGreaterThan(100);
    expect(await page.getByTestId('reward').textContent()).toMatch(/Expires/);
    if (backend === 'pglite') await screenshot(page, 'journey');

    await page.getByRole('link', { name: 'Places' }).click();
    await page.getByTestId('place-card').first().waitFor();
    await page.locator('.leaflet-interactive').first().waitFor();
    if (backend === 'pglite') await screenshot(page, 'places');

    // A reload stays signed in and keeps the conversation.
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.reload();
    await page.getByText('Find a calm café near me').waitFor();
    await page.getByTestId('message-assistant').filter({ hasText: 'Peaceful Grounds Café' }).waitFor();
    expect(await page.getByTestId('message-user').count()).toBe(1);

    expect(errors).toEqual([]);
    await context.close();
  });
});
