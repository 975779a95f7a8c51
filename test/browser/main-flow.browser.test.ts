import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeFindings,
  browserSuite,
  inPage,
  openPage,
  screenshot,
  sendChat,
  signUpInBrowser,
} from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';
import { makeTestMentor } from '../helpers/mentors.ts';

describe.each(browserBackends)('the web client, first visit to first reward, on %s', (backend) => {
  const s = browserSuite(backend);

  it('signs up, asks consent, streams a reply with chips and cards, checks in, and shows streak 1 with a QR reward', async () => {
    const { page, errors, failed, context } = await openPage(s.browser, s.app);
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

    // Nothing the page asked for failed: an ordinary user's load no longer 404s on /api/mentors/me.
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('has no serious or critical axe finding on any screen, in every theme, signed out or in', async () => {
    const findings: Record<string, unknown> = {};
    const check = async (page: Page, where: string) => {
      const found = await axeFindings(page);
      if (found.length) findings[where] = found;
    };
    // Signed out: the forms, in the device's light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(s.browser, s.app, { colorScheme });
      await page.getByRole('heading', { name: 'NightChill' }).waitFor();
      await check(page, `sign-in (${colorScheme} device)`);
      await page.getByRole('tab', { name: 'Create account' }).click();
      await check(page, `create account (${colorScheme} device)`);
      await context.close();
    }

    // A mentor who also chats, so every screen is there: a search with cards, a reward, a
    // notification, the console.
    const me = await makeTestMentor(s.app);
    const { page, context, errors } = await openPage(s.browser, s.app, { token: me.token });
    await page.getByRole('heading', { name: 'Before you chat' }).waitFor();
    await check(page, 'consent');
    await page.getByRole('button', { name: 'I understand and agree' }).click();
    await page.getByRole('button', { name: /Share my location/ }).click();
    await sendChat(page, 'Find a calm café near me');
    await page.getByTestId('place-card').first().waitFor({ timeout: 20_000 });
    const card = page.getByTestId('place-card').filter({ hasText: 'Peaceful Grounds Café' }).first();
    await card.getByRole('button', { name: /Check in at/ }).click();
    await card.getByText('Checked in ✓').waitFor();

    // Each theme picked in Settings (no reload, so the chat keeps its cards), then every screen.
    for (const theme of ['Light', 'Dark', 'Neon'] as const) {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel(theme, { exact: true }).check();
      await expect
        .poll(() => inPage(page, 'document.documentElement.dataset.theme'))
        .toBe(theme.toLowerCase());
      await check(page, `settings (${theme})`);
      await page.getByRole('button', { name: 'Delete my account…' }).click();
      await page.getByRole('dialog', { name: 'Delete your account?' }).waitFor();
      await check(page, `delete dialog (${theme})`);
      await page.getByRole('button', { name: 'Keep my account' }).click();
      for (const [tab, heading] of [
        ['Chat', 'Chat'],
        ['Places', 'Places'],
        ['Journey', 'Your journey'],
        ['Mentor', 'Mentor console'],
      ] as const) {
        await page.getByRole('link', { name: tab, exact: true }).click();
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        if (tab === 'Chat') await page.getByTestId('place-card').first().waitFor();
        if (tab === 'Journey') await page.getByTestId('reward-qr').waitFor();
        if (tab === 'Places') await page.locator('.leaflet-interactive').first().waitFor();
        await check(page, `${tab.toLowerCase()} (${theme})`);
      }
      await page.getByTestId('bell').click();
      await page.locator('#notification-panel li').first().waitFor();
      await check(page, `notifications (${theme})`);
      await page.keyboard.press('Escape');
    }
    expect(findings).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
