import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app.ts';

const swaggerDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
};

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>NightChill API</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>`;

// Swagger UI's own scripts and styles, from this server only; its icons are data: URIs. Scripts
// come from files (init.js too), never inline. Its React sets style attributes through the DOM,
// which a CSP allows; style-src still needs 'unsafe-inline' for the <style> elements it adds.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// validatorUrl null: no badge fetched from the public validator (the CSP would block it anyway).
const init = `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  validatorUrl: null,
  dom_id: '#swagger-ui',
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  persistAuthorization: true,
});`;

/**
 * /openapi.json, generated from the zod schemas the routes validate with, and /docs, Swagger UI
 * served from the swagger-ui-dist package: no CDN, so it works offline like the rest of the app.
 */
export function registerDocsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'NightChill API',
      version: '0.1.0',
      // Markdown (Swagger UI renders it): code spans, or "<token>" is read as an HTML tag and vanishes.
      description:
        'A realtime, chat-first companion for people who find busy places hard. Errors are always ' +
        '`{ "error": { "code", "message", "details"? } }`. Authenticate with `Authorization: Bearer <token>`.',
    },
  });

  const cache = new Map<string, string>();
  app.get('/docs', (c) => c.html(page, 200, { 'content-security-policy': csp }));
  app.get('/docs/init.js', (c) => c.body(init, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = assets[file];
    if (!type) return c.notFound();
    let body = cache.get(file);
    if (body === undefined) {
      body = await readFile(path.join(swaggerDir, file), 'utf8');
      cache.set(file, body);
    }
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
}
