import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAssistantMessage, appendUserMessage } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import type { TestApp } from '../helpers/app.ts';
import {
  inPage,
  launchBrowser,
  openPage,
  screenshot,
  signUpInBrowser,
  startBrowserApp,
  tokenOf,
} from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';

const peacefulGrounds = { lat: 51.5074, lng: -0.1278 };

async function signedUp(browser: Browser, app: TestApp, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(browser, app, options);
  const creds = await signUpInBrowser(opened.page, `lee_${randomUUID().slice(0, 8)}`, 'Lee Adams');
  await opened.page.getByRole('button', { name: 'I understand and agree' }).click();
  const token = await tokenOf(opened.page);
  const me = await app.api('GET', '/api/me', { token });
  return { ...opened, ...creds, token, userId: me.body.user.id as string };
}

const noSideScroll = (page: Page) =>
  inPage<boolean>(page, 'document.documentElement.scrollWidth <= document.documentElement.clientWidth');

describe.each(browserBackends)('the web client: inbox, history, settings and a phone, on %s', (backend) => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(backend), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('counts unread notifications live on the bell and marks them read', async () => {
    const { page, context, token, errors } = await signedUp(browser, app);
    const bell = page.getByTestId('bell');
    expect(await bell.getAttribute('aria-label')).toBe('Notifications');
    const { locations } = (
      await app.api('GET', '/api/locations?lat=51.5074&lng=-0.1278&radiusKm=0.1&type=coffee')
    ).body;
    const res = await app.api('POST', '/api/check-ins', {
      token,
      body: { locationId: locations[0].id, ...peacefulGrounds },
    });
    expect(res.status).toBe(201);
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await bell.click();
    const item = page.locator('#notification-panel li.unread');
    await item.waitFor();
    await item.getByRole('button').click();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');
    // The bell changes at once; the server's mark-read lands a moment later.
    await expect
      .poll(async () => (await app.api('GET', '/api/me/notifications', { token })).body.unreadCount)
      .toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('#notification-panel').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads older messages when the person scrolls back', async () => {
    const { page, context, userId, errors } = await signedUp(browser, app);
    await withUser(app.deps, userId, async (ctx) => {
      for (let i = 1; i <= 40; i++) {
        const { message } = await appendUserMessage(ctx, {
          clientMessageId: randomUUID(),
          content: `question ${i}`,
        });
        await appendAssistantMessage(ctx, { content: `answer ${i}`, replyTo: message.id });
      }
    });
    await page.reload();
    await page.getByText('answer 40').waitFor();
    expect(await page.getByText('question 1', { exact: true }).count()).toBe(0);
    for (let i = 0; i < 5 && (await page.getByText('question 1', { exact: true }).count()) === 0; i++) {
      await inPage(page, `document.querySelector('[data-testid=messages]').scrollTo({ top: 0 })`);
      await page.waitForTimeout(300);
    }
    await page.getByText('question 1', { exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('message-user').count()).toBe(40);
    expect(await page.getByRole('button', { name: 'Load earlier messages' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes theme, notifications and time zone, exports the data, and deletes the account after a confirmation', async () => {
    const { page, context, token, password, errors } = await signedUp(browser, app);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();

    await page.getByLabel('Dark').check();
    await expect.poll(() => inPage(page, 'document.documentElement.dataset.theme')).toBe('dark');
    await page.getByLabel('Neon').check();
    await expect.poll(() => inPage(page, 'document.documentElement.dataset.theme')).toBe('neon');
    await page.getByLabel(/Show live notifications/).uncheck();
    await page.getByLabel('Streak days and session times use this zone').selectOption('America/New_York');
    await expect
      .poll(async () => (await app.api('GET', '/api/me', { token })).body.user)
      .toMatchObject({ themeMode: 'neon', notificationsEnabled: false, timeZone: 'America/New_York' });
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await inPage(page, 'document.documentElement.dataset.theme')).toBe('neon');
    if (backend === 'pglite') await screenshot(page, 'settings-neon');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.user).toMatchObject({ themeMode: 'neon', timeZone: 'America/New_York' });

    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.waitFor();
    await dialog.getByLabel('Your password, to confirm').fill('not-the-password');
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await dialog.getByRole('alert').waitFor();
    expect((await app.api('GET', '/api/me', { token })).status).toBe(200);
    await dialog.getByLabel('Your password, to confirm').fill(password);
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('tab', { name: 'Sign in' }).waitFor();
    expect((await app.api('GET', '/api/me', { token })).status).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 375 px phone, sends with the keyboard and keeps a sensible focus order', async () => {
    const { page, context, errors } = await signedUp(browser, app, { viewport: { width: 375, height: 740 } });
    const box = page.getByLabel('Message', { exact: true });
    await box.waitFor();
    await expect.poll(() => inPage(page, 'document.activeElement?.id')).toBe('message-input');
    await page.getByRole('button', { name: /Share my location/ }).click();
    await box.fill('Find a calm café near me');
    await box.press('Enter');
    await page.getByTestId('place-card').first().waitFor({ timeout: 20_000 });
    expect(await noSideScroll(page)).toBe(true);
    if (backend === 'pglite') await screenshot(page, 'phone-chat');

    // Tab from the page's start: skip link, then the header, then the screens, in reading order.
    await page.getByRole('link', { name: 'Journey' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Your journey' }).waitFor();
    const focused = () => inPage<string>(page, 'document.activeElement?.textContent?.trim()');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await inPage(page, `document.activeElement?.getAttribute('aria-label')`)).toMatch(
      /^Notifications/,
    );
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Sign out');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Chat');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Places' }).waitFor();
    // The new screen's heading takes focus (once it has rendered), so a screen reader starts
    // reading there.
    await expect.poll(() => inPage(page, 'document.activeElement?.tagName')).toBe('H2');
    expect(await focused()).toBe('Places');

    for (const screen of ['Journey', 'Settings']) {
      await page.getByRole('link', { name: screen }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await noSideScroll(page), `${screen} fits 375 px`).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
