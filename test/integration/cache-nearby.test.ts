import { describe, expect, it } from 'vitest';
import { mulberry32 as random } from '../../src/db/seed/random.ts';
import {
  answerFromCell,
  CELL_DEGREES,
  CELL_SLACK_KM,
  cellEntry,
  cellFetchSize,
  cellOf,
  earthDistanceM,
} from '../../src/domain/locations/nearby-cell.ts';
import type { NearbyPlace } from '../../src/domain/locations/schemas.ts';

const place = (i: number, lat: number, lng: number) =>
  ({ id: String(i), latitude: lat, longitude: lng }) as NearbyPlace;

/** What the database answers: the `limit` nearest within the radius, distances to the metre. */
function bruteForce(all: NearbyPlace[], lat: number, lng: number, radiusKm: number, limit: number) {
  return all
    .map((p) => ({ p, m: earthDistanceM(lat, lng, p.latitude, p.longitude) }))
    .filter((x) => x.m <= radiusKm * 1000)
    .sort((a, b) => a.m - b.m)
    .slice(0, limit)
    .map(({ p, m }) => ({ ...p, distanceKm: Math.round(m) / 1000 }));
}

describe('nearby results cached per cell', () => {
  it('agrees with earthdistance on the sphere it uses', () => {
    // earth_distance(ll_to_earth(51.5, -0.12), ll_to_earth(48.85, 2.35)) in PostgreSQL 15: 343,513.930347… m.
    expect(earthDistanceM(51.5, -0.12, 48.85, 2.35)).toBeCloseTo(343_513.9303, 3);
    expect(earthDistanceM(10, 10, 10, 10)).toBe(0);
  });

  it('bounds the distance from any point of a cell to its centre', () => {
    const rand = random(1);
    for (let i = 0; i < 2000; i++) {
      const lat = -80 + rand() * 160;
      const lng = -179 + rand() * 358;
      const c = cellOf(lat, lng);
      expect(Math.abs(c.lat - lat)).toBeLessThanOrEqual(CELL_DEGREES / 2 + 1e-9);
      expect(earthDistanceM(lat, lng, c.lat, c.lng) / 1000).toBeLessThan(CELL_SLACK_KM);
    }
  });

  it('answers exactly what the database would, or declines', () => {
    const rand = random(42);
    let answered = 0;
    let declined = 0;
    for (const density of [5, 50, 500, 5000]) {
      // `density` places scattered over a 0.2° square, and queries at random points inside it.
      const all = Array.from({ length: density }, (_, i) => place(i, 45 + rand() * 0.2, 7 + rand() * 0.2));
      for (let q = 0; q < 60; q++) {
        const lat = 45.02 + rand() * 0.16;
        const lng = 7.02 + rand() * 0.16;
        const radiusKm = [0.5, 2, 5][q % 3]!;
        const limit = [1, 5, 20][q % 3]!;
        const c = cellOf(lat, lng);
        const fetched = bruteForce(all, c.lat, c.lng, radiusKm + CELL_SLACK_KM, cellFetchSize(limit));
        const answer = answerFromCell(
          cellEntry(fetched, cellFetchSize(limit), limit),
          { lat, lng },
          radiusKm,
          limit,
        );
        if (answer === undefined) {
          declined++;
          continue;
        }
        answered++;
        expect(answer.map((p) => p.id)).toEqual(bruteForce(all, lat, lng, radiusKm, limit).map((p) => p.id));
      }
    }
    // Sparse cells are served from the entry, the densest mostly are not.
    expect(answered).toBeGreaterThan(60);
    expect(declined).toBeGreaterThan(10);
  });
});
