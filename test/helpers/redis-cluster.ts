import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freePort } from './redis-server.ts';

const run = promisify(execFile);

/** One node of the cluster as CLUSTER NODES reports it. */
export interface ClusterNodeInfo {
  id: string;
  port: number;
  role: 'master' | 'replica';
  /** A replica's master (node id). */
  masterId: string | undefined;
  /** Failed or unreachable as this node's peers see it. */
  failed: boolean;
  /** Slot ranges a master serves ("0-5460"). */
  slots: string[];
}

export interface OwnRedisCluster {
  /** The data ports of the six nodes, in the order they were started. */
  ports: number[];
  /** The value for REDIS_CLUSTER_NODES: every node as host:port, comma-separated. */
  seeds: string;
  /** The topology as a live node sees it. */
  nodes(): Promise<ClusterNodeInfo[]>;
  /** Kills one node with SIGKILL (no goodbye to its peers: a crash). */
  kill(port: number): Promise<void>;
  /** Waits (bounded) until every live node reports cluster_state:ok and sees `masters` masters with slots. */
  waitHealthy(timeoutMs?: number, masters?: number): Promise<void>;
  /** The port of the master now serving the slot of key (or of a sharded channel). */
  masterOf(key: string): Promise<number>;
  /** How many keys matching pattern one node holds (SCAN, bounded). */
  countKeys(port: number, pattern: string): Promise<number>;
  /** A plain client of one node (for INFO, CLUSTER …); the caller disconnects it. */
  client(port: number): Redis;
  stop(): Promise<void>;
}

/** Every cluster this process started and has not stopped: killed if the process exits first. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function probe(port: number): Redis {
  const client = new Redis({
    host: '127.0.0.1',
    port,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1_000,
  });
  client.on('error', () => {});
  return client;
}

async function ask<T>(port: number, fn: (c: Redis) => Promise<T>): Promise<T> {
  const c = probe(port);
  try {
    await c.connect();
    return await fn(c);
  } finally {
    c.disconnect();
  }
}

export function parseClusterNodes(text: string): ClusterNodeInfo[] {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id = '', address = '', flags = '', master = '-', , , , , ...slots] = line.trim().split(' ');
      const flagList = flags.split(',');
      return {
        id,
        port: Number(address.split('@')[0]!.split(':').at(-1)),
        role: flagList.includes('master') ? 'master' : 'replica',
        masterId: master === '-' ? undefined : master,
        failed: flagList.some((f) => f === 'fail' || f === 'fail?' || f === 'noaddr'),
        slots: slots.filter((s) => !s.startsWith('[')),
      };
    });
}

/**
 * A Redis Cluster of six `redis-server --cluster-enabled yes` processes of the test's own (three
 * masters, three replicas) on free loopback ports, state in a temporary folder, no persistence.
 * Never the shared Redis on 6379. A node that stops answering for nodeTimeoutMs (default 1 s; the
 * server's own default is 15 s) counts as failed and its replica takes over, so a failover drill
 * fits in a test. Every wait is bounded; stop() kills the processes this call started and removes
 * the folder.
 */
