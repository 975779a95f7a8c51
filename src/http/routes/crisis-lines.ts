import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { loadResources } from '../../assistant/safety/resources.ts';
import type { AppEnv } from '../app.ts';
import { jsonContent } from '../openapi.ts';

const LineSchema = z
  .object({
    name: z.string(),
    phone: z.string().optional(),
    sms: z.string().optional(),
    hours: z.string().optional(),
    url: z.string().optional(),
    source: z.string(),
    checked: z.string(),
  })
  .openapi('CrisisLine');

const CountryLinesSchema = z
  .object({
    code: z.string().openapi({ example: 'GB' }),
    name: z.string(),
    emergency: z.string(),
    crisis: z.array(LineSchema),
    abuse: z.array(LineSchema),
  })
  .openapi('CountryLines');

const list = createRoute({
  method: 'get',
  path: '/api/crisis-lines',
  summary: 'Crisis, emergency and domestic-abuse lines of every country known, and the general ones',
  tags: ['safety'],
  responses: {
    200: jsonContent(z.object({ countries: z.array(CountryLinesSchema), general: CountryLinesSchema })),
  },
});

/**
 * GET /api/crisis-lines: public, no sign-in, so the lines can be shown to anyone (the sign-in page,
 * settings' country choice). The same data the assistant's safety responses are filled from.
 */
export function registerCrisisLineRoutes(app: OpenAPIHono<AppEnv>): void {
  const resources = loadResources();
  const countries = Object.entries(resources.countries)
    .map(([code, c]) => ({ code, ...c }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const body = { countries, general: { code: 'general', ...resources.general } };
  app.openapi(list, (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.json(body, 200);
  });
}
