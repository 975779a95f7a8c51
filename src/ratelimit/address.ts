import { isIPv4, isIPv6 } from 'node:net';

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
