import type { Hook } from '@hono/zod-openapi';
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

/** Every OpenAPI route's validation failure becomes our 400 with the offending fields named. */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every shape.
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) {
    const details = issuesToDetails(result.error.issues);
    const fields = [...new Set(details.map((d) => d.field))].join(', ');
    throw new AppError('invalid_payload', `Invalid ${result.target}: ${fields}.`, details);
  }
};
