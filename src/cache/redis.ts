import type { Logger } from 'pino';
import { isCluster, type RedisClient } from '../redis/client.ts';
import type { Cache, CacheOptions, Change } from './index.ts';

export interface RedisCacheOptions {
  /** A Redis call slower than this counts as a failure: the request reads the database instead. */
  timeoutMs?: number;
  /** At most one warning per this many milliseconds while Redis keeps failing. */
  warnEveryMs?: number;
}

/** Tag sets outlive the entries they list (a tag's members are short-lived keys, deleting a gone one is harmless). */
const TAG_TTL_SECONDS = 3600;

const tagKey = (tag: string) => `tag:${tag}`;
const generationKey = (name: string) => `gen:${name}`;

class CacheUnavailable extends Error {}

/**
 * One Redis only (a cluster refuses a script whose keys are in several slots, and the members of
 * a tag set are anywhere). KEYS: tag sets, then direct keys, then the generation counter if any;
 * ARGV: how many of the first two.
 */
const DROP_SCRIPT = `
local tags, direct = tonumber(ARGV[1]), tonumber(ARGV[2])
for i = 1, tags do
  local members = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #members, 500 do
    redis.call('DEL', unpack(members, j, math.min(j + 499, #members)))
  end
  redis.call('DEL', KEYS[i])
end
for i = tags + 1, tags + direct do redis.call('DEL', KEYS[i]) end
if #KEYS > tags + direct then redis.call('INCR', KEYS[#KEYS]) end
return 0
`;

/** A tag set's members, and the set deleted, in one step (one key: one slot on a cluster). */
const TAKE_SET_SCRIPT = `
local members = redis.call('SMEMBERS', KEYS[1])
redis.call('DEL', KEYS[1])
return members
`;

/**
 * The Cache over Redis. Keys (under the client's key prefix): an entry as given ("loc:<id>"),
 * with "@g<n>" appended when it belongs to a generation; "tag:<tag>" is the set of keys carrying a
 * tag; "gen:<name>" a generation counter. Every Redis failure (down, slow, a corrupt value) is
 * logged (throttled) and the value is loaded from the database as if nothing were cached.
 *
 * On a Redis Cluster an entry, its tag sets and the generation are in different slots, and no
 * hash tag could put them together (a list of nearby places carries the tag of each place in it).
 * So there every command touches one key: the write is separate commands instead of a pipeline,
 * and a drop sends the direct keys' deletions, the generation's bump and each tag set's take at
 * once, then deletes the taken members (one round trip later).
 */
