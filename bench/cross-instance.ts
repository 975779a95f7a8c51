/**
 * npm run bench -- cross [--cluster] [--rate 200] [--seconds 5] [--runs 3] [--users 50] [--write-doc]
 *
 * Cross-instance delivery through Redis: two NightChill instances (bench/hub-server.ts, child
 * processes, one fresh PostgreSQL database), people connected to both; what A emits, the socket on
 * B receives. Two paths, each paced at --rate per second for --seconds:
 *   - notification A→B: A creates a notification (REST's path: stored, then pushed to the user's
 *     room); latency from its creation to its arrival on B;
 *   - chat:send A→B: a person sends on A; latency from the emit to the echo on their socket on B.
 * On a redis-server of the bench's own with each adapter (classic, sharded), and with --cluster
 * also on a six-node Redis Cluster of its own (3 masters, 3 replicas, REDIS_CLUSTER_NODES, sharded
 * adapter), in the same invocation; each figure is the median of --runs runs. --write-doc (with
 * --cluster) writes the table into docs/scaling.md. Loopback only; every Redis, instance and the
 * database are removed at the end, also on failure.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Socket } from 'socket.io-client';
import { nodeFlags } from '../src/node-flags.ts';
import { startOwnRedisCluster } from '../test/helpers/redis-cluster.ts';
import { startOwnRedis } from '../test/helpers/redis-server.ts';
import { connect, dropDatabase, freshDatabase, signUpMany } from './clients.ts';
import { BenchUsageError } from './usage.ts';

const root = path.resolve(import.meta.dirname, '..');

interface Instance {
  url: string;
  notify(userId: string): void;
  /** Throws if the instance exited since it started (a run with it would measure nothing). */
  check(): void;
  stop(): Promise<void>;
}

/** One NightChill instance (bench/hub-server.ts: assistant off, no chat budget) as a child process. */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const proc: ChildProcess = fork(path.join(root, 'bench', 'hub-server.ts'), [], {
    cwd: root,
    execArgv: [...nodeFlags, '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('an instance did not start within 60 s')), 60_000);
    proc.once('exit', (code) => reject(new Error(`an instance exited with ${code}`)));
    proc.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port ?? 0);
      }
    });
  }).catch((err) => {
    proc.kill('SIGKILL');
    throw err;
  });
  // An instance that dies mid-run closes its IPC channel: a send then would throw from an event.
  proc.on('error', () => {});
  // Killed if this process ends first, however it ends.
  const onExit = () => void proc.kill('SIGKILL');
  process.once('exit', onExit);
  proc.once('exit', () => process.off('exit', onExit));
  return {
    url: `http://127.0.0.1:${port}`,
    notify: (userId) => {
      if (proc.connected) proc.send({ type: 'notify', userId });
    },
    check: () => {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        throw new Error(`an instance exited during the run (${proc.exitCode ?? proc.signalCode})`);
      }
    },
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.send({ type: 'exit' });
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

interface Latency {
  p50: number;
  p99: number;
  /** Sent and received (a message that never arrived counts in sent only). */
  sent: number;
  received: number;
}

function summarise(sent: number, latencies: number[]): Latency {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), sent, received: sorted.length };
}

/** Paces fn at rate per second for seconds (open loop), then waits for stragglers. */
async function paced(rate: number, seconds: number, fn: (i: number) => void): Promise<void> {
  const total = Math.floor(rate * seconds);
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    fn(i);
  }
  await new Promise((r) => setTimeout(r, 1_000));
}

interface Setup {
  label: string;
  redis: string;
  adapter: 'classic' | 'sharded';
  env(): Promise<{ env: Record<string, string>; stop(): Promise<void> }>;
}

interface Figures {
  label: string;
  redis: string;
  adapter: string;
  notification: Latency[];
  chat: Latency[];
}

