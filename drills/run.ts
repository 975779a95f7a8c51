/**
 * npm run drill [-- <name>] [--quick] [--<size> <n>]…
 *
 * Drills break things on purpose: each starts its own app instances (child processes), its own
 * Redis and a fresh database, all on loopback, does the damage, and prints one line:
 * `PASS|FAIL <drill>: <figures>`. Progress goes to stderr. Exit codes: 0 all passed, 1 a drill
 * failed, 2 bad arguments. Figures and how to rerun: docs/reliability.md.
 */
import { installCleanupHooks } from './lib/cleanup.ts';
import type { Drill, Verdict } from './lib/types.ts';
import { drills } from './registry.ts';

const usage = `Usage: npm run drill [-- <name>] [--quick] [--<size> <n>]...

${drills
  .map(
    (d) =>
      `  ${d.name.padEnd(9)} ${d.summary}\n            sizes: ${Object.entries(d.sizes)
        .map(([k, v]) => `--${k} ${v}`)
        .join(' ')}`,
  )
  .join('\n')}

With no name every drill runs, at full size unless --quick.`;

/** Runs one drill within its time bound; a throw or a timeout is a FAIL with the reason. */
export async function runDrill(
  drill: Drill,
  options: { quick?: boolean; overrides?: Record<string, number>; log?: (line: string) => void } = {},
): Promise<Verdict> {
  const sizes = { ...drill.sizes, ...(options.quick ? drill.quick : {}), ...options.overrides };
  const log = options.log ?? ((line: string) => process.stderr.write(`  [${drill.name}] ${line}\n`));
  // Every drill is bounded: 15 minutes, or the soak's length plus 15 minutes (--timeLimitSeconds).
  const boundMs = (sizes.timeLimitSeconds || 900 + (sizes.minutes ?? 0) * 60) * 1000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no verdict within ${boundMs / 1000} s`)), boundMs);
  });
  try {
    return await Promise.race([drill.run({ quick: Boolean(options.quick), sizes, log }), timeout]);
  } catch (err) {
    log(err instanceof Error ? (err.stack ?? err.message) : String(err));
    const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return { pass: false, figure: `error: ${reason}`, checks: [], figures: {} };
  } finally {
    clearTimeout(timer);
  }
}

function parse(argv: string[]): { names: string[]; quick: boolean; overrides: Record<string, number> } {
  const names: string[] = [];
  const overrides: Record<string, number> = {};
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--help' || arg === '-h') throw new Error('help');
    else if (arg.startsWith('--')) {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value)) throw new Error(`${arg} needs a number`);
      overrides[arg.slice(2)] = value;
    } else names.push(arg);
  }
  return { names, quick, overrides };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    const help = (err as Error).message === 'help';
    (help ? process.stdout : process.stderr).write(
      `${help ? '' : `drill: ${(err as Error).message}\n\n`}${usage}\n`,
    );
    process.exit(help ? 0 : 2);
  }
  const unknown = args.names.filter((n) => !drills.some((d) => d.name === n));
  if (unknown.length) {
    process.stderr.write(`drill: unknown drill ${unknown.join(', ')}\n\n${usage}\n`);
    process.exit(2);
  }
  installCleanupHooks();
  const selected = args.names.length ? drills.filter((d) => args.names.includes(d.name)) : drills;
  let failed = 0;
  for (const drill of selected) {
    const started = Date.now();
    const verdict = await runDrill(drill, { quick: args.quick, overrides: args.overrides });
    if (!verdict.pass) failed++;
    process.stdout.write(`${verdict.pass ? 'PASS' : 'FAIL'} ${drill.name}: ${verdict.figure}\n`);
    process.stderr.write(
      `  [${drill.name}] ${((Date.now() - started) / 1000).toFixed(0)} s; figures ${JSON.stringify(verdict.figures)}\n`,
    );
  }
  // Client sockets and pools a drill leaves behind must not keep the process alive.
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    process.stderr.write(
      `drill failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
