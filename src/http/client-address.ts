import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The client address of a request, for rate limits: believes X-Forwarded-For only from trusted proxies. */
export type ClientAddress = (c: Context) => string | undefined;

/**
 * The TCP peer is the client, unless it is one of the trusted proxies (TRUSTED_PROXIES): then the
 * client is the rightmost X-Forwarded-For entry that is not itself a trusted proxy. Entries to the
 * left of that one were written by the client and prove nothing; without a trusted proxy the header
 * is never read, since anyone could send it and get a fresh rate-limit bucket per request.
 */
export function clientAddressResolver(trustedProxies: readonly string[]): ClientAddress {
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(bits), type);
  }
  const isTrusted = (address: string) => {
    const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    const family = isIP(plain);
    return family !== 0 && trusted.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };

  return (c) => {
    let peer: string | undefined;
    try {
      peer = getConnInfo(c).remote.address;
    } catch {
      return undefined; // not served by @hono/node-server (app.request in a unit test)
    }
    if (!peer || trustedProxies.length === 0 || !isTrusted(peer)) return peer;
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => isIP(h) !== 0);
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!isTrusted(hops[i]!)) return hops[i];
    }
    return hops[0] ?? peer;
  };
}
