import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/db/seed/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { inPage, launchBrowser, openPage, sendChat, signUpInBrowser, tokenOf } from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';
import { type FakeModel, startFakeModel } from '../helpers/fake-model.ts';

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

describe.each(browserBackends)('the stop button, with a streaming model, on %s', (backend) => {
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
});
