import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { editLocation, verifyLocation } from '../../domain/locations/manage.ts';
import { EditLocationInput, LocationSchema } from '../../domain/locations/schemas.ts';
import { withOperator } from '../../domain/operators/access.ts';
import {
  clearReviewFlag,
  hideReview,
  listFlaggedReviews,
  ModeratedReviewSchema,
} from '../../domain/operators/reviews.ts';
import { createPartner, deactivatePartner, updatePartner } from '../../domain/partners/manage.ts';
import { CreatePartnerInput, PartnerSchema, UpdatePartnerInput } from '../../domain/partners/schemas.ts';
import {
  AddStaffInput,
  addStaff,
  listStaff,
  removeStaff,
  StaffMemberSchema,
} from '../../domain/partners/staff.ts';
import { SafetyReportSchema, safetyReport } from '../../domain/safety/referrals.ts';
import type { AppEnv } from '../app.ts';
import { requireAuth } from '../auth.ts';
import { bearerAuth, errors, jsonBody, jsonContent, UuidParam } from '../openapi.ts';
import { toJson } from '../serialize.ts';

const guarded = { 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] } as const;
const LocationResult = z.object({ location: LocationSchema });
const PartnerResult = z.object({ partner: PartnerSchema });
const ReviewResult = z.object({ review: ModeratedReviewSchema });

const admin = <P extends string, M extends 'get' | 'post' | 'patch' | 'delete'>(
  method: M,
  path: P,
  summary: string,
) => ({ method, path, summary, tags: ['operators'], security: bearerAuth });

const verifyPlace = createRoute({
  ...admin('post', '/api/admin/locations/{id}/verify', 'Verify a place'),
  request: { params: UuidParam },
  responses: { 200: jsonContent(LocationResult), ...guarded },
});

const editPlace = createRoute({
  ...admin('patch', '/api/admin/locations/{id}', 'Change a place (fields, verification, partner link)'),
  request: { params: UuidParam, body: jsonBody(EditLocationInput) },
  responses: { 200: jsonContent(LocationResult), ...guarded },
});

const addPartner = createRoute({
  ...admin('post', '/api/admin/partners', 'Create a partner'),
  request: { body: jsonBody(CreatePartnerInput) },
  responses: { 201: jsonContent(PartnerResult, 'Created'), ...guarded },
});

const changePartner = createRoute({
  ...admin('patch', '/api/admin/partners/{id}', 'Change a partner'),
  request: { params: UuidParam, body: jsonBody(UpdatePartnerInput) },
  responses: { 200: jsonContent(PartnerResult), ...guarded },
});

const endPartner = createRoute({
  ...admin('delete', '/api/admin/partners/{id}', 'Deactivate a partner (kept, no longer listed)'),
  request: { params: UuidParam },
  responses: { 200: jsonContent(PartnerResult), ...guarded },
});

const StaffPathParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  userId: z.uuid().openapi({ param: { name: 'userId', in: 'path' } }),
});

const partnerStaff = createRoute({
  ...admin('get', '/api/admin/partners/{id}/staff', "A partner's counter staff"),
  request: { params: UuidParam },
  responses: { 200: jsonContent(z.object({ staff: z.array(StaffMemberSchema) })), ...guarded },
});

const addPartnerStaff = createRoute({
  ...admin(
    'post',
    '/api/admin/partners/{id}/staff',
    "Link an account as counter staff: it may redeem rewards at the partner's places",
  ),
  request: { params: UuidParam, body: jsonBody(AddStaffInput) },
  responses: {
    201: jsonContent(z.object({ staff: StaffMemberSchema }), 'Linked'),
    ...guarded,
    409: errors[409],
    422: errors[422],
  },
});

const removePartnerStaff = createRoute({
  ...admin('delete', '/api/admin/partners/{id}/staff/{userId}', 'Unlink a staff account'),
  request: { params: StaffPathParams },
  responses: { 200: jsonContent(z.object({ removed: z.literal(true) })), ...guarded },
});

const flagged = createRoute({
  ...admin('get', '/api/admin/reviews/flagged', 'Flagged reviews, newest first'),
  request: {
    query: z.object({
      limit: z
        .string()
        .regex(/^\d{1,3}$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().int().min(1).max(100))
        .optional()
        .openapi({ param: { name: 'limit', in: 'query' }, type: 'integer', example: '50' }),
      before: z
        .uuid()
        .optional()
        .openapi({ param: { name: 'before', in: 'query' }, description: 'nextCursor of the previous page' }),
    }),
  },
  responses: {
    200: jsonContent(z.object({ reviews: z.array(ModeratedReviewSchema), nextCursor: z.uuid().nullable() })),
    ...guarded,
  },
});

