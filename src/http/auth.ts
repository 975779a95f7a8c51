import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import { resolveSession } from '../domain/accounts/login.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app.ts';

/** The claims of the token `Authorization: Bearer <token>` carries, its signature and expiry verified. */
async function tokenClaims(deps: Deps, header: string): Promise<Claims> {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})$/i.exec(header.trim());
  if (!match?.[1]) throw new AppError('unauthorized', 'Send a token: Authorization: Bearer <token>.');
  return deps.tokens.verify(match[1], deps.clock.now());
}

type Claims = Awaited<ReturnType<Deps['tokens']['verify']>>;

/** Reads `Authorization: Bearer <token>`, verifies it and checks the account still holds it. */
export function requireAuth(deps: Deps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const claims = await tokenClaims(deps, c.req.header('authorization') ?? '');
    await resolveSession(deps, claims);
    c.set('userId', claims.userId);
    await next();
  });
}

/**
 * For public routes that show a signed-in caller a little more (their own place suggestions):
 * the verified claims when an Authorization header is sent, undefined without one. A header that
 * is sent must carry a valid token (else 401, never a quiet anonymous answer); the caller checks
 * that the account still holds it (assertSession) in the unit of work that reads the caller's rows.
 */
export async function optionalClaims(deps: Deps, header: string | undefined): Promise<Claims | undefined> {
  if (header === undefined || header.trim() === '') return undefined;
  return tokenClaims(deps, header);
}
