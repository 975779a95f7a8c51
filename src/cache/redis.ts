import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
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

/** KEYS: tag sets, then direct keys, then the generation counter if any; ARGV: how many of the first two. */
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

/**
 * The Cache over Redis. Keys (under the client's key prefix): an entry as given ("loc:<id>"),
 * with "@g<n>" appended when it belongs to a generation; "tag:<tag>" is the set of keys carrying a
 * tag; "gen:<name>" a generation counter. Every Redis failure (down, slow, a corrupt value) is
 * logged (throttled) and the value is loaded from the database as if nothing were cached.
 */
export function createRedisCache(redis: Redis, logger: Logger, options: RedisCacheOptions = {}): Cache {
  const timeoutMs = options.timeoutMs ?? 250;
  const warnEveryMs = options.warnEveryMs ?? 10_000;
  const prefix = redis.options.keyPrefix ?? '';
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
  const exec = async (pipeline: ReturnType<Redis['pipeline']>): Promise<unknown[]> => {
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
    const scriptKeys = [...tags.map(tagKey), ...keys, ...(generation ? [generationKey(generation)] : [])];
    try {
      await call(() => redis.eval(DROP_SCRIPT, scriptKeys.length, ...scriptKeys, tags.length, keys.length));
    } catch (err) {
      warn(err, 'invalidate');
    }
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
          const write = redis.pipeline().set(fullKey, JSON.stringify(value), 'EX', ttlSeconds);
          for (const tag of new Set(opts.tags?.(value) ?? [])) {
            write.sadd(tagKey(tag), `${prefix}${fullKey}`).expire(tagKey(tag), TAG_TTL_SECONDS);
          }
          await exec(write);
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
