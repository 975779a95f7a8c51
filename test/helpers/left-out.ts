import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a run on this machine leaves out, said at its end (test/helpers/no-skips-reporter.ts), so
 * that a plain `npm test` never skips suites without a word. Suites are left out in two ways:
 * whole files, by vitest.config.ts (`*.redis.test.ts` without TEST_REDIS_URL, `test/drills/**`
 * without TEST_DATABASE_URL, `*.browser.test.ts` without Chromium), and cases inside files that
 * run, by the files themselves (the PostgreSQL pass of `describe.each(backends)`, test/helpers/db.ts;
 * the Redis cases guarded by `testEnv.TEST_REDIS_URL`, test/helpers/env.ts).
 */

interface Service {
  name: string;
  /** The variable (or install) that brings it. */
  needs: string;
  /** Whole files vitest.config.ts leaves out without it. */
  wholeFile: (file: string) => boolean;
  /** Files that run, but without some of their cases. */
  someCases: (file: string, source: string) => boolean;
  cases: string;
}

const services: Service[] = [
  {
    name: 'Redis',
    needs: 'TEST_REDIS_URL',
    wholeFile: (f) => f.endsWith('.redis.test.ts'),
    someCases: (f, src) => !f.endsWith('.redis.test.ts') && src.includes('testEnv.TEST_REDIS_URL'),
    cases: 'the Redis cases',
  },
  {
    name: 'PostgreSQL',
    needs: 'TEST_DATABASE_URL',
    wholeFile: (f) => f.startsWith('test/drills/'),
    someCases: (f, src) =>
      !f.startsWith('test/drills/') &&
      /describe\.each\(backends\)|backends\.includes\(|testEnv\.TEST_DATABASE_URL/.test(src),
    cases: 'the PostgreSQL pass (on PGlite only)',
  },
  {
    name: 'Chromium',
    needs: 'CHROMIUM_PATH or /usr/bin/chromium',
    wholeFile: (f) => f.endsWith('.browser.test.ts'),
    someCases: () => false,
    cases: '',
  },
];

export interface Machine {
  redis: boolean;
  postgres: boolean;
  chromium: boolean;
}

/** Every test file under test/, relative to the repository (forward slashes). */
export function testFiles(root = process.cwd()): string[] {
  return (readdirSync(path.join(root, 'test'), { recursive: true }) as string[])
    .map((f) => `test/${f.split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('.test.ts') && !f.includes('/node_modules/'))
    .sort();
}

const suites = (n: number, verb: [string, string]) =>
  `${n} suite${n === 1 ? '' : 's'} ${verb[n === 1 ? 0 : 1]}`;

const list = (files: string[]) =>
  files.length > 4 ? `${files.slice(0, 4).join(', ')}, …` : files.join(', ');

/**
 * Lines to print after a run that executed `ran` (relative paths), or '' when nothing was left
 * out. Whole files left out are named only after a full run (a run of chosen files did not ask for
 * them); files of this run that ran without some of their cases are named always.
 */
export function leftOutReport(
  machine: Machine,
  ran: ReadonlySet<string>,
  files: string[] = testFiles(),
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): string {
  const missing = services.filter((s) =>
    s.name === 'Redis' ? !machine.redis : s.name === 'PostgreSQL' ? !machine.postgres : !machine.chromium,
  );
  if (missing.length === 0) return '';
  const excluded = files.filter((f) => missing.some((s) => s.wholeFile(f)));
  const fullRun = files.every((f) => excluded.includes(f) || ran.has(f));
  const lines: string[] = [];
  for (const s of missing) {
    const whole = fullRun ? files.filter((f) => s.wholeFile(f)) : [];
    const partial = [...ran].filter((f) => files.includes(f) && s.someCases(f, read(f))).sort();
    if (whole.length) {
      lines.push(`  ${suites(whole.length, ['needs', 'need'])} ${s.name} (${s.needs}), left out:`);
      lines.push(...whole.map((f) => `    ${f}`));
    }
    if (partial.length) {
      lines.push(`  ${suites(partial.length, ['ran', 'ran'])} without ${s.cases}: ${list(partial)}`);
    }
  }
  if (lines.length === 0) return '';
  const how = [
    ...(!machine.postgres || !machine.redis
      ? [
          '  TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \\',
          '  TEST_REDIS_URL=redis://127.0.0.1:6379 npm test',
          '  (a PostgreSQL ≥ 14 with the contrib extensions, where each test file creates and drops a',
          '  database of its own; a Redis, where each run uses a key prefix of its own)',
        ]
      : []),
    ...(!machine.chromium ? ['  Chromium: apt-get install chromium, or CHROMIUM_PATH=<a Chromium>'] : []),
  ];
  return [
    '',
    'Not run here, for want of a service (README.md, "Tests"):',
    ...lines,
    'To run them too:',
    ...how,
    '  .ci/run does both and fails on anything skipped (REQUIRE_ALL_SUITES=1).',
    '',
  ].join('\n');
}
