import { setImmediate } from 'node:timers/promises';

/** A turn of the event loop: what other requests waiting on this instance get between slices. */
export const yieldTurn = (): Promise<void> => setImmediate();

/**
 * `items.map(fn)`, `slice` items at a time with a turn of the event loop between slices: for work
 * over thousands of rows (an export's decryption) that would otherwise hold every other request on
 * the instance for one long block.
 */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T) => R, slice = 100): Promise<R[]> {
  const out: R[] = [];
  for (let at = 0; at < items.length; at += slice) {
    if (at) await yieldTurn();
    const end = Math.min(at + slice, items.length);
    for (let i = at; i < end; i++) out.push(fn(items[i]!));
  }
  return out;
}
