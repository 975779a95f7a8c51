import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { appendAssistantMessage, appendUserMessage } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import { scheduleReminder } from '../../src/domain/notifications/schedule-reminder.ts';
import { startOfDay } from '../../web/src/ui/time.ts';
import type { TestApp } from '../helpers/app.ts';
import {
  type AxeFinding,
  axeFindings,
  browserSuite,
  inPage,
  openPage,
  screenshot,
  signUpInBrowser,
} from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';

/**
 * Issue 18, points 2 and 4: one clock (the profile's zone on every screen, whatever zone the
 * device is in) and words instead of codes (every failure a sentence with the next step), on a
 * phone and a desktop, with axe on each screen and theme.
 */

const viewports = [
  { name: 'a 390 px phone', width: 390, height: 844, touch: true },
  { name: 'a 1280 px desktop', width: 1280, height: 800, touch: false },
];

const profileZone = 'Asia/Tokyo';
const deviceZone = 'America/Los_Angeles';

/** The hour and minute as the page shows them in `zone` (en-GB, the browser's language here). */
const hhmm = (at: Date | string, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(
    new Date(at),
  );

/** A code as the server names failures (`location_needed`), which a person should never read. */
const rawCode = /\b[a-z]+_[a-z_]+\b/;
/** Screens the page does not have, which copy must not send anyone to. */
const missingScreen = /\b(Rewards|Profile|Inbox|Home|Account) (tab|screen|page)\b/i;

/** A page whose device clock is in `zone`, as openPage makes them otherwise. */
async function openInZone(
  browser: Browser,
  app: TestApp,
  opts: { zone: string; width: number; height: number; touch: boolean; token?: string },
) {
  const opened = await openPage(browser, app, {
    timezoneId: opts.zone,
    viewport: { width: opts.width, height: opts.height },
    touch: opts.touch,
    geolocation: null,
    ...(opts.token ? { token: opts.token } : {}),
  });
  return { page: opened.page, errors: opened.errors, close: () => opened.context.close() };
}

/** Messages stored directly: one asked yesterday at 18:40 in the profile's zone, one just now. */
async function twoDaysOfChat(app: TestApp, userId: string) {
  const yesterdayAt = new Date(startOfDay(Date.now(), profileZone) - (5 * 60 + 20) * 60_000);
  await withUser({ ...app.deps, clock: manualClock(yesterdayAt) }, userId, async (ctx) => {
    const { message } = await appendUserMessage(ctx, {
      clientMessageId: randomUUID(),
      content: 'a question from yesterday',
    });
    await appendAssistantMessage(ctx, { content: 'an answer from yesterday', replyTo: message.id });
  });
  return withUser(app.deps, userId, async (ctx) => {
    const { message } = await appendUserMessage(ctx, {
      clientMessageId: randomUUID(),
      content: 'a question from today',
    });
    await appendAssistantMessage(ctx, { content: 'an answer from today', replyTo: message.id });
    return message.createdAt;
  });
}

/** A reminder set three hours ago in chat that fired a second ago. */
async function reminderJustFired(app: TestApp, userId: string): Promise<Date> {
  const firedAt = new Date(Date.now() - 1_000);
  const setAt = manualClock(new Date(firedAt.getTime() - 3 * 3_600_000));
  await withUser({ ...app.deps, clock: setAt }, userId, (ctx) =>
    scheduleReminder(ctx, { title: 'Stretch your legs', at: firedAt.toISOString() }),
  );
  return firedAt;
}

const timeOf = (page: Page, text: string) =>
  page.getByTestId('message-user').filter({ hasText: text }).locator('time');

async function openBell(page: Page) {
  await page.getByTestId('bell').click();
  const item = page.locator('#notification-panel li').filter({ hasText: 'Stretch your legs' });
  await item.waitFor({ timeout: 15_000 });
  return item.locator('time');
}

async function closeBell(page: Page) {
  await page.keyboard.press('Escape');
  await page.locator('#notification-panel').waitFor({ state: 'detached' });
}

/** axe on the page as it is, labelled for the failure message. */
async function axeOn(page: Page, where: string, found: Record<string, AxeFinding[]>) {
  const f = await axeFindings(page);
  if (f.length) found[where] = f;
}

describe.each(browserBackends)('one clock and words, not codes, on %s', (backend) => {
  const s = browserSuite(backend);

  it.each(viewports)(
    'on $name: chat, notifications and journey say the profile’s zone, not the device’s, until Settings switches to it',
    async ({ width, height, touch }) => {
      const { user, token } = await s.app.signUp({ timeZone: profileZone });
      await s.app.api('POST', '/api/me/consent', { token, body: { consent: true } });
      const todayAt = await twoDaysOfChat(s.app, user.id);
      const firedAt = await reminderJustFired(s.app, user.id);
      // A first check-in at a café with a coffee reward: a milestone and a reward that expires.
      const { locations } = (
        await s.app.api('GET', '/api/locations?lat=51.5074&lng=-0.1278&radiusKm=0.1&type=coffee')
      ).body;
      const checkIn = await s.app.api('POST', '/api/check-ins', {
        token,
        body: { locationId: locations[0].id, lat: 51.5074, lng: -0.1278 },
      });
      expect(checkIn.status).toBe(201);
      const expiresAt: string = checkIn.body.reward.expiresAt;

      const { page, errors, close } = await openInZone(s.browser, s.app, {
        zone: deviceZone,
        width,
        height,
        touch,
        token,
      });
      // The device really is elsewhere: its own clock reads another hour.
      expect(await inPage(page, 'Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(deviceZone);
      expect(hhmm(todayAt, profileZone)).not.toBe(hhmm(todayAt, deviceZone));

      // Chat: today's message by the profile's clock, yesterday's as "yesterday 18:40" there.
      await page.getByText('an answer from today', { exact: true }).waitFor();
      expect(await timeOf(page, 'a question from today').textContent()).toBe(hhmm(todayAt, profileZone));
      expect(await timeOf(page, 'a question from yesterday').textContent()).toBe('yesterday 18:40');
      expect(await timeOf(page, 'a question from today').getAttribute('title')).toContain('GMT+9');

      // Notifications: the same zone, and how long ago.
      const fired = await openBell(page);
      const firedLabel = (await fired.textContent()) ?? '';
      expect(firedLabel).toMatch(new RegExp(`^${hhmm(firedAt, profileZone)} · (now|\\d+ min ago)$`));
      expect(firedLabel).not.toContain(hhmm(firedAt, deviceZone));
      if (backend === 'pglite' && touch) await screenshot(page, 'phone-one-clock');

      // The label moves on as time does: an hour later (the tab back in view) it says so.
      await page.clock.install();
      await page.clock.fastForward('01:00:00');
      await inPage(page, `document.dispatchEvent(new Event('visibilitychange'))`);
      await expect.poll(() => fired.textContent()).toMatch(/ · 1 hr ago$/);
      await page.clock.resume();
      await closeBell(page);

      // Journey: the reward's expiry and the milestone, by the same clock.
      await page.getByRole('link', { name: 'Journey' }).click();
      const reward = page.getByTestId('reward');
      await reward.waitFor();
      expect(await reward.locator('time').textContent()).toContain(hhmm(expiresAt, profileZone));
      const milestone = page.locator('.milestones time').first();
      await milestone.waitFor();
      // (An hour on, past the profile zone's midnight, it reads "yesterday …" there: also right.)
      expect(await milestone.textContent()).toMatch(
        new RegExp(`^(yesterday )?${hhmm((await milestone.getAttribute('datetime')) ?? '', profileZone)}$`),
      );

      // Settings shows the zone and offers the device's, which then holds everywhere.
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      expect(await page.getByLabel(/every time on these screens/).inputValue()).toBe(profileZone);
      expect(await page.getByTestId('zone-now').textContent()).toContain('GMT+9');
      const offer = page.getByTestId('zone-device');
      expect(await offer.textContent()).toContain(deviceZone);
      await offer.getByRole('button', { name: 'Use this device’s zone' }).click();
      await expect
        .poll(async () => (await s.app.api('GET', '/api/me', { token })).body.user.timeZone)
        .toBe(deviceZone);
      await page.getByText('This device is set to the same zone.').waitFor();
      expect(await page.getByLabel(/every time on these screens/).inputValue()).toBe(deviceZone);

      await page.getByRole('link', { name: 'Chat' }).click();
      // The page's clock was moved an hour on above: near the device zone's midnight, today's
      // message is then yesterday's there.
      await expect
        .poll(() => timeOf(page, 'a question from today').textContent())
        .toMatch(new RegExp(`^(yesterday )?${hhmm(todayAt, deviceZone)}$`));
      expect(await (await openBell(page)).textContent()).toContain(hhmm(firedAt, deviceZone));
      await closeBell(page);

      // Every screen in every theme: no serious or critical axe finding.
      const found: Record<string, AxeFinding[]> = {};
      for (const theme of ['light', 'dark', 'neon'] as const) {
        await s.app.api('PATCH', '/api/me', { token, body: { themeMode: theme } });
        await page.goto('/#/chat');
        await page.getByText('an answer from today', { exact: true }).waitFor();
        await axeOn(page, `${theme} chat`, found);
        await openBell(page);
        await axeOn(page, `${theme} notifications`, found);
        await closeBell(page);
        for (const [link, heading] of [
          ['Journey', 'Your journey'],
          ['Settings', 'Settings'],
        ]) {
          await page.getByRole('link', { name: link! }).click();
          await page.getByRole('heading', { name: heading! }).waitFor();
          await axeOn(page, `${theme} ${link}`, found);
        }
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each(viewports)(
    'on $name: every failure is a sentence with the next step, the password rule shows before submit, and deletion is said',
    async ({ width, height, touch }) => {
      const found: Record<string, AxeFinding[]> = {};
      const taken = await s.app.signUp();
      const { page, errors, close } = await openInZone(s.browser, s.app, {
        zone: 'Europe/London',
        width,
        height,
        touch,
      });
      const noCodes = async (where: string) => {
        const text = await inPage<string>(page, 'document.body.innerText');
        expect(text, `${where}: no raw code`).not.toMatch(rawCode);
        expect(text, `${where}: no screen that does not exist`).not.toMatch(missingScreen);
      };

      // Sign-in: a wrong password says so and what to do; the sixth try says how long to wait.
      const nobody = `nobody_${randomUUID().slice(0, 8)}`;
      for (let i = 1; i <= 6; i++) {
        await page.getByLabel('E-mail or username').fill(nobody);
        await page.getByLabel('Password').fill(`wrong password ${i}`);
        await page.getByRole('button', { name: 'Sign in' }).click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        await expect
          .poll(() => alert.textContent())
          .toMatch(
            i <= 5
              ? /^That login and password don’t match\. Check both and try again\.$/
              : /^Too many sign-in attempts\. Wait (a minute|\d+ minutes), then try again\.$/,
          );
      }
      await axeOn(page, 'sign-in with an error', found);

      // Sign-up: the rule is there before anything is typed, tied to the field, and live.
      await page.getByRole('tab', { name: 'Create account' }).click();
      const rule = page.locator('#password-rule');
      await rule.getByText('10 or more characters', { exact: false }).waitFor();
      const password = page.getByLabel('Password');
      expect(await password.getAttribute('aria-describedby')).toBe('password-rule');
      await password.fill('short');
      await rule.getByText('Use at least 10 characters.').waitFor();
      expect(await page.getByRole('alert').count(), 'said before any submit').toBe(0);
      await page.getByLabel('E-mail', { exact: true }).fill(taken.user.email);
      await page.getByLabel('Username').fill(`u_${randomUUID().slice(0, 8)}`);
      await page.getByLabel('Display name').fill('Kit Words');
      await password.fill('quiet harbour lantern');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page
        .getByRole('alert')
        .getByText('An account with this e-mail already exists. Sign in instead, or use another e-mail.')
        .waitFor();
      await noCodes('sign-up');
      await axeOn(page, 'sign-up with the rule and an error', found);

      const creds = await signUpInBrowser(page, `kit_${randomUUID().slice(0, 8)}`, 'Kit Words');
      await page.getByRole('button', { name: 'I understand and agree' }).click();

      // A tool that fails says what to do next (no position shared: "near me" cannot be searched).
      // (On a touch screen Return is a new line: the Send button sends.)
      await page.getByLabel('Message', { exact: true }).fill('Find a calm café near me');
      await page.getByRole('button', { name: 'Send' }).click();
      const failedChip = page.locator('.chip-failed').first();
      await failedChip.waitFor({ timeout: 20_000 });
      expect(await failedChip.textContent()).toBe(
        'Couldn’t search places · Share your location or name a town so I can look nearby.',
      );
      await page.getByTestId('message-assistant').last().waitFor();
      await noCodes('chat with a failed tool');
      await axeOn(page, 'chat with a failed tool', found);

      // Offline: said, with what to do.
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await page.context().setOffline(true);
      await page.getByRole('button', { name: 'Export my data' }).click();
      await page
        .getByTestId('toast')
        .filter({ hasText: 'You seem to be offline. Check your connection, then try again.' })
        .waitFor();
      await page.context().setOffline(false);

      // The profile failing to load leaves a sentence and a way on, not "Loading…" for ever.
      const isMe = (url: URL) => url.pathname === '/api/me';
      await page.route(isMe, (route) => route.abort('internetdisconnected'));
      await page.reload();
      await page
        .getByRole('alert')
        .getByText('You seem to be offline. Check your connection, then try again.')
        .waitFor();
      await axeOn(page, 'profile not loaded', found);
      await page.unroute(isMe);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();

      // Changing the password: the rule before submit, and a wrong current password in words.
      const next = page.getByLabel('New password');
      expect(await next.getAttribute('aria-describedby')).toBe('password-rule');
      await page.locator('#password-rule').getByText('at most 72 bytes', { exact: false }).waitFor();
      await page.getByLabel('Current password').fill('not my password');
      await next.fill('lantern quietly harbour meadow');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page
        .getByRole('alert')
        .getByText('That password isn’t right. Type your current password again.')
        .waitFor();
      await noCodes('settings');
      await axeOn(page, 'settings with an error', found);

      // Deleting the account: a wrong password in words, then sign-in says the account is gone.
      await page.getByRole('button', { name: 'Delete my account…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
      await dialog.getByLabel('Your password, to confirm').fill('not my password');
      await dialog.getByRole('button', { name: 'Delete for good' }).click();
      await dialog.getByText('That password isn’t right. Type your current password again.').waitFor();
      await axeOn(page, 'delete dialog with an error', found);
      await dialog.getByLabel('Your password, to confirm').fill(creds.password);
      await dialog.getByRole('button', { name: 'Delete for good' }).click();
      await page
        .getByTestId('auth-notice')
        .getByText('Your account was deleted, with everything stored about it.', { exact: false })
        .waitFor();
      expect(await page.getByRole('tab', { name: 'Sign in' }).isVisible()).toBe(true);
      if (backend === 'pglite' && !touch) await screenshot(page, 'account-deleted');
      await axeOn(page, 'sign-in after deletion', found);

      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await close();
    },
  );
});
