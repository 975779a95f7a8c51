import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config.ts';

/**
 * Security headers on every response, the API's and its errors included: no MIME sniffing, no
 * framing (X-Frame-Options and CSP frame-ancestors), no Referer sent on, and a CSP that lets a
 * JSON or plain-text answer run and load nothing. Pages that are HTML (the web client at /, Swagger
 * UI at /docs) set a CSP of their own, which is kept. HSTS only when the public origin is https://
 * (TLS in front): over plain HTTP it would be ignored, or pin a name that has no certificate yet.
 */
export function securityHeaders(config: Pick<Config, 'publicOrigin'>) {
  const tls = config.publicOrigin?.startsWith('https://') ?? false;
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: tls ? 'max-age=31536000; includeSubDomains' : false,
    // A route's own headers win (the pages' CSPs, the assets' caching).
    overwrite: false,
  });
}
