import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partners } from '../../src/db/schema/index.ts';
import { asPublic, asSystem } from '../../src/db/tx.ts';
import { partnerForLocation } from '../../src/domain/partners/read.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation } from '../helpers/factories.ts';

describe.each(backends)('partners on %s', (backend) => {
  let app: TestApp;
  const partner = async (values: Partial<typeof partners.$inferInsert> & { name: string }) => {
    const [row] = await asSystem(app.deps.database.db, (tx) =>
      tx.insert(partners).values(values).returning(),
    );
    return row!;
  };

  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  it('lists active partners by name, without a sign-in, and hides inactive ones', async () => {
    const b = await partner({
      name: 'Bean There',
      partnershipLevel: 'gold',
      website: 'https://bean.example',
    });
    const a = await partner({ name: 'Acorn Gyms', type: 'gym' });
    const gone = await partner({ name: 'Closed Co', active: false });
    const res = await app.api('GET', '/api/partners');
    expect(res.status).toBe(200);
    const listed = res.body.partners.map((p: { id: string }) => p.id);
    expect(listed).toEqual([a.id, b.id]);
    expect(listed).not.toContain(gone.id);
    expect(res.body.partners[1]).toMatchObject({
      id: b.id,
      name: 'Bean There',
      partnershipLevel: 'gold',
      website: 'https://bean.example',
      active: true,
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
  });

  it('shows one active partner; an inactive or unknown one is 404, a malformed id 400', async () => {
    const p = await partner({ name: 'Calm Cups', description: 'Quiet coffee' });
    const res = await app.api('GET', `/api/partners/${p.id}`);
    expect(res.status).toBe(200);
    expect(res.body.partner).toMatchObject({ id: p.id, name: 'Calm Cups', description: 'Quiet coffee' });
    const inactive = await partner({ name: 'Former', active: false });
    expect((await app.api('GET', `/api/partners/${inactive.id}`)).status).toBe(404);
    expect((await app.api('GET', `/api/partners/${randomUUID()}`)).status).toBe(404);
    const bad = await app.api('GET', '/api/partners/123');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('id');
  });

  it("gives a reward's partner: the active partner of the place, else none", async () => {
    const db = app.deps.database.db;
    const p = await partner({ name: 'Reward Roasters' });
    const linked = await makeLocation(db, { partnerId: p.id, hasQrReward: true });
    const unlinked = await makeLocation(db);
    const ended = await partner({ name: 'Ended', active: false });
    const endedPlace = await makeLocation(db, { partnerId: ended.id });
    const found = await asPublic(db, (tx) => partnerForLocation(tx, linked.id));
    expect(found).toMatchObject({ id: p.id, name: 'Reward Roasters' });
    expect(await asPublic(db, (tx) => partnerForLocation(tx, unlinked.id))).toBeNull();
    expect(await asPublic(db, (tx) => partnerForLocation(tx, endedPlace.id))).toBeNull();
    expect(await asPublic(db, (tx) => partnerForLocation(tx, randomUUID()))).toBeNull();
  });
});
