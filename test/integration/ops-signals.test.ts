import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { testEnv } from '../helpers/env.ts';

/** The series names an alert documented in docs/operations.md reads. */
function alertSeries(alert: string): string[] {
  const doc = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
  const rule = new RegExp(`- alert: ${alert}\\n\\s+expr: ([^\\n]+)`).exec(doc);
  if (!rule) throw new Error(`docs/operations.md documents no ${alert} alert`);
  return [...new Set(rule[1]!.match(/nightchill_[a-z_]+/g) ?? [])];
}

/** The value of an unlabelled series, or undefined when it has none. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics says what is configured and what is down, and nothing about what is not there', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('has no Redis or replica up series without them, only their configured gauges at 0', async () => {
    const text = await app.deps.metrics.registry.metrics();
    expect(sample(text, 'nightchill_redis_configured')).toBe(0);
    expect(sample(text, 'nightchill_db_replica_configured')).toBe(0);
    expect(text).not.toMatch(/^nightchill_redis_up\b/m);
    expect(text).not.toMatch(/^nightchill_db_replica_up\b/m);
    expect(text).not.toMatch(/^nightchill_db_replica_lag_seconds\b/m);
    // /readyz agrees: absent, not down.
    const ready = await app.api('GET', '/readyz');
    expect(ready.body).toMatchObject({ status: 'ok', checks: { redis: 'absent', replica: 'absent' } });
  });

  it('gives the documented replica and Redis alerts nothing to fire on without them', async () => {
    const text = await app.deps.metrics.registry.metrics();
    for (const alert of ['NightChillReplicaDown', 'NightChillReplicaLagging', 'NightChillRedisDown']) {
      const series = alertSeries(alert);
      expect(series.length, alert).toBeGreaterThan(0);
      for (const name of series)
        expect(text, `${alert} reads ${name}`).not.toMatch(new RegExp(`^${name}\\b`, 'm'));
    }
  });
});

if (testEnv.TEST_REDIS_URL) {
  const redisUrl = testEnv.TEST_REDIS_URL;
  describe('/metrics with Redis configured', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp('pglite', {
        env: { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `nctest:${randomUUID().slice(0, 8)}:` },
      });
    });
    afterAll(() => app?.close());

    it('reports Redis configured and up', async () => {
      const metrics = () => app.deps.metrics.registry.metrics();
      expect(sample(await metrics(), 'nightchill_redis_configured')).toBe(1);
      let text = await metrics();
      for (let i = 0; i < 100 && sample(text, 'nightchill_redis_up') !== 1; i++) {
        await new Promise((r) => setTimeout(r, 50));
        text = await metrics();
      }
      expect(sample(text, 'nightchill_redis_up')).toBe(1);
      expect(sample(text, 'nightchill_db_replica_configured')).toBe(0);
      expect(text).not.toMatch(/^nightchill_db_replica_up\b/m);
    });
  });
}
