import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locations } from '../../src/db/schema/index.ts';
import { mulberry32 as random } from '../../src/db/seed/random.ts';
import { asPublic, asSystem } from '../../src/db/tx.ts';
import { findNearby, type NearbyQuery } from '../../src/domain/locations/nearby.ts';
import { backends, createTestDatabase, type TestDatabase } from '../helpers/db.ts';

/**
 * Where degrees and metres disagree most: a dense city, the far north (a degree of longitude is a
 * third of one at the equator), both sides of ±180°, a few kilometres from the pole, the equator.
 */
const spots = [
  { name: 'London', lat: 51.5074, lng: -0.1278, spread: 0.05, count: 400 },
  { name: 'Tromsø', lat: 69.6492, lng: 18.9553, spread: 0.08, count: 150 },
  { name: 'Taveuni east', lat: -16.85, lng: 179.98, spread: 0.04, count: 100 },
  { name: 'Taveuni west', lat: -16.85, lng: -179.98, spread: 0.04, count: 100 },
  { name: 'near the pole', lat: 89.97, lng: 0, spread: 0.02, count: 80 },
  { name: 'Quito', lat: -0.1807, lng: -78.4678, spread: 0.05, count: 150 },
];

describe.each(backends)('nearby search is exact on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(backend);
    const rand = random(7);
    const rows: (typeof locations.$inferInsert)[] = [];
    for (const s of spots) {
      for (let i = 0; i < s.count; i++) {
        let lng = s.lng + (rand() - 0.5) * 2 * s.spread * (s.lat > 89 ? 200 : 1);
        if (lng > 180) lng -= 360;
        if (lng < -180) lng += 360;
        rows.push({
          name: `${s.name} ${i}`,
          type: rand() < 0.5 ? 'coffee' : 'gym',
          latitude: Number(Math.min(89.9999, s.lat + (rand() - 0.5) * 2 * s.spread).toFixed(6)),
          longitude: Number(lng.toFixed(6)),
          address: '1 Test Street',
          city: s.name,
          country: 'XX',
        });
      }
    }
    await asSystem(t.handle.db, (tx) => tx.insert(locations).values(rows));
  });
  afterAll(() => t?.drop());

  /** The answer by definition: every place ranked by earth_distance, no index involved. */
  const bruteForce = (q: NearbyQuery) =>
    asPublic(t.handle.db, async (tx) => {
      const { rows } = await tx.execute<{ id: string; m: number }>(sql`
        SELECT id, round(earth_distance(ll_to_earth(latitude, longitude), ll_to_earth(${q.lat}::float8, ${q.lng}::float8)))::int AS m
        FROM locations
        WHERE earth_distance(ll_to_earth(latitude, longitude), ll_to_earth(${q.lat}::float8, ${q.lng}::float8)) <= ${q.radiusKm * 1000}
          ${q.type ? sql`AND type = ${q.type}` : sql``}
        ORDER BY earth_distance(ll_to_earth(latitude, longitude), ll_to_earth(${q.lat}::float8, ${q.lng}::float8)), id
        LIMIT ${q.limit}`);
      return rows.map((r) => ({ id: r.id, km: Number(r.m) / 1000 }));
    });

  it('returns what ranking every place by earth_distance returns, at every latitude and across ±180°', async () => {
    const rand = random(11);
    let compared = 0;
    let nonEmpty = 0;
    for (const s of spots) {
      for (let i = 0; i < 12; i++) {
        let lng = s.lng + (rand() - 0.5) * 2 * s.spread * (s.lat > 89 ? 200 : 1.2);
        if (lng > 180) lng -= 360;
        if (lng < -180) lng += 360;
        const q: NearbyQuery = {
          lat: Math.min(89.99, s.lat + (rand() - 0.5) * 2 * s.spread * 1.2),
          lng,
          radiusKm: [0.5, 2, 5, 20][i % 4]!,
          limit: [1, 5, 20, 50][Math.floor(i / 3) % 4]!,
          ...(i % 5 === 0 ? { type: 'gym' as const } : {}),
        };
        const found = await asPublic(t.handle.db, (tx) => findNearby(tx, q));
        const expected = await bruteForce(q);
        expect(
          found.map((p) => ({ id: p.id, km: p.distanceKm })),
          `${s.name} ${JSON.stringify(q)}`,
        ).toEqual(expected);
        compared++;
        if (expected.length > 0) nonEmpty++;
      }
    }
    expect(compared).toBe(spots.length * 12);
    expect(nonEmpty).toBeGreaterThan(compared / 2);
  });

  it('finds across the antimeridian: a place at -179.99 is 2 km from 179.99', async () => {
    const q = { lat: -16.85, lng: 179.999, radiusKm: 3, limit: 200 };
    const found = await asPublic(t.handle.db, (tx) => findNearby(tx, q));
    expect(found.some((p) => p.longitude < 0)).toBe(true);
    expect(found.map((p) => ({ id: p.id, km: p.distanceKm }))).toEqual(await bruteForce(q));
  });

  it('ranks a box when the nearest in degrees cannot prove the answer: a place east beats a row of places north', async () => {
    // At 60° N a degree of longitude is half a degree of latitude. Twenty places 1 km north are
    // nearer in degrees than one place 835 m east; reading the planar-nearest alone would miss it.
    const north = Array.from({ length: 20 }, (_, i) => ({
      name: `North ${i}`,
      type: 'coffee' as const,
      latitude: Number((60.009 + i * 0.00001).toFixed(6)),
      longitude: Number((100 + (i - 10) * 0.00001).toFixed(6)),
      address: '1 Test Street',
      city: 'North row',
      country: 'XX',
    }));
    const east = { ...north[0]!, name: 'East', latitude: 60, longitude: 100.015 };
    await asSystem(t.handle.db, (tx) => tx.insert(locations).values([...north, east]));
    const q = { lat: 60, lng: 100, radiusKm: 5, limit: 1 };
    const found = await asPublic(t.handle.db, (tx) => findNearby(tx, q));
    expect(found.map((p) => p.name)).toEqual(['East']);
    expect(found[0]!.distanceKm).toBeCloseTo(0.835, 2);
    expect(found.map((p) => ({ id: p.id, km: p.distanceKm }))).toEqual(await bruteForce(q));
  });
});
