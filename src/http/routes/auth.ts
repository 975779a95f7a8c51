import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { authenticate } from '../../domain/accounts/login.ts';
import { signOutEverywhere } from '../../domain/accounts/logout.ts';
import { registerUser } from '../../domain/accounts/register.ts';
import { AuthResult, LoginInput, RegisterInput } from '../../domain/accounts/schemas.ts';
import { withUser } from '../../domain/context.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { clientAddressResolver } from '../client-address.ts';
import { bearerAuth, errors, jsonBody, jsonContent } from '../openapi.ts';
import { toJson } from '../serialize.ts';

const register = createRoute({
  method: 'post',
  path: '/api/auth/register',
  tags: ['accounts'],
  summary: 'Create an account',
  request: { body: jsonBody(RegisterInput) },
  responses: {
    201: jsonContent(AuthResult, 'Created'),
    400: errors[400],
    409: errors[409],
    429: errors[429],
  },
});

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['accounts'],
  summary: 'Sign in with e-mail or username',
  request: { body: jsonBody(LoginInput) },
  responses: { 200: jsonContent(AuthResult), 400: errors[400], 401: errors[401], 429: errors[429] },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['accounts'],
  summary: 'Sign out everywhere: every token of this account stops working',
  security: bearerAuth,
  responses: { 204: { description: 'Signed out on every device' }, 401: errors[401] },
});

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  const limiter = deps.rateLimiter;
  const clientAddress = clientAddressResolver(deps.config.trustedProxies);
  app.openapi(register, async (c) => {
    const user = await registerUser(deps, c.req.valid('json'), {
      limiter,
      clientAddress: clientAddress(c),
      signupsPerHour: deps.config.signupsPerHour,
    });
    const token = await deps.tokens.issue({ userId: user.id, tokenVersion: 0 }, deps.clock.now());
    return c.json(toJson({ user, token }), 201);
  });

  app.openapi(login, async (c) => {
    const { user, tokenVersion } = await authenticate(deps, c.req.valid('json'), {
      limiter,
      clientAddress: clientAddress(c),
    });
    const token = await deps.tokens.issue({ userId: user.id, tokenVersion }, deps.clock.now());
    return c.json(toJson({ user, token }), 200);
  });

  app.use('/api/auth/logout', requireAuth(deps));
  app.openapi(logout, async (c) => {
    await withUser(deps, c.var.userId, signOutEverywhere);
    return c.body(null, 204);
  });
}
