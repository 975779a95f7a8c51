import { textIssues } from './domain/text.ts';
import { AppError } from './errors.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** One bad field of an input, as error details name it; the field a dotted path ("location.lat"). */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * Everything wrong with an input at a surface (an HTTP body, query or path; a socket payload):
 * the schema's issues, then any string breaking the text rule (domain/text.ts), checked on what
 * the schema let through or on the raw input when it refused it. Empty: the input is fine. The
 * one converter both surfaces use, so a field is named the same way over HTTP and in an ack.
 */
export function inputIssues(schemaIssues: readonly Issue[] | undefined, input: unknown): FieldIssue[] {
  return [
    ...(schemaIssues ?? []).map((issue) => ({
      field: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    })),
    ...textIssues(input),
  ];
}

/**
 * The error an input with issues is refused with, wherever it was read: invalid_payload, a message
 * naming each bad field once ("Invalid json: email, password."), the issues as details.
 */
export function invalidPayload(what: string, details: FieldIssue[]): AppError {
  const fields = [...new Set(details.map((d) => d.field))].join(', ');
  return new AppError('invalid_payload', `Invalid ${what}: ${fields}.`, { details: details });
}
