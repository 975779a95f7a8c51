import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/db/seed/random.ts';
import { candidatesFor, EARTH_RADIUS_M, reachOf } from '../../src/domain/locations/nearby-bounds.ts';
import { earthDistanceM } from '../../src/domain/locations/nearby-cell.ts';

const toRad = (d: number) => (d * Math.PI) / 180;
const toDeg = (r: number) => (r * 180) / Math.PI;

/** The point `metres` from (lat, lng) on bearing θ, on earthdistance's sphere. */
function destination(lat: number, lng: number, metres: number, bearing: number) {
  const δ = metres / EARTH_RADIUS_M;
  const φ1 = toRad(lat);
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(bearing));
  const λ2 =
    toRad(lng) +
    Math.atan2(Math.sin(bearing) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2));
  let lng2 = toDeg(λ2);
  while (lng2 > 180) lng2 -= 360;
  while (lng2 < -180) lng2 += 360;
  return { lat: toDeg(φ2), lng: lng2 };
}

const inBox = (
  p: { lat: number; lng: number },
  b: { west: number; south: number; east: number; north: number },
) => p.lng >= b.west && p.lng <= b.east && p.lat >= b.south && p.lat <= b.north;

describe('reachOf: where places within a distance can be, in degrees', () => {
  it('holds every point within the distance, in its boxes and within planarDeg, at every latitude', () => {
    const rand = mulberry32(3);
    let plain = 0;
    let split = 0;
    for (let i = 0; i < 20_000; i++) {
      const lat = (rand() * 2 - 1) * (i % 10 === 0 ? 90 : 80);
      const lng = i % 7 === 0 ? 179.9 + rand() * 0.1 : (rand() * 2 - 1) * 180;
      const metres = [50, 500, 5_000, 25_000, 50_000][i % 5]!;
      const reach = reachOf(lat, lng, metres);
      const p = destination(lat, lng, metres * Math.sqrt(rand()), rand() * 2 * Math.PI);
      expect(earthDistanceM(lat, lng, p.lat, p.lng)).toBeLessThanOrEqual(metres + 0.01);
      expect(
        reach.boxes.some((b) => inBox(p, b)),
        JSON.stringify({ lat, lng, metres, p }),
      ).toBe(true);
      if (reach.plain) {
        plain++;
        expect(Math.hypot(p.lat - lat, p.lng - lng)).toBeLessThanOrEqual(reach.planarDeg);
      } else if (reach.boxes.length === 2) split++;
    }
    expect(plain).toBeGreaterThan(15_000);
    expect(split).toBeGreaterThan(10);
  });

  it('is tight where it matters: the planar bound is about d / cos φ, not the box diagonal', () => {
    const reach = reachOf(60, 10, 1000);
    const northward = toDeg(1000 / EARTH_RADIUS_M);
    expect(reach.planarDeg).toBeGreaterThan(2 * northward * 0.999);
    expect(reach.planarDeg).toBeLessThan(2 * northward * 1.01);
  });

  it('splits the box at ±180° and spans every longitude near a pole', () => {
    expect(reachOf(-16.85, 179.99, 5000).boxes).toHaveLength(2);
    expect(reachOf(-16.85, -179.99, 5000).boxes).toHaveLength(2);
    const polar = reachOf(89.98, 0, 5000);
    expect(polar.plain).toBe(false);
    expect(polar.boxes[0]).toMatchObject({ west: -180, east: 180, north: 90 });
    expect(reachOf(48.85, 2.35, 5000).plain).toBe(true);
  });

  it('reads more candidates the farther from the equator, within bounds', () => {
    expect(candidatesFor(0, 20)).toBe(36);
    expect(candidatesFor(48.85, 20)).toBeGreaterThan(candidatesFor(0, 20));
    expect(candidatesFor(-70, 20)).toBeGreaterThan(candidatesFor(48.85, 20));
    expect(candidatesFor(90, 220)).toBeLessThanOrEqual(5_000);
  });
});
