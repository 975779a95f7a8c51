import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { changePassword } from '../../domain/accounts/change-password.ts';
import { ChangePasswordInput } from '../../domain/accounts/schemas.ts';
import { withUser } from '../../domain/context.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent } from '../openapi.ts';

const change = createRoute({
  method: 'post',
  path: '/api/me/password',
  tags: ['me'],
  security: bearerAuth,
  summary: 'Change the password: every other token and socket of the account is signed out',
  request: { body: jsonBody(ChangePasswordInput) },
  responses: {
    200: jsonContent(
      z.object({ token: z.string().openapi({ description: 'The one token that still works' }) }),
      'Changed; use this token from now on',
    ),
    400: errors[400],
    401: errors[401],
    403: errors[403],
    429: errors[429],
  },
});

/** POST /api/me/password: the current password and a new one; answers with a fresh token. */
export function registerPasswordRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.use('/api/me/password', requireAuth(deps));
  app.openapi(change, async (c) => {
    const input = c.req.valid('json');
    const { tokenVersion } = await withUser(deps, c.var.userId, (ctx) =>
      changePassword(ctx, input, { limiter: deps.rateLimiter, bcryptCost: deps.bcryptCost }),
    );
    const token = await deps.tokens.issue({ userId: c.var.userId, tokenVersion }, deps.clock.now());
    c.header('Cache-Control', 'no-store');
    return c.json({ token }, 200);
  });
}
