import type { Config } from '../config.ts';

/**
 * Which browser pages may open a socket. Tokens are not cookies, but refusing foreign pages closes
 * cross-site WebSocket hijacking for good. The page's Origin is compared with the configured
 * origins (PUBLIC_ORIGIN, ALLOWED_ORIGINS), never with the request's Host header, which the client
 * writes (and a proxy may pass through as it came). Without PUBLIC_ORIGIN (development and tests
 * only: production requires it) pages served from a loopback address are let in. Clients that
 * send no Origin (native apps, servers) are not browsers and go on to authentication.
 */
export function originPolicy(
  config: Pick<Config, 'publicOrigin' | 'allowedOrigins'>,
): (origin: string | undefined) => boolean {
  const configured = [...(config.publicOrigin ? [config.publicOrigin] : []), ...config.allowedOrigins];
  const any = configured.includes('*');
  const allowed = new Set(configured.filter((o) => o !== '*').map((o) => new URL(o).origin));
  const loopback = config.publicOrigin === undefined;
  return (origin) => {
    if (origin === undefined) return true;
    if (any || allowed.has(origin)) return true;
    return loopback && isLoopbackOrigin(origin);
  };
}

function isLoopbackOrigin(origin: string): boolean {
  if (!URL.canParse(origin)) return false;
  const { protocol, hostname } = new URL(origin);
  return /^https?:$/.test(protocol) && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}
