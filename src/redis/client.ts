import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import type { Config } from '../config.ts';

/**
 * One Redis (REDIS_URL) or a Redis Cluster (REDIS_CLUSTER_NODES). Both speak the same commands;
 * on a cluster each key goes to the master serving its slot, so a script or transaction may only
 * touch keys of one slot: keys used together share a hash tag (`{…}`, docs/scaling.md#redis-cluster).
 */
export type RedisClient = Redis | Cluster;

/** How one client behaves, in the same words for one Redis and a cluster. */
export interface RedisClientOptions {
  /** Prefix of every key (and, for sharded pub/sub, channel) the client sends; '' for none. */
  keyPrefix?: string;
  /** false: a command sent while the client is not connected fails at once instead of waiting. */
  enableOfflineQueue?: boolean;
  maxRetriesPerRequest?: number | null;
  /** Milliseconds before a sent command counts as failed. */
  commandTimeout?: number;
  /**
   * A cluster client that will SSUBSCRIBE: one subscriber connection per master, each following
   * its slots through failovers (ioredis shardedSubscribers). Ignored on one Redis.
   */
  shardedSubscribers?: boolean;
  /** Connect on the first command instead of at once. */
  lazyConnect?: boolean;
}

export function isCluster(client: RedisClient): client is Cluster {
  return client instanceof Cluster;
}

function redisOptions(options: RedisClientOptions): RedisOptions {
  const out: RedisOptions = {};
  if (options.keyPrefix !== undefined) out.keyPrefix = options.keyPrefix;
  if (options.enableOfflineQueue !== undefined) out.enableOfflineQueue = options.enableOfflineQueue;
  if (options.maxRetriesPerRequest !== undefined) out.maxRetriesPerRequest = options.maxRetriesPerRequest;
  if (options.commandTimeout !== undefined) out.commandTimeout = options.commandTimeout;
  if (options.lazyConnect !== undefined) out.lazyConnect = options.lazyConnect;
  return out;
}

/**
 * The cluster's own options (prefix, offline queue, sharded subscribers) and those of its
 * connection to each node (retries, timeouts, credentials, TLS). The prefix is the cluster's only:
 * set on the nodes' connections as well, ioredis would fall back to it where '' is asked for.
 */
function clusterOptions(node: ClusterOptions['redisOptions'], options: RedisClientOptions): ClusterOptions {
  const out: ClusterOptions = {};
  if (options.keyPrefix !== undefined) out.keyPrefix = options.keyPrefix;
  if (options.enableOfflineQueue !== undefined) out.enableOfflineQueue = options.enableOfflineQueue;
  if (options.shardedSubscribers !== undefined) out.shardedSubscribers = options.shardedSubscribers;
  if (options.lazyConnect !== undefined) out.lazyConnect = options.lazyConnect;
  const {
    keyPrefix: _prefix,
    enableOfflineQueue: _queue,
    lazyConnect: _lazy,
    ...perNode
  } = redisOptions(options);
  out.redisOptions = { ...node, ...perNode };
  return out;
}

/**
 * The one place the app opens Redis: every other connection is a duplicateRedisClient of this
 * one, so REDIS_URL or REDIS_CLUSTER_NODES covers all of them. Undefined when neither is set.
 */
export function createRedisClient(
  config: Config['redis'],
  options: RedisClientOptions = {},
): RedisClient | undefined {
  if (config.cluster) {
    const { nodes, username, password, tls } = config.cluster;
    return new Cluster(
      nodes,
      clusterOptions(
        {
          ...(username ? { username } : {}),
          ...(password ? { password } : {}),
          ...(tls ? { tls: {} } : {}),
        },
        options,
      ),
    );
  }
  if (config.url) return new Redis(config.url, redisOptions(options));
  return undefined;
}

/** Another connection (or cluster client) to the same Redis, with some options changed. */
export function duplicateRedisClient(client: RedisClient, options: RedisClientOptions = {}): RedisClient {
  if (isCluster(client)) return client.duplicate([], clusterOptions(client.options.redisOptions, options));
  return client.duplicate(redisOptions(options));
}
