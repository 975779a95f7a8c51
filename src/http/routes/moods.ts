import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { withUser } from '../../domain/context.ts';
import { listMoods, logMood } from '../../domain/moods/log.ts';
import { MoodEntrySchema, MoodInput, MoodListSchema, MoodTrendSchema } from '../../domain/moods/schemas.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent } from '../openapi.ts';
import { toJson } from '../serialize.ts';

const MoodResult = z.object({ mood: MoodEntrySchema, trend: MoodTrendSchema }).openapi('MoodResult');

const createMood = createRoute({
  method: 'post',
  path: '/api/me/moods',
  tags: ['moods'],
  summary: 'Record how I feel now (1 to 5, optionally in words and with a private note)',
  security: bearerAuth,
  request: { body: jsonBody(MoodInput) },
  responses: { 201: jsonContent(MoodResult, 'Recorded'), 400: errors[400], 401: errors[401] },
});

const myMoods = createRoute({
  method: 'get',
  path: '/api/me/moods',
  tags: ['moods'],
  summary: 'My mood log, newest first (30 entries), with the trend over the newest 14',
  security: bearerAuth,
  responses: { 200: jsonContent(MoodListSchema), 401: errors[401] },
});

/** The mood log: each route parses, calls one verb and serializes. */
export function registerMoodRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.use('/api/me/moods', requireAuth(deps));

  app.openapi(createMood, async (c) => {
    const result = await withUser(deps, c.var.userId, (ctx) => logMood(ctx, c.req.valid('json')));
    return c.json(toJson(result), 201);
  });

  app.openapi(myMoods, async (c) => {
    const result = await withUser(deps, c.var.userId, (ctx) => listMoods(ctx));
    return c.json(toJson(result), 200);
  });
}
