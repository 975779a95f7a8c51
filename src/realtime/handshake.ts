import type { Deps } from '../deps.ts';
import { resolveSession } from '../domain/accounts/login.ts';
import { AppError } from '../errors.ts';
import type { HubServer } from './hub.ts';

type Middleware = Parameters<HubServer['use']>[0];

function unauthorized(message: string): Error & { data: { code: string; message: string } } {
  return Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized', message } });
}

/**
 * The handshake: a socket connects with the API's token (auth: { token }), which must be valid
 * and not revoked; its user, token version and expiry stay on the socket. While the hub closes,
 * new sockets are told to come back shortly (to another instance).
 */
export function authenticate(deps: Deps, closing: () => boolean): Middleware {
  return (socket, next) => {
    if (closing()) {
      next(
        Object.assign(new Error('unavailable'), {
          data: { code: 'unavailable', message: 'Reconnect shortly.' },
        }),
      );
      return;
    }
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
      next(unauthorized('Connect with auth: { token }.'));
      return;
    }
    deps.tokens
      .verify(token, deps.clock.now())
      .then(async (claims) => {
        await resolveSession(deps, claims);
        socket.data.userId = claims.userId;
        socket.data.tokenVersion = claims.tokenVersion;
        socket.data.expiresAt = claims.expiresAt;
        // The token is not needed past this point: no secret kept for the socket's lifetime
        // (and ~300 bytes less per idle socket).
        delete (socket.handshake.auth as { token?: unknown }).token;
        next();
      })
      .catch((err) => {
        if (err instanceof AppError && err.code === 'unauthorized') next(unauthorized(err.message));
        else {
          deps.logger.error({ err }, 'socket handshake failed');
          next(
            Object.assign(new Error('unavailable'), {
              data: { code: 'unavailable', message: 'Try again shortly.' },
            }),
          );
        }
      });
  };
}
