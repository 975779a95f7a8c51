import { defineConfig } from 'drizzle-kit';

// Generation only diffs src/db/schema against drizzle/meta: it needs no database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
