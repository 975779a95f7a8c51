import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../../src/domain/context.ts';
import { addStaff } from '../../src/domain/partners/staff.ts';
import type { TestApp } from '../helpers/app.ts';
import {
  axeFindings,
  inPage,
  launchBrowser,
  openPage,
  screenshot,
  signUpInBrowser,
  startBrowserApp,
  tokenOf,
} from '../helpers/browser.ts';
import { rowsOf } from '../helpers/checkins.ts';
import { browserBackends } from '../helpers/db.ts';

const here = { lat: 51.5074, lng: -0.1278, accuracy: 15 };

describe.each(browserBackends)('the counter: staff redeem a customer’s QR code, on %s', (backend) => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(backend), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The seeded Peaceful Grounds Café, its partner, and a new barista linked to that partner. */
  async function barista() {
    const [place] = await rowsOf(
      app,
      sql`SELECT id, partner_id FROM locations WHERE name = 'Peaceful Grounds Café'`,
    );
    const staff = await app.signUp({ displayName: 'Sam Barista' });
    await withSystem(app.deps, (ctx) =>
      addStaff(ctx, String(place!.partner_id), { email: staff.user.email }),
    );
    return { placeId: String(place!.id), staff };
  }

  /** A customer on a phone, signed up in the browser, holding a coffee from the café: their Journey shows the code. */
  async function customerOnPhone(placeId: string) {
    const opened = await openPage(browser, app, { viewport: { width: 390, height: 844 }, touch: true });
    await signUpInBrowser(opened.page, `cu_${randomUUID().slice(0, 8)}`, 'Cam Customer');
    await opened.page.getByRole('button', { name: 'I understand and agree' }).click();
    const token = await tokenOf(opened.page);
    const earned = await app.api('POST', '/api/check-ins', { token, body: { locationId: placeId, ...here } });
    expect(earned.status, JSON.stringify(earned.body)).toBe(201);
    await opened.page.getByRole('link', { name: 'Journey' }).click();
    const code = opened.page.getByTestId('reward-code');
    await code.waitFor();
    return {
      ...opened,
      reward: earned.body.reward as { qrCode: string; title: string },
      shown: (await code.textContent())!,
    };
  }

  it('redeems a typed code; the customer sees it leave their active rewards live', async () => {
    const { placeId, staff } = await barista();
    const customer = await customerOnPhone(placeId);
    expect(customer.shown.replace(/\s/g, '')).toBe(customer.reward.qrCode);

    const counter = await openPage(browser, app, {
      viewport: { width: 1280, height: 800 },
      token: staff.token,
    });
    await counter.page.getByRole('link', { name: 'Counter' }).click();
    await counter.page.getByRole('heading', { name: /Counter · / }).waitFor();
    // The partner has several cafés: the staff member says which one they stand in.
    await counter.page.getByLabel('Place').selectOption(placeId);
    // As read aloud from the phone, in groups of four.
    await counter.page.getByLabel('Code').fill(customer.shown);
    await counter.page.getByRole('button', { name: 'Redeem' }).click();
    const outcome = counter.page.locator('#counter-outcome');
    await expect
      .poll(() => outcome.textContent())
      .toMatch(/^Redeemed: A free coffee at Peaceful Grounds Café \(earned .+\) at Peaceful Grounds Café\.$/);
    expect(await axeFindings(counter.page)).toEqual([]);
    if (backend === 'pglite') await screenshot(counter.page, 'counter');

    // Live on the customer's phone: the toast, and the code gone from the active rewards.
    await customer.page
      .getByTestId('toast')
      .filter({ hasText: 'redeemed at Peaceful Grounds Café' })
      .first()
      .waitFor();
    await expect.poll(() => customer.page.getByTestId('reward-code').count()).toBe(0);

    // The same code again: a sentence, not a code.
    await counter.page.getByLabel('Code').fill(customer.reward.qrCode);
    await counter.page.getByRole('button', { name: 'Redeem' }).click();
    await expect.poll(() => outcome.textContent()).toMatch(/already/);
    expect(counter.errors).toEqual([]);
    expect(customer.errors).toEqual([]);
    await counter.context.close();
    await customer.context.close();
  });

  it('scans with the camera where the browser reads QR codes, and fits a phone', async () => {
    const { placeId, staff } = await barista();
    const customer = await customerOnPhone(placeId);
    const counter = await openPage(browser, app, {
      viewport: { width: 390, height: 844 },
      touch: true,
      token: staff.token,
    });
    // Headless Chromium has neither a camera nor BarcodeDetector: a canvas stands in for the
    // camera, and a detector that reads the code off it stands in for the browser's.
    await counter.context.addInitScript(`
      window.BarcodeDetector = class { constructor(o) { this.formats = o.formats; }
        detect() { return Promise.resolve(window.__shownCode ? [{ rawValue: window.__shownCode }] : []); } };
      navigator.mediaDevices.getUserMedia = async () => {
        const c = document.createElement('canvas'); c.width = 64; c.height = 64;
        const g = c.getContext('2d'); setInterval(() => { g.fillStyle = '#' + Math.floor(Math.random() * 4095).toString(16).padStart(3, '0'); g.fillRect(0, 0, 64, 64); }, 50);
        return c.captureStream(10);
      };`);
    await counter.page.reload();
    await counter.page.getByRole('link', { name: 'Counter' }).click();
    await counter.page.getByLabel('Place').selectOption(placeId);
    await counter.page.getByRole('button', { name: 'Scan a QR code' }).click();
    await counter.page.getByLabel('Camera').waitFor();
    await inPage(counter.page, `window.__shownCode = ${JSON.stringify(customer.reward.qrCode)}`);
    const outcome = counter.page.locator('#counter-outcome');
    await expect.poll(() => outcome.textContent(), { timeout: 5_000 }).toMatch(/^Redeemed: /);
    expect(await counter.page.getByLabel('Camera').count()).toBe(0);
    expect(
      await inPage<boolean>(
        counter.page,
        'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
      ),
    ).toBe(true);
    expect(await axeFindings(counter.page)).toEqual([]);
    await counter.context.close();
    await customer.context.close();
  });

  it('shows ordinary users no Counter tab and no failed request for it', async () => {
    const { page, context, failed } = await openPage(browser, app);
    await signUpInBrowser(page, `no_${randomUUID().slice(0, 8)}`, 'Noor Plain');
    await page.getByRole('button', { name: 'I understand and agree' }).click();
    await page.getByRole('link', { name: 'Chat' }).waitFor();
    expect(await page.getByRole('link', { name: 'Counter' }).count()).toBe(0);
    expect(failed.filter((f) => f.includes('/api/staff'))).toEqual([]);
    await context.close();
  });
});
