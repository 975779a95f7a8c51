import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { clientAddressResolver } from '../../src/http/client-address.ts';

/** The resolver over a request whose TCP peer is `peer` (as @hono/node-server reports it). */
async function resolve(trusted: string[], peer: string, forwardedFor?: string) {
  const app = new Hono();
  const address = clientAddressResolver(trusted);
  app.get('/', (c) => c.text(address(c) ?? 'none'));
  const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  const env = { incoming: { socket: { remoteAddress: peer, remotePort: 1, remoteFamily: 'IPv4' } } };
  return (await app.request('/', { headers }, env)).text();
}

describe('the client address for rate limits', () => {
  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says', async () => {
    expect(await resolve([], '192.0.2.1', '203.0.113.5')).toBe('192.0.2.1');
  });

  it('is the rightmost untrusted X-Forwarded-For entry behind trusted proxies (addresses and CIDRs)', async () => {
    const trusted = ['10.0.0.0/8', '192.0.2.10'];
    expect(await resolve(trusted, '10.1.2.3', '203.0.113.5')).toBe('203.0.113.5');
    expect(await resolve(trusted, '10.1.2.3', 'spoofed, 198.51.100.4, 192.0.2.10')).toBe('198.51.100.4');
    expect(await resolve(trusted, '::ffff:10.1.2.3', '203.0.113.5')).toBe('203.0.113.5');
    // A proxy that sent no header: the proxy itself.
    expect(await resolve(trusted, '10.1.2.3')).toBe('10.1.2.3');
    // An untrusted peer's header is not read.
    expect(await resolve(trusted, '198.51.100.9', '203.0.113.5')).toBe('198.51.100.9');
  });

  it('refuses a malformed TRUSTED_PROXIES at start-up, naming it', () => {
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, not-an-ip' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,::1,fd00::/8' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
  });
});
