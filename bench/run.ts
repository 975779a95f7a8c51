/**
 * npm run bench -- <name>
 *
 * Benchmarks, kept out of `npm test`: each measures, prints a table and updates its section of
 * docs/performance.md. Exit codes: 0 done, 1 failed, 2 bad arguments.
 */
import { BenchUsageError } from './usage.ts';

const benches: Record<string, { summary: string; run: (args: string[]) => Promise<unknown> }> = {
  places: {
    summary: 'nearby search on 1,000,000 places (PostgreSQL at BENCH_DATABASE_URL): SQL and HTTP p50/p99',
    run: async (args) => (await import('./places.ts')).runPlacesBench(args),
  },
  assistant: {
    summary: 'full assistant turns through the socket: offline provider and a fake model at 50 ms',
    run: async (args) => (await import('./assistant.ts')).runAssistantBench(args),
  },
  safety: {
    summary:
      'time to the crisis referral through the socket with the model and Redis down; the detector alone',
    run: async (args) => (await import('./safety.ts')).runSafetyBench(args),
  },
  'safety-model': {
    summary: 'the crisis check on messages it never saw: cross-validation, evaluation set, a holdout',
    run: async (args) => (await import('./safety-model.ts')).runSafetyModelBench(args),
  },
  'safety-probe': {
    summary:
      "the crisis check on a file of one's own messages, message by message (lexicon work); --summary: per language and category only (holdouts)",
    run: async (args) => (await import('./safety-probe.ts')).runSafetyProbe(args),
  },
  report: {
    summary: 'every headline figure in one run (places, hub at 100 and 1,000 clients, assistant)',
    run: async (args) => (await import('./report.ts')).runReport(args),
  },
  profile: {
    summary: 'the functions that took the most CPU in a .cpuprofile (e.g. from hub --profile)',
    run: async (args) => (await import('./profile.ts')).summariseProfile(args),
  },
  simulate: {
    summary:
      'a synthetic day against two instances: per-instance sockets, acks, CPU, DB writes, Redis fan-out',
    run: async (args) => (await import('./simulate.ts')).runSimulateBench(args),
  },
  cross: {
    summary:
      'cross-instance delivery p50/p99 through Redis: one node (classic, sharded); --cluster: a 6-node Redis Cluster too',
    run: async (args) => (await import('./cross-instance.ts')).runCrossInstanceBench(args),
  },
  hub: {
    summary:
      'acked + stored chat:send vs a bare Socket.IO echo, latency, Redis fan-out, memory per connection',
    run: async (args) => (await import('./hub.ts')).runHubBench(args),
  },
};

const usage = `Usage: npm run bench -- <name> [options]

${Object.entries(benches)
  .map(([name, b]) => `  ${name.padEnd(10)} ${b.summary}`)
  .join('\n')}

Run "npm run bench -- <name> --help" for a bench's options.`;

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${usage}\n`);
    process.exit(name ? 0 : 2);
  }
  const bench = benches[name];
  if (!bench) {
    process.stderr.write(`bench: unknown benchmark "${name}"\n\n${usage}\n`);
    process.exit(2);
  }
  await bench.run(rest);
  // Client sockets and pools a bench leaves behind must not keep the process alive.
  process.exit(0);
}

main().catch((err) => {
  // Bad arguments: the bench's own checks, or node:util parseArgs refusing an option.
  const code = (err as { code?: unknown }).code;
  if (err instanceof BenchUsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    const name = process.argv[2] ?? '';
    process.stderr.write(`bench ${name}: ${(err as Error).message}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
