import { BlockList, isIP, isIPv4, isIPv6 } from 'node:net';

/**
 * The bucket a client address is limited under: an IPv4 address as is (IPv4-mapped IPv6 too), an
 * IPv6 address by its /64, since one subscriber usually holds a whole /64 and could otherwise rotate
 * through 2^64 addresses to dodge a per-address limit.
 */
export function addressBucket(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::') as [string, string?];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = groups(tail);
  // An embedded IPv4 suffix (::1.2.3.4) stands for two groups.
  const width = (gs: string[]) => gs.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const full =
    tail === undefined ? left : [...left, ...Array(8 - width(left) - width(right)).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * The client address behind a connection, for limits: the TCP peer, unless it is one of the trusted
 * proxies (TRUSTED_PROXIES): then the rightmost X-Forwarded-For entry that is not itself a trusted
 * proxy. What the client wrote to the left of that proves nothing; without a trusted proxy the
 * header is never read (anyone could send it and get a fresh bucket per connection). The same rule
 * for the HTTP side (src/http/client-address.ts) and the socket handshake, which has no Hono context.
 */
export function trustedClientAddress(
  trustedProxies: readonly string[],
): (peer: string | undefined, forwardedFor: string | string[] | undefined) => string | undefined {
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
  return (peer, forwardedFor) => {
    if (!peer || trustedProxies.length === 0 || !isTrusted(peer)) return peer;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
      .split(',')
      .map((h) => h.trim())
      .filter((h) => isIP(h) !== 0);
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!isTrusted(hops[i]!)) return hops[i];
    }
    return hops[0] ?? peer;
  };
}
