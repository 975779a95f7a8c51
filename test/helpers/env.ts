import { z } from 'zod';

/**
 * What the test harness reads from the environment (the app itself reads only src/config.ts).
 * TEST_DATABASE_URL: a PostgreSQL server where each test file creates, then drops, its own database.
 * TEST_REDIS_URL: a Redis server; each run uses its own key prefix.
 */
const schema = z.object({
  TEST_DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
  TEST_REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const testEnv = schema.parse(process.env);
