import type { Deps } from '../deps.ts';
import { resolveSession } from '../domain/accounts/login.ts';
import { AppError } from '../errors.ts';
import type { HubServer } from './hub.ts';

type Middleware = Parameters<HubServer['use']>[0];

function unauthorized(message: string): Error & { data: { code: string; message: string } } {
  return Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized', message } });
}

type HandshakeSocket = Parameters<Middleware>[0];

/** The handshake's token, when it has one worth checking. */
const tokenOf = (socket: HandshakeSocket): string | undefined => {
  const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' && token.length > 0 && token.length <= 4096 ? token : undefined;
};

/** Each handshake's token checked once, whichever step asks first (limitConnects, authenticate). */
const verified = new WeakMap<HandshakeSocket, ReturnType<Deps['tokens']['verify']>>();
function claimsOf(deps: Deps, socket: HandshakeSocket, token: string): ReturnType<Deps['tokens']['verify']> {
  let claims = verified.get(socket);
  if (!claims) {
    claims = deps.tokens.verify(token, deps.clock.now());
    verified.set(socket, claims);
  }
  return claims;
}

/**
 * The first step of a handshake: a valid token's user pays one `socket_connects` unit, and past
 * the budget the socket is refused with connect_error rate_limited before anything costlier (the
 * socket caps' counts across instances, the session's database look-up). The signature check is
 * local and cheap; a missing or bad token passes here and is refused by `authenticate`, and so
 * is anything that fails here other than the budget (Redis away: the budget's own fallback).
 */
export function limitConnects(deps: Deps): Middleware {
  return (socket, next) => {
    const token = tokenOf(socket);
    if (!token || !deps.budgets.rule('socket_connects')) {
      next();
      return;
    }
    claimsOf(deps, socket, token)
      .then((claims) => deps.budgets.charge('socket_connects', claims.userId))
      .then(
        () => next(),
        (err) => {
          if (err instanceof AppError && err.code === 'rate_limited')
            next(Object.assign(new Error('rate_limited'), { data: err.toBody() }));
          else next();
        },
      );
  };
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
    const token = tokenOf(socket);
    if (!token) {
      next(unauthorized('Connect with auth: { token }.'));
      return;
    }
    claimsOf(deps, socket, token)
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
