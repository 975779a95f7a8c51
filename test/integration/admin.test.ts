import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partners, reviews, users } from '../../src/db/schema/index.ts';
import { asSystem, asUser } from '../../src/db/tx.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { expectPgError, makeLocation, makeUser } from '../helpers/factories.ts';
import { promoteToOperator } from '../helpers/places.ts';

describe.each(backends)('operator actions on %s', (backend) => {
  let app: TestApp;
  let userToken: string;
  let operatorToken: string;
  let placeId: string;
  let partnerId: string;

  const review = async (values: { rating: number; isFlagged: boolean; createdAt?: Date }) => {
    const author = await makeUser(app.deps.database.db);
    const [row] = await asSystem(app.deps.database.db, (tx) =>
      tx
        .insert(reviews)
        .values({ userId: author.id, reviewableType: 'location', reviewableId: placeId, ...values })
        .returning(),
    );
    return row!;
  };

  beforeAll(async () => {
    app = await startTestApp(backend);
    userToken = (await app.signUp()).token;
    const operator = await app.signUp();
    await promoteToOperator(app, operator.user.id);
    operatorToken = operator.token;
    placeId = (await makeLocation(app.deps.database.db, { name: 'Suggested Spot' })).id;
    const [p] = await asSystem(app.deps.database.db, (tx) =>
      tx.insert(partners).values({ name: 'Existing Partner' }).returning(),
    );
    partnerId = p!.id;
  });
  afterAll(() => app?.close());

  const adminRoutes = (): [string, string, unknown?][] => [
    ['POST', `/api/admin/locations/${placeId}/verify`],
    ['PATCH', `/api/admin/locations/${placeId}`, { isVerified: true }],
    ['POST', '/api/admin/partners', { name: 'Sneaky Partner' }],
    ['PATCH', `/api/admin/partners/${partnerId}`, { name: 'Renamed' }],
    ['DELETE', `/api/admin/partners/${partnerId}`],
    ['GET', '/api/admin/reviews/flagged'],
    ['POST', `/api/admin/reviews/${randomUUID()}/clear`],
    ['POST', `/api/admin/reviews/${randomUUID()}/hide`],
  ];

  it('refuses every operator route to an ordinary user (403) and to nobody (401), changing nothing', async () => {
    for (const [method, path, body] of adminRoutes()) {
      const asUserRes = await app.api(method, path, { token: userToken, body });
      expect(asUserRes.status, `${method} ${path}`).toBe(403);
      expect(asUserRes.body.error.code).toBe('forbidden');
      const anonymous = await app.api(method, path, { body });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
    }
    const place = await app.api('GET', `/api/locations/${placeId}`);
    expect(place.body.location.isVerified).toBe(false);
    const listed = await app.api('GET', '/api/partners');
    expect(listed.body.partners.map((p: { name: string }) => p.name)).toEqual(['Existing Partner']);
  });

  it('never lets the app role make anyone an operator', async () => {
    const someone = await makeUser(app.deps.database.db);
    const err = await expectPgError(
      asUser(app.deps.database.db, someone.id, (tx) =>
        tx.update(users).set({ role: 'operator' }).where(eq(users.id, someone.id)),
      ),
    );
    expect(err.code).toBe('42501');
  });

  it('lets an operator verify a place and edit it, linking a partner', async () => {
    const verified = await app.api('POST', `/api/admin/locations/${placeId}/verify`, {
      token: operatorToken,
    });
    expect(verified.status).toBe(200);
    expect(verified.body.location).toMatchObject({ id: placeId, isVerified: true });
    expect((await app.api('GET', `/api/locations/${placeId}`)).body.location.isVerified).toBe(true);

    const edited = await app.api('PATCH', `/api/admin/locations/${placeId}`, {
      token: operatorToken,
      body: {
        partnerId,
        hasQrReward: true,
        amenities: ['quiet-zone'],
        lat: 51.6,
        lng: -0.2,
        description: null,
      },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.location).toMatchObject({
      partnerId,
      hasQrReward: true,
      amenities: ['quiet-zone'],
      latitude: 51.6,
      longitude: -0.2,
      description: null,
    });
    const unlinked = await app.api('PATCH', `/api/admin/locations/${placeId}`, {
      token: operatorToken,
      body: { partnerId: null },
    });
    expect(unlinked.body.location.partnerId).toBeNull();
  });

  it('answers an operator with 404 for unknown things and 400 for bad bodies', async () => {
    const t = { token: operatorToken };
    expect((await app.api('POST', `/api/admin/locations/${randomUUID()}/verify`, t)).status).toBe(404);
    const noPartner = await app.api('PATCH', `/api/admin/locations/${placeId}`, {
      ...t,
      body: { partnerId: randomUUID() },
    });
    expect(noPartner.status).toBe(404);
    expect(noPartner.body.error.details).toEqual({ field: 'partnerId' });
    const cases: [string, string, unknown, string[]][] = [
      ['PATCH', `/api/admin/locations/${placeId}`, { lat: 10 }, ['lng']],
      ['PATCH', `/api/admin/locations/${placeId}`, { type: 'bar', name: '' }, ['type', 'name']],
      ['PATCH', `/api/admin/locations/${placeId}`, { checkInCount: 5 }, ['(root)']],
      ['POST', '/api/admin/partners', { partnershipLevel: 'diamond' }, ['name', 'partnershipLevel']],
      ['POST', '/api/admin/partners', { name: 'x'.repeat(256) }, ['name']],
      ['PATCH', `/api/admin/partners/${partnerId}`, { logoUrl: 'ftp://x' }, ['logoUrl']],
      ['POST', '/api/admin/reviews/not-a-uuid/clear', undefined, ['id']],
      ['GET', '/api/admin/reviews/flagged?limit=0', undefined, ['limit']],
    ];
    for (const [method, path, body, fields] of cases) {
      const res = await app.api(method, path, { ...t, body });
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(
        [...fields].sort(),
      );
    }
    for (const path of [
      `/api/admin/reviews/${randomUUID()}/clear`,
      `/api/admin/reviews/${randomUUID()}/hide`,
    ]) {
      expect((await app.api('POST', path, t)).status).toBe(404);
    }
    expect(
      (await app.api('PATCH', `/api/admin/partners/${randomUUID()}`, { ...t, body: { name: 'X' } })).status,
    ).toBe(404);
  });

  it('lets an operator create, change and deactivate partners, as the public list shows', async () => {
    const t = { token: operatorToken };
    const created = await app.api('POST', '/api/admin/partners', {
      ...t,
      body: { name: 'Mindful Mugs', partnershipLevel: 'silver', website: 'https://mugs.example' },
    });
    expect(created.status).toBe(201);
    expect(created.body.partner).toMatchObject({
      name: 'Mindful Mugs',
      partnershipLevel: 'silver',
      active: true,
    });
    const id = created.body.partner.id as string;
    const changed = await app.api('PATCH', `/api/admin/partners/${id}`, {
      ...t,
      body: { partnershipLevel: 'gold' },
    });
    expect(changed.body.partner).toMatchObject({ id, name: 'Mindful Mugs', partnershipLevel: 'gold' });
    expect((await app.api('GET', `/api/partners/${id}`)).body.partner.partnershipLevel).toBe('gold');
    const ended = await app.api('DELETE', `/api/admin/partners/${id}`, t);
    expect(ended.status).toBe(200);
    expect(ended.body.partner.active).toBe(false);
    expect((await app.api('GET', `/api/partners/${id}`)).status).toBe(404);
    const listed = await app.api('GET', '/api/partners');
    expect(listed.body.partners.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it('lets an operator list flagged reviews, clear one (it counts again) or hide one', async () => {
    const t = { token: operatorToken };
    const kept = await review({ rating: 5, isFlagged: false });
    const older = await review({ rating: 1, isFlagged: true, createdAt: new Date('2025-01-01T00:00:00Z') });
    const newer = await review({ rating: 3, isFlagged: true, createdAt: new Date('2025-01-02T00:00:00Z') });
    const place = async () => (await app.api('GET', `/api/locations/${placeId}`)).body.location;
    expect(await place()).toMatchObject({ rating: 5, reviewCount: 1 });

    const page1 = await app.api('GET', '/api/admin/reviews/flagged?limit=1', t);
    expect(page1.status).toBe(200);
    expect(page1.body.reviews.map((r: { id: string }) => r.id)).toEqual([newer.id]);
    expect(page1.body.reviews[0]).toMatchObject({ rating: 3, isFlagged: true, reviewableId: placeId });
    const page2 = await app.api(
      'GET',
      `/api/admin/reviews/flagged?limit=1&before=${page1.body.nextCursor}`,
      t,
    );
    expect(page2.body.reviews.map((r: { id: string }) => r.id)).toEqual([older.id]);
    expect(page2.body.nextCursor).toBeNull();

    const cleared = await app.api('POST', `/api/admin/reviews/${newer.id}/clear`, t);
    expect(cleared.status).toBe(200);
    expect(cleared.body.review).toMatchObject({ id: newer.id, isFlagged: false });
    expect(await place()).toMatchObject({ rating: 4, reviewCount: 2 });

    const hidden = await app.api('POST', `/api/admin/reviews/${older.id}/hide`, t);
    expect(hidden.body.review).toMatchObject({ id: older.id, isFlagged: true });
    const hiddenToo = await app.api('POST', `/api/admin/reviews/${kept.id}/hide`, t);
    expect(hiddenToo.body.review.isFlagged).toBe(true);
    expect(await place()).toMatchObject({ rating: 3, reviewCount: 1 });
    const flagged = await app.api('GET', '/api/admin/reviews/flagged', t);
    expect(flagged.body.reviews.map((r: { id: string }) => r.id).sort()).toEqual([older.id, kept.id].sort());
  });
});
