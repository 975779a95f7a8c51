import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { appendAssistantMessage, appendUserMessage } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import { scheduleReminder } from '../../src/domain/notifications/schedule-reminder.ts';
import type { TestApp } from '../helpers/app.ts';
import { browserSuite, inPage, openPage, screenshot, signUpInBrowser, tokenOf } from '../helpers/browser.ts';
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

/** A chat history of `pairs` questions and answers, stored directly (taller than any screen). */
async function history(app: TestApp, userId: string, pairs: number) {
  await withUser(app.deps, userId, async (ctx) => {
    for (let i = 1; i <= pairs; i++) {
      const { message } = await appendUserMessage(ctx, {
        clientMessageId: randomUUID(),
        content: `question ${i}`,
      });
      await appendAssistantMessage(ctx, { content: `answer ${i}`, replyTo: message.id });
    }
  });
}

/**
 * A reminder "Drink some water" set in chat three hours before it fires at `firesAt` (through the
 * verb the assistant's tool calls, on a clock three hours back).
 */
async function reminderSetEarlier(app: TestApp, userId: string, firesAt: Date) {
  const setAt = manualClock(new Date(firesAt.getTime() - 3 * 3_600_000));
  await withUser({ ...app.deps, clock: setAt }, userId, (ctx) =>
    scheduleReminder(ctx, { title: 'Drink some water', at: firesAt.toISOString() }),
  );
}

/** The hour and minute as the page shows them in `timeZone` (en-GB, as the browser's locale). */
const hhmm = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(at);

