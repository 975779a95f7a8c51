import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { seed } from '../../src/db/seed/index.ts';
import { startTestApp, type TestApp, testPassword } from './app.ts';
import { chromiumPath } from './chromium.ts';
import type { Backend } from './db.ts';

/** Where screenshots go (gitignored); a few are copied into docs/screenshots for the README. */
export const artifactsDir = path.resolve('test-artifacts', 'screenshots');

/** Debian's headless Chromium through playwright-core. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('no Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/** A real server on port 0 over a fresh database with the sample data (places, mentors). */
export async function startBrowserApp(backend: Backend, env?: Record<string, string>): Promise<TestApp> {
  const app = await startTestApp(backend, env ? { env } : {});
  await seed(app.deps);
  return app;
}

/** A describe block's app (with the sample data) and Chromium, started together before its tests. */
export function browserSuite(
  backend: Backend,
  /** The app's environment beyond the tests' own (LIMITS…). */
  env?: Record<string, string>,
): { readonly app: TestApp; readonly browser: Browser } {
  const suite = {} as { app: TestApp; browser: Browser };
  beforeAll(async () => {
    [suite.app, suite.browser] = await Promise.all([startBrowserApp(backend, env), launchBrowser()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}

export interface PageOptions {
  /** Where the browser says it is (geolocation granted). Default: Peaceful Grounds Café, London. */
  geolocation?: { latitude: number; longitude: number } | null;
  viewport?: { width: number; height: number };
  reducedMotion?: boolean;
  /** A phone or tablet: touch events and a coarse pointer (`(pointer: coarse)` matches). */
  touch?: boolean;
  /** The device's colour scheme (`prefers-color-scheme`); light unless said. */
  colorScheme?: 'light' | 'dark';
  /** Signed in already as this token (put in localStorage before the page loads). */
  token?: string;
  /** The device's time zone (playwright's timezoneId); Europe/London unless said. */
  timezoneId?: string;
  /** The browser's language (`navigator.languages`, Accept-Language); en-GB unless said. */
  locale?: string;
  /** Called with the page before it loads: listeners put on here see its first requests and sockets. */
  listen?: (page: Page) => void;
}

/**
 * A fresh browser context (its own storage: another person, or another device) at the app. Only
 * the test server is reachable: any other request (map tiles) is refused at once, so a run never
 * leaves the machine and the page shows how it works without tiles.
 */
export async function openPage(
  browser: Browser,
  app: TestApp,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[]; failed: string[] }> {
  const geolocation =
    options.geolocation === undefined ? { latitude: 51.5074, longitude: -0.1278 } : options.geolocation;
  const context = await browser.newContext({
    baseURL: app.url,
    viewport: options.viewport ?? { width: 1024, height: 800 },
    timezoneId: options.timezoneId ?? 'Europe/London',
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    colorScheme: options.colorScheme ?? 'light',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    ...(geolocation ? { geolocation, permissions: ['geolocation'] } : {}),
  });
  const origin = new URL(app.url).origin;
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  if (options.token) {
    await context.addInitScript(
      `if (!sessionStorage.getItem('signed-in-once')) { sessionStorage.setItem('signed-in-once', '1'); localStorage.setItem('nightchill.token', ${JSON.stringify(options.token)}); }`,
    );
  }
  const page = await context.newPage();
  const errors: string[] = [];
  // Answers of 400 and up from the app (the console's "Failed to load resource" is not kept in
  // `errors`, as some are expected, e.g. a wrong password): a test asserts on these itself.
  const failed: string[] = [];
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url().startsWith(origin)) {
      failed.push(`${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`);
    }
  });
  page.on('pageerror', (err) => errors.push(err.message));
  options.listen?.(page);
  page.on('console', (msg) => {
    // Network failures the browser itself reports (a test taking the page offline while the service
    // worker's script is fetched) are not the page's errors.
    const network =
      /ERR_BLOCKED_BY_CLIENT|ERR_INTERNET_DISCONNECTED|Failed to load resource|error occurred when fetching the script/;
    if (msg.type() === 'error' && !network.test(msg.text())) {
      errors.push(msg.text());
    }
  });
  await page.goto('/');
  return { context, page, errors, failed };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  // Toasts would cover the screen: close them first (their one button, whatever the page's language).
  for (const close of await page.getByTestId('toast').getByRole('button').all()) {
    await close.click().catch(() => undefined);
  }
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Signs up through the form; returns the credentials used. */
export async function signUpInBrowser(page: Page, tag: string, displayName = 'Maya Jones') {
  const creds = { email: `${tag}@example.com`, username: tag, password: testPassword };
  await page.getByRole('tab', { name: 'Create account' }).click();
  await page.getByLabel('E-mail', { exact: true }).fill(creds.email);
  await page.getByLabel('Username').fill(creds.username);
  await page.getByLabel('Display name').fill(displayName);
  await page.getByLabel('Password').fill(creds.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  return creds;
}

/** A fresh account made through the API that has given consent, ready to chat once a page opens with its token. */
export async function readyToChat(
  app: TestApp,
  overrides?: Parameters<TestApp['signUp']>[0],
): Promise<Awaited<ReturnType<TestApp['signUp']>>> {
  const account = await app.signUp(overrides);
  const consent = await app.api('POST', '/api/me/consent', { token: account.token, body: { consent: true } });
  if (consent.status !== 200) throw new Error(`consent answered ${consent.status}`);
  return account;
}

export async function signInInBrowser(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('E-mail or username').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Types a message into the composer and sends it with the keyboard (Enter), whatever the page's language. */
export async function sendChat(page: Page, text: string): Promise<void> {
  const box = page.locator('#message-input');
  await box.fill(text);
  await box.press('Enter');
}

/**
 * Evaluates a JavaScript expression in the page. Written as a string because the test code is
 * type-checked without the DOM library (the server's tsconfig); the page has it.
 */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}

/** The signed-in page's API token. */
export async function tokenOf(page: Page): Promise<string> {
  const token = await inPage<string | null>(page, `localStorage.getItem('nightchill.token')`);
  if (!token) throw new Error('the page is not signed in');
  return token;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule axe-core finds broken: its id, impact, and where (selector: what is wrong). */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * axe-core's serious and critical findings on the page as it is now (WCAG 2 A/AA rules and best
 * practices), empty when there are none. Injected over the DevTools protocol, so the page's CSP
 * does not stand in the way.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await inPage<boolean>(page, `typeof window.axe === 'object'`))) await page.evaluate(axeSource);
  return inPage<AxeFinding[]>(
    page,
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + (n.failureSummary ?? '').replace(/\\s+/g, ' ')) })))`,
  );
}
