import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type pg from 'pg';
import type { Options } from './places.ts';
import { log, repo } from './places-data.ts';
import type { Stats } from './places-measure.ts';

const docPath = new URL('docs/performance.md', repo);

export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function machine(pool: pg.Pool) {
  return pool.query<{ v: string }>("SELECT current_setting('server_version') AS v").then(({ rows }) => ({
    nproc: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    postgres: rows[0]!.v,
    commit: (() => {
      try {
        return execSync('git rev-parse --short HEAD', { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim();
      } catch {
        return 'unknown';
      }
    })(),
  }));
}

export function row(label: string, s: Stats): string {
  return `| ${label} | ${s.n} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.mean)} | ${ms(s.max)} |`;
}

export function writeDoc(input: {
  table: string;
  summary: string;
  plan: string;
  machine: Awaited<ReturnType<typeof machine>> & { load: readonly [number, number] };
  options: Options;
  generated: { added: number; seconds: number };
}): void {
  const { machine: m } = input;
  const section = `<!-- places:start (written by npm run bench -- places) -->
## Places: nearby search

Command: \`npm run bench -- places\` (BENCH_DATABASE_URL, default
postgresql://postgres@127.0.0.1:5432/nightchill_bench). Run ${new Date().toISOString().slice(0, 10)} at
commit ${m.commit} on ${m.nproc} × ${m.cpu}, Node ${m.node}, PostgreSQL ${m.postgres} (stock config);
the load client (this script) on the same cores; 1-minute load average ${m.load[0].toFixed(1)} when
the timing began, ${m.load[1].toFixed(1)} when it ended (other work on the machine inflates every figure).

${input.table}

${input.summary}

Data: generated on the server by one \`INSERT … SELECT generate_series\` (bench/places.ts): nine in
ten places in bell-shaped clusters around eight city centres (sd ≈ 3.9 km north-south, about
100,000 per city), one in ten anywhere in a wide band of the globe; then ANALYZE. Queries: "the 20
nearest within 5 km" at ${input.options.queries} seeded random centres near the cities (most
fall in dense areas), one at a time, after 200 warm-up queries. "query only" times findNearby
inside an open \`asPublic\` transaction (the app role under row-level security, parameterised by
drizzle); "incl." adds the transaction's three round trips. Without the index:
\`SET LOCAL enable_indexscan = off, enable_bitmapscan = off\`, capped at ${input.options.unindexed}
queries since each scans every row. HTTP: a real server on 127.0.0.1:0, \`GET /api/locations\`,
one request at a time, no cache (deps.cache is noCache).

The plan of a search at the London centre (step 1 of findNearby, the only statement a search
runs unless its answer cannot be proven from it): a KNN scan of idx_locations_point inside the
radius's box of degrees reads the candidates, which are ranked by earth_distance.

\`\`\`
${input.plan}
\`\`\`
<!-- places:end -->`;
  let doc: string;
  try {
    doc = readFileSync(docPath, 'utf8');
  } catch {
    doc =
      '# Performance\n\nFigures measured by `npm run bench -- <name>`; each section is rewritten by its bench.\n';
  }
  const pattern = /<!-- places:start[\s\S]*?<!-- places:end -->/;
  doc = pattern.test(doc) ? doc.replace(pattern, section) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(docPath, doc);
  log(`wrote the places section of docs/performance.md`);
}
