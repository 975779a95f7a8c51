import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { trustedClientAddress } from '../ratelimit/address.ts';

/** The client address of a request, for rate limits: believes X-Forwarded-For only from trusted proxies. */
export type ClientAddress = (c: Context) => string | undefined;

/**
 * The TCP peer is the client, unless it is one of the trusted proxies (TRUSTED_PROXIES): then the
 * client is the rightmost X-Forwarded-For entry that is not itself a trusted proxy. The rule is
 * the socket handshake's too (src/ratelimit/address.ts); here it reads a Hono request.
 */
export function clientAddressResolver(trustedProxies: readonly string[]): ClientAddress {
  const resolve = trustedClientAddress(trustedProxies);
  return (c) => {
    let peer: string | undefined;
    try {
      peer = getConnInfo(c).remote.address;
    } catch {
      return undefined; // not served by @hono/node-server (app.request in a unit test)
    }
    return resolve(peer, c.req.header('x-forwarded-for'));
  };
}
