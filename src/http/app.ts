import { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { handleError } from './errors.ts';
import { registerAdminRoutes } from './routes/admin.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerCheckInRoutes } from './routes/checkins.ts';
import { registerCrisisLineRoutes } from './routes/crisis-lines.ts';
import { registerDocsRoutes } from './routes/docs.ts';
import { registerLocationRoutes } from './routes/locations.ts';
import { registerMeRoutes } from './routes/me.ts';
import { registerMentorRoutes } from './routes/mentors.ts';
import { registerMetricsRoute } from './routes/metrics.ts';
import { registerMoodRoutes } from './routes/moods.ts';
import { registerPartnerRoutes } from './routes/partners.ts';
import { registerPasswordRoutes } from './routes/password.ts';
import { registerPushRoutes } from './routes/push.ts';
import { registerReviewRoutes } from './routes/reviews.ts';
import { registerSessionRoutes } from './routes/sessions.ts';
import { registerStaffRoutes } from './routes/staff.ts';
import { registerWebRoutes } from './routes/web.ts';
import { securityHeaders } from './security-headers.ts';
import { validationHook } from './validation.ts';

export type AppEnv = { Variables: { requestId: string; userId: string } };

/** Builds the HTTP application. It never listens: main.ts (or a test) serves it. */
export function createApp(deps: Deps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(securityHeaders(deps.config));
  app.use(requestId());
  // gzip/deflate for JSON, HTML, scripts and styles when the client asks (Accept-Encoding); not for
  // event streams or images. /socket.io never reaches Hono: engine.io compresses its own polling.
  app.use(compress());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // The matched pattern, not the raw path: ids must not become label values.
    const route = c.req.routePath || 'unmatched';
    deps.metrics.httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) });
    deps.metrics.httpDuration.observe({ method: c.req.method, route }, (performance.now() - started) / 1000);
    if (c.res.status >= 500) deps.metrics.errors.inc({ surface: 'http' });
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw new AppError('invalid_payload', 'The request body is larger than 64 KB.');
      },
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/readyz', async (c) => {
    const started = performance.now();
    let database: 'up' | 'down' = 'up';
    try {
      await deps.database.db.execute(sql`SELECT 1`);
    } catch (err) {
      deps.logger.warn({ err }, 'readiness check: database did not answer');
      database = 'down';
    }
    // Without Redis an instance still serves its own sockets and stores every message: degraded,
    // not down, so a load balancer keeps sending it traffic.
    const redis = deps.redis ? (deps.redis.status === 'ready' ? 'up' : 'down') : 'absent';
    // A read replica that is down or behind only sends its reads to the primary: degraded too.
    const reads = await deps.reads.check();
    const replica = !reads.configured ? 'absent' : !reads.up ? 'down' : reads.serving ? 'up' : 'lagging';
    const degraded = redis === 'down' || replica === 'down' || replica === 'lagging';
    const status = database === 'down' ? 'unavailable' : degraded ? 'degraded' : 'ok';
    return c.json(
      {
        status,
        checks: { database, redis, replica },
        database: { kind: deps.database.kind, latencyMs: Math.round(performance.now() - started) },
      },
      database === 'down' ? 503 : 200,
    );
  });

  registerMetricsRoute(app, deps);

  registerAuthRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerPasswordRoutes(app, deps);
  registerLocationRoutes(app, deps);
  registerPartnerRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerCheckInRoutes(app, deps);
  registerStaffRoutes(app, deps);
  registerMoodRoutes(app, deps);
  registerMentorRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerPushRoutes(app, deps);
  registerCrisisLineRoutes(app);
  registerDocsRoutes(app);
  registerWebRoutes(app, { sourceMaps: deps.config.env !== 'production' });

  app.notFound(() => {
    throw new AppError('not_found', 'No such route.');
  });
  app.onError((err, c) => handleError(err, c, deps.logger));
  return app;
}
