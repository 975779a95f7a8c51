import { Cluster, Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createRedisClient, duplicateRedisClient, isCluster } from '../../src/redis/client.ts';

describe('the Redis client factory', () => {
  it('opens nothing without REDIS_URL or REDIS_CLUSTER_NODES', () => {
    expect(createRedisClient(loadConfig({}).redis)).toBeUndefined();
  });

  it('opens one Redis for REDIS_URL, and duplicates it with other options', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: 'nc:' }).redis;
    const client = createRedisClient(config, { keyPrefix: 'nc:', lazyConnect: true })!;
    const copy = duplicateRedisClient(client, { keyPrefix: '', enableOfflineQueue: false });
    try {
      expect(client).toBeInstanceOf(Redis);
      expect(isCluster(client)).toBe(false);
      expect(client.options).toMatchObject({ keyPrefix: 'nc:', port: 1 });
      expect(copy.options).toMatchObject({ keyPrefix: '', enableOfflineQueue: false, port: 1 });
    } finally {
      client.disconnect();
      copy.disconnect();
    }
  });

  it('opens a cluster client for REDIS_CLUSTER_NODES: the prefix on the cluster, credentials and TLS on each node', () => {
    const config = loadConfig({
      REDIS_CLUSTER_NODES: 'rediss://app:pw@127.0.0.1:1,rediss://app:pw@127.0.0.1:2',
      REDIS_KEY_PREFIX: 'nc:',
    }).redis;
    const client = createRedisClient(config, {
      keyPrefix: 'nc:',
      maxRetriesPerRequest: 2,
      lazyConnect: true,
    })!;
    // The adapter's subscriber: no prefix (ioredis would fall back to a node-level one), sharded.
    const sub = duplicateRedisClient(client, {
      keyPrefix: '',
      shardedSubscribers: true,
      commandTimeout: 500,
    });
    try {
      expect(client).toBeInstanceOf(Cluster);
      expect(isCluster(client)).toBe(true);
      expect((client as unknown as { startupNodes: unknown }).startupNodes).toEqual([
        { host: '127.0.0.1', port: 1 },
        { host: '127.0.0.1', port: 2 },
      ]);
      const options = (client as Cluster).options;
      expect(options.keyPrefix).toBe('nc:');
      expect(options.redisOptions).toEqual({
        username: 'app',
        password: 'pw',
        tls: {},
        maxRetriesPerRequest: 2,
      });
      const subOptions = (sub as Cluster).options;
      expect(subOptions.keyPrefix).toBe('');
      expect(subOptions.shardedSubscribers).toBe(true);
      expect(subOptions.redisOptions).toEqual({
        username: 'app',
        password: 'pw',
        tls: {},
        maxRetriesPerRequest: 2,
        commandTimeout: 500,
      });
    } finally {
      client.disconnect();
      sub.disconnect();
    }
  });
});
