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

export interface ErrorBody {
  code: ErrorCode | string;
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string = errorCodes[code],
    readonly details?: unknown,
    /** A more specific code clients may branch on (reward_expired, slot_taken…), sent as code. */
    readonly subcode?: string,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.subcode ?? this.code, message: this.message };
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}
