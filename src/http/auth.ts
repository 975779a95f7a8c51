import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import { resolveSession } from '../domain/accounts/login.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app.ts';

/** Reads `Authorization: Bearer <token>`, verifies it and checks the account still holds it. */
export function requireAuth(deps: Deps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})$/i.exec(header.trim());
    if (!match?.[1]) throw new AppError('unauthorized', 'Send a token: Authorization: Bearer <token>.');
    const claims = await deps.tokens.verify(match[1], deps.clock.now());
    await resolveSession(deps, claims);
    c.set('userId', claims.userId);
    await next();
  });
}