/** One setup: its Redis, two instances over the database, `runs` measurements of both paths. */
async function measure(
  setup: Setup,
  options: { databaseUrl: string; rate: number; seconds: number; runs: number; users: number },
): Promise<Figures> {
  const redis = await setup.env();
  const instances: Instance[] = [];
  const sockets: Socket[] = [];
  try {
    const env = {
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: 'x'.repeat(40),
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}`,
      BCRYPT_COST: '4',
      SIGNUPS_PER_HOUR: '0',
      REDIS_ADAPTER: setup.adapter,
      REDIS_KEY_PREFIX: `bench:${randomUUID().slice(0, 6)}:`,
      ...redis.env,
    };
    const a = await startInstance(env);
    instances.push(a);
    const b = await startInstance(env);
    instances.push(b);
    const people = await signUpMany(a.url, options.users);
    const onA = await Promise.all(people.map((p) => connect(a.url, p.token)));
    const onB = await Promise.all(people.map((p) => connect(b.url, p.token)));
    sockets.push(...onA, ...onB);
    await new Promise((r) => setTimeout(r, 500)); // every room's subscription on both
    const figures: Figures = {
      label: setup.label,
      redis: setup.redis,
      adapter: setup.adapter,
      notification: [],
      chat: [],
    };

    const notificationRun = async (seconds: number) => {
      const seen: number[] = [];
      const listen = (n: { title: string }) => {
        const sentAt = Number(n.title);
        if (Number.isFinite(sentAt)) seen.push(Date.now() - sentAt);
      };
      for (const s of onB) s.on('notification', listen);
      let sent = 0;
      await paced(options.rate, seconds, (i) => {
        a.notify(people[i % people.length]!.id);
        sent++;
      });
      for (const s of onB) s.off('notification', listen);
      return summarise(sent, seen);
    };
    const chatRun = async (seconds: number) => {
      const sentAt = new Map<string, number>();
      const seen: number[] = [];
      const listen = (m: { role: string; clientMessageId?: string }) => {
        const t0 = m.clientMessageId ? sentAt.get(m.clientMessageId) : undefined;
        if (m.role === 'user' && t0 !== undefined) seen.push(performance.now() - t0);
      };
      for (const s of onB) s.on('chat:message', listen);
      await paced(options.rate, seconds, (i) => {
        const clientMessageId = randomUUID();
        sentAt.set(clientMessageId, performance.now());
        onA[i % onA.length]!.emit(
          'chat:send',
          { clientMessageId, content: 'Across the instances.' },
          () => {},
        );
      });
      for (const s of onB) s.off('chat:message', listen);
      return summarise(sentAt.size, seen);
    };

    await notificationRun(1); // warm-up
    await chatRun(1);
    for (let run = 0; run < options.runs; run++) {
      figures.notification.push(await notificationRun(options.seconds));
      figures.chat.push(await chatRun(options.seconds));
      for (const i of instances) i.check();
    }
    return figures;
  } finally {
    for (const s of sockets) s.close();
    for (const i of instances) await i.stop();
    await redis.stop();
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));

function table(all: Figures[]): string {
  const cell = (runs: Latency[]) => {
    const sent = runs.reduce((n, r) => n + r.sent, 0);
    const received = runs.reduce((n, r) => n + r.received, 0);
    return `${ms(median(runs.map((r) => r.p50)))} / ${ms(median(runs.map((r) => r.p99)))} ms (${received}/${sent})`;
  };
  return [
    '| Redis | adapter | notification A→B, p50 / p99 (received/sent) | chat:send on A → echo on B, p50 / p99 (received/sent) |',
    '| --- | --- | ---: | ---: |',
    ...all.map((f) => `| ${f.redis} | ${f.adapter} | ${cell(f.notification)} | ${cell(f.chat)} |`),
  ].join('\n');
}

export async function runCrossInstanceBench(argv: string[]): Promise<Figures[]> {
  const { values } = parseArgs({
    args: argv,
    options: {
      cluster: { type: 'boolean', default: false },
      rate: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '5' },
      runs: { type: 'string', default: '3' },
      users: { type: 'string', default: '50' },
      'database-url': {
        type: 'string',
        default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
      },
      'write-doc': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run bench -- cross [--cluster] [--rate 200] [--seconds 5] [--runs 3] [--users 50] [--write-doc]\n' +
        '  cross-instance delivery p50/p99 through a redis-server of its own (classic and sharded adapter);\n' +
        '  --cluster: also through a six-node Redis Cluster of its own (sharded adapter), in the same run;\n' +
        '  --write-doc (with --cluster): the table into docs/scaling.md\n',
    );
    return [];
  }
  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  const runs = Number(values.runs);
  const users = Number(values.users);
  if (!(Number.isInteger(rate) && rate > 0 && rate <= 5_000))
    throw new BenchUsageError('--rate must be 1–5000');
  if (!(Number.isInteger(seconds) && seconds > 0 && seconds <= 120)) {
    throw new BenchUsageError('--seconds must be 1–120');
  }
  if (!(Number.isInteger(runs) && runs > 0 && runs <= 9)) throw new BenchUsageError('--runs must be 1–9');
  if (!(Number.isInteger(users) && users > 0 && users <= 1_000))
    throw new BenchUsageError('--users must be 1–1000');
  if (values['write-doc'] && !values.cluster) throw new BenchUsageError('--write-doc needs --cluster');

  const single = (adapter: 'classic' | 'sharded'): Setup => ({
    label: `one node, ${adapter}`,
    redis: 'one redis-server',
    adapter,
    env: async () => {
      const own = await startOwnRedis();
      // Killed even if this process ends abruptly (the cluster helper does the same for its own).
      const onExit = () => void own.stop();
      process.once('exit', onExit);
      return {
        env: { REDIS_URL: own.url },
        stop: async () => {
          process.off('exit', onExit);
          await own.stop();
        },
      };
    },
  });
  const setups: Setup[] = [single('classic'), single('sharded')];
  if (values.cluster) {
    setups.push({
      label: 'cluster, sharded',
      redis: 'Redis Cluster, 3 masters + 3 replicas',
      adapter: 'sharded',
      env: async () => {
        const own = await startOwnRedisCluster();
        return { env: { REDIS_CLUSTER_NODES: own.seeds }, stop: own.stop };
      },
    });
  }

  const base = values['database-url']!;
  const name = 'nightchill_bench_cross';
  const databaseUrl = await freshDatabase(base, name);
  const load = [os.loadavg()[0]!];
  const all: Figures[] = [];
  try {
    for (const setup of setups) {
      process.stdout.write(`${setup.label}…\n`);
      all.push(await measure(setup, { databaseUrl, rate, seconds, runs, users }));
    }
  } finally {
    await dropDatabase(base, name).catch(() => {});
  }
  load.push(os.loadavg()[0]!);
  const text = table(all);
  const command = `npm run bench -- cross${values.cluster ? ' --cluster' : ''} --rate ${rate} --seconds ${seconds} --runs ${runs} --users ${users}${values['write-doc'] ? ' --write-doc' : ''}`;
  const about = `Command: \`${command}\`. Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${redisVersion()}; two instances (bench/hub-server.ts: assistant off, no chat budget) in child processes over one fresh PostgreSQL database, ${users} people each connected to both, ${rate} messages a second for ${seconds} s per path, the median of ${runs} runs; the load client, the instances and every redis-server on the same cores; 1-minute load ${load[0]!.toFixed(1)} at the start, ${load[1]!.toFixed(1)} at the end.`;
  process.stdout.write(`\n${text}\n\n${about}\n`);
  if (values['write-doc']) writeDoc(text, about);
  return all;
}

function redisVersion(): string {
  try {
    const out = execFileSync('redis-server', ['--version'], { encoding: 'utf8', timeout: 5_000 });
    return `Redis ${/v=(\S+)/.exec(out)?.[1] ?? '?'}`;
  } catch {
    return 'Redis (version unknown)';
  }
}

function writeDoc(text: string, about: string): void {
  const file = path.join(root, 'docs/scaling.md');
  const section = `<!-- cross:start (written by npm run bench -- cross --cluster --write-doc) -->
${about}

${text}
<!-- cross:end -->`;
  const doc = readFileSync(file, 'utf8');
  const pattern = /<!-- cross:start[\s\S]*?<!-- cross:end -->/;
  if (!pattern.test(doc))
    throw new Error('docs/scaling.md has no <!-- cross:start --> … <!-- cross:end --> section');
  writeFileSync(file, doc.replace(pattern, section));
}
