import { z } from '@hono/zod-openapi';
import { allErrorCodes } from '../errors.ts';

/** The error body every route may answer with (docs/api-accounts.md, "Errors"). */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(allErrorCodes).openapi({
        example: 'invalid_payload',
        description: 'A general code, or a more specific reason that refines one (src/errors.ts)',
      }),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z
        .string()
        .optional()
        .openapi({ description: 'The request id, as in X-Request-Id and the logs' }),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** Standard error responses for route definitions; pick the ones a route can give. */
export const errors = {
  400: errorResponse('Malformed request: the fields at fault are named in details'),
  401: errorResponse('Missing, invalid or expired token'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflicts with existing state'),
  422: errorResponse('Well-formed but cannot be carried out'),
  429: errorResponse('Rate limited; see Retry-After'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const bearerAuth = [{ bearerAuth: [] }];

export const UuidParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});
