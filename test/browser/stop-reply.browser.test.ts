import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/db/seed/index.ts';
import { appendAssistantMessage, appendUserMessage } from '../../src/domain/chat/messages.ts';
import { withUser } from '../../src/domain/context.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { chatUser } from '../helpers/assistant.ts';
import { inPage, launchBrowser, openPage, sendChat, signUpInBrowser, tokenOf } from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';
import { emitAck } from '../helpers/sockets.ts';

const long = `${'Here is a slow, calm answer that takes its time. '.repeat(30)}The end.`;

// Every chip text the page ever showed, caught as it changes (a tool's "started" chip lasts only
// until its result arrives).
const recordChips = `
  window.__chips = [];
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('[data-testid=tool-chip]')) {
      const t = el.textContent.trim();
      if (!window.__chips.includes(t)) window.__chips.push(t);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/** How far the conversation is from its bottom (px), and where it is scrolled to. */
const scrolled = (page: Page) =>
  inPage<{ gap: number; top: number }>(
    page,
    `(() => { const el = document.querySelector('[data-testid=messages]');
      return { gap: el.scrollHeight - el.scrollTop - el.clientHeight, top: el.scrollTop }; })()`,
  );
const focusedId = (page: Page) =>
  inPage<string>(page, `document.activeElement?.id || document.activeElement?.dataset.testid || ''`);

describe.each(browserBackends)('streaming replies, stopped and followed, on %s', (backend) => {
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

  it('shows the tool chips as they happen and stops a streaming reply, keeping what streamed', async () => {
    const { page, context, errors } = await openPage(browser, app);
    await context.addInitScript(recordChips);
    await page.reload();
    await signUpInBrowser(page, `ana_${randomUUID().slice(0, 8)}`, 'Ana Silva');
    await page.getByRole('button', { name: 'I understand and agree' }).click();
    await page.getByRole('button', { name: /Share my location/ }).click();
    await page.getByTestId('location-status').waitFor();

    fake.enqueue(
      { tools: [{ name: 'search_locations', arguments: { type: 'coffee', quiet: true } }] },
      { text: long, chunkSize: 6, delayMs: 60 },
    );
    await sendChat(page, 'Find a calm café near me');
    const streaming = page.getByTestId('streaming');
    await streaming.getByText('Here is a slow').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Stop the reply' }).click();
    await streaming.waitFor({ state: 'detached', timeout: 10_000 });

    const reply = page.getByTestId('message-assistant').last();
    const shown = (await reply.locator('.bubble').textContent()) ?? '';
    expect(shown).toContain('Here is a slow');
    expect(shown).not.toContain('The end.');
    const token = await tokenOf(page);
    const [stored] = (await app.api('GET', '/api/me/messages?limit=1', { token })).body.messages;
    expect(stored.role).toBe('assistant');
    // The stored reply is what streamed before the stop (after the AI notice of a first reply).
    expect(stored.content).toContain('Here is a slow');
    expect(stored.content).not.toContain('The end.');

    const chips = await inPage<string[]>(page, 'window.__chips');
    expect(chips).toContain('Searching calm cafés…');
    expect(chips.some((c) => c.startsWith('Searched places'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Stop the reply' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
  it.each([
    { device: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
    { device: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  ])(
    'follows the conversation at the bottom through cards and streaming, and offers new messages when scrolled up ($device)',
    async ({ device, viewport, touch }) => {
      // A conversation taller than the screen, and a second device of the same person.
      const other = await chatUser(app);
      await withUser(app.deps, other.userId, async (ctx) => {
        for (let i = 1; i <= 20; i++) {
          const { message } = await appendUserMessage(ctx, {
            clientMessageId: randomUUID(),
            content: `q ${i}`,
          });
          await appendAssistantMessage(ctx, { content: `a ${i}\nmore of the answer`, replyTo: message.id });
        }
      });
      // The desktop lets animations run (so that reduced motion is seen to stop them on the phone).
      const { page, context, errors } = await openPage(browser, app, {
        token: other.token,
        viewport,
        touch,
        reducedMotion: device === 'phone',
      });
      await page.getByText('a 20', { exact: false }).waitFor();
      await expect.poll(async () => (await scrolled(page)).gap).toBeLessThan(2);
      await page.getByRole('button', { name: /Share my location/ }).click();
      await page.getByTestId('location-status').waitFor();

      // A search with place cards, its reply streaming in slowly: the view stays at the bottom.
      fake.enqueue(
        { tools: [{ name: 'search_locations', arguments: { type: 'coffee', quiet: true } }] },
        { text: `${'A calm place, and another line of it. '.repeat(24)}Done.`, chunkSize: 24, delayMs: 40 },
      );
      const box = page.getByLabel('Message', { exact: true });
      await box.fill('Find a calm café near me');
      if (touch) {
        // On a touch screen Return is a new line (the Enter hint is hidden) and Send sends.
        expect(await page.getByTestId('enter-hint').isVisible()).toBe(false);
        await box.press('Enter');
        expect(await box.inputValue()).toBe('Find a calm café near me\n');
        await page.getByRole('button', { name: 'Send', exact: true }).click();
      } else {
        expect(await page.getByTestId('enter-hint').isVisible()).toBe(true);
        await box.press('Enter');
      }
      const streaming = page.getByTestId('streaming');
      await streaming.getByText('A calm place').waitFor({ timeout: 20_000 });
      const animations = await inPage<number>(page, 'document.getAnimations().length');
      if (device === 'phone') expect(animations, 'reduced motion: nothing animates').toBe(0);
      else expect(animations, 'the streaming cursor blinks').toBeGreaterThan(0);
      for (let i = 0; i < 5; i++) {
        expect((await scrolled(page)).gap, 'at the bottom while it streams').toBeLessThan(2);
        await page.waitForTimeout(80);
      }
      await streaming.waitFor({ state: 'detached', timeout: 20_000 });
      await page.getByTestId('message-assistant').last().getByTestId('place-card').first().waitFor();
      await expect
        .poll(async () => (await scrolled(page)).gap, { message: 'after the cards' })
        .toBeLessThan(2);
      // Focus stayed where the person was: in the message box.
      expect(await focusedId(page)).toBe('message-input');

      // The next reply, after one with cards, is followed too.
      fake.enqueue({ text: 'You are welcome, take your time.' });
      await box.fill('Thanks');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByTestId('message-assistant').filter({ hasText: 'You are welcome' }).waitFor();
      await expect
        .poll(async () => (await scrolled(page)).gap, { message: 'the next reply' })
        .toBeLessThan(2);

      // Scrolled up to read, with focus on the bell: messages from the other device do not move the
      // view or the focus; a "New messages" button says they came, and takes the view down.
      await inPage(page, `document.querySelector('[data-testid=messages]').scrollTop = 400`);
      await expect.poll(async () => (await scrolled(page)).top).toBe(400);
      await page.getByTestId('bell').focus();
      fake.enqueue({ text: 'Hello again, from the other device.' });
      const sent = await emitAck(other.socket, 'chat:send', {
        clientMessageId: randomUUID(),
        content: 'Hello from my other device',
      });
      expect(sent.ok).toBe(true);
      await page.getByTestId('message-assistant').filter({ hasText: 'Hello again' }).waitFor();
      const pill = page.getByTestId('new-messages');
      await pill.waitFor();
      expect((await scrolled(page)).top).toBe(400);
      expect(await focusedId(page)).toBe('bell');
      if (touch) {
        await pill.click();
      } else {
        await pill.focus();
        await page.keyboard.press('Enter');
        // The button goes away; focus stays in the conversation, not on the page's body.
        expect(await focusedId(page)).toBe('messages');
      }
      await pill.waitFor({ state: 'detached' });
      await expect.poll(async () => (await scrolled(page)).gap).toBeLessThan(2);
      expect(errors).toEqual([]);
      other.socket.close();
      await context.close();
    },
  );
});
