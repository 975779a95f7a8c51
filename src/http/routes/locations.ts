import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { assertSession } from '../../domain/accounts/login.ts';
import { withPublic, withPublicRead, withUser } from '../../domain/context.ts';
import { getLocation } from '../../domain/locations/get.ts';
import {
  LocationSchema,
  NearbyLocationSchema,
  SearchLocationsQuery,
  SuggestLocationInput,
} from '../../domain/locations/schemas.ts';
import { ownSuggestionsNear, searchLocations } from '../../domain/locations/search.ts';
import { suggestLocation } from '../../domain/locations/suggest.ts';
import type { AppEnv } from '../app.ts';
import { optionalClaims, requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent, UuidParam } from '../openapi.ts';

const LocationResult = z.object({ location: LocationSchema }).openapi('LocationResult');

const search = createRoute({
  method: 'get',
  path: '/api/locations',
  tags: ['places'],
  summary: 'Places near a point, nearest first, with filters',
  description:
    'Public: no sign-in needed. Nearest first within radiusKm (default 5, at most 50); openNow uses ' +
    "each place's hours in its own time zone. Unverified suggestions (isSuggestion) come after the " +
    'other places of the page, at most 3 of them. A suggestion is listed for everyone once an ' +
    'operator verifies it or three other people check in there; until then only its suggester, ' +
    'signed in (a token is optional here, and checked when sent), finds it.',
  request: { query: SearchLocationsQuery },
  responses: {
    200: jsonContent(z.object({ locations: z.array(NearbyLocationSchema) }).openapi('NearbyLocations')),
    400: errors[400],
    401: errors[401],
  },
});

const detail = createRoute({
  method: 'get',
  path: '/api/locations/{id}',
  tags: ['places'],
  summary: 'One place',
  request: { params: UuidParam },
  responses: { 200: jsonContent(LocationResult), 400: errors[400], 404: errors[404] },
});

const suggest = (deps: Deps) =>
  createRoute({
    method: 'post',
    path: '/api/locations',
    tags: ['places'],
    summary: 'Suggest a place (unverified until an operator verifies it)',
    description: '429 rate_limited past the daily place_suggestions budget.',
    security: bearerAuth,
    middleware: [requireAuth(deps)] as const,
    request: { body: jsonBody(SuggestLocationInput) },
    responses: {
      201: jsonContent(LocationResult, 'Created'),
      400: errors[400],
      401: errors[401],
      429: errors[429],
    },
  });

/** Places: search, detail and a suggestion. */
export function registerLocationRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.openapi(search, async (c) => {
    const query = c.req.valid('query');
    const claims = await optionalClaims(deps, c.req.header('authorization'));
    // A signed-in caller's unlisted suggestions, in the transaction that checks their session: from
    // the primary (one just made is there), never cached.
    const own = claims
      ? await withUser(deps, claims.userId, async (ctx) => {
          await assertSession(ctx, claims);
          return ownSuggestionsNear(ctx, claims.userId, query);
        })
      : [];
    const found = await withPublicRead(deps, (ctx) => searchLocations(ctx, query, own));
    return c.json({ locations: found }, 200);
  });

  app.openapi(detail, async (c) => {
    const { id } = c.req.valid('param');
    const location = await withPublic(deps, (ctx) => getLocation(ctx, id));
    return c.json({ location }, 200);
  });

  app.openapi(suggest(deps), async (c) => {
    const input = c.req.valid('json');
    const location = await withUser(deps, c.var.userId, (ctx) => suggestLocation(ctx, input));
    return c.json({ location }, 201);
  });
}
