import { z } from 'zod';

/** The query of a newest-first page: `before` (the previous page's nextCursor) and `limit`. */
export const cursorPageQuery = (defaultLimit: number) => ({
  before: z.uuid().optional().meta({ description: 'nextCursor of the previous page' }),
  limit: z.coerce.number().int().min(1).max(100).default(defaultLimit).meta({ example: defaultLimit }),
});
