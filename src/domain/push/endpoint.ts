import { isIP } from 'node:net';

/** Hosts that name this machine: plain http to them is allowed outside production (tests). */
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Names that resolve only inside a network: no push service lives there. */
const privateSuffix = /(^|\.)(localhost|local|internal|lan|home\.arpa|localdomain)$/i;

/**
 * Why a push endpoint is refused, or undefined when it is acceptable. The server POSTs to it, so
 * it must be a push service on the public internet: https://, a DNS name with a dot, not an
 * address literal or a name private networks use (the server would otherwise post for whoever
 * asked to any host it can reach). Outside production, http:// on a loopback address is allowed,
 * for a local stand-in push service (the tests).
 */
export function endpointProblem(endpoint: string, options: { production: boolean }): string | undefined {
  const url = new URL(endpoint);
  const host = url.hostname.toLowerCase();
  if (url.username || url.password) return 'must not carry credentials';
  if (url.protocol === 'http:') {
    return !options.production && loopback.has(host) ? undefined : 'must be an https:// URL';
  }
  if (url.protocol !== 'https:') return 'must be an https:// URL';
  if (!options.production) return undefined;
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare) !== 0) return 'must name a push service by its DNS name, not an address';
  if (!bare.includes('.') || privateSuffix.test(bare)) return 'must be a push service on the internet';
  return undefined;
}
