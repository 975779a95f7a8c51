import { Redis } from 'ioredis';
import { startOwnRedis } from '../../test/helpers/redis-server.ts';
import { trackPid, untrackPid } from './cleanup.ts';
import { createDrillDatabase, type DrillDatabase } from './database.ts';
import { createInstance, type Instance } from './instance.ts';

export interface OwnRedis {
  url: string;
  port: number;
  running(): boolean;
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: no persistence). */
  start(): Promise<void>;
}

/** redis-server of the drill's own on a free port (test/helpers/redis-server.ts), killed on exit. */
export async function ownRedis(): Promise<OwnRedis> {
  let current: Awaited<ReturnType<typeof startOwnRedis>> | undefined;
  let pid: number | undefined;
  const boot = async (port?: number) => {
    current = await startOwnRedis(port);
    const probe = new Redis(current.url, { maxRetriesPerRequest: 1 });
    const info = await probe.info('server');
    probe.disconnect();
    pid = Number(/process_id:(\d+)/.exec(info)?.[1]) || undefined;
    trackPid(pid);
  };
  await boot();
  const first = current!;
  return {
    url: first.url,
    port: first.port,
    running: () => current !== undefined,
    stop: async () => {
      await current?.stop();
      current = undefined;
      untrackPid(pid);
    },
    start: async () => {
      if (!current) await boot(first.port);
    },
  };
}

export interface Cluster {
  db: DrillDatabase;
  redis: OwnRedis | undefined;
  instances: Instance[];
  close(): Promise<void>;
}

export interface ClusterOptions {
  instances?: number;
  /** Own redis-server for the cluster (default true). */
  redis?: boolean;
  /** Extra environment for every instance (OPENAI_*, DATABASE_POOL_MAX…). */
  env?: Record<string, string>;
  /** Instances reach the database here instead (a fault proxy); receives the real URL. */
  databaseUrl?(real: string): string;
}

/**
 * A fresh database, a Redis of its own and N app instances as child processes, started one after
 * another (migrations take turns on an advisory lock anyway). close() kills and drops everything.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const db = await createDrillDatabase();
  let redis: OwnRedis | undefined;
  const instances: Instance[] = [];
  const close = async () => {
    // Stopped cleanly when profiling (DRILL_CPU_PROF): a killed process writes no profile.
    await Promise.all(instances.map((i) => i.kill(process.env.DRILL_CPU_PROF ? 'SIGTERM' : 'SIGKILL')));
    await redis?.stop();
    await db.drop();
  };
  try {
    redis = options.redis === false ? undefined : await ownRedis();
    const env: Record<string, string> = {
      DATABASE_URL: options.databaseUrl ? options.databaseUrl(db.url) : db.url,
      DATABASE_APP_URL: options.databaseUrl ? options.databaseUrl(db.appUrl) : db.appUrl,
      ...(redis ? { REDIS_URL: redis.url } : {}),
      ...options.env,
    };
    for (let i = 0; i < (options.instances ?? 2); i++) {
      const instance = await createInstance(String.fromCharCode(65 + i), env);
      instances.push(instance);
      await instance.start();
    }
    return { db, redis, instances, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}
