import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/db/seed/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { chatUser, rows } from '../helpers/assistant.ts';
import { axeFindings, inPage, launchBrowser, openPage } from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';
import { makeTestMentor } from '../helpers/mentors.ts';

const viewports = [
  { device: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
  { device: 'phone', viewport: { width: 390, height: 844 }, touch: true },
];

/** Writes a message and sends it with the Send button (on a phone, Return is a new line). */
async function send(page: Page, text: string): Promise<void> {
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/** A button the person can see and reach: laid out inside the viewport's width. */
async function expectOnScreen(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.waitFor();
  const box = await button.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, name).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  expect(box!.height).toBeGreaterThanOrEqual(24);
}

describe.each(browserBackends)('chat actions in the browser, on %s', (backend) => {
  let app: TestApp;
  let fake: FakeModel;
  let browser: Browser;

  beforeAll(async () => {
    fake = await startFakeModel();
    [app, browser] = await Promise.all([
      startTestApp(backend, { env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url } }),
      launchBrowser(),
    ]);
    await seed(app.deps);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.close();
  });

  /** A consenting user, signed in on a fresh page (their test socket closed: the page is the device). */
  async function signedIn(options: { viewport?: { width: number; height: number }; touch?: boolean } = {}) {
    const me = await chatUser(app);
    me.socket.close();
    const opened = await openPage(browser, app, { token: me.token, ...options });
    await opened.page.getByLabel('Message', { exact: true }).waitFor();
    return { me, ...opened };
  }

  it('keeps place cards and an open proposal through a reload: the cards check in, Confirm still books', async () => {
    const mentor = await makeTestMentor(app, { scheduleType: 'both' });
    const { me, page, context, errors } = await signedIn();
    await page.getByRole('button', { name: /Share my location/ }).click();
    await page.getByTestId('location-status').waitFor();

    fake.enqueue(
      { tools: [{ name: 'search_locations', arguments: { type: 'coffee', quiet: true } }] },
      { text: 'Here are calm cafés close by.' },
    );
    await send(page, 'Find a calm café near me');
    const found = page.getByTestId('message-assistant').filter({ hasText: 'calm cafés close by' });
    await found.getByTestId('place-card').first().waitFor({ timeout: 20_000 });
    const names = await found.getByTestId('place-card').locator('h3').allTextContents();
    expect(names).toContain('Peaceful Grounds Café');

    fake.enqueue(
      { tools: [{ name: 'guide_exercise', arguments: { kind: 'breathing' } }] },
      { text: 'Let us breathe together.' },
    );
    await send(page, 'Help me breathe');
    await page
      .getByTestId('message-assistant')
      .filter({ hasText: 'Let us breathe together.' })
      .getByTestId('exercise-card')
      .waitFor({ timeout: 20_000 });

    const scheduledAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    fake.enqueue(
      {
        tools: [
          {
            name: 'book_mentor_session',
            arguments: {
              mentorId: mentor.mentor.id,
              scheduledAt,
              durationMinutes: 60,
              sessionType: 'virtual',
            },
          },
        ],
      },
      { text: 'Shall I book it?' },
    );
    await send(page, 'Book a session with a mentor in three days');
    await page.getByTestId('proposal-summary').waitFor({ timeout: 20_000 });

    await page.reload();
    const again = page.getByTestId('message-assistant').filter({ hasText: 'calm cafés close by' });
    await again.getByTestId('place-card').first().waitFor();
    expect(await again.getByTestId('place-card').locator('h3').allTextContents()).toEqual(names);
    expect(await page.getByTestId('proposal-summary').textContent()).toMatch(/session/i);
    // The exercise, read back too: its steps open by keyboard.
    const exercise = page.getByTestId('exercise-card');
    await exercise.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await exercise.locator('li').count()).toBeGreaterThan(2);
    expect(await exercise.locator('li').first().isVisible()).toBe(true);
    expect(await axeFindings(page)).toEqual([]);

    // A card read back from history works like a fresh one.
    await again.getByRole('button', { name: 'Check in at Peaceful Grounds Café' }).click();
    await page.getByTestId('toast').filter({ hasText: 'Checked in at Peaceful Grounds Café' }).waitFor();

    // The proposal is still open after the reload: Confirm books it.
    fake.enqueue({ text: 'All booked.' });
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page
      .getByTestId('message-assistant')
      .filter({ hasText: 'All booked.' })
      .waitFor({ timeout: 20_000 });
    expect(await rows(app, sql`SELECT status FROM mentor_sessions WHERE user_id = ${me.userId}`)).toEqual([
      { status: 'scheduled' },
    ]);
    // After another reload it says what became of it, and offers no Confirm.
    await page.reload();
    await page.getByTestId('proposal-closed').filter({ hasText: 'Confirmed' }).waitFor();
    expect(await page.getByRole('button', { name: 'Confirm', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(viewports)(
    'regenerates the latest reply and copies messages, by pointer and keyboard ($device)',
    async ({ device, viewport, touch }) => {
      const { me, page, context, errors } = await signedIn({ viewport, touch });
      if (device === 'desktop') {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
      } else {
        // No Clipboard API here (an http page on a LAN address, a webview): the fallback copies.
        await context.addInitScript(`
          Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
          window.__copied = [];
          document.addEventListener('copy', (e) => {
            const t = e.target;
            window.__copied.push(t && 'value' in t ? t.value.slice(t.selectionStart, t.selectionEnd) : '');
          });
        `);
        await page.reload();
        await page.getByLabel('Message', { exact: true }).waitFor();
      }

      fake.enqueue({ text: 'A first take on feeling calm.' });
      await send(page, 'How do I feel calmer?');
      const first = page.getByTestId('message-assistant').filter({ hasText: 'A first take' });
      await first.waitFor({ timeout: 20_000 });
      await expectOnScreen(page, 'Regenerate this reply');
      expect(await page.getByTestId('regenerate').count()).toBe(1);
      expect(await axeFindings(page)).toEqual([]);

      fake.enqueue({ text: 'A second, better take on feeling calm.', chunkSize: 8, delayMs: 40 });
      const regenerate = first.getByTestId('regenerate');
      if (touch) await regenerate.tap();
      else {
        await regenerate.focus();
        await page.keyboard.press('Enter');
      }
      const second = page.getByTestId('message-assistant').filter({ hasText: 'A second, better take' });
      await second.waitFor({ timeout: 20_000 });
      await page.getByTestId('streaming').waitFor({ state: 'detached' });
      expect(await first.count()).toBe(0);
      // Offered again on the new reply, and only there.
      await second.getByTestId('regenerate').waitFor();
      expect(await page.getByTestId('regenerate').count()).toBe(1);

      await page.reload();
      await second.waitFor();
      expect(await page.getByTestId('message-assistant').count()).toBe(1);
      expect(await page.getByText('A first take').count()).toBe(0);

      // Copy the reply: the button says so, to the eye and to a screen reader.
      const copy = second.getByTestId('copy-message');
      if (touch) await copy.tap();
      else await copy.click();
      await second.getByRole('button', { name: 'Copied ✓ message' }).waitFor();
      await second.getByRole('status').filter({ hasText: 'Copied to the clipboard' }).waitFor();
      // What is copied is the reply as stored (a first reply opens with the AI notice).
      const stored = await app.api('GET', '/api/me/messages?limit=1', { token: me.token });
      const content: string = stored.body.messages[0].content;
      expect(content).toMatch(/A second, better take on feeling calm\.$/);
      if (device === 'desktop') {
        expect(await inPage<string>(page, 'navigator.clipboard.readText()')).toBe(content);
      } else {
        expect(await inPage<string[]>(page, 'window.__copied')).toEqual([content]);
      }
      // It goes back to Copy after a moment.
      await second.getByRole('button', { name: 'Copy message' }).waitFor({ timeout: 5_000 });

      // By keyboard, the user's own message: focus stays on the button.
      const mine = page.getByTestId('message-user').filter({ hasText: 'How do I feel calmer?' });
      await mine.getByTestId('copy-message').focus();
      await page.keyboard.press('Enter');
      await mine.getByRole('button', { name: 'Copied ✓ message' }).waitFor();
      expect(await inPage<string>(page, `document.activeElement?.dataset.testid ?? ''`)).toBe('copy-message');
      if (device === 'desktop') {
        expect(await inPage<string>(page, 'navigator.clipboard.readText()')).toBe('How do I feel calmer?');
      } else {
        expect(await inPage<string[]>(page, 'window.__copied')).toEqual([content, 'How do I feel calmer?']);
      }
      expect(await axeFindings(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it.each(viewports)(
    'shows Stop while the assistant is still thinking, and it stops the reply there ($device)',
    async ({ viewport, touch }) => {
      const { me, page, context, errors } = await signedIn({ viewport, touch });
      fake.enqueue({ text: 'Hello, I am here.' });
      await send(page, 'hello');
      await page.getByTestId('message-assistant').filter({ hasText: 'Hello, I am here.' }).waitFor();

      // The model takes its time before a first word: Stop is there all the same.
      fake.latencyMs = 8_000;
      try {
        fake.enqueue({ text: 'This should never be shown.' });
        await send(page, 'Tell me something long');
        await page.getByTestId('streaming').getByText('Thinking…').waitFor();
        await expectOnScreen(page, 'Stop the reply');
        const started = Date.now();
        const stop = page.getByRole('button', { name: 'Stop the reply' });
        if (touch) await stop.tap();
        else await stop.click();
        await page.getByTestId('streaming').waitFor({ state: 'detached', timeout: 5_000 });
        expect(Date.now() - started, 'stopped, not waited out').toBeLessThan(5_000);
        expect(await stop.count()).toBe(0);
      } finally {
        fake.latencyMs = 0;
      }
      // Nothing was said, and nothing more is: the turn is over on the server too.
      await page.waitForTimeout(500);
      const { body } = await app.api('GET', '/api/me/messages?limit=5', { token: me.token });
      expect(body.messages.map((m: { content: string }) => m.content)).not.toContain(
        'This should never be shown.',
      );
      expect(body.messages[0].role).toBe('user');
      // The next message is answered as usual.
      fake.enqueue({ text: 'Back again.' });
      await send(page, 'still there?');
      await page
        .getByTestId('message-assistant')
        .filter({ hasText: 'Back again.' })
        .waitFor({ timeout: 20_000 });
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
