import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { chromiumPath } from './chromium.ts';
import { testEnv } from './env.ts';
import { leftOutReport } from './left-out.ts';

/**
 * In CI (REQUIRE_ALL_SUITES=1, set by .ci/run) a skipped or todo test fails the run: every suite,
 * the PostgreSQL ones included, must have run. Elsewhere the run ends by saying which suites this
 * machine left out and how to run them (test/helpers/left-out.ts), never quietly.
 */
export default class NoSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (process.env.REQUIRE_ALL_SUITES !== '1') {
      const ran = new Set(
        testModules.map((m) => path.relative(process.cwd(), m.moduleId).split(path.sep).join('/')),
      );
      const report = leftOutReport(
        {
          redis: Boolean(testEnv.TEST_REDIS_URL),
          postgres: Boolean(testEnv.TEST_DATABASE_URL),
          chromium: chromiumPath() !== undefined,
        },
        ran,
      );
      if (report) process.stdout.write(report);
      return;
    }
    const skipped: string[] = [];
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'skipped' || state === 'pending') skipped.push(`${mod.moduleId} > ${test.fullName}`);
      }
    }
    if (skipped.length > 0) {
      process.stderr.write(
        `\nREQUIRE_ALL_SUITES: ${skipped.length} test(s) did not run:\n  ${skipped.join('\n  ')}\n`,
      );
      process.exitCode = 1;
    }
  }
}
