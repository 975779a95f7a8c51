import type { z } from 'zod';
import { inputIssues, invalidPayload } from '../input-issues.ts';

/**
 * A verb's first line: its input, checked against the schema the domain owns for it (the
 * `schemas.ts` beside the verb), whoever the caller is: a route, an assistant tool, a script, a
 * test. Returns the parsed value (trimmed, defaults filled in). An invalid input, or a string that
 * breaks the text rule (domain/text.ts), is refused as HTTP validation refuses it: AppError
 * invalid_payload with the fields named in `details` (input-issues.ts). A ZodError never escapes,
 * so every surface maps the refusal like any other domain error.
 *
 * Parsing twice must give what parsing once gave, since a route has already parsed what it hands
 * on: trimming, lower-casing and `z.coerce.number()` qualify; a transform from a query-string
 * word ('true' → true) does not, and a verb whose schema has one takes the schema's input type.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  // The text rule on what the schema let through, or on the raw input when it refused it.
  const details = inputIssues(
    result.success ? undefined : result.error.issues,
    result.success ? result.data : raw,
  );
  if (!result.success || details.length > 0) throw invalidPayload('input', details);
  return result.data;
}
