import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exerciseIn } from '../../src/assistant/exercises.ts';
import { catalogues } from '../../web/src/i18n/catalogues.ts';
import {
  type AxeFinding,
  axeFindings,
  browserSuite,
  inPage,
  openPage,
  readyToChat,
  screenshot,
  sendChat,
} from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';

/**
 * Issue 16, points 3 and 4 in the web client: its own words in the browser's language (Spanish
 * from an es-ES browser), a language picked in Settings that holds over a reload, and the guided
 * exercise's pacer (a breathing circle that grows, holds and shrinks at the server's pace; still
 * under reduced motion; grounding walked step by step), with axe on each.
 */

const es = catalogues.es;
const de = catalogues.de;

async function axeOn(page: Page, where: string, found: Record<string, AxeFinding[]>) {
  const f = await axeFindings(page);
  if (f.length) found[where] = f;
}

/** The nav's links, as the page names them. */
const navNames = (page: Page) =>
  page.locator('nav.main-nav a').evaluateAll((links) => links.map((a) => a.textContent?.trim() ?? ''));

/** The circle's scale now (1 when it has no transform). */
const circleScale = (page: Page) =>
  inPage<number>(
    page,
    `(() => { const t = getComputedStyle(document.querySelector('[data-testid=pacer-circle]')).transform;
      return t === 'none' ? 1 : new DOMMatrix(t).a; })()`,
  );

