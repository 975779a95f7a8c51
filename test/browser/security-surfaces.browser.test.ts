import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { withSystem } from '../../src/domain/context.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import type { TestApp } from '../helpers/app.ts';
import {
  inPage,
  launchBrowser,
  openPage,
  sendChat,
  signInInBrowser,
  signUpInBrowser,
  startBrowserApp,
  tokenOf,
} from '../helpers/browser.ts';
import { makeTestMentor } from '../helpers/mentors.ts';

describe('the pages under their content security policies', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp('pglite'), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('runs Swagger UI at /docs with nothing refused by its policy', async () => {
    const { page, errors, context } = await openPage(browser, app);
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto('/docs');
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
    expect(await page.getByText('/api/me/password').count()).toBeGreaterThan(0);
    // The description's Markdown keeps the placeholder: not "Bearer ." with "<token>" eaten as a tag.
    expect(await page.locator('.info .description').textContent()).toContain('Authorization: Bearer <token>');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the password rule before sign-up, counts bytes live, and shows the server’s advice on a guessable one', async () => {
    const { page, errors, context } = await openPage(browser, app);
    await page.getByRole('tab', { name: 'Create account' }).click();
    const rule = page.locator('#password-rule');
    await rule.getByText('at most 72 bytes', { exact: false }).waitFor();
    const password = page.getByLabel('Password');
    expect(await password.getAttribute('aria-describedby')).toBe('password-rule');

    await password.fill('short');
    await rule.getByText('Use at least 10 characters.').waitFor();
    await password.fill('é'.repeat(37));
    await rule.getByText(/Too long: 74 bytes/).waitFor();
    await password.fill('1234567890');
    await rule.getByText('10 characters, 10 of 72 bytes', { exact: false }).waitFor();

    const tag = `rule_${randomUUID().slice(0, 8)}`;
    await page.getByLabel('E-mail', { exact: true }).fill(`${tag}@example.com`);
    await page.getByLabel('Username').fill(tag);
    await page.getByLabel('Display name').fill('Rule Tester');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page
      .getByRole('alert')
      .getByText(/too easy to guess/)
      .waitFor();

    await password.fill('quiet harbour lantern');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Before you chat' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows user-written text as text, never as HTML: tags planted in a place name, a display name, a mentor profile and a notification create no element', async () => {
    // Leaflet writes a string tooltip as HTML: a suggested place named like this sent every
    // viewer's tab away on hover. Planted markers: the tag names and an attribute to count by.
    const planted =
      '<img src=x data-planted onerror=window.__planted=1><meta data-planted http-equiv=refresh content=1;url=about:blank>';
    const { token } = await app.signUp();
    const name = `Lantern ${planted}`;
    const suggested = await app.api('POST', '/api/locations', {
      token,
      body: {
        name,
        type: 'coffee',
        lat: 51.508,
        lng: -0.128,
        address: '1 Plain Street',
        city: 'London',
        country: 'United Kingdom',
        timeZone: 'Europe/London',
        amenities: ['quiet-zone'],
        anxietyLevel: 'low',
      },
    });
    expect(suggested.status, JSON.stringify(suggested.body)).toBe(201);
    // Verified (as an operator would), so that the search lists it among the seeded cafés.
    await asSystem(app.deps.database.db, (tx) =>
      tx.update(locations).set({ isVerified: true }).where(eq(locations.id, suggested.body.location.id)),
    );

    const { page, errors, context } = await openPage(browser, app);
    await signUpInBrowser(page, `html_${randomUUID().slice(0, 8)}`, `Robin ${planted}`);
    await page.getByRole('button', { name: 'I understand and agree' }).click();
    await page.getByRole('button', { name: /Share my location/ }).click();
    await page.getByTestId('location-status').getByText('Sharing your location').waitFor();
    await sendChat(page, 'Find a calm café near me');
    await page
      .getByTestId('message-assistant')
      .getByTestId('place-card')
      .filter({ hasText: 'Lantern' })
      .waitFor();
    await page.getByRole('link', { name: 'Places' }).click();
    await page.getByTestId('place-card').filter({ hasText: 'Lantern' }).first().waitFor();
    // Hover the markers one by one until the place's tooltip opens.
    const markers = page.locator('path.map-place');
    await markers.first().waitFor();
    const tooltip = page.locator('.leaflet-tooltip').filter({ hasText: 'Lantern' });
    for (const marker of await markers.all()) {
      await marker.dispatchEvent('mouseover');
      if (await tooltip.count()) break;
    }
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('<meta data-planted');
    expect(await page.locator('.who').textContent()).toContain('Robin <img');
    // A mentor's profile (their own text, shown to everyone the assistant lists them to): the reply
    // draws its little Markdown as elements, the planted tag stays text.
    await makeTestMentor(app, { title: 'Coach <img src=x data-planted onerror=window.__planted=1>' });
    await page.getByRole('link', { name: 'Chat' }).click();
    await sendChat(page, "I'd like to talk to a mentor about social anxiety");
    await page.getByTestId('message-assistant').filter({ hasText: 'Coach <img' }).waitFor();
    // A notification whose title and message carry the same tags (a reminder's text is the user's
    // own; a booking's names are other people's): the live toast and the inbox show them as text.
    const me = await app.api('GET', '/api/me', { token: await tokenOf(page) });
    await withSystem(app.deps, (ctx) =>
      notify(ctx, {
        userId: me.body.user.id,
        type: 'reminder',
        title: `Remind ${planted}`,
        message: `Note ${planted}`,
      }),
    );
    await page.getByTestId('toast').filter({ hasText: 'Remind <img' }).waitFor();
    await page.getByTestId('bell').click();
    await page.locator('#notification-panel li').filter({ hasText: 'Note <img' }).waitFor();
    expect(await inPage<number>(page, 'document.querySelectorAll("[data-planted]").length')).toBe(0);
    expect(await inPage<unknown>(page, 'window.__planted ?? null')).toBeNull();
    expect(page.url()).not.toContain('about:blank');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('signs out every other device with a sentence, forgetting the conversation and what the browser kept', async () => {
    const laptop = await openPage(browser, app);
    const creds = await signUpInBrowser(laptop.page, `two_${randomUUID().slice(0, 8)}`, 'Sam Two');
    await laptop.page.getByRole('button', { name: 'I understand and agree' }).click();
    await sendChat(laptop.page, 'hello there');
    await laptop.page.getByTestId('message-assistant').first().waitFor();

    const phone = await openPage(browser, app);
    await signInInBrowser(phone.page, creds.username, creds.password);
    await phone.page.getByText('hello there').waitFor();
    await inPage(
      phone.page,
      `localStorage.setItem('nightchill.position', JSON.stringify({ lat: 51.5, lng: -0.12, at: Date.now() }))`,
    );

    await laptop.page.getByRole('button', { name: 'Sign out' }).click();
    await phone.page
      .getByTestId('auth-notice')
      .getByText('You were signed out on another device.', { exact: false })
      .waitFor();
    expect(await phone.page.getByText('hello there').count()).toBe(0);
    const kept = await inPage<string[]>(
      phone.page,
      'Object.keys(localStorage).filter((k) => k.startsWith("nightchill."))',
    );
    expect(kept).toEqual([]);
    // The laptop that chose to sign out shows no notice.
    await laptop.page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await laptop.page.getByTestId('auth-notice').count()).toBe(0);
    expect([...laptop.errors, ...phone.errors]).toEqual([]);
    await laptop.context.close();
    await phone.context.close();
  });

  it('changes the password in settings: this page carries on, every other device is signed out with a sentence', async () => {
    const laptop = await openPage(browser, app);
    const creds = await signUpInBrowser(laptop.page, `pw_${randomUUID().slice(0, 8)}`, 'Pat Word');
    await laptop.page.getByRole('button', { name: 'I understand and agree' }).click();
    const phone = await openPage(browser, app);
    await signInInBrowser(phone.page, creds.username, creds.password);
    await phone.page.getByLabel('Message', { exact: true }).waitFor();

    // The race a real page meets: a call made with the old token (here the push setting's list of
    // devices) reaches the server after the change commits and is refused before the page holds
    // the new token. Held here so it happens every run: that call is let through once the change
    // has committed, and the change's answer once that call's 401 is back.
    let committed!: () => void;
    const changeCommitted = new Promise<void>((r) => {
      committed = r;
    });
    let refused!: () => void;
    const oldTokenRefused = new Promise<void>((r) => {
      refused = r;
    });
    await laptop.page.route('**/api/me/push-subscriptions', async (route) => {
      await changeCommitted;
      const response = await route.fetch();
      await route.fulfill({ response });
      if (response.status() === 401) refused();
    });
    await laptop.page.route('**/api/me/password', async (route) => {
      const response = await route.fetch();
      committed();
      await oldTokenRefused;
      await route.fulfill({ response });
    });
    const devicesAsked = laptop.page.waitForRequest('**/api/me/push-subscriptions');
    await laptop.context.grantPermissions(['notifications']);
    await laptop.page.getByRole('link', { name: 'Settings' }).click();
    await devicesAsked;
    await laptop.page.getByLabel('Current password').fill(creds.password);
    const fresh = 'lantern quietly harbour meadow';
    await laptop.page.getByLabel('New password').fill('short');
    await laptop.page.locator('#password-rule').getByText('Use at least 10 characters.').waitFor();
    await laptop.page.getByLabel('New password').fill(fresh);
    const askedAgain = laptop.page.waitForResponse(
      (r) => r.url().endsWith('/api/me/push-subscriptions') && r.status() === 200,
    );
    await laptop.page.getByRole('button', { name: 'Change password' }).click();
    await laptop.page.getByTestId('toast').filter({ hasText: 'Password changed.' }).waitFor();
    // The refused call was asked again under the new token: the push setting shows no problem.
    await askedAgain;
    expect(await laptop.page.getByTestId('push-problem').allTextContents()).toEqual([]);

    await phone.page
      .getByTestId('auth-notice')
      .getByText('Your password was changed, so every device was signed out.', { exact: false })
      .waitFor();
    // The laptop is still signed in and its socket works under the new token.
    await laptop.page.getByRole('link', { name: 'Chat' }).click();
    await sendChat(laptop.page, 'hello after the change');
    await laptop.page.getByTestId('message-assistant').first().waitFor();
    expect(await laptop.page.getByTestId('auth-notice').count()).toBe(0);
    // The old password no longer signs in; the new one does.
    const old = await app.api('POST', '/api/auth/login', {
      body: { login: creds.username, password: creds.password },
    });
    expect(old.status).toBe(401);
    const now = await app.api('POST', '/api/auth/login', {
      body: { login: creds.username, password: fresh },
    });
    expect(now.status).toBe(200);
    expect([...laptop.errors, ...phone.errors]).toEqual([]);
    await laptop.context.close();
    await phone.context.close();
  });

  it('follows the shared position: a message sent after walking elsewhere carries where the person is now', async () => {
    const { page, context, errors } = await openPage(browser, app);
    await signUpInBrowser(page, `walk_${randomUUID().slice(0, 8)}`, 'Wal King');
    await page.getByRole('button', { name: 'I understand and agree' }).click();
    await page.getByRole('button', { name: /Share my location/ }).click();
    await page.getByTestId('location-status').getByText('Sharing your location').waitFor();
    const sent: string[] = [];
    page.on('websocket', (ws) => ws.on('framesent', (f) => sent.push(String(f.payload))));
    // The person walks from central London to Manchester.
    await context.setGeolocation({ latitude: 53.4808, longitude: -2.2426 });
    await expect
      .poll(() =>
        inPage<number | null>(
          page,
          `JSON.parse(localStorage.getItem('nightchill.position') ?? 'null')?.lat ?? null`,
        ),
      )
      .toBeCloseTo(53.4808, 3);
    // Frames are read from a socket opened after the listener: reload (the position is kept).
    await page.reload();
    await page.getByTestId('location-status').getByText('Sharing your location').waitFor();
    await sendChat(page, "I'm here now, anywhere quiet?");
    await expect.poll(() => sent.filter((f) => f.includes('chat:send')).length).toBeGreaterThan(0);
    const frame = sent.filter((f) => f.includes('chat:send')).at(-1)!;
    expect(frame).toContain('"lat":53.4808');
    expect(frame).toContain('"lng":-2.2426');
    expect(errors).toEqual([]);
    await context.close();
  });
});
