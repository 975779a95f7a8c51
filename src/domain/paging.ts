import { z } from '@hono/zod-openapi';

/** The query of a newest-first page: `before` (the previous page's nextCursor) and `limit`. */
export const cursorPageQuery = (defaultLimit: number) => ({
  before: z
    .uuid()
    .optional()
    .openapi({ param: { name: 'before', in: 'query' }, description: 'nextCursor of the previous page' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(defaultLimit)
    .openapi({ param: { name: 'limit', in: 'query' }, example: defaultLimit }),
});
