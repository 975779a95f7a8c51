import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { withSystem } from '../../src/domain/context.ts';
import { addStaff } from '../../src/domain/partners/staff.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { freshToken, makePartner, notificationsOf, rowsOf } from '../helpers/checkins.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation } from '../helpers/factories.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(backends)('coffee rewards on %s', (backend) => {
  const clock = manualClock('2026-03-02T09:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());
  beforeEach(() => clock.set('2026-03-02T09:00:00Z'));

  const rewardingCafe = async (name = 'Bean There') => {
    const partner = await makePartner(app);
    const place = await makeLocation(app.deps.database.db, {
      name,
      hasQrReward: true,
      partnerId: partner.id,
    });
    return { place, partner };
  };
  // At the place (every test place stands at the factory's default point): only being there earns.
  const checkIn = (token: string, locationId: string) =>
    app.api('POST', '/api/check-ins', {
      token,
      body: { locationId, lat: 51.5074, lng: -0.1278, accuracy: 20 },
    });
  /** The counter's staff redeem a code at the place (the owner cannot: counter-redemption.test.ts). */
  const redeemAtCounter = async (partnerId: string, qrCode: string, locationId: string) => {
    const staff = await app.signUp();
    await withSystem(app.deps, (ctx) => addStaff(ctx, partnerId, { email: staff.user.email }));
    return app.api('POST', '/api/staff/redeem', { token: staff.token, body: { qrCode, locationId } });
  };

  it('gives a coffee reward with an unguessable QR code, its partner and a notification', async () => {
    const { user, token } = await app.signUp();
    const { place, partner } = await rewardingCafe('Bean There');
    const res = await checkIn(token, place.id);
    expect(res.status).toBe(201);
    const reward = res.body.reward;
    expect(reward).toMatchObject({
      type: 'coffee',
      title: 'A free coffee at Bean There',
      locationId: place.id,
      partnerId: partner.id,
      partner: { id: partner.id, name: partner.name, logoUrl: 'https://example.com/logo.png' },
      earnedAt: '2026-03-02T09:00:00.000Z',
      expiresAt: '2026-03-09T09:00:00.000Z',
      status: 'active',
      redeemed: false,
    });
    expect(reward.qrCode).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(res.body.checkIn.rewardEarnedId).toBe(reward.id);

    const [note] = await notificationsOf(app, user.id, 'reward');
    expect(note).toMatchObject({ type: 'reward', data: { rewardId: reward.id, locationId: place.id } });

    const plain = await makeLocation(app.deps.database.db, { hasQrReward: false });
    const noReward = await checkIn(token, plain.id);
    expect(noReward.status).toBe(201);
    expect(noReward.body.reward).toBeUndefined();
  });

  it('gives one reward per place per day: none two hours later, one again the next day', async () => {
    const { user, token } = await app.signUp();
    const { place } = await rewardingCafe();
    const first = await checkIn(token, place.id);
    expect(first.body.reward).toBeDefined();

    clock.advance(30 * 60_000);
    const repeat = await checkIn(token, place.id);
    expect(repeat.status).toBe(200);
    expect(repeat.body.duplicate).toBe(true);
    expect(repeat.body.reward?.id).toBe(first.body.reward.id);

    clock.advance(2 * HOUR);
    const sameDay = await checkIn(token, place.id);
    expect(sameDay.status).toBe(201);
    expect(sameDay.body.reward).toBeUndefined();
    expect(sameDay.body.journey.totalCheckIns).toBe(2);

    clock.set('2026-03-03T09:00:00Z');
    const nextDay = await checkIn(token, place.id);
    expect(nextDay.status).toBe(201);
    expect(nextDay.body.reward.id).not.toBe(first.body.reward.id);

    const rows = await rowsOf(
      app,
      sql`SELECT earned_on::text AS day FROM rewards WHERE user_id = ${user.id} ORDER BY earned_at`,
    );
    expect(rows.map((r) => r.day)).toEqual(['2026-03-02', '2026-03-03']);
    expect(await notificationsOf(app, user.id, 'reward')).toHaveLength(2);
  });

  it('gives one reward for 20 concurrent check-ins at a rewarding place', async () => {
    const { user, token } = await app.signUp();
    const { place } = await rewardingCafe();
    const results = await Promise.all(Array.from({ length: 20 }, () => checkIn(token, place.id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const rewardIds = new Set(results.map((r) => r.body.reward?.id));
    expect(rewardIds.size).toBe(1);
    expect([...rewardIds][0]).toBeDefined();
    const [row] = await rowsOf(app, sql`SELECT count(*)::int AS n FROM rewards WHERE user_id = ${user.id}`);
    expect(row?.n).toBe(1);
    expect(await notificationsOf(app, user.id, 'reward')).toHaveLength(1);
  });

  it("counts the reward day in the user's time zone", async () => {
    // 23:00 and 01:00 in Tokyo are two days there, though one UTC day (14:00Z and 16:00Z).
    const { token } = await app.signUp({ timeZone: 'Asia/Tokyo' });
    const { place } = await rewardingCafe();
    clock.set('2026-03-02T14:00:00Z');
    expect((await checkIn(token, place.id)).body.reward).toBeDefined();
    clock.set('2026-03-02T16:00:00Z');
    expect((await checkIn(token, place.id)).body.reward).toBeDefined();

    const utc = await app.signUp({ timeZone: 'UTC' });
    clock.set('2026-03-02T14:00:00Z');
    expect((await checkIn(utc.token, place.id)).body.reward).toBeDefined();
    clock.set('2026-03-02T16:00:00Z');
    expect((await checkIn(utc.token, place.id)).body.reward).toBeUndefined();
  });

  // Redeeming (by the counter's staff, never the owner): counter-redemption.test.ts.

  it('lists my rewards by status: active, redeemed, expired, all', async () => {
    const { user, token: firstToken } = await app.signUp();
    let token = firstToken;
    const cafes = await Promise.all([rewardingCafe('One'), rewardingCafe('Two'), rewardingCafe('Three')]);
    const old = await checkIn(token, cafes[0]!.place.id);
    clock.advance(6 * DAY);
    token = await freshToken(app, user.id);
    const redeemedOne = await checkIn(token, cafes[1]!.place.id);
    const activeOne = await checkIn(token, cafes[2]!.place.id);
    expect(
      (await redeemAtCounter(cafes[1]!.partner.id, redeemedOne.body.reward.qrCode, cafes[1]!.place.id))
        .status,
    ).toBe(200);
    clock.advance(DAY + HOUR); // the first reward is now past its week

    const ids = async (status: string) => {
      const res = await app.api('GET', `/api/me/rewards?status=${status}`, { token });
      expect(res.status).toBe(200);
      return res.body.rewards.map((r: { id: string }) => r.id);
    };
    expect(await ids('active')).toEqual([activeOne.body.reward.id]);
    expect(await ids('redeemed')).toEqual([redeemedOne.body.reward.id]);
    expect(await ids('expired')).toEqual([old.body.reward.id]);
    expect((await ids('all')).sort()).toEqual(
      [old.body.reward.id, redeemedOne.body.reward.id, activeOne.body.reward.id].sort(),
    );
    const all = await app.api('GET', '/api/me/rewards', { token });
    expect(all.body.rewards.map((r: { status: string }) => r.status).sort()).toEqual([
      'active',
      'expired',
      'redeemed',
    ]);
  });

  it('answers bad redemption bodies (before refusing the owner) and list queries with 400 naming the field', async () => {
    const { token } = await app.signUp();
    const { place } = await rewardingCafe();
    const cases: [unknown, string][] = [
      [{ locationId: place.id }, 'qrCode'],
      [{ qrCode: 'short', locationId: place.id }, 'qrCode'],
      [{ qrCode: 'x'.repeat(500), locationId: place.id }, 'qrCode'],
      [{ qrCode: "' OR 1=1 --xxxxxxxxxxx", locationId: place.id }, 'qrCode'],
      [{ qrCode: 'A'.repeat(32) }, 'locationId'],
      [{ qrCode: 'A'.repeat(32), locationId: 'nope' }, 'locationId'],
    ];
    for (const [body, field] of cases) {
      const res = await app.api('POST', '/api/rewards/redeem', { token, body });
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await app.api('POST', '/api/rewards/redeem', { token, body: '{' })).status).toBe(400);
    const badStatus = await app.api('GET', '/api/me/rewards?status=stolen', { token });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error.details[0].field).toBe('status');
    expect((await app.api('POST', '/api/rewards/redeem', { body: { qrCode: 'A'.repeat(32) } })).status).toBe(
      401,
    );
  });
});
