/**
 * Values computed by key and kept, never more than `limit` of them: when full, the cache starts
 * again empty. For values cheap enough to compute again whose keys are a working set far below
 * the limit (time-zone formatters, corrected words, a message's language).
 */
export function boundedCache<T>(limit: number): { get(key: string, compute: () => T): T } {
  const kept = new Map<string, T>();
  return {
    get(key, compute) {
      if (kept.has(key)) return kept.get(key) as T;
      const value = compute();
      if (kept.size >= limit) kept.clear();
      kept.set(key, value);
      return value;
    },
  };
}
