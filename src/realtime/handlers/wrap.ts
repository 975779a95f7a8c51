import type { Logger } from 'pino';
import type { z } from 'zod';
import { AppError, errorCodes, fromDatabaseError } from '../../errors.ts';
import { issuesToDetails } from '../../http/validation.ts';
import type { Ack, AckFn } from '../events.ts';

/** The socket surface's mapping of errors onto acks: known codes kept, anything else `internal`. */
export function toAckError(err: unknown, logger: Logger): Ack & { ok: false } {
  const known = fromDatabaseError(err);
  if (known) return { ok: false, error: known.toBody() };
  logger.error({ err }, 'socket handler failed');
  return { ok: false, error: { code: 'internal', message: errorCodes.internal } };
}

/**
 * Wraps a client→server handler: no acknowledgement callback → the event is dropped (the contract
 * requires one); a payload that fails the schema → `invalid_payload` naming the fields; a thrown
 * error → its code. The handler never throws into socket.io.
 */
export function handler<S extends z.ZodType, T extends object>(
  schema: S,
  logger: Logger,
  fn: (input: z.output<S>) => Promise<T>,
): (payload: unknown, ack: unknown) => void {
  return (payload, ack) => {
    if (typeof ack !== 'function') return;
    const reply = ack as AckFn<T>;
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      const details = issuesToDetails(parsed.error.issues);
      reply({
        ok: false,
        error: new AppError('invalid_payload', errorCodes.invalid_payload, details).toBody(),
      });
      return;
    }
    fn(parsed.data).then(
      (result) => reply({ ok: true, ...result }),
      (err) => reply(toAckError(err, logger)),
    );
  };
}
