import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, errorReasons } from '../../src/errors.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

/** Every HTTP route the product promises clients (docs/api-*.md), as OpenAPI paths. */
const designRoutes: [string, string][] = [
  ['post', '/api/auth/register'],
  ['post', '/api/auth/login'],
  ['get', '/api/me'],
  ['patch', '/api/me'],
  ['delete', '/api/me'],
  ['post', '/api/me/consent'],
  ['get', '/api/me/export'],
  ['get', '/api/locations'],
  ['get', '/api/locations/{id}'],
  ['post', '/api/check-ins'],
  ['get', '/api/me/check-ins'],
  ['get', '/api/me/journey'],
  ['get', '/api/me/rewards'],
  ['post', '/api/rewards/redeem'],
  ['get', '/api/mentors'],
  ['post', '/api/mentors'],
  ['post', '/api/mentor-sessions'],
  ['patch', '/api/mentor-sessions/{id}'],
  ['get', '/api/me/mentor-sessions'],
  ['post', '/api/reviews'],
  ['get', '/api/me/notifications'],
  ['post', '/api/me/notifications/{id}/read'],
  ['post', '/api/me/notifications/read-all'],
  ['get', '/api/me/messages'],
];

describe('API description', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('serves /openapi.json describing every route of the design, with bearer auth', async () => {
    const res = await app.api('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const missing = designRoutes.filter(([method, path]) => !res.body.paths?.[path]?.[method]);
    expect(missing).toEqual([]);
    expect(
      res.body.paths['/api/auth/register'].post.requestBody.content['application/json'].schema,
    ).toBeDefined();
    // Markdown in Swagger UI: the token placeholder in a code span, or "<token>" vanishes as a tag.
    expect(res.body.info.description).toContain('`Authorization: Bearer <token>`');
    // Asked on every page load of the web client: a non-mentor gets `mentor: null`, not a 404.
    const own = res.body.paths['/api/mentors/me'].get.responses;
    expect(Object.keys(own).sort()).toEqual(['200', '401']);
    expect(res.body.components.schemas.OwnMentorResult.properties.mentor).toMatchObject({
      anyOf: expect.arrayContaining([{ type: 'null' }]),
    });
  });

  it('lists every error code an error body may carry, general codes and their reasons, as a closed set', async () => {
    const res = await app.api('GET', '/openapi.json');
    const code = res.body.components.schemas.Error.properties.error.properties.code;
    expect([...code.enum].sort()).toEqual([...Object.keys(errorCodes), ...Object.keys(errorReasons)].sort());
    expect(code.enum).toEqual(expect.arrayContaining(['invalid_payload', 'slot_taken', 'reward_expired']));
  });

  it('serves an interactive page at /docs with its assets from this server', async () => {
    const page = await fetch(`${app.url}/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/docs/assets/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    const asset = await fetch(`${app.url}/docs/assets/swagger-ui-bundle.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${app.url}/docs/assets/..%2Fpackage.json`)).status).toBe(404);
  });
});
