import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { type ErrorCode, errorCodes, fromDatabaseError } from '../errors.ts';

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

/**
 * The one onError: known errors keep their code; anything else is a 500, logged once. Every error
 * body carries the request id (also in the X-Request-Id header), so a report can be matched to
 * the logs.
 */
export function handleError(err: Error, c: Context, logger: Logger): Response {
  const requestId = c.get('requestId' as never) as string | undefined;
  const known = fromDatabaseError(err);
  if (known) {
    if (known.code === 'rate_limited') {
      const retryAfter = (known.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retryAfter) c.header('Retry-After', String(retryAfter));
    }
    return c.json({ error: { ...known.toBody(), requestId } }, httpStatus[known.code]);
  }
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own refusals: malformed JSON, an unsupported content type, a body over the limit.
    const code: ErrorCode = err.status === 401 ? 'unauthorized' : 'invalid_payload';
    return c.json(
      { error: { code, message: err.message || errorCodes[code], requestId } },
      err.status === 401 ? 401 : 400,
    );
  }
  logger.error({ err, requestId, method: c.req.method, path: c.req.path }, 'unhandled error');
  return c.json(
    { error: { code: 'internal', message: errorCodes.internal, details: { requestId }, requestId } },
    httpStatus.internal,
  );
}
