import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { authenticate } from '../../domain/accounts/login.ts';
import { registerUser } from '../../domain/accounts/register.ts';
import { AuthResult, LoginInput, RegisterInput } from '../../domain/accounts/schemas.ts';
import type { AppEnv } from '../app.ts';
import { errors, jsonBody, jsonContent } from '../openapi.ts';
import { toJson } from '../serialize.ts';

const register = createRoute({
  method: 'post',
  path: '/api/auth/register',
  tags: ['accounts'],
  summary: 'Create an account',
  request: { body: jsonBody(RegisterInput) },
  responses: { 201: jsonContent(AuthResult, 'Created'), 400: errors[400], 409: errors[409] },
});

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['accounts'],
  summary: 'Sign in with e-mail or username',
  request: { body: jsonBody(LoginInput) },
  responses: { 200: jsonContent(AuthResult), 400: errors[400], 401: errors[401], 429: errors[429] },
});

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.openapi(register, async (c) => {
    const user = await registerUser(deps, c.req.valid('json'));
    const token = await deps.tokens.issue({ userId: user.id, tokenVersion: 0 }, deps.clock.now());
    return c.json(toJson({ user, token }), 201);
  });

  app.openapi(login, async (c) => {
    const { user, tokenVersion } = await authenticate(deps, c.req.valid('json'));
    const token = await deps.tokens.issue({ userId: user.id, tokenVersion }, deps.clock.now());
    return c.json(toJson({ user, token }), 200);
  });
}
