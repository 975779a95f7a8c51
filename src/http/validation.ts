import type { Hook } from '@hono/zod-openapi';
import { textIssues } from '../domain/text.ts';
import { AppError } from '../errors.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** zod issues as `{ field, message }`, the field a dotted path ("location.lat"). */
export function issuesToDetails(issues: readonly Issue[]): { field: string; message: string }[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/**
 * Every OpenAPI route's validation (body, query, path) ends here: a failure becomes our 400 with
 * the offending fields named, and so does any string that breaks the text rule (domain/text.ts),
 * checked on what the schema let through, or on the raw input when the schema already refused it.
 */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every shape.
export const validationHook: Hook<any, any, any, any> = (result) => {
  // @hono/zod-validator hands the parsed value on success and the raw input on failure as `data`
  // (its type names only the first).
  const input: unknown = (result as { data?: unknown }).data;
  const details = [...(result.success ? [] : issuesToDetails(result.error.issues)), ...textIssues(input)];
  if (details.length > 0) {
    const fields = [...new Set(details.map((d) => d.field))].join(', ');
    throw new AppError('invalid_payload', `Invalid ${result.target}: ${fields}.`, { details: details });
  }
};
