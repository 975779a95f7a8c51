import pino, { type DestinationStream, type Logger } from 'pino';
import { serializeError } from './log-errors.ts';

/**
 * JSON logs. Whatever could carry a secret or a conversation is redacted wherever it appears, and
 * errors from the database are logged without their statement, parameters or details
 * (log-errors.ts). A destination other than stdout is for tests that read the lines.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'nightchill' },
      serializers: { err: serializeError },
      redact: {
        paths: [
          'password',
          '*.password',
          'passwordHash',
          '*.passwordHash',
          'currentPassword',
          '*.currentPassword',
          'newPassword',
          '*.newPassword',
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'req.headers.authorization',
          'req.headers.cookie',
          'content',
          '*.content',
          'note',
          '*.note',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
