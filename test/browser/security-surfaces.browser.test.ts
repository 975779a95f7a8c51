import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { launchBrowser, openPage, startBrowserApp } from '../helpers/browser.ts';

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
});