describe.each(browserBackends)('the web client: inbox, history, settings and a phone, on %s', (backend) => {
  const s = browserSuite(backend);

  it('counts unread notifications live on the bell and marks them read', async () => {
    const { page, context, token, userId, errors } = await signedUp(s.browser, s.app);
    const bell = page.getByTestId('bell');
    expect(await bell.getAttribute('aria-label')).toBe('Notifications');
    const { locations } = (
      await s.app.api('GET', '/api/locations?lat=51.5074&lng=-0.1278&radiusKm=0.1&type=coffee')
    ).body;
    const res = await s.app.api('POST', '/api/check-ins', {
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
      .poll(async () => (await s.app.api('GET', '/api/me/notifications', { token })).body.unreadCount)
      .toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('#notification-panel').waitFor({ state: 'detached' });

    // A reminder set in chat three hours ago fires now: pushed live with its title, a body of its
    // own (not the title twice), and the time it fired.
    const firesAt = new Date(Date.now() + 1_500);
    await reminderSetEarlier(s.app, userId, firesAt);
    await page
      .getByTestId('toast')
      .filter({ hasText: 'Drink some water: You set this reminder in chat 3 hours earlier.' })
      .waitFor({ timeout: 15_000 });
    await bell.click();
    const reminder = page.locator('#notification-panel li').filter({ hasText: 'Drink some water' });
    await reminder.waitFor();
    const zone = (await s.app.api('GET', '/api/me', { token })).body.user.timeZone;
    const shown = (await reminder.textContent()) ?? '';
    expect(shown).toContain('You set this reminder in chat 3 hours earlier.');
    expect(shown).not.toMatch(/Drink some water.*Drink some water/);
    expect(shown).toContain(hhmm(firesAt, zone));
    expect(shown).not.toContain(hhmm(new Date(firesAt.getTime() - 3 * 3_600_000), zone));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads older messages when the person scrolls back', async () => {
    const { page, context, userId, errors } = await signedUp(s.browser, s.app);
    await history(s.app, userId, 40);
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
    const { page, context, token, password, errors } = await signedUp(s.browser, s.app, {
      colorScheme: 'dark',
    });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const theme = () => inPage(page, 'document.documentElement.dataset.theme');

    // Until a theme is picked, the page follows the device (dark here), also when it changes.
    expect(await theme()).toBe('dark');
    expect(await page.getByLabel('Same as this device').isChecked()).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    // Light, picked on a dark device, stays light, over a reload too.
    await page.getByLabel('Light').check();
    await expect.poll(theme).toBe('light');
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await theme()).toBe('light');
    expect(await page.getByLabel('Light').isChecked()).toBe(true);

    await page.getByLabel('Dark').check();
    await expect.poll(() => inPage(page, 'document.documentElement.dataset.theme')).toBe('dark');
    await page.getByLabel('Neon').check();
    await expect.poll(() => inPage(page, 'document.documentElement.dataset.theme')).toBe('neon');
    await page.getByLabel(/Show live notifications/).uncheck();
    await page.getByLabel('Streak days and session times use this zone').selectOption('America/New_York');
    await expect
      .poll(async () => (await s.app.api('GET', '/api/me', { token })).body.user)
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

    // Back to the device's: dark again, kept on the server as its default.
    await page.getByLabel('Same as this device').check();
    await expect.poll(theme).toBe('dark');
    await expect
      .poll(async () => (await s.app.api('GET', '/api/me', { token })).body.user.themeMode)
      .toBe('light');

    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.waitFor();
    await dialog.getByLabel('Your password, to confirm').fill('not-the-password');
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await dialog.getByRole('alert').waitFor();
    expect((await s.app.api('GET', '/api/me', { token })).status).toBe(200);
    await dialog.getByLabel('Your password, to confirm').fill(password);
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('tab', { name: 'Sign in' }).waitFor();
    expect((await s.app.api('GET', '/api/me', { token })).status).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 375 px phone, sends with the keyboard and keeps a sensible focus order', async () => {
    const { page, context, errors } = await signedUp(s.browser, s.app, {
      viewport: { width: 375, height: 740 },
    });
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
  it.each([
    { width: 360, height: 740, touch: true },
    { width: 390, height: 844, touch: true },
    { width: 768, height: 1024, touch: false },
  ])(
    'lays out a $width px screen: the page is the screen, the inbox fits, the skip link moves focus',
    async ({ width, height, touch }) => {
      const { user, token } = await s.app.signUp({ timeZone: 'Europe/London' });
      await s.app.api('POST', '/api/me/consent', { token, body: { consent: true } });
      await history(s.app, user.id, 20);
      // A reminder that fired a second ago, set three hours before: in the inbox when the page opens.
      const firedAt = new Date(Date.now() - 1_000);
      await reminderSetEarlier(s.app, user.id, firedAt);
      const { page, context, errors, failed } = await openPage(s.browser, s.app, {
        token,
        viewport: { width, height },
        touch,
      });
      await page.getByText('answer 20', { exact: true }).waitFor();

      // Only the conversation scrolls: the page behind it is the screen's height, not the history's.
      const pageHeight = () => inPage<number>(page, 'document.documentElement.scrollHeight');
      await expect.poll(pageHeight).toBeLessThanOrEqual(height);
      expect(await noSideScroll(page)).toBe(true);
      // The Enter hint is for keyboards: not on a touch screen.
      expect(await page.getByTestId('enter-hint').isVisible()).toBe(!touch);
      if (backend === 'pglite' && width === 390) await screenshot(page, 'phone-chat-390');

      // The notification list is on the screen whole, and the reminder reads as one.
      await page.getByTestId('bell').click();
      const panel = page.locator('#notification-panel');
      const reminder = panel.locator('li').filter({ hasText: 'Drink some water' });
      await reminder.waitFor();
      const box = (await panel.boundingBox())!;
      expect(box.x, 'not cut at the left edge').toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, 'nor at the right').toBeLessThanOrEqual(width);
      const shown = (await reminder.textContent()) ?? '';
      expect(shown).toContain('You set this reminder in chat 3 hours earlier.');
      expect(shown).toContain(hhmm(firedAt, 'Europe/London'));
      expect(shown).not.toContain(hhmm(new Date(firedAt.getTime() - 3 * 3_600_000), 'Europe/London'));
      if (backend === 'pglite' && width === 390) await screenshot(page, 'phone-notifications');
      await page.keyboard.press('Escape');

      // The skip link: focus to the screen's heading, the header and tabs still in view, same screen.
      await page.getByRole('link', { name: 'Journey' }).click();
      await page.getByRole('heading', { name: 'Your journey' }).waitFor();
      // (The 375 px test tabs to it from the page's start; here it is focused as Tab would.)
      await expect.poll(() => inPage(page, 'document.activeElement?.tagName')).toBe('H2');
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => inPage(page, 'document.activeElement?.textContent')).toBe('Your journey');
      expect(await inPage(page, 'window.scrollY')).toBe(0);
      expect(await inPage(page, 'location.hash')).toBe('#/journey');
      for (const screen of ['Places', 'Journey', 'Settings']) {
        await page.getByRole('link', { name: screen, exact: true }).click();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        expect(await noSideScroll(page), `${screen} fits ${width} px`).toBe(true);
      }
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