describe.each(browserBackends)('the web client’s languages and the exercise pacer, on %s', (backend) => {
  const s = browserSuite(backend);

  it('speaks Spanish to an es-ES browser, German once Deutsch is picked (over a reload), and the browser’s again on Automatic', async () => {
    const found: Record<string, AxeFinding[]> = {};
    const { page, context, errors } = await openPage(s.browser, s.app, { locale: 'es-ES' });
    expect(await inPage(page, 'navigator.languages[0]')).toBe('es-ES');

    // Signed out: the forms and a failure, in Spanish.
    await page.getByRole('tab', { name: es.auth.createAccount }).waitFor();
    expect(await inPage(page, 'document.documentElement.lang')).toBe('es-ES');
    await page.getByLabel(es.auth.login).fill('nobody_at_all');
    await page.getByLabel(es.auth.password).fill('not the password');
    await page.getByRole('button', { name: es.auth.signIn }).click();
    await page
      .getByRole('alert')
      .getByText('Ese usuario y esa contraseña no coinciden. Revisa los dos y vuelve a intentarlo.')
      .waitFor();
    await axeOn(page, 'sign-in with an error (es)', found);

    // Signed in: the nav, the chat's words and a failed tool in Spanish.
    const { token } = await readyToChat(s.app);
    await inPage(page, `localStorage.setItem('nightchill.token', ${JSON.stringify(token)})`);
    await page.reload();
    await page.getByText(es.chat.empty).waitFor();
    expect(await navNames(page)).toEqual([es.nav.chat, es.nav.places, es.nav.journey, es.nav.settings]);
    expect(await page.getByLabel(es.chat.message, { exact: true }).getAttribute('placeholder')).toBe(
      es.chat.placeholder,
    );
    await sendChat(page, 'busca un café tranquilo cerca de mí');
    const failed = page.locator('.chip-failed').first();
    await failed.waitFor({ timeout: 20_000 });
    expect(await failed.textContent()).toMatch(new RegExp(`^${es.tools.failed.search_locations} · \\S`));
    await page.getByTestId('message-assistant').last().waitFor();
    await axeOn(page, 'chat with a failed tool (es)', found);

    // Settings: Deutsch turns the page German at once, and it holds over a reload (kept on the device).
    await page.getByRole('link', { name: es.nav.settings }).click();
    await page.getByRole('heading', { name: es.settings.title }).waitFor();
    await page.getByRole('radio', { name: 'Deutsch' }).check();
    await page.getByRole('heading', { name: de.settings.title }).waitFor();
    expect(await inPage(page, 'document.documentElement.lang')).toBe('de-DE');
    expect(await navNames(page)).toEqual([de.nav.chat, de.nav.places, de.nav.journey, de.nav.settings]);
    await page.getByTestId('toast').filter({ hasText: 'Sprache: Deutsch.' }).waitFor();
    expect(await page.getByTestId('zone-now').textContent()).toMatch(
      /^Dort ist es jetzt \d\d:\d\d \(GMT(\+0)?\)\.$/,
    );
    await axeOn(page, 'settings (de)', found);
    if (backend === 'pglite') await screenshot(page, 'settings-de');

    await page.reload();
    await page.getByRole('heading', { name: de.settings.title }).waitFor();
    expect(await inPage(page, `localStorage.getItem('nightchill.language')`)).toBe('de');
    expect(await page.getByRole('radio', { name: 'Deutsch' }).isChecked()).toBe(true);
    await page.getByRole('link', { name: de.nav.chat }).click();
    await page.getByTestId('message-assistant').last().waitFor();
    expect(await page.getByRole('button', { name: de.chat.send }).isVisible()).toBe(true);
    await axeOn(page, 'chat (de)', found);

    // Automatic: the browser's language again, and nothing kept.
    await page.getByRole('link', { name: de.nav.settings }).click();
    await page.getByRole('radio', { name: de.settings.automatic }).check();
    await page.getByRole('heading', { name: es.settings.title }).waitFor();
    expect(await inPage(page, `localStorage.getItem('nightchill.language')`)).toBeNull();

    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('paces box breathing: the circle grows on in, holds, shrinks on out, counts down, pauses and finishes', async () => {
    const steps = exerciseIn('breathing', 'en').steps;
    const { token } = await readyToChat(s.app);
    const { page, context, errors } = await openPage(s.browser, s.app, {
      token,
      reducedMotion: false,
      viewport: { width: 1024, height: 900 },
    });
    await sendChat(page, 'can we do box breathing?');
    const card = page.getByTestId('exercise-card');
    await card.waitFor({ timeout: 20_000 });
    const words = card.getByTestId('pacer-words');
    // The words are the live region; the count is not in it (not announced every second).
    expect(await words.getAttribute('aria-live')).toBe('polite');
    expect(await card.locator('[aria-live] [data-testid=pacer-count]').count()).toBe(0);
    expect(await circleScale(page)).toBeCloseTo(0.45, 2);

    // Not paused (a screenshot waits for a frame): the samples sit mid-second, half a second from
    // either boundary, so time flowing on its own between them does not move them across one.
    await page.clock.install();
    await card.getByRole('button', { name: 'Start' }).click();
    // Samples fall mid-second (2.5 s, 4.5 s, 8.5 s): a frame fires every 16 ms, so a sample taken on
    // a whole second could read the frame just before it.
    await page.clock.runFor(2_500);
    expect(await words.textContent()).toBe(steps[0]!.text);
    expect(await card.getByTestId('pacer-count').textContent()).toBe('2');
    const halfway = await circleScale(page);
    expect(halfway).toBeGreaterThan(0.5);
    expect(halfway).toBeLessThan(0.95);
    await page.clock.runFor(2_000);
    // Hold: full, and it stays full through the hold.
    expect(await words.textContent()).toBe(steps[1]!.text);
    expect(await card.getByTestId('pacer-count').textContent()).toBe('4');
    expect(await circleScale(page)).toBeCloseTo(1, 2);
    expect(await card.getByTestId('pacer-step').textContent()).toBe('Step 2 of 16');
    if (backend === 'pglite') await screenshot(page, 'pacer');
    await page.clock.runFor(4_000);
    // Out: shrinking. Pause holds the step, the count and the circle where they are.
    expect(await words.textContent()).toBe(steps[2]!.text);
    await card.getByRole('button', { name: 'Pause' }).click();
    const out = await circleScale(page);
    expect(out).toBeLessThan(1);
    expect(out).toBeGreaterThan(0.45);
    const held = await card.getByTestId('pacer-count').textContent();
    await page.clock.runFor(10_000);
    expect(await words.textContent()).toBe(steps[2]!.text);
    expect(await card.getByTestId('pacer-count').textContent()).toBe(held);
    expect(await circleScale(page)).toBeCloseTo(out, 2);
    expect(await axeFindings(page)).toEqual([]);

    // Go on, to the end: the close, the outro, and Start again.
    await card.getByRole('button', { name: 'Go on' }).click();
    await page.clock.runFor(60_000);
    await card.getByRole('button', { name: 'Start again' }).waitFor();
    expect(await words.textContent()).toBe(catalogues.en.exercise.finished);
    expect(await card.textContent()).toContain(exerciseIn('breathing', 'en').outro);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('under reduced motion keeps the circle still while the words and count change; grounding is walked without a circle', async () => {
    const steps = exerciseIn('breathing', 'en').steps;
    const { token } = await readyToChat(s.app);
    const { page, context, errors } = await openPage(s.browser, s.app, { token, reducedMotion: true });
    await sendChat(page, 'can we do box breathing?');
    const card = page.getByTestId('exercise-card').first();
    await card.waitFor({ timeout: 20_000 });
    // Paused: the page's time moves only by runFor. Six samples taken under load let time flowing
    // on its own carry them across a second's boundary.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1_000);
    await card.getByRole('button', { name: 'Start' }).click();
    // Started (the first step's full count shown) before the clock moves. The pace counts from the
    // click, and the samples fall mid-second (1.5 s, 2.5 s, …), away from the frame boundaries.
    await card.getByTestId('pacer-count').filter({ hasText: /^4$/ }).waitFor();
    await page.clock.runFor(500);
    const scales: number[] = [];
    const counts: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.clock.runFor(1_000);
      scales.push(await circleScale(page));
      counts.push((await card.getByTestId('pacer-count').textContent()) ?? '');
    }
    expect(scales).toEqual([1, 1, 1, 1, 1, 1]);
    expect(counts).toEqual(['3', '2', '1', '4', '3', '2']);
    expect(await card.getByTestId('pacer-words').textContent()).toBe(steps[1]!.text);
    await card.getByRole('button', { name: 'Pause' }).click();
    await page.clock.resume();

    await sendChat(page, 'can we do a grounding exercise?');
    const grounding = page.getByTestId('exercise-card').nth(1);
    await grounding.waitFor({ timeout: 20_000 });
    const walk = exerciseIn('grounding', 'en').steps;
    expect(await grounding.getByTestId('pacer-circle').count()).toBe(0);
    await grounding.getByRole('button', { name: 'Start' }).click();
    expect(await grounding.getByTestId('pacer-words').textContent()).toBe(walk[0]!.text);
    expect(await grounding.locator('li[aria-current=step]').count()).toBe(1);
    const found: Record<string, AxeFinding[]> = {};
    await axeOn(page, 'chat with two exercises', found);
    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
