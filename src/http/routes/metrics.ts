import { createHash, timingSafeEqual } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../app.ts';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * /metrics for Prometheus. It tells per-table row counts, sign-in failures and error rates, so
 * with METRICS_TOKEN set (production requires it) it answers only `Authorization: Bearer <token>`,
 * compared in constant time; the load balancer does not forward it either (deploy/nginx.conf).
 */
export function registerMetricsRoute(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const expected = deps.config.metricsToken ? digest(deps.config.metricsToken) : undefined;
  app.get('/metrics', async (c) => {
    if (expected) {
      const presented = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (!presented || !timingSafeEqual(digest(presented), expected)) {
        c.header('WWW-Authenticate', 'Bearer realm="metrics"');
        throw new AppError('unauthorized', 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.');
      }
    }
    return c.body(await deps.metrics.registry.metrics(), 200, {
      'content-type': deps.metrics.registry.contentType,
    });
  });
}
