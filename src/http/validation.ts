import type { Hook } from '@hono/zod-openapi';
import { inputIssues, invalidPayload } from '../input-issues.ts';

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
  const details = inputIssues(result.success ? undefined : result.error.issues, input);
  if (details.length > 0) throw invalidPayload(result.target, details);
};
