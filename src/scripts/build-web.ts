/**
 * npm run build:web (also run by prestart and predev): bundles the browser client into web/dist,
 * unless it is already newer than its sources (--force builds anyway).
 * Exit codes: 0 built (or nothing to build: no web/src, or up to date), 1 the build failed.
 */
import { buildWebClient } from '../web/build.ts';

try {
  const result = await buildWebClient({
    minify: !process.argv.includes('--no-minify'),
    force: process.argv.includes('--force'),
  });
  if (result.upToDate) {
    process.stdout.write(`build:web: ${result.outDir} is up to date\n`);
  } else if (!result.built) {
    process.stdout.write('build:web: no web/src here; the server runs without the web client\n');
  } else {
    process.stdout.write(`build:web: ${result.files.length} files in ${result.outDir} (${result.ms} ms)\n`);
  }
} catch (err) {
  process.stderr.write(`build:web failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
