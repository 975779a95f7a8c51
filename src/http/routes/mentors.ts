import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { withUser, withUserRead } from '../../domain/context.ts';
import { becomeMentor } from '../../domain/mentors/become-mentor.ts';
import { findOwnMentor, getMentor } from '../../domain/mentors/get-mentor.ts';
import {
  CreateMentorInput,
  MentorSchema,
  MentorSearchQuery,
  UpdateMentorInput,
} from '../../domain/mentors/schemas.ts';
import { searchMentors } from '../../domain/mentors/search-mentors.ts';
import { updateOwnMentor } from '../../domain/mentors/update-mentor.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent, UuidParam } from '../openapi.ts';

const MentorResult = z.object({ mentor: MentorSchema }).openapi('MentorResult');
const tags = ['mentors'];

const create = createRoute({
  method: 'post',
  path: '/api/mentors',
  tags,
  summary: 'Become a mentor (one profile per user)',
  security: bearerAuth,
  request: { body: jsonBody(CreateMentorInput) },
  responses: {
    201: jsonContent(MentorResult, 'Created'),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
  },
});

const search = createRoute({
  method: 'get',
  path: '/api/mentors',
  tags,
  summary: 'Search mentors by distance, specialization and availability',
  security: bearerAuth,
  request: { query: MentorSearchQuery },
  responses: {
    200: jsonContent(z.object({ mentors: z.array(MentorSchema) }).openapi('MentorList')),
    400: errors[400],
    401: errors[401],
  },
});

const OwnMentorResult = z
  .object({ mentor: z.union([MentorSchema, z.null()]) })
  .openapi('OwnMentorResult', { description: '`mentor` is null when the caller is not a mentor' });

const own = createRoute({
  method: 'get',
  path: '/api/mentors/me',
  tags,
  summary: "The caller's own mentor profile, or null when the caller is not a mentor",
  security: bearerAuth,
  responses: { 200: jsonContent(OwnMentorResult), 401: errors[401] },
});

const updateOwn = createRoute({
  method: 'patch',
  path: '/api/mentors/me',
  tags,
  summary: "Change the caller's own mentor profile",
  security: bearerAuth,
  request: { body: jsonBody(UpdateMentorInput) },
  responses: { 200: jsonContent(MentorResult), 400: errors[400], 401: errors[401], 404: errors[404] },
});

const detail = createRoute({
  method: 'get',
  path: '/api/mentors/{id}',
  tags,
  summary: "A mentor's public profile",
  security: bearerAuth,
  request: { params: UuidParam },
  responses: { 200: jsonContent(MentorResult), 400: errors[400], 401: errors[401], 404: errors[404] },
});

/** Mentors: every route needs a signed-in user. */
export function registerMentorRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.use('/api/mentors/*', requireAuth(deps));

  app.openapi(create, async (c) => {
    const mentor = await withUser(deps, c.get('userId'), (ctx) => becomeMentor(ctx, c.req.valid('json')));
    return c.json({ mentor }, 201);
  });

  app.openapi(search, async (c) => {
    // The route has checked the query (a 400 otherwise); the verb parses it itself, from the raw
    // strings: its 'true' → true flag does not parse twice.
    const mentors = await withUserRead(deps, c.get('userId'), (ctx) => searchMentors(ctx, c.req.query()));
    return c.json({ mentors }, 200);
  });

  // Before /{id}: "me" is not a uuid, and the first matching route answers.
  app.openapi(own, async (c) => {
    // Asked on every page load to know whether to show the mentor console: not being one is an
    // answer (null), not an error.
    const mentor = await withUser(deps, c.get('userId'), (ctx) => findOwnMentor(ctx));
    return c.json({ mentor }, 200);
  });

  app.openapi(updateOwn, async (c) => {
    const mentor = await withUser(deps, c.get('userId'), (ctx) => updateOwnMentor(ctx, c.req.valid('json')));
    return c.json({ mentor }, 200);
  });

  app.openapi(detail, async (c) => {
    const mentor = await withUserRead(deps, c.get('userId'), (ctx) =>
      getMentor(ctx, c.req.valid('param').id),
    );
    return c.json({ mentor }, 200);
  });
}
