import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { withPublic } from '../../domain/context.ts';
import { getPartner, listPartners } from '../../domain/partners/read.ts';
import { PartnerSchema } from '../../domain/partners/schemas.ts';
import type { AppEnv } from '../app.ts';
import { errors, jsonContent, UuidParam } from '../openapi.ts';

const list = createRoute({
  method: 'get',
  path: '/api/partners',
  tags: ['partners'],
  summary: 'Active partners',
  responses: { 200: jsonContent(z.object({ partners: z.array(PartnerSchema) }).openapi('Partners')) },
});

const detail = createRoute({
  method: 'get',
  path: '/api/partners/{id}',
  tags: ['partners'],
  summary: 'One active partner',
  request: { params: UuidParam },
  responses: {
    200: jsonContent(z.object({ partner: PartnerSchema }).openapi('PartnerResult')),
    400: errors[400],
    404: errors[404],
  },
});

export function registerPartnerRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.openapi(list, async (c) => {
    const partners = await withPublic(deps, (ctx) => listPartners(ctx));
    return c.json({ partners }, 200);
  });

  app.openapi(detail, async (c) => {
    const { id } = c.req.valid('param');
    const partner = await withPublic(deps, (ctx) => getPartner(ctx, id));
    return c.json({ partner }, 200);
  });
}
