import pg from 'pg';
import { mulberry32 } from '../src/db/seed/random.ts';

/** The repository root. */
export const repo = new URL('..', import.meta.url);

/** Cities of the generated set: centre, and how the places spread around it (sd in degrees). */
export const cities = [
  { name: 'London', country: 'UK', tz: 'Europe/London', lat: 51.5074, lng: -0.1278 },
  { name: 'New York', country: 'US', tz: 'America/New_York', lat: 40.7128, lng: -74.006 },
  { name: 'Paris', country: 'France', tz: 'Europe/Paris', lat: 48.8566, lng: 2.3522 },
  { name: 'Tokyo', country: 'Japan', tz: 'Asia/Tokyo', lat: 35.6762, lng: 139.6503 },
  { name: 'Berlin', country: 'Germany', tz: 'Europe/Berlin', lat: 52.52, lng: 13.405 },
  { name: 'Sydney', country: 'Australia', tz: 'Australia/Sydney', lat: -33.8688, lng: 151.2093 },
  { name: 'São Paulo', country: 'Brazil', tz: 'America/Sao_Paulo', lat: -23.5505, lng: -46.6333 },
  { name: 'Toronto', country: 'Canada', tz: 'America/Toronto', lat: 43.6532, lng: -79.3832 },
];
/** City places: the sum of four uniforms gives a bell around the centre, sd ≈ 0.035° (≈ 3.9 km north-south). */
export const CITY_SPREAD = 0.06;
/** One place in ten is rural, anywhere in a wide band of the globe. */
export const RURAL_EVERY = 10;

export const log = (message: string) => process.stderr.write(`bench places: ${message}\n`);

/** Query centres: the same bell around a city centre as the city places, so most fall in dense areas. */
export function centres(n: number, seed: number): { lat: number; lng: number; city: string }[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const city = cities[Math.floor(rand() * cities.length)]!;
    const bell = () => (rand() + rand() + rand() + rand() - 2) * CITY_SPREAD;
    return { lat: city.lat + bell(), lng: city.lng + bell(), city: city.name };
  });
}

export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]{1,63}$/.test(name))
    throw new Error(`BENCH_DATABASE_URL names an odd database: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      log(`creating database ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Adds generated places up to `total`, in one INSERT … SELECT on the server. */
export async function ensurePlaces(
  pool: pg.Pool,
  total: number,
): Promise<{ existing: number; added: number; seconds: number }> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM locations');
  const existing = Number(rows[0]!.n);
  if (existing >= total) return { existing, added: 0, seconds: 0 };
  const missing = total - existing;
  log(`generating ${missing.toLocaleString('en')} places (one INSERT … SELECT; a few minutes)`);
  const started = performance.now();
  const cityRows = cities
    .map((c, i) => `(${i}, '${c.name}', '${c.country}', '${c.tz}', ${c.lat}, ${c.lng})`)
    .join(',\n      ');
  const client = await pool.connect();
  try {
    await client.query('SET synchronous_commit = off');
    await client.query(`
      INSERT INTO locations (name, type, latitude, longitude, address, city, country, time_zone,
                             amenities, anxiety_level, is_verified, is_beginner_friendly, has_qr_reward, hours)
      SELECT 'bench ' || g,
             (ARRAY['coffee','gym','mentor','nutrition','partner'])[1 + g % 5],
             round((CASE WHEN g % ${RURAL_EVERY} = 0 THEN -45 + random() * 105
                         ELSE c.lat + (random() + random() + random() + random() - 2) * ${CITY_SPREAD} END)::numeric, 6),
             round((CASE WHEN g % ${RURAL_EVERY} = 0 THEN -125 + random() * 275
                         ELSE c.lng + (random() + random() + random() + random() - 2) * ${CITY_SPREAD} END)::numeric, 6),
             g || ' Bench Street',
             CASE WHEN g % ${RURAL_EVERY} = 0 THEN 'Countryside' ELSE c.name END,
             c.country, c.tz,
             CASE g % 4 WHEN 0 THEN ARRAY['wifi','quiet-zone'] WHEN 1 THEN ARRAY['wifi']
                        WHEN 2 THEN ARRAY['outdoor-seating'] ELSE '{}'::text[] END,
             (ARRAY['low','medium','high'])[1 + g % 3],
             g % 3 = 0, g % 2 = 0, g % 20 = 0,
             CASE WHEN g % 2 = 0 THEN
               '{"mon":["08:00-18:00"],"tue":["08:00-18:00"],"wed":["08:00-18:00"],"thu":["08:00-18:00"],"fri":["08:00-23:00"],"sat":["10:00-02:00"]}'::jsonb
             END
      FROM generate_series(${existing + 1}, ${total}) AS g
      JOIN (VALUES
      ${cityRows}
      ) AS c(i, name, country, tz, lat, lng) ON c.i = (g / ${RURAL_EVERY}) % ${cities.length}`);
  } finally {
    client.release();
  }
  await pool.query('ANALYZE locations');
  return { existing, added: missing, seconds: (performance.now() - started) / 1000 };
}

export type Centre = { lat: number; lng: number };
