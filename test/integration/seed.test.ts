import bcrypt from 'bcryptjs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations, mentors, users } from '../../src/db/schema/index.ts';
import { cities } from '../../src/db/seed/cities.ts';
import {
  DEMO_EMAIL,
  DEMO_PASSWORD,
  MENTOR_PASSWORD,
  type SeedSummary,
  seed,
  seedIfEmpty,
} from '../../src/db/seed/index.ts';
import { bulkPlace, samplePlaces } from '../../src/db/seed/places.ts';
import { asPublic, asSystem } from '../../src/db/tx.ts';
import { createDeps, type Deps } from '../../src/deps.ts';
import { testConfig } from '../helpers/config.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';

const hhmmRange = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;
const dayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('sample data generator', () => {
  it('is reproducible: the same places, ids included, on every run', () => {
    expect(samplePlaces()).toEqual(samplePlaces());
    expect(bulkPlace(123_456)).toEqual(bulkPlace(123_456));
    expect(bulkPlace(1).id).not.toBe(bulkPlace(2).id);
  });

  it('makes well-formed places: hours by weekday, names unique within a city, near their city', () => {
    const places = [...samplePlaces(), ...Array.from({ length: 2000 }, (_, n) => bulkPlace(n))];
    for (const place of places) {
      for (const [day, ranges] of Object.entries(place.hours ?? {})) {
        expect(dayKeys).toContain(day);
        for (const range of ranges) {
          expect(range).toMatch(hhmmRange);
          const [from, to] = range.split('-');
          expect(from! < to!).toBe(true);
        }
      }
      const city = cities.find((c) => c.name === place.city)!;
      expect(place.timeZone).toBe(city.timeZone);
      expect(Math.abs(place.latitude - city.lat)).toBeLessThan(0.5);
      expect(Math.abs(place.longitude - city.lng)).toBeLessThan(0.5);
      if (place.hasQrReward) expect(place.partnerId).not.toBeNull();
    }
    const sample = samplePlaces();
    expect(new Set(sample.map((p) => `${p.city}|${p.name}`)).size).toBe(sample.length);
  });
});

