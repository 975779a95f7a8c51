/**
 * The geometry behind the nearby search (nearby.ts): how far, in plain degrees of longitude and
 * latitude, a place within some metres of a centre can lie. The index (idx_locations_point) holds
 * `point(longitude, latitude)`; degrees are not metres (a degree of longitude shrinks with the
 * cosine of the latitude), so degrees only choose candidates and earth_distance ranks them. These
 * bounds are what make that exact.
 *
 * Distances are earthdistance's: great circles on a sphere of radius earth() = 6,378,168 m.
 */

/** Radius of the sphere earth_distance uses (earthdistance's earth(), in metres). */
export const EARTH_RADIUS_M = 6_378_168;

/** Slack for rounding: a millimetre on distances, 1e-9 of a degree on coordinates. */
const SLACK_M = 0.001;
const SLACK_DEG = 1e-9;

const toDeg = (rad: number) => (rad * 180) / Math.PI;
const toRad = (deg: number) => (deg * Math.PI) / 180;

/** A box of (longitude, latitude) degrees, as PostgreSQL's box takes two corners. */
export interface DegreeBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Reach {
  /** Boxes that together hold every point within the distance (two across ±180°). */
  boxes: [DegreeBox] | [DegreeBox, DegreeBox];
  /**
   * Whether the boxes are one plain box around the centre, in which planar distance (degrees) is
   * meaningful: false across ±180° and near a pole, where the search ranks the boxes' contents.
   */
  plain: boolean;
  /**
   * Every point within the distance lies within this many degrees of the centre, measured as
   * PostgreSQL's `point <-> point` does (only meaningful when plain).
   */
  planarDeg: number;
}

/**
 * Where the points within `metres` of (lat, lng) can be, in degrees.
 *
 * Latitude moves at most metres/R. For longitude, haversine: sin²(d/2R) = sin²(Δφ/2) +
 * cos φ1 cos φ2 sin²(Δλ/2) ≥ cos²φmax sin²(Δλ/2), φmax the highest latitude the circle reaches,
 * so Δλ ≤ 2·asin(sin(d/2R) / cos φmax). Near a pole that bound passes 180°: the box spans every
 * longitude. Across ±180° it is two boxes, one each side.
 *
 * The planar bound: the same inequality gives sin²(d/2R) ≥ cos²φmax (sin²(Δφ/2) + sin²(Δλ/2)),
 * and sin x ≥ x(1 − x²/6), so √(Δφ² + Δλ²) ≤ 2 sin(d/2R) / (cos φmax (1 − m²/6)), m the larger
 * half-angle. It is never more than the box's half-diagonal, which is taken when smaller.
 */
export function reachOf(lat: number, lng: number, metres: number): Reach {
  const m = Math.max(0, metres) + SLACK_M;
  const reachLat = toDeg(m / EARTH_RADIUS_M) + SLACK_DEG;
  const south = Math.max(-90, lat - reachLat);
  const north = Math.min(90, lat + reachLat);
  const phiMax = Math.min(90, Math.abs(lat) + reachLat);
  const s = Math.sin(m / (2 * EARTH_RADIUS_M));
  const cosMax = Math.cos(toRad(phiMax));
  if (cosMax <= s) {
    return { boxes: [{ west: -180, south, east: 180, north }], plain: false, planarDeg: Infinity };
  }
  const reachLng = toDeg(2 * Math.asin(s / cosMax)) + SLACK_DEG;
  if (reachLng >= 180) {
    return { boxes: [{ west: -180, south, east: 180, north }], plain: false, planarDeg: Infinity };
  }
  const west = lng - reachLng;
  const east = lng + reachLng;
  if (west < -180) {
    return {
      boxes: [
        { west: -180, south, east, north },
        { west: west + 360, south, east: 180, north },
      ],
      plain: false,
      planarDeg: Infinity,
    };
  }
  if (east > 180) {
    return {
      boxes: [
        { west, south, east: 180, north },
        { west: -180, south, east: east - 360, north },
      ],
      plain: false,
      planarDeg: Infinity,
    };
  }
  const half = Math.max(toRad(reachLat), toRad(reachLng)) / 2;
  const bySine = toDeg((2 * s) / (cosMax * (1 - (half * half) / 6)));
  const diagonal = Math.hypot(reachLat, reachLng);
  return {
    boxes: [{ west, south, east, north }],
    plain: true,
    planarDeg: Math.min(bySine, diagonal) * (1 + 1e-12) + SLACK_DEG,
  };
}

/**
 * How many planar-nearest candidates to read so that, in an evenly dense area, the nearest
 * `limit` by true distance are all among them and provably so (nearby.ts). Points within d fill
 * an ellipse of half-axes d and d/cos φ in degrees; the planar circle the proof needs has radius
 * about d/cos φ: about limit/cos φ places. A third more and ten over absorb unevenness; a search
 * that still cannot prove its answer ranks a small box instead (it stays exact, one more query).
 * Never fewer than `limit`, never more than 5,000 unless `limit` is.
 */
export function candidatesFor(lat: number, limit: number): number {
  const cos = Math.max(Math.cos(toRad(Math.min(89, Math.abs(lat)))), 0.05);
  return Math.max(limit, Math.min(5_000, Math.ceil((limit * 1.3) / cos) + 10));
}