const clearFlag = createRoute({
  ...admin('post', '/api/admin/reviews/{id}/clear', 'Clear a flag: the review is public again'),
  request: { params: UuidParam },
  responses: { 200: jsonContent(ReviewResult), ...guarded },
});

const hide = createRoute({
  ...admin('post', '/api/admin/reviews/{id}/hide', 'Hide a review (kept flagged)'),
  request: { params: UuidParam },
  responses: { 200: jsonContent(ReviewResult), ...guarded },
});

const safety = createRoute({
  ...admin('get', '/api/admin/safety-report', "The year's safety responses, counted (no content, no users)"),
  request: {
    query: z.object({
      year: z
        .string()
        .regex(/^\d{4}$/, 'must be a four-digit year')
        .transform(Number)
        .pipe(z.number().int().min(2000))
        .optional()
        .openapi({ param: { name: 'year', in: 'query' }, type: 'integer', example: '2026' }),
    }),
  },
  responses: { 200: jsonContent(z.object({ report: SafetyReportSchema })), ...guarded },
});

/** Operator actions: signed in, and users.role = 'operator' (checked in withOperator), else 403. */
export function registerAdminRoutes(app: OpenAPIHono<AppEnv>, deps: Deps): void {
  app.use('/api/admin/*', requireAuth(deps));

  app.openapi(verifyPlace, async (c) => {
    const { id } = c.req.valid('param');
    const location = await withOperator(deps, c.var.userId, (ctx) => verifyLocation(ctx, id));
    return c.json({ location }, 200);
  });

  app.openapi(editPlace, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const location = await withOperator(deps, c.var.userId, (ctx) => editLocation(ctx, id, input));
    return c.json({ location }, 200);
  });

  app.openapi(addPartner, async (c) => {
    const input = c.req.valid('json');
    const partner = await withOperator(deps, c.var.userId, (ctx) => createPartner(ctx, input));
    return c.json({ partner }, 201);
  });

  app.openapi(partnerStaff, async (c) => {
    const { id } = c.req.valid('param');
    const staff = await withOperator(deps, c.var.userId, (ctx) => listStaff(ctx, id));
    return c.json(toJson({ staff }), 200);
  });

  app.openapi(addPartnerStaff, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const staff = await withOperator(deps, c.var.userId, (ctx) => addStaff(ctx, id, input));
    return c.json(toJson({ staff }), 201);
  });

  app.openapi(removePartnerStaff, async (c) => {
    const { id, userId } = c.req.valid('param');
    const result = await withOperator(deps, c.var.userId, (ctx) => removeStaff(ctx, id, userId));
    return c.json(result, 200);
  });

  app.openapi(changePartner, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const partner = await withOperator(deps, c.var.userId, (ctx) => updatePartner(ctx, id, input));
    return c.json({ partner }, 200);
  });

  app.openapi(endPartner, async (c) => {
    const { id } = c.req.valid('param');
    const partner = await withOperator(deps, c.var.userId, (ctx) => deactivatePartner(ctx, id));
    return c.json({ partner }, 200);
  });

  app.openapi(flagged, async (c) => {
    const { limit, before } = c.req.valid('query');
    const page = await withOperator(deps, c.var.userId, (ctx) =>
      listFlaggedReviews(ctx, { limit: limit ?? 50, before }),
    );
    return c.json(page, 200);
  });

  app.openapi(clearFlag, async (c) => {
    const { id } = c.req.valid('param');
    const review = await withOperator(deps, c.var.userId, (ctx) => clearReviewFlag(ctx, id));
    return c.json({ review }, 200);
  });

  app.openapi(safety, async (c) => {
    const year = c.req.valid('query').year ?? deps.clock.now().getUTCFullYear();
    const report = await withOperator(deps, c.var.userId, (ctx) => safetyReport(ctx, year));
    return c.json({ report }, 200);
  });

  app.openapi(hide, async (c) => {
    const { id } = c.req.valid('param');
    const review = await withOperator(deps, c.var.userId, (ctx) => hideReview(ctx, id));
    return c.json({ review }, 200);
  });
}