describe.each(backends)('seeding on %s', (backend) => {
  let database: TestDatabase;
  let deps: Deps;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    deps = await createDeps(testConfig(), { database: database.handle });
  });

  afterAll(async () => {
    await deps?.close();
    await database?.drop();
  });

  interface Counts extends Record<string, unknown> {
    locations: number;
    cities: number;
    partners: number;
    users: number;
    mentors: number;
    journeys: number;
  }
  const counts = () =>
    asSystem(deps.database.db, async (tx) => {
      const result = await tx.execute<Counts>(sql`
        SELECT (SELECT count(*) FROM locations)::int AS locations,
               (SELECT count(DISTINCT city) FROM locations)::int AS cities,
               (SELECT count(*) FROM partners)::int AS partners,
               (SELECT count(*) FROM users)::int AS users,
               (SELECT count(*) FROM mentors)::int AS mentors,
               (SELECT count(*) FROM journey_progress)::int AS journeys`);
      return result.rows[0]!;
    });

  const nothingAdded: SeedSummary = { partners: 0, places: 0, accounts: 0, mentors: 0, bulkPlaces: 0 };

  it('seeds an empty database at start-up: hundreds of places over several cities, partners, accounts', async () => {
    expect((await counts()).locations).toBe(0);
    await seedIfEmpty(deps);

    const c = await counts();
    expect(c.locations).toBeGreaterThanOrEqual(300);
    expect(c.cities).toBeGreaterThanOrEqual(8);
    expect(c.partners).toBeGreaterThanOrEqual(3);
    expect(c.mentors).toBeGreaterThanOrEqual(5);
    expect(c.mentors).toBeLessThanOrEqual(8);
    expect(c.users).toBe(c.mentors + 2); // the demo user and the demo barista
    expect(c.journeys).toBe(c.users);

    // Public: a user's role sees every place.
    const visible = await asPublic(deps.database.db, (tx) => tx.$count(locations));
    expect(visible).toBe(c.locations);
  });

  it("has the seed's three London places exactly as database-schema.md inserts them", async () => {
    const rows = await asSystem(deps.database.db, (tx) =>
      tx
        .select({
          name: locations.name,
          type: locations.type,
          latitude: locations.latitude,
          longitude: locations.longitude,
          address: locations.address,
          city: locations.city,
          country: locations.country,
          anxietyLevel: locations.anxietyLevel,
          isVerified: locations.isVerified,
          isBeginnerFriendly: locations.isBeginnerFriendly,
          hasQrReward: locations.hasQrReward,
          timeZone: locations.timeZone,
        })
        .from(locations)
        .where(sql`${locations.address} IN ('123 Calm Street', '45 Support Lane', '78 Structure Road')`)
        .orderBy(locations.latitude),
    );
    const london = { city: 'London', country: 'UK', timeZone: 'Europe/London' };
    expect(rows).toEqual([
      {
        name: 'Peaceful Grounds Café',
        type: 'coffee',
        latitude: 51.5074,
        longitude: -0.1278,
        address: '123 Calm Street',
        ...london,
        anxietyLevel: 'low',
        isVerified: true,
        isBeginnerFriendly: true,
        hasQrReward: true,
      },
      {
        name: 'Beginner Fitness Hub',
        type: 'gym',
        latitude: 51.5085,
        longitude: -0.129,
        address: '45 Support Lane',
        ...london,
        anxietyLevel: 'low',
        isVerified: true,
        isBeginnerFriendly: true,
        hasQrReward: false,
      },
      {
        name: 'The Quiet Gym',
        type: 'gym',
        latitude: 51.51,
        longitude: -0.13,
        address: '78 Structure Road',
        ...london,
        anxietyLevel: 'medium',
        isVerified: true,
        isBeginnerFriendly: true,
        hasQrReward: false,
      },
    ]);
  });

  it('spreads places over every type, several time zones, and links QR rewards to partners', async () => {
    const rows = await asSystem(deps.database.db, async (tx) => {
      const result = await tx.execute<Record<string, number>>(sql`
        SELECT count(DISTINCT type)::int AS types,
               count(DISTINCT time_zone)::int AS zones,
               count(DISTINCT country)::int AS countries,
               count(*) FILTER (WHERE has_qr_reward)::int AS qr,
               count(*) FILTER (WHERE has_qr_reward AND partner_id IS NULL)::int AS qr_without_partner,
               count(*) FILTER (WHERE hours IS NULL OR cardinality(amenities) = 0)::int AS bare,
               (SELECT count(DISTINCT partnership_level) FROM partners)::int AS levels
        FROM locations`);
      return result.rows[0]!;
    });
    expect(rows).toMatchObject({ types: 5, qr_without_partner: 0, bare: 0 });
    expect(rows.zones).toBeGreaterThanOrEqual(6);
    expect(rows.countries).toBeGreaterThanOrEqual(5);
    expect(rows.qr).toBeGreaterThan(10);
    expect(rows.levels).toBeGreaterThanOrEqual(3);
  });

  it('gives every mentor a consenting user account that signs in with the documented password', async () => {
    const rows = await asSystem(deps.database.db, (tx) =>
      tx
        .select({
          email: users.email,
          role: users.role,
          consentGiven: users.consentGiven,
          passwordHash: users.passwordHash,
          verified: mentors.verified,
          specialization: mentors.specialization,
          scheduleType: mentors.scheduleType,
          latitude: mentors.latitude,
          locationId: mentors.locationId,
        })
        .from(mentors)
        .innerJoin(users, eq(users.id, mentors.userId)),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const mentor of rows) {
      expect(mentor).toMatchObject({ role: 'user', consentGiven: true, verified: true });
      expect(mentor.specialization.length).toBeGreaterThan(0);
      expect(mentor.latitude).not.toBeNull();
      if (mentor.scheduleType !== 'virtual') expect(mentor.locationId).not.toBeNull();
    }
    expect(await bcrypt.compare(MENTOR_PASSWORD, rows[0]!.passwordHash)).toBe(true);
  });

  it('has the demo user, found by e-mail, whose password verifies', async () => {
    const [demo] = await asSystem(deps.database.db, (tx) =>
      tx.select().from(users).where(eq(users.email, DEMO_EMAIL)),
    );
    expect(demo).toMatchObject({
      username: 'demo',
      role: 'user',
      consentGiven: true,
      timeZone: 'Europe/London',
    });
    expect(demo!.consentDate).toBeInstanceOf(Date);
    expect(await bcrypt.compare(DEMO_PASSWORD, demo!.passwordHash)).toBe(true);
    expect(await bcrypt.compare('wrong-password', demo!.passwordHash)).toBe(false);
    expect(bcrypt.getRounds(demo!.passwordHash)).toBe(deps.bcryptCost);
  });

  it('is idempotent: seeding again changes no counts and no password hash', async () => {
    const before = await counts();
    const demoHash = () =>
      asSystem(deps.database.db, (tx) =>
        tx.select({ hash: users.passwordHash }).from(users).where(eq(users.email, DEMO_EMAIL)),
      );
    const hash = await demoHash();

    expect(await seed(deps)).toEqual(nothingAdded);
    expect(await counts()).toEqual(before);
    expect(await demoHash()).toEqual(hash);
  });

  it('seedIfEmpty on a database that has places adds nothing', async () => {
    const before = await counts();
    await seedIfEmpty(deps);
    expect(await counts()).toEqual(before);
  });

  it('adds the requested number of generated places, once', async () => {
    const before = await counts();
    // Small batches: several in flight at once on PostgreSQL.
    const first = await seed(deps, { locations: 2000, batchSize: 300 });
    expect(first).toEqual({ ...nothingAdded, bulkPlaces: 2000 });
    const after = await counts();
    expect(after.locations).toBe(before.locations + 2000);
    expect(after.users).toBe(before.users);

    expect(await seed(deps, { locations: 2000 })).toEqual(nothingAdded);
    expect((await counts()).locations).toBe(after.locations);
  });

  it('refuses a negative or fractional count', async () => {
    await expect(seed(deps, { locations: -1 })).rejects.toThrow(RangeError);
    await expect(seed(deps, { locations: 1.5 })).rejects.toThrow(RangeError);
  });
});
