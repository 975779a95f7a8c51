import { describe, expect, it } from 'vitest';
import { mapInSlices } from '../../src/slices.ts';

describe('mapInSlices (work over many rows, a slice at a time)', () => {
  it('gives what map gives, in order, whatever the slice', async () => {
    const items = Array.from({ length: 257 }, (_, i) => i);
    for (const slice of [1, 7, 100, 1_000])
      expect(await mapInSlices(items, (i) => `#${i * 2}`, slice)).toEqual(items.map((i) => `#${i * 2}`));
    expect(await mapInSlices([], () => 1)).toEqual([]);
  });

  it('lets other callbacks run between slices, not within one', async () => {
    const ran: string[] = [];
    const waiting = () => setImmediate(() => ran.push('other'));
    waiting();
    const result = mapInSlices(
      Array.from({ length: 6 }, (_, i) => i),
      (i) => {
        ran.push(`item ${i}`);
        if (i === 3) waiting(); // queued mid-slice: it runs at the next turn, not inside this slice
        return i;
      },
      3,
    );
    await result;
    expect(ran).toEqual(['item 0', 'item 1', 'item 2', 'other', 'item 3', 'item 4', 'item 5']);
    await new Promise((r) => setImmediate(r));
    expect(ran.at(-1)).toBe('other');
  });

  it('passes on what the function throws', async () => {
    await expect(
      mapInSlices(
        [1, 2, 3],
        (i) => {
          if (i === 3) throw new Error('row 3');
          return i;
        },
        2,
      ),
    ).rejects.toThrow('row 3');
  });
});
