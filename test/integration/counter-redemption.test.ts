import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { asUser } from '../../src/db/tx.ts';
import { withSystem } from '../../src/domain/context.ts';
import { addStaff } from '../../src/domain/partners/staff.ts';
import { apiClient, startTestApp, startTestCluster, type TestApp } from '../helpers/app.ts';
import { makePartner, notificationsOf, rowsOf } from '../helpers/checkins.ts';
import { crossInstance } from '../helpers/cross-instance.ts';
import { backends } from '../helpers/db.ts';
import { testEnv } from '../helpers/env.ts';
import { makeLocation } from '../helpers/factories.ts';
import { nextEvent } from '../helpers/sockets.ts';

const HOUR = 3_600_000;
const atThePlace = { lat: 51.5074, lng: -0.1278, accuracy: 20 };

describe.each(backends)('redemption at the counter on %s', (backend) => {
  const clock = manualClock('2026-03-02T09:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());
  beforeEach(() => clock.set('2026-03-02T09:00:00Z'));

  /** A partner with two rewarding places and one counter staff account. */
  async function partnerWithStaff() {
    const partner = await makePartner(app);
    const place = await makeLocation(app.deps.database.db, {
      name: 'Bean There',
      hasQrReward: true,
      partnerId: partner.id,
    });
    const sibling = await makeLocation(app.deps.database.db, {
      name: 'Bean There Too',
      hasQrReward: true,
      partnerId: partner.id,
    });
    const staff = await app.signUp();
    await withSystem(app.deps, (ctx) => addStaff(ctx, partner.id, { email: staff.user.email }));
    return { partner, place, sibling, staff };
  }

  async function customerWithReward(placeId: string) {
    const account = await app.signUp();
    const res = await app.api('POST', '/api/check-ins', {
      token: account.token,
      body: { locationId: placeId, ...atThePlace },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { ...account, reward: res.body.reward as { id: string; qrCode: string; title: string } };
  }

  const redeem = (token: string, qrCode: string, locationId: string) =>
    app.api('POST', '/api/staff/redeem', { token, body: { qrCode, locationId } });

  it("redeems a customer's code once, tells only what and where, and counts it on the customer's journey", async () => {
    const { place, staff } = await partnerWithStaff();
    const customer = await customerWithReward(place.id);
    clock.advance(HOUR);

    const res = await redeem(staff.token, customer.reward.qrCode, place.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.redemption).toEqual({
      reward: {
        id: customer.reward.id,
        type: 'coffee',
        title: customer.reward.title,
        earnedAt: '2026-03-02T09:00:00.000Z',
        redeemedAt: '2026-03-02T10:00:00.000Z',
      },
      place: { id: place.id, name: 'Bean There' },
    });
    expect(JSON.stringify(res.body)).not.toContain(customer.user.id);

    const again = await redeem(staff.token, customer.reward.qrCode, place.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('reward_already_redeemed');

    const mine = await app.api('GET', '/api/me/rewards', { token: customer.token });
    expect(mine.body.rewards[0]).toMatchObject({
      status: 'redeemed',
      redeemedAt: '2026-03-02T10:00:00.000Z',
      redeemedLocationId: place.id,
    });
    const journey = await app.api('GET', '/api/me/journey', { token: customer.token });
    expect(journey.body.journey.coffeeRedemptions).toBe(1);
    expect(
      journey.body.journey.milestones.find((m: { id: string }) => m.id === 'first_coffee_redeemed'),
    ).toMatchObject({
      achieved: true,
      achievedAt: '2026-03-02T10:00:00.000Z',
    });
    const told = await notificationsOf(app, customer.user.id, 'reward_redeemed');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ message: 'Redeemed at Bean There. Enjoy it.' });
    const [row] = await rowsOf(app, sql`SELECT redeemed_by FROM rewards WHERE id = ${customer.reward.id}`);
    expect(row?.redeemed_by).toBe(staff.user.id);
  });

  it('lets exactly one of 30 concurrent redemptions of a code succeed', async () => {
    const { place, staff } = await partnerWithStaff();
    const customer = await customerWithReward(place.id);
    const results = await Promise.all(
      Array.from({ length: 30 }, () => redeem(staff.token, customer.reward.qrCode, place.id)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200))
      expect(r.body.error.code).toBe('reward_already_redeemed');
    const [row] = await rowsOf(
      app,
      sql`SELECT coffee_redemptions FROM journey_progress WHERE user_id = ${customer.user.id}`,
    );
    expect(row?.coffee_redemptions).toBe(1);
  });

  it('refuses the owner, other customers, another partner’s staff and a staff member’s own reward', async () => {
    const { place, staff } = await partnerWithStaff();
    const other = await partnerWithStaff();
    const customer = await customerWithReward(place.id);

    const own = await app.api('POST', '/api/rewards/redeem', {
      token: customer.token,
      body: { qrCode: customer.reward.qrCode, locationId: place.id },
    });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('counter_only');
    expect(own.body.error.message).toMatch(/counter/);

    const stranger = await app.signUp();
    const notStaff = await redeem(stranger.token, customer.reward.qrCode, place.id);
    expect(notStaff.status).toBe(403);
    expect(notStaff.body.error.code).toBe('staff_only');

    const elsewhere = await redeem(other.staff.token, customer.reward.qrCode, place.id);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.code).toBe('not_your_place');

    // Staff earn rewards at their own café like anyone: a colleague redeems them, not they.
    const check = await app.api('POST', '/api/check-ins', {
      token: staff.token,
      body: { locationId: place.id, ...atThePlace },
    });
    const staffReward = check.body.reward as { qrCode: string };
    const self = await redeem(staff.token, staffReward.qrCode, place.id);
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('own_reward');

    const [row] = await rowsOf(app, sql`SELECT redeemed FROM rewards WHERE id = ${customer.reward.id}`);
    expect(row?.redeemed).toBe(false);
  });

  it('keeps a coffee to the place that gave it, refuses expired and unknown codes', async () => {
    const { place, sibling, staff } = await partnerWithStaff();
    const customer = await customerWithReward(place.id);
    const wrong = await redeem(staff.token, customer.reward.qrCode, sibling.id);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('reward_wrong_place');

    const unknown = await redeem(staff.token, 'A'.repeat(32), place.id);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('reward_not_found');

    clock.advance(8 * 24 * HOUR);
    const staffToken = await app.deps.tokens.issue({ userId: staff.user.id, tokenVersion: 0 }, clock.now());
    const expired = await redeem(staffToken, customer.reward.qrCode, place.id);
    expect(expired.status).toBe(422);
    expect(expired.body.error.code).toBe('reward_expired');
  });

  it('does not let the app role redeem by hand: the database refuses the update', async () => {
    const { place } = await partnerWithStaff();
    const customer = await customerWithReward(place.id);
    const refused = await asUser(app.deps.database.app ?? app.deps.database.db, customer.user.id, (tx) =>
      tx.execute(
        sql`UPDATE rewards SET redeemed = true, redeemed_at = now() WHERE id = ${customer.reward.id}`,
      ),
    ).then(
      () => undefined,
      (err: { code?: string; cause?: { code?: string } }) => err.cause?.code ?? err.code,
    );
    expect(refused).toBe('42501'); // insufficient_privilege
    const [row] = await rowsOf(app, sql`SELECT redeemed FROM rewards WHERE id = ${customer.reward.id}`);
    expect(row?.redeemed).toBe(false);
  });

  it("shows staff their partner's places, everyone else null", async () => {
    const { partner, place, sibling, staff } = await partnerWithStaff();
    const mine = await app.api('GET', '/api/staff/me', { token: staff.token });
    expect(mine.status).toBe(200);
    expect(mine.body.staff.partner).toEqual({ id: partner.id, name: partner.name });
    expect(mine.body.staff.places.map((p: { id: string }) => p.id).sort()).toEqual(
      [place.id, sibling.id].sort(),
    );
    const someone = await app.signUp();
    expect((await app.api('GET', '/api/staff/me', { token: someone.token })).body).toEqual({ staff: null });
    expect((await app.api('GET', '/api/staff/me')).status).toBe(401);
  });

  it('lets operators link and unlink staff, and no one else', async () => {
    const partner = await makePartner(app);
    const operator = await app.signUp();
    await rowsOf(app, sql`UPDATE users SET role = 'operator' WHERE id = ${operator.user.id}`);
    const barista = await app.signUp();
    const path = `/api/admin/partners/${partner.id}/staff`;

    const byUser = await app.api('POST', path, { token: barista.token, body: { email: barista.user.email } });
    expect(byUser.status).toBe(403);

    const linked = await app.api('POST', path, {
      token: operator.token,
      body: { email: barista.user.email.toUpperCase() },
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    expect(linked.body.staff).toMatchObject({ userId: barista.user.id, partnerId: partner.id });
    expect(
      (await app.api('POST', path, { token: operator.token, body: { email: barista.user.email } })).status,
    ).toBe(201);
    const listed = await app.api('GET', path, { token: operator.token });
    expect(listed.body.staff.map((s: { userId: string }) => s.userId)).toEqual([barista.user.id]);

    const otherPartner = await makePartner(app, 'Elsewhere Ltd');
    const twice = await app.api('POST', `/api/admin/partners/${otherPartner.id}/staff`, {
      token: operator.token,
      body: { email: barista.user.email },
    });
    expect(twice.status).toBe(409);
    const nobody = await app.api('POST', path, {
      token: operator.token,
      body: { email: 'nobody@example.com' },
    });
    expect(nobody.status).toBe(404);
    const badEmail = await app.api('POST', path, { token: operator.token, body: { email: 'not an email' } });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.details[0].field).toBe('email');

    const removed = await app.api('DELETE', `${path}/${barista.user.id}`, { token: operator.token });
    expect(removed.status).toBe(200);
    expect((await app.api('GET', '/api/staff/me', { token: barista.token })).body).toEqual({ staff: null });
    expect((await app.api('DELETE', `${path}/${barista.user.id}`, { token: operator.token })).status).toBe(
      404,
    );
  });

  it('answers bad counter bodies with 400 naming the field', async () => {
    const { place, staff } = await partnerWithStaff();
    const cases: [unknown, string][] = [
      [{ locationId: place.id }, 'qrCode'],
      [{ qrCode: 'short', locationId: place.id }, 'qrCode'],
      [{ qrCode: "' OR 1=1 --xxxxxxxxxxx", locationId: place.id }, 'qrCode'],
      [{ qrCode: 'A'.repeat(32), locationId: 'nope' }, 'locationId'],
    ];
    for (const [body, field] of cases) {
      const res = await app.api('POST', '/api/staff/redeem', { token: staff.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await app.api('POST', '/api/staff/redeem', { token: staff.token, body: '{' })).status).toBe(400);
    expect(
      (await app.api('POST', '/api/staff/redeem', { body: { qrCode: 'A'.repeat(32), locationId: place.id } }))
        .status,
    ).toBe(401);
  });
});

// The customer's phone and the counter on different instances: needs Redis (absent, not skipped, without it).
if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  describe('redemption at the counter across two instances', () => {
    let cluster: Awaited<ReturnType<typeof startTestCluster>>;
    const x = crossInstance(() => cluster);
    beforeAll(async () => {
      cluster = await startTestCluster('pglite', redisUrl, 2);
    });
    afterEach(() => x.closeSockets());
    afterAll(() => cluster?.close());

    it('tells the customer on instance B the moment staff redeem on instance A', async () => {
      const [a, b] = cluster.urls as [string, string];
      const deps = cluster.instances[0]!.deps;
      const partner = await withSystem(deps, async (ctx) => {
        const { partners } = await import('../../src/db/schema/index.ts');
        const [row] = await ctx.tx.insert(partners).values({ name: 'Counter Co.' }).returning();
        return row!;
      });
      const place = await makeLocation(deps.database.db, { hasQrReward: true, partnerId: partner.id });
      const staff = await x.signUp(a);
      const { rows } = await withSystem(deps, (ctx) =>
        ctx.tx.execute(sql`SELECT email FROM users WHERE id = ${staff.userId}`),
      );
      await withSystem(deps, (ctx) => addStaff(ctx, partner.id, { email: String(rows[0]!.email) }));
      const customer = await x.signUp(b);
      const earned = await apiClient(b)('POST', '/api/check-ins', {
        token: customer.token,
        body: { locationId: place.id, ...atThePlace },
      });
      expect(earned.status, JSON.stringify(earned.body)).toBe(201);
      const phone = await x.open(b, customer.token);
      await new Promise((r) => setTimeout(r, 100)); // the adapter's subscription
      const told = nextEvent(phone, 'notification', (n) => n.type === 'reward_redeemed', 2_000);
      const res = await apiClient(a)('POST', '/api/staff/redeem', {
        token: staff.token,
        body: { qrCode: (earned.body.reward as { qrCode: string }).qrCode, locationId: place.id },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(await told).toMatchObject({
        type: 'reward_redeemed',
        data: { rewardId: (earned.body.reward as { id: string }).id },
      });
    });
  });
}
