import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/http/serialize.ts';

const joined = async (value: object, slice?: number) => {
  let text = '';
  for await (const piece of jsonPieces(value, slice)) text += piece;
  return text;
};

describe('jsonPieces (a large response serialised a slice at a time)', () => {
  it('gives exactly the text JSON.stringify gives, whatever the slice', async () => {
    const value = {
      exportedAt: new Date('2026-12-06T12:00:00Z'),
      user: { id: 'u1', name: 'Ana "la" Núñez', bio: null, left: undefined },
      empty: [],
      skipped: undefined,
      fn: () => 1,
      chatMessages: Array.from({ length: 257 }, (_, i) => ({
        id: i,
        content: `line ${i}\n\u2028 "quoted"`,
        createdAt: new Date(Date.UTC(2026, 11, 6, 0, i)),
        gone: undefined,
      })),
      holes: [1, undefined, () => 2, null, 'x'],
      nested: [[1, [2]], { a: [3] }],
      count: 0,
    };
    for (const slice of [1, 2, 100, 1_000]) expect(await joined(value, slice)).toBe(JSON.stringify(value));
    expect(await joined({})).toBe('{}');
  });

  it('hands the event loop back between slices of a long array', async () => {
    const pieces = jsonPieces({ rows: Array.from({ length: 300 }, (_, i) => i) }, 100);
    // Another callback waiting for the event loop: it runs only if the serialiser gives a turn.
    let waiting = true;
    setImmediate(() => {
      waiting = false;
    });
    const seen: boolean[] = [];
    for await (const _piece of pieces) seen.push(waiting);
    expect(seen[0]).toBe(true);
    expect(seen.at(-1)).toBe(false);
  });

  it('cuts an array of long items by size as well as by count', async () => {
    const long = 'x'.repeat(40 * 1024);
    const pieces: string[] = [];
    for await (const piece of jsonPieces({ rows: [long, long, long] }, 100)) pieces.push(piece);
    // '{', '"rows":', '[', two items (80 KB, past 64 KB), the third, ']', '}'
    expect(pieces.map((p) => p.length)).toEqual([1, 7, 1, 2 * (long.length + 2) + 1, long.length + 3, 1, 1]);
    expect(pieces.join('')).toBe(JSON.stringify({ rows: [long, long, long] }));
  });
});
