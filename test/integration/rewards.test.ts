import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
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
  const redeem = (token: string, qrCode: string, locationId: string) =>
    app.api('POST', '/api/rewards/redeem', { token, body: { qrCode, locationId } });

  /** A user holding one fresh coffee reward from a place of its own. */
  async function userWithReward() {
    const account = await app.signUp();
    const { place } = await rewardingCafe();
    const res = await checkIn(account.token, place.id);
    expect(res.status).toBe(201);
    return { ...account, place, reward: res.body.reward };
  }

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

  it('redeems a reward at its place once, and counts it on the journey', async () => {
    const { token, place, reward } = await userWithReward();
    clock.advance(HOUR);
    const res = await redeem(token, reward.qrCode, place.id);
    expect(res.status).toBe(200);
    expect(res.body.reward).toMatchObject({
      id: reward.id,
      status: 'redeemed',
      redeemed: true,
      redeemedAt: '2026-03-02T10:00:00.000Z',
      redeemedLocationId: place.id,
    });

    const again = await redeem(token, reward.qrCode, place.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('reward_already_redeemed');

    const journey = await app.api('GET', '/api/me/journey', { token });
    expect(journey.body.journey.coffeeRedemptions).toBe(1);
    const milestone = journey.body.journey.milestones.find(
      (m: { id: string }) => m.id === 'first_coffee_redeemed',
    );
    expect(milestone).toMatchObject({ achieved: true, achievedAt: '2026-03-02T10:00:00.000Z' });
  });

  it('lets exactly one of 50 concurrent redemptions of a code succeed', async () => {
    const { user, token, place, reward } = await userWithReward();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => redeem(token, reward.qrCode, place.id)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 200);
    expect(refused).toHaveLength(49);
    for (const r of refused) expect(r.body.error.code).toBe('reward_already_redeemed');
    const [row] = await rowsOf(
      app,
      sql`SELECT coffee_redemptions FROM journey_progress WHERE user_id = ${user.id}`,
    );
    expect(row?.coffee_redemptions).toBe(1);
  });

  it('refuses an expired reward with 422 reward_expired', async () => {
    const { user, token, place, reward } = await userWithReward();
    clock.advance(7 * DAY + 1);
    // The move past a week also expired the access token: sign in again.
    const fresh = await freshToken(app, user.id);
    expect(token).not.toBe(fresh);
    const res = await redeem(fresh, reward.qrCode, place.id);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('reward_expired');
  });

  it('refuses redemption at another place with 422 reward_wrong_place', async () => {
    const { token, reward } = await userWithReward();
    const { place: elsewhere } = await rewardingCafe('Somewhere Else');
    const res = await redeem(token, reward.qrCode, elsewhere.id);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('reward_wrong_place');
  });

  it("answers an unknown code, and another user's code, with 404 reward_not_found", async () => {
    const a = await userWithReward();
    const b = await app.signUp();
    const unknown = await redeem(b.token, 'A'.repeat(32), a.place.id);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('reward_not_found');

    const stolen = await redeem(b.token, a.reward.qrCode, a.place.id);
    expect(stolen.status).toBe(404);
    expect(stolen.body.error.code).toBe('reward_not_found');
    expect((await app.api('GET', '/api/me/rewards', { token: b.token })).body.rewards).toEqual([]);

    const [row] = await rowsOf(app, sql`SELECT redeemed FROM rewards WHERE id = ${a.reward.id}`);
    expect(row?.redeemed).toBe(false);
    expect((await redeem(a.token, a.reward.qrCode, a.place.id)).status).toBe(200);
  });

  it('lists my rewards by status: active, redeemed, expired, all', async () => {
    const { user, token: firstToken } = await app.signUp();
    let token = firstToken;
    const cafes = await Promise.all([rewardingCafe('One'), rewardingCafe('Two'), rewardingCafe('Three')]);
    const old = await checkIn(token, cafes[0]!.place.id);
    clock.advance(6 * DAY);
    token = await freshToken(app, user.id);
    const redeemedOne = await checkIn(token, cafes[1]!.place.id);
    const activeOne = await checkIn(token, cafes[2]!.place.id);
    expect((await redeem(token, redeemedOne.body.reward.qrCode, cafes[1]!.place.id)).status).toBe(200);
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

  it('answers bad redemption bodies and list queries with 400 naming the field', async () => {
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
