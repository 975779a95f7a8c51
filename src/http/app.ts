import { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { handleError } from './errors.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerCheckInRoutes } from './routes/checkins.ts';
import { registerDocsRoutes } from './routes/docs.ts';
import { registerLocationRoutes } from './routes/locations.ts';
import { registerMeRoutes } from './routes/me.ts';
import { registerMentorRoutes } from './routes/mentors.ts';
import { validationHook } from './validation.ts';

export type AppEnv = { Variables: { requestId: string; userId: string } };

/** Builds the HTTP application. It never listens: main.ts (or a test) serves it. */
export function createApp(deps: Deps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(requestId());
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
    try {
      await deps.database.db.execute(sql`SELECT 1`);
    } catch (err) {
      deps.logger.warn({ err }, 'readiness check: database did not answer');
      return c.json({ status: 'unavailable', checks: { database: 'down' } }, 503);
    }
    return c.json({
      status: 'ok',
      checks: { database: 'up' },
      database: { kind: deps.database.kind, latencyMs: Math.round(performance.now() - started) },
    });
  });

  registerAuthRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerLocationRoutes(app, deps);
  registerCheckInRoutes(app, deps);
  registerMentorRoutes(app, deps);
  registerDocsRoutes(app);

  app.notFound(() => {
    throw new AppError('not_found', 'No such route.');
  });
  app.onError((err, c) => handleError(err, c, deps.logger));
  return app;
}