export function createRedisCache(redis: RedisClient, logger: Logger, options: RedisCacheOptions = {}): Cache {
  const timeoutMs = options.timeoutMs ?? 250;
  const warnEveryMs = options.warnEveryMs ?? 10_000;
  const prefix = redis.options.keyPrefix ?? '';
  const clustered = isCluster(redis);
  let lastWarn = Number.NEGATIVE_INFINITY;
  let suppressed = 0;

  const warn = (err: unknown, action: string) => {
    const now = performance.now();
    if (now - lastWarn < warnEveryMs) {
      suppressed++;
      return;
    }
    lastWarn = now;
    const message = err instanceof Error ? err.message : String(err);
    logger.warn({ err: message, action, suppressed }, 'cache unavailable: reading the database instead');
    suppressed = 0;
  };

  /** One Redis round trip, refused at once when the client is not connected and bounded in time. */
  const call = <T>(fn: () => Promise<T>): Promise<T> => {
    if (redis.status !== 'ready') return Promise.reject(new CacheUnavailable(`redis is ${redis.status}`));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CacheUnavailable(`redis took over ${timeoutMs} ms`)), timeoutMs);
      timer.unref();
    });
    return Promise.race([fn(), timeout]).finally(() => clearTimeout(timer));
  };

  /** Runs a pipeline and throws the first command error, which exec() only reports per command. */
  const exec = async (pipeline: ReturnType<RedisClient['pipeline']>): Promise<unknown[]> => {
    const results = (await call(() => pipeline.exec())) ?? [];
    for (const [err] of results) if (err) throw err;
    return results.map(([, value]) => value);
  };

  const entryKey = async (key: string, generation: string | undefined): Promise<string> => {
    if (!generation) return key;
    const n = await call(() => redis.get(generationKey(generation)));
    return `${key}@g${n ?? 0}`;
  };

  /**
   * One atomic script: empty each tag set, delete what it listed, delete the direct keys, bump the
   * generation. Sent at once, so a request this instance serves afterwards (same connection, same
   * order) never reads what was dropped. Tag sets hold full keys (prefix included): scripts see
   * raw names.
   */
  const dropTags = async (tags: string[], keys: string[], generation: string | undefined) => {
    if (clustered) return dropTagsKeyByKey(tags, keys, generation);
    const scriptKeys = [...tags.map(tagKey), ...keys, ...(generation ? [generationKey(generation)] : [])];
    try {
      await call(() => redis.eval(DROP_SCRIPT, scriptKeys.length, ...scriptKeys, tags.length, keys.length));
    } catch (err) {
      warn(err, 'invalidate');
    }
  };

  /**
   * The drop on a cluster. A request served after the call (on this instance) finds the direct
   * keys gone and the generation bumped, as on one Redis: those commands were sent first, each on
   * its slot's connection, ahead of any read sent later. A list carrying a tag is deleted one
   * round trip later; one stored meanwhile (loaded after the change committed) is in a new tag set.
   */
  const dropTagsKeyByKey = async (tags: string[], keys: string[], generation: string | undefined) => {
    // Settled, not awaited one by one: a failure of one must not reject unhandled meanwhile.
    const sent = Promise.allSettled([
      ...keys.map((key) => call(() => redis.del(key))),
      ...(generation ? [call(() => redis.incr(generationKey(generation)))] : []),
    ]);
    const taken = Promise.all(
      tags.map((tag) => call(() => redis.eval(TAKE_SET_SCRIPT, 1, tagKey(tag)) as Promise<string[]>)),
    );
    try {
      // Members are full keys (prefix included, as scripts see them); the client adds the prefix.
      const members = (await taken)
        .flat()
        .filter((m) => m.startsWith(prefix))
        .map((m) => m.slice(prefix.length));
      await Promise.all([...new Set(members)].map((m) => call(() => redis.del(m))));
    } catch (err) {
      warn(err, 'invalidate');
    }
    const failed = (await sent).find((r) => r.status === 'rejected');
    if (failed) warn(failed.reason, 'invalidate');
  };

  /** Stores an entry and adds it to its tag sets (whose lifetime each write renews). */
  const store = async (fullKey: string, json: string, ttlSeconds: number, tags: Set<string>) => {
    if (clustered) {
      await Promise.all([
        call(() => redis.set(fullKey, json, 'EX', ttlSeconds)),
        ...[...tags].flatMap((tag) => [
          call(() => redis.sadd(tagKey(tag), `${prefix}${fullKey}`)),
          call(() => redis.expire(tagKey(tag), TAG_TTL_SECONDS)),
        ]),
      ]);
      return;
    }
    const write = redis.pipeline().set(fullKey, json, 'EX', ttlSeconds);
    for (const tag of tags) {
      write.sadd(tagKey(tag), `${prefix}${fullKey}`).expire(tagKey(tag), TAG_TTL_SECONDS);
    }
    await exec(write);
  };

  return {
    enabled: true,

    async getOrLoad<T>(key: string, ttlSeconds: number, load: () => Promise<T>, opts: CacheOptions<T> = {}) {
      let fullKey: string | undefined;
      try {
        fullKey = await entryKey(key, opts.generation);
        const hit = await call(() => redis.get(fullKey!));
        if (hit !== null) return JSON.parse(hit) as T;
      } catch (err) {
        warn(err, 'read');
        if (!(err instanceof SyntaxError)) fullKey = undefined;
      }
      const value = await load();
      if (fullKey !== undefined && value !== undefined) {
        try {
          await store(fullKey, JSON.stringify(value), ttlSeconds, new Set(opts.tags?.(value) ?? []));
        } catch (err) {
          warn(err, 'write');
        }
      }
      return value;
    },

    invalidateLocation(locationId: string, change: Change = {}) {
      return dropTags([`loc:${locationId}`], [`loc:${locationId}`], change.membership ? 'places' : undefined);
    },

    invalidateMentor(mentorId: string, change: Change = {}) {
      return dropTags(
        [`mentor:${mentorId}`],
        [`mentor:${mentorId}`],
        change.membership ? 'mentors' : undefined,
      );
    },
  };
}
