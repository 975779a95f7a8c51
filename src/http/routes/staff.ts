import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { withUser } from '../../domain/context.ts';
import { StaffPostSchema, staffPost } from '../../domain/partners/staff.ts';
import { redeemAtCounter } from '../../domain/rewards/redeem.ts';
import { RedeemInput } from '../../domain/rewards/schemas.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent } from '../openapi.ts';
import { toJson } from '../serialize.ts';

const StaffResult = z.object({ staff: StaffPostSchema.nullable() }).openapi('StaffResult');
const RedemptionResult = z
  .object({
    redemption: z.object({
      reward: z.object({
        id: z.uuid(),
        type: z.string(),
        title: z.string(),
        earnedAt: z.string().openapi({ format: 'date-time' }),
        redeemedAt: z.string().openapi({ format: 'date-time' }),
      }),
      place: z.object({ id: z.uuid(), name: z.string() }),
    }),
  })
  .openapi('RedemptionResult');

const myPost = createRoute({
  method: 'get',
  path: '/api/staff/me',
  tags: ['rewards'],
  summary: 'Where I redeem rewards at the counter: my partner and its places (staff: null for everyone else)',
  security: bearerAuth,
  responses: { 200: jsonContent(StaffResult), 401: errors[401] },
});

const redeem = createRoute({
  method: 'post',
  path: '/api/staff/redeem',
  tags: ['rewards'],
  summary: "Redeem the reward whose QR code a customer shows, at one of my partner's places",
  description:
    'Staff only (an operator links the account to a partner). The answer names the reward and the ' +
    'place, never the customer; the customer is told live.',
  security: bearerAuth,
  request: { body: jsonBody(RedeemInput) },
  responses: {
    200: jsonContent(RedemptionResult, 'Redeemed'),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    404: errors[404],
    409: errors[409],
    422: errors[422],
    429: errors[429],
  },
});

/** The counter: a partner's staff redeem the codes customers show (docs/domain-rules.md). */
export function registerStaffRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const auth = requireAuth(deps);
  for (const path of ['/api/staff/me', '/api/staff/redeem']) app.use(path, auth);

  app.openapi(myPost, async (c) => {
    const staff = await withUser(deps, c.var.userId, (ctx) => staffPost(ctx));
    return c.json({ staff }, 200);
  });

  app.openapi(redeem, async (c) => {
    const input = c.req.valid('json');
    await deps.budgets.charge('counter_redemptions', c.var.userId);
    const redemption = await redeemAtCounter(deps, c.var.userId, input);
    return c.json(toJson({ redemption }), 200);
  });
}
