import pino, { type Logger } from 'pino';

/**
 * JSON logs. Whatever could carry a secret or a conversation is redacted wherever it appears.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'nightchill' },
    redact: {
      paths: [
        'password',
        '*.password',
        'passwordHash',
        '*.passwordHash',
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
  });
}
