import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Ack, AckFn } from '../../contract/socket.ts';
import { AppError, errorCodes, fromDatabaseError } from '../../errors.ts';
import { inputIssues } from '../../input-issues.ts';
import type { Metrics } from '../../metrics.ts';

/** The socket surface's mapping of errors onto acks: known codes kept, anything else `internal`. */
export function toAckError(err: unknown, event: string, env: HandlerEnv): Ack & { ok: false } {
  const known = fromDatabaseError(err);
  if (known) return { ok: false, error: known.toBody() };
  env.metrics.errors.inc({ surface: 'socket' });
  env.logger.error({ err, event }, 'socket handler failed');
  return { ok: false, error: { code: 'internal', message: errorCodes.internal } };
}

/**
 * Wraps a client→server handler: no acknowledgement callback → the event is dropped (the contract
 * requires one); a payload that fails the schema or the text rule (domain/text.ts) →
 * `invalid_payload` naming the fields; a thrown error → its code. The handler never throws into
 * socket.io.
 */
export interface HandlerEnv {
  logger: Logger;
  metrics: Metrics;
  /** Work in progress, awaited by a graceful shutdown before sockets are closed. */
  inflight: Set<Promise<unknown>>;
  /** Checked before each event: an error here is the ack (an expired token, say). */
  guard?(): AppError | undefined;
  /** After an `unauthorized` ack: the socket's session is over. */
  onUnauthorized?(): void;
}

export function handler<S extends z.ZodType, T extends object>(
  event: string,
  schema: S,
  env: HandlerEnv,
  fn: (input: z.output<S>) => Promise<T>,
): (payload: unknown, ack: unknown) => void {
  const { metrics } = env;
  return (payload, ack) => {
    metrics.socketEventsIn.inc({ event });
    if (typeof ack !== 'function') return;
    const stopTimer = metrics.ackDuration.startTimer({ event });
    const reply = (response: Ack<T>) => {
      stopTimer();
      metrics.acks.inc({ event, result: response.ok ? 'ok' : String(response.error.code) });
      (ack as AckFn<T>)(response);
      if (!response.ok && response.error.code === 'unauthorized') env.onUnauthorized?.();
    };
    const refused = env.guard?.();
    if (refused) {
      reply({ ok: false, error: refused.toBody() });
      return;
    }
    const parsed = schema.safeParse(payload ?? {});
    const details = inputIssues(parsed.success ? undefined : parsed.error.issues, payload);
    if (!parsed.success || details.length > 0) {
      reply({
        ok: false,
        error: new AppError('invalid_payload', errorCodes.invalid_payload, { details: details }).toBody(),
      });
      return;
    }
    const work = fn(parsed.data).then(
      (result) => reply({ ok: true, ...result }),
      (err) => reply(toAckError(err, event, env)),
    );
    env.inflight.add(work);
    work.finally(() => env.inflight.delete(work));
  };
}
