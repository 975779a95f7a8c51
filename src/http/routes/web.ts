import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { accepts } from 'hono/accepts';
import { languages } from '../../../web/src/i18n/catalogues.ts';
import { firstSpoken } from '../../../web/src/i18n/tags.ts';
import { pageFile, webDist } from '../../web/paths.ts';
import type { AppEnv } from '../app.ts';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

// Map tiles are the one thing the page may load from elsewhere, and only images from there.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https://tile.openstreetmap.org",
  "connect-src 'self'",
  // The service worker (/sw.js) registers from here.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const notBuilt = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>NightChill</title></head>
<body><main><h1>NightChill</h1><p>The web client is not built here. Run <code>npm run build:web</code>
(npm start does it first), or use the API: <a href="/docs">/docs</a>.</p></main></body></html>`;

const safeName = /^[A-Za-z0-9_.-]+$/;

/**
 * The first language of Accept-Language (by q) the client speaks, by its base ("de-AT" → de), else
 * English: the page's first words (`<html lang>`, the noscript line) before its script decides.
 */
function pageLanguage(c: Parameters<typeof accepts>[0]): (typeof languages)[number] {
  const lang = accepts(c, {
    header: 'Accept-Language',
    supports: [...languages],
    default: 'en',
    match: (wanted) => {
      const byWant = [...wanted].filter((a) => a.q > 0).sort((a, b) => b.q - a.q);
      return (
        firstSpoken(
          byWant.map((a) => a.type),
          languages,
        ) ?? 'en'
      );
    },
  });
  return firstSpoken([lang], languages) ?? 'en';
}

/**
 * The browser client at `/`, built into web/dist by src/web/build.ts (a page per language, chosen
 * by Accept-Language). Only `/`, `/sw.js` and `/assets/<file>` are served here, so nothing shadows
 * /api, /docs, /socket.io or the probes.
 * index.html is read on each request (a rebuild shows at once); assets have hashed names and are
 * cached for good. Source maps (`.map`) only when sourceMaps is on: never in production, where
 * they would hand out the client's source. The other security headers come from
 * security-headers.ts, on every response.
 */
export function registerWebRoutes(
  app: OpenAPIHono<AppEnv>,
  options: { dir?: string; sourceMaps?: boolean } = {},
): void {
  const dir = options.dir ?? webDist;
  const sourceMaps = options.sourceMaps ?? false;
  app.get('/', async (c) => {
    c.header('content-security-policy', csp);
    c.header('cache-control', 'no-cache');
    c.header('vary', 'Accept-Language');
    try {
      return c.html(await readFile(path.join(dir, pageFile(pageLanguage(c))), 'utf8'));
    } catch {
      return c.html(notBuilt, 503);
    }
  });

  // The service worker at the root, so its scope is the whole app. Revalidated on every check (a
  // new build must reach browsers at once); the worker itself loads and fetches nothing.
  app.get('/sw.js', async (c) => {
    let body: Buffer;
    try {
      body = await readFile(path.join(dir, 'sw.js'));
    } catch {
      return c.notFound();
    }
    return c.body(new Uint8Array(body), 200, {
      'content-type': types['.js']!,
      'cache-control': 'no-cache',
      'content-security-policy': "default-src 'none'",
    });
  });

  app.get('/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = types[path.extname(file)];
    if (!type || !safeName.test(file) || file.startsWith('.')) return c.notFound();
    if (file.endsWith('.map') && !sourceMaps) return c.notFound();
    let body: Buffer;
    try {
      body = await readFile(path.join(dir, 'assets', file));
    } catch {
      return c.notFound();
    }
    return c.body(new Uint8Array(body), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
}