export async function startOwnRedisCluster(
  options: { nodeTimeoutMs?: number } = {},
): Promise<OwnRedisCluster> {
  const nodeTimeoutMs = options.nodeTimeoutMs ?? 1_000;
  const dir = mkdtempSync(path.join(tmpdir(), 'nightchill-redis-cluster-'));
  // Twelve distinct free ports: six for clients, six for the cluster bus (by default the bus is
  // port + 10000, which may be taken or above 65535 for a port the kernel hands out).
  const taken = new Set<number>();
  while (taken.size < 12) taken.add(await freePort());
  const all = [...taken];
  const ports = all.slice(0, 6);
  const busPorts = all.slice(6);
  const children = new Map<number, ChildProcess>();
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const child of running) child.kill('SIGKILL');
    });
  }

  const stop = async () => {
    await Promise.all(
      [...children.values()].map(async (child) => {
        running.delete(child);
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }),
    );
    children.clear();
    rmSync(dir, { recursive: true, force: true });
  };

  const nodes = async (): Promise<ClusterNodeInfo[]> => {
    let last: unknown;
    for (const port of ports) {
      if (!children.has(port)) continue;
      try {
        return parseClusterNodes(await ask(port, (c) => c.call('CLUSTER', 'NODES') as Promise<string>));
      } catch (err) {
        last = err;
      }
    }
    throw new Error(`no node of the cluster answered CLUSTER NODES: ${String(last)}`);
  };

  const waitHealthy = async (timeoutMs = 20_000, masters = 3) => {
    const deadline = Date.now() + timeoutMs;
    let why = '';
    while (Date.now() < deadline) {
      try {
        const live = [...children.keys()];
        const states = await Promise.all(
          live.map((port) => ask(port, (c) => c.call('CLUSTER', 'INFO') as Promise<string>)),
        );
        const ok = states.every((s) => /cluster_state:ok/.test(s));
        const topology = await nodes();
        const serving = topology.filter((n) => n.role === 'master' && !n.failed && n.slots.length > 0);
        // Each live replica has caught up with its master (else a failover drill may find none able to take over).
        const replicas = topology.filter((n) => n.role === 'replica' && !n.failed && children.has(n.port));
        const links = await Promise.all(replicas.map((r) => ask(r.port, (c) => c.info('replication'))));
        const synced = links.every((info) => /master_link_status:up/.test(info));
        if (ok && serving.length === masters && synced) return;
        why = `state ok: ${ok}, masters serving: ${serving.length}, replicas synced: ${synced}`;
      } catch (err) {
        why = String(err);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the Redis cluster was not healthy within ${timeoutMs} ms (${why})`);
  };

  try {
    for (const [i, port] of ports.entries()) {
      const nodeDir = path.join(dir, String(port));
      mkdirSync(nodeDir);
      const child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--cluster-port',
          String(busPorts[i]),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          path.join(nodeDir, 'nodes.conf'),
          '--cluster-node-timeout',
          String(nodeTimeoutMs),
          // A replica takes over however long it has been apart from its master (tests only).
          '--cluster-replica-validity-factor',
          '0',
          '--dir',
          nodeDir,
          '--save',
          '',
          '--appendonly',
          'no',
          '--daemonize',
          'no',
          // Replicas sync at once (the default waits 5 s for more replicas to share the transfer).
          '--repl-diskless-sync-delay',
          '0',
        ],
        { stdio: 'ignore' },
      );
      children.set(port, child);
      running.add(child);
    }
    // Each node answers PING (bounded: 10 s for all of them).
    const deadline = Date.now() + 10_000;
    for (const port of ports) {
      for (;;) {
        const child = children.get(port)!;
        if (child.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${child.exitCode}`);
        try {
          await ask(port, (c) => c.ping());
          break;
        } catch {
          if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not start`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }
    try {
      await run(
        'redis-cli',
        [
          '--cluster',
          'create',
          ...ports.map((p) => `127.0.0.1:${p}`),
          '--cluster-replicas',
          '1',
          '--cluster-yes',
        ],
        { timeout: 30_000 },
      );
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(`redis-cli --cluster create failed: ${e.stderr || e.stdout || e.message}`);
    }
    await waitHealthy(20_000);
  } catch (err) {
    await stop();
    throw err;
  }

  const masterOf = async (key: string) => {
    const live = ports.find((p) => children.has(p));
    if (live === undefined) throw new Error('no node of the cluster is running');
    const slot = Number(await ask(live, (c) => c.call('CLUSTER', 'KEYSLOT', key)));
    const serving = (await nodes()).find(
      (n) =>
        n.role === 'master' &&
        !n.failed &&
        n.slots.some((range) => {
          const [from, to = from] = range.split('-').map(Number);
          return slot >= from! && slot <= to!;
        }),
    );
    if (!serving) throw new Error(`no master serves slot ${slot} (of ${key})`);
    return serving.port;
  };

  const countKeys = (port: number, pattern: string) =>
    ask(port, async (c) => {
      let cursor = '0';
      let count = 0;
      for (let round = 0; round < 1_000; round++) {
        const [next, keys] = await c.scan(cursor, 'MATCH', pattern, 'COUNT', 1_000);
        count += keys.length;
        cursor = next;
        if (cursor === '0') break;
      }
      return count;
    });

  return {
    ports,
    seeds: ports.map((p) => `127.0.0.1:${p}`).join(','),
    nodes,
    waitHealthy,
    masterOf,
    countKeys,
    client: (port) => {
      const c = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1, retryStrategy: () => null });
      c.on('error', () => {});
      return c;
    },
    kill: async (port) => {
      const child = children.get(port);
      if (!child) return;
      children.delete(port);
      running.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
    stop,
  };
}
