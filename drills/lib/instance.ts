import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeFlags } from '../../src/node-flags.ts';
import { LIMITER_FALLBACK } from '../../src/ratelimit/redis.ts';
import { freePort } from '../../test/helpers/redis-server.ts';
import { trackPid, untrackPid } from './cleanup.ts';
import { sleep } from './stats.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const probePath = path.join(repoRoot, 'drills/lib/probe.ts');

export const drillSecrets = {
  JWT_SECRET: 'drill-secret-drill-secret-drill-secret-0123',
  ENCRYPTION_KEYS: `d1:${Buffer.alloc(32, 9).toString('base64')}`,
};

export interface Probe {
  rss: number;
  heapUsed: number;
  /** Buffers and other memory outside the V8 heap that JS objects hold. */
  external: number;
  protoAdded: string[];
  protoRemoved: string[];
}

export interface Instance {
  name: string;
  port: number;
  url: string;
  pid(): number | undefined;
  /** Exit code or signal of the last run (undefined while it runs). */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Unexpected exits counted since the drill started (not the ones it caused). */
  crashes(): number;
  start(): Promise<void>;
  /** kill -9 (or another signal) and wait for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  probe(): Promise<Probe>;
  logTail(): string;
  /**
   * How many times (since the drill started) a rate limit was judged from this instance's memory
   * because Redis did not answer in time (src/ratelimit/redis.ts logs each at warn).
   */
  limiterFallbacks(): number;
}

/**
 * One NightChill instance as a real child process (`node --import tsx src/main.ts`), on a port of
 * its own chosen up front, so it can be killed and started again at the same address. Ready when
 * GET /readyz answers 200.
 */
export async function createInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = Number(env.PORT) || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nightchill-drill-'));
  let child: ChildProcess | undefined;
  let lastExit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  let expectingExit = false;
  let crashes = 0;
  const tail: string[] = [];
  const probeWaiters: ((p: Probe) => void)[] = [];

  let fallbacks = 0;
  const onLine = (line: string) => {
    if (line.includes(LIMITER_FALLBACK)) fallbacks++;
    if (line.startsWith('DRILL_PROBE ')) {
      const p = JSON.parse(line.slice('DRILL_PROBE '.length)) as Probe;
      for (const w of probeWaiters.splice(0)) w(p);
      return;
    }
    tail.push(line);
    if (tail.length > 200) tail.shift();
  };
  const lines = (stream: NodeJS.ReadableStream | null) => {
    let buffered = '';
    stream?.on('data', (d: Buffer) => {
      buffered += d.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const l of parts) onLine(l);
    });
  };

  const instance: Instance = {
    name,
    port,
    url,
    pid: () => child?.pid,
    exited: () => lastExit,
    crashes: () => crashes,
    async start() {
      lastExit = undefined;
      expectingExit = false;
      const proc = spawn(
        process.execPath,
        [
          ...nodeFlags,
          '--expose-gc',
          // DRILL_CPU_PROF=<dir>: each instance writes a CPU profile there when it stops.
          ...(process.env.DRILL_CPU_PROF
            ? ['--cpu-prof', `--cpu-prof-dir=${process.env.DRILL_CPU_PROF}`]
            : []),
          '--import',
          'tsx',
          '--import',
          probePath,
          'src/main.ts',
        ],
        {
          cwd: repoRoot,
          env: {
            PATH: process.env.PATH ?? '',
            NODE_ENV: 'test',
            HOST: '127.0.0.1',
            LOG_LEVEL: 'warn',
            DATA_DIR: dataDir,
            SEED_ON_START: 'false',
            BCRYPT_COST: '4',
            SIGNUPS_PER_HOUR: '1000000',
            ...drillSecrets,
            // DRILL_HEAP_DIR: each memory probe also writes a heap snapshot there (drills/lib/probe.ts).
            ...(process.env.DRILL_HEAP_DIR ? { DRILL_HEAP_DIR: process.env.DRILL_HEAP_DIR } : {}),
            ...env,
            PORT: String(port),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child = proc;
      trackPid(proc.pid);
      lines(proc.stdout);
      lines(proc.stderr);
      proc.once('exit', (code, signal) => {
        untrackPid(proc.pid);
        lastExit = { code, signal };
        if (!expectingExit) crashes++;
      });
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (lastExit)
          throw new Error(
            `${name} exited during start-up (${JSON.stringify(lastExit)}):\n${instance.logTail()}`,
          );
        try {
          const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
          if (res.status === 200) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`${name} not ready within 90 s:\n${instance.logTail()}`);
        await sleep(100);
      }
    },
    async kill(signal = 'SIGKILL') {
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      expectingExit = true;
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill(signal);
      await gone;
    },
    probe() {
      const proc = child;
      if (!proc?.pid || lastExit) return Promise.reject(new Error(`${name} is not running`));
      return new Promise<Probe>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: no probe answer`)), 10_000);
        probeWaiters.push((p) => {
          clearTimeout(timer);
          resolve(p);
        });
        proc.kill('SIGUSR2');
      });
    },
    logTail: () => tail.slice(-40).join('\n'),
    limiterFallbacks: () => fallbacks,
  };
  return instance;
}
