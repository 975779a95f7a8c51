import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * vitest's order (larger files first where it has no timings, as on a clean clone in CI), with the
 * drills spread evenly through it instead of last. They are small files that start app processes
 * of their own and load both cores; run last, three of them at once made the run's final three
 * minutes, while the latency-bound suites earlier (a conversation turn waits on the database more
 * than it computes) left CPU idle that a drill beside them can use.
 */
export class DrillsSpread extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isDrill = (f: TestSpecification) => f.moduleId.includes('/test/drills/');
    const drills = sorted.filter(isDrill);
    const rest = sorted.filter((f) => !isDrill(f));
    if (drills.length === 0) return sorted;
    const every = Math.max(1, Math.floor(rest.length / drills.length));
    const out: TestSpecification[] = [];
    rest.forEach((f, i) => {
      if (i % every === 0 && drills.length > 0) out.push(drills.shift()!);
      out.push(f);
    });
    return [...out, ...drills];
  }
}
