import type { PGlite, PGliteOptions } from '@electric-sql/pglite';

/**
 * Opens PGlite over dataDir with the extensions the schema uses (cube, earthdistance, btree_gist),
 * which it must load to open a data directory that has them. Its code is imported here, on first
 * use, not at the top of the modules that may need it: a process on PostgreSQL (the server, npm run
 * admin, db:backup …) never runs it, and it takes 0.4 s to load.
 */
export async function createPGlite(
  dataDir: string,
  options: Omit<PGliteOptions, 'extensions'> = {},
): Promise<PGlite> {
  const [{ PGlite }, { btree_gist }, { cube }, { earthdistance }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('@electric-sql/pglite/contrib/cube'),
    import('@electric-sql/pglite/contrib/earthdistance'),
  ]);
  return PGlite.create(dataDir, { ...options, extensions: { cube, earthdistance, btree_gist } });
}
