/**
 * The one error vocabulary. Domain code throws AppError with a code from this closed set; each
 * surface (HTTP status, socket ack, tool result) maps codes in one place and knows nothing else.
 */
export const errorCodes = {
  invalid_payload: 'The request is malformed or a field is invalid.',
  unauthorized: 'Sign in first: the token is missing, invalid or expired.',
  forbidden: 'You are not allowed to do that.',
  not_found: 'Not found.',
  conflict: 'That conflicts with something that already exists.',
  consent_required: 'Please give consent before chatting.',
  rate_limited: 'Too many requests; try again shortly.',
  unprocessable: 'The request is well-formed but cannot be carried out.',
  unavailable: 'A service this needs is unavailable; try again shortly.',
  internal: 'Something went wrong on our side.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * The more specific codes clients may branch on, each under the one general code it refines (the
 * HTTP status and the socket ack follow the general code). Sent as `code` in place of it. A
 * reason not listed here does not type-check; the OpenAPI document lists them all.
 */
export const errorReasons = {
  cannot_book_self: 'unprocessable',
  cannot_flag_own: 'unprocessable',
  cannot_review_self: 'unprocessable',
  counter_only: 'forbidden',
  email_taken: 'conflict',
  impossible_travel: 'unprocessable',
  in_past: 'unprocessable',
  invalid_credentials: 'unauthorized',
  invalid_password: 'forbidden',
  location_needed: 'unprocessable',
  location_not_found: 'not_found',
  mentor_exists: 'conflict',
  mentor_only: 'forbidden',
  mentor_unavailable: 'unprocessable',
  not_your_place: 'forbidden',
  own_reward: 'forbidden',
  proposal_not_open: 'not_found',
  review_exists: 'conflict',
  reward_already_redeemed: 'conflict',
  reward_expired: 'unprocessable',
  reward_not_found: 'not_found',
  reward_wrong_place: 'unprocessable',
  session_not_ended: 'unprocessable',
  session_not_scheduled: 'unprocessable',
  session_not_started: 'unprocessable',
  session_type_not_offered: 'unprocessable',
  slot_taken: 'conflict',
  staff_only: 'forbidden',
  too_far: 'unprocessable',
  unknown_city: 'not_found',
  user_busy: 'conflict',
  username_taken: 'conflict',
  weak_password: 'invalid_payload',
} as const satisfies Record<string, ErrorCode>;

export type ErrorReason = keyof typeof errorReasons;

/** Every code an error body may carry: the general ones and the reasons. */
export const allErrorCodes = [...Object.keys(errorCodes), ...Object.keys(errorReasons)] as [
  ErrorCode | ErrorReason,
  ...(ErrorCode | ErrorReason)[],
];

export interface ErrorBody {
  code: ErrorCode | ErrorReason;
  message: string;
  details?: unknown;
}

/** The reasons that refine general code C. */
export type ReasonOf<C extends ErrorCode> = {
  [R in ErrorReason]: (typeof errorReasons)[R] extends C ? R : never;
}[ErrorReason];

export interface AppErrorOptions<C extends ErrorCode = ErrorCode> {
  /** Machine-readable particulars: the fields at fault, retryAfterSeconds, retryable… */
  details?: unknown;
  /** A more specific code from errorReasons (one that refines `code`), sent as the body's code. */
  reason?: ReasonOf<C>;
}

class DomainError extends Error {
  override name = 'AppError';
  readonly details: unknown;
  readonly reason: ErrorReason | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string = errorCodes[code],
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.details = options.details;
    this.reason = options.reason;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.reason ?? this.code, message: this.message };
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

/**
 * A domain error: a code from the closed set, a sentence for people, and options. Typed so that a
 * reason can only go with the general code it refines (`slot_taken` with `conflict`).
 */
export const AppError = DomainError as unknown as new <C extends ErrorCode>(
  code: C,
  message?: string,
  options?: AppErrorOptions<C>,
) => DomainError;
export type AppError = DomainError;

interface PgLikeError {
  code?: string;
  constraint?: string;
  cause?: unknown;
}

function pgCause(err: unknown): PgLikeError | undefined {
  let e = err as PgLikeError | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') return e;
    e = e.cause as PgLikeError | undefined;
  }
  return undefined;
}

/** The constraint a database error names, when it is one (drizzle wraps pg's error in `cause`). */
export function violatedConstraint(err: unknown): string | undefined {
  return pgCause(err)?.constraint;
}

/**
 * node-postgres reports a pool that cannot get a connection in time, and a connection that died
 * under a query, with plain Errors that carry no code (npm run drill -- database): the database
 * is away, which is retryable, not an internal error.
 */
const connectionLost =
  /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error)/;

function lostConnection(err: unknown): boolean {
  let e = err as { message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e.message === 'string' && connectionLost.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Maps what the database refused onto the error vocabulary, so a constraint a verb did not
 * anticipate still reaches the client as 400/409/503 rather than 500. Returns undefined for
 * anything that is not a database error.
 */
export function fromDatabaseError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const e = pgCause(err);
  if (!e?.code) {
    return lostConnection(err)
      ? new AppError('unavailable', errorCodes.unavailable, { details: { retryable: true } })
      : undefined;
  }
  const details = e.constraint ? { constraint: e.constraint } : undefined;
  switch (e.code) {
    case '23505':
    case '23P01':
      return new AppError('conflict', errorCodes.conflict, { details: details });
    case '23514':
    case '23502':
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    // Text PostgreSQL cannot store (a NUL byte, a character outside the encoding): the text rule
    // (domain/text.ts) refuses it at every surface first; this is the backstop.
    case '22021':
    case '22P05':
      return new AppError('invalid_payload', 'A value is out of range or malformed.', { details: details });
    case '23503':
      return new AppError('not_found', 'Something this refers to does not exist.', { details: details });
    case '42501':
      return new AppError('forbidden');
    case '40001':
    case '40P01':
    case '57014':
    case '57P01':
    case '53300':
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
      return new AppError('unavailable', errorCodes.unavailable, { details: { retryable: true } });
    default:
      if (e.code.startsWith('08'))
        return new AppError('unavailable', errorCodes.unavailable, { details: { retryable: true } });
      return undefined;
  }
}
