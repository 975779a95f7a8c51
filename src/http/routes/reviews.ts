import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { withUser } from '../../domain/context.ts';
import { createReview } from '../../domain/reviews/create-review.ts';
import { deleteReview } from '../../domain/reviews/delete-review.ts';
import { flagReview } from '../../domain/reviews/flag-review.ts';
import { listReviews } from '../../domain/reviews/list-reviews.ts';
import {
  CreateReviewInput,
  ReviewListQuery,
  ReviewSchema,
  UpdateReviewInput,
} from '../../domain/reviews/schemas.ts';
import { updateReview } from '../../domain/reviews/update-review.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent, UuidParam } from '../openapi.ts';

const ReviewResult = z.object({ review: ReviewSchema }).openapi('ReviewResult');
const tags = ['reviews'];

const create = createRoute({
  method: 'post',
  path: '/api/reviews',
  tags,
  summary: 'Review a place or a mentor (once; PATCH to change it)',
  description:
    '409 review_exists on a second review of the same target; 404 when the target does not exist; ' +
    '429 rate_limited past the daily reviews budget.',
  security: bearerAuth,
  request: { body: jsonBody(CreateReviewInput) },
  responses: {
    201: jsonContent(ReviewResult, 'Created'),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    409: errors[409],
    422: errors[422],
    429: errors[429],
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/reviews',
  tags,
  summary: 'Public reviews of a place or mentor, newest first',
  security: bearerAuth,
  request: { query: ReviewListQuery },
  responses: {
    200: jsonContent(
      z.object({ reviews: z.array(ReviewSchema), nextCursor: z.string().nullable() }).openapi('ReviewList'),
    ),
    400: errors[400],
    401: errors[401],
  },
});

const update = createRoute({
  method: 'patch',
  path: '/api/reviews/{id}',
  tags,
  summary: 'Change your own review',
  security: bearerAuth,
  request: { params: UuidParam, body: jsonBody(UpdateReviewInput) },
  responses: { 200: jsonContent(ReviewResult), 400: errors[400], 401: errors[401], 404: errors[404] },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/reviews/{id}',
  tags,
  summary: 'Delete your own review',
  security: bearerAuth,
  request: { params: UuidParam },
  responses: { 204: { description: 'Deleted' }, 400: errors[400], 401: errors[401], 404: errors[404] },
});

const flag = createRoute({
  method: 'post',
  path: '/api/reviews/{id}/flag',
  tags,
  summary:
    "Flag someone else's review for the operators; it leaves the public list once three accounts that visited flagged it",
  security: bearerAuth,
  request: { params: UuidParam },
  responses: {
    204: { description: 'Flagged' },
    400: errors[400],
    401: errors[401],
    404: errors[404],
    422: errors[422],
    429: errors[429],
  },
});

/** Reviews of places and mentors (registered, behind auth, by registerMentorRoutes). */
export function registerReviewRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.use('/api/reviews/*', requireAuth(deps));
  app.openapi(create, async (c) => {
    const review = await withUser(deps, c.get('userId'), (ctx) => createReview(ctx, c.req.valid('json')));
    return c.json({ review }, 201);
  });

  app.openapi(list, async (c) => {
    const page = await withUser(deps, c.get('userId'), (ctx) => listReviews(ctx, c.req.valid('query')));
    return c.json(page, 200);
  });

  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const review = await withUser(deps, c.get('userId'), (ctx) => updateReview(ctx, id, c.req.valid('json')));
    return c.json({ review }, 200);
  });

  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    await withUser(deps, c.get('userId'), (ctx) => deleteReview(ctx, id));
    return c.body(null, 204);
  });

  app.openapi(flag, async (c) => {
    const { id } = c.req.valid('param');
    await withUser(deps, c.get('userId'), (ctx) => flagReview(ctx, id));
    return c.body(null, 204);
  });
}
