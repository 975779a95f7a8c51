import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { AppError, type ErrorCode, errorCodes } from '../errors.ts';

export const httpStatus: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_payload: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  consent_required: 403,
  rate_limited: 429,
  unprocessable: 422,
  unavailable: 503,
  internal: 500,
};

/** The one onError: known errors keep their code; anything else is a 500 with a request id, logged once. */
export function handleError(err: Error, c: Context, logger: Logger): Response {
  const requestId = c.get('requestId' as never) as string | undefined;
  if (err instanceof AppError) {
    return c.json({ error: err.toBody() }, httpStatus[err.code]);
  }
  logger.error({ err, requestId, method: c.req.method, path: c.req.path }, 'unhandled error');
  return c.json(
    { error: { code: 'internal', message: errorCodes.internal, details: { requestId } } },
    httpStatus.internal,
  );
}
