import type { Reporter, TestModule } from 'vitest/node';

/**
 * In CI (REQUIRE_ALL_SUITES=1, set by .ci/run) a skipped or todo test fails the run: every suite,
 * the PostgreSQL ones included, must have run.
 */
export default class NoSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (process.env.REQUIRE_ALL_SUITES !== '1') return;
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
