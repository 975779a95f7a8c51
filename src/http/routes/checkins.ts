import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { checkIn } from '../../domain/checkins/check-in.ts';
import { listCheckIns } from '../../domain/checkins/list.ts';
import {
  CheckInInput,
  CheckInPage,
  CheckInResult,
  ListCheckInsQuery,
} from '../../domain/checkins/schemas.ts';
import { withUser } from '../../domain/context.ts';
import { getJourney } from '../../domain/journey/get.ts';
import { JourneyResult } from '../../domain/journey/schemas.ts';
import { listRewards } from '../../domain/rewards/list.ts';
import { ownerCannotRedeem } from '../../domain/rewards/redeem.ts';
import { ListRewardsQuery, RedeemInput, RewardsResult } from '../../domain/rewards/schemas.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent } from '../openapi.ts';
import { toJson } from '../serialize.ts';

const createCheckIn = createRoute({
  method: 'post',
  path: '/api/check-ins',
  tags: ['check-ins'],
  summary: 'Check in at a place: counts toward the journey and may earn a coffee reward',
  security: bearerAuth,
  request: { body: jsonBody(CheckInInput) },
  responses: {
    201: jsonContent(CheckInResult, 'Checked in'),
    200: jsonContent(CheckInResult, 'Already checked in here within the hour: the same check-in'),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    422: errors[422],
  },
});

const myCheckIns = createRoute({
  method: 'get',
  path: '/api/me/check-ins',
  tags: ['check-ins'],
  summary: 'My check-ins, newest first',
  security: bearerAuth,
  request: { query: ListCheckInsQuery },
  responses: { 200: jsonContent(CheckInPage), 400: errors[400], 401: errors[401] },
});

const myJourney = createRoute({
  method: 'get',
  path: '/api/me/journey',
  tags: ['check-ins'],
  summary: 'My journey: level, streaks, milestones and what the next level asks for',
  security: bearerAuth,
  responses: { 200: jsonContent(JourneyResult), 401: errors[401] },
});

const myRewards = createRoute({
  method: 'get',
  path: '/api/me/rewards',
  tags: ['rewards'],
  summary: 'My rewards, newest first',
  security: bearerAuth,
  request: { query: ListRewardsQuery },
  responses: { 200: jsonContent(RewardsResult), 400: errors[400], 401: errors[401] },
});

const redeem = createRoute({
  method: 'post',
  path: '/api/rewards/redeem',
  tags: ['rewards'],
  summary: "Refused: a reward is redeemed by the place's staff scanning its code (POST /api/staff/redeem)",
  description:
    'Kept so that older clients get a clear answer: 403 `counter_only`. The owner shows the QR code; ' +
    'the partner\'s counter staff redeem it. See docs/domain-rules.md, "Redemption at the counter".',
  security: bearerAuth,
  request: { body: jsonBody(RedeemInput) },
  responses: { 400: errors[400], 401: errors[401], 403: errors[403] },
});

/** Check-ins, the journey and rewards: each route parses, calls one verb and serializes. */
export function registerCheckInRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const auth = requireAuth(deps);
  for (const path of [
    '/api/check-ins',
    '/api/me/check-ins',
    '/api/me/journey',
    '/api/me/rewards',
    '/api/rewards/redeem',
  ]) {
    app.use(path, auth);
  }

  app.openapi(createCheckIn, async (c) => {
    const result = await withUser(deps, c.var.userId, (ctx) => checkIn(ctx, c.req.valid('json')));
    return c.json(toJson(result), result.duplicate ? 200 : 201);
  });

  app.openapi(myCheckIns, async (c) => {
    const page = await withUser(deps, c.var.userId, (ctx) => listCheckIns(ctx, c.req.valid('query')));
    return c.json(toJson(page), 200);
  });

  app.openapi(myJourney, async (c) => {
    const journey = await withUser(deps, c.var.userId, (ctx) => getJourney(ctx));
    return c.json(toJson({ journey }), 200);
  });

  app.openapi(myRewards, async (c) => {
    const rewards = await withUser(deps, c.var.userId, (ctx) => listRewards(ctx, c.req.valid('query')));
    return c.json(toJson({ rewards }), 200);
  });

  app.openapi(redeem, () => ownerCannotRedeem());
}
