import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSONParsed } from 'hono/utils/types';
import { yieldTurn } from '../slices.ts';

/** Dates become ISO strings, as JSON.stringify would make them, but typed: what the client receives. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export function toJson<T>(value: T): Jsonified<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonified<T>;
}

/** About how much JSON text one piece holds before the event loop gets a turn. */
const PIECE_CHARS = 64 * 1024;

/**
 * The JSON text of an object in pieces, the same text JSON.stringify gives: each top-level array
 * up to `slice` items or about 64 KB of text at a time, whichever comes first, with a turn of the
 * event loop between pieces. A large body (a 4 MB export of 4 KB messages) is then serialised
 * between other users' requests instead of holding the event loop for one long block.
 */
export async function* jsonPieces(value: object, slice = 100): AsyncGenerator<string> {
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(item)) {
      yield JSON.stringify(item);
      continue;
    }
    yield '[';
    let part: string[] = [];
    let chars = 0;
    for (let at = 0; at < item.length; at++) {
      // An array's undefined, function or symbol item is null in JSON.
      const text = JSON.stringify(item[at]) ?? 'null';
      part.push(text);
      chars += text.length;
      if (part.length >= slice || chars >= PIECE_CHARS || at === item.length - 1) {
        const first = at + 1 === part.length;
        yield `${first ? '' : ','}${part.join(',')}`;
        part = [];
        chars = 0;
        await yieldTurn();
      }
    }
    yield ']';
  }
  yield '}';
}

/**
 * A JSON response streamed in pieces (jsonPieces), typed as `c.json(toJson(value), status)` is:
 * for large bodies, where toJson's round trip and c.json's own stringify made three passes over
 * a 4 MB export in one block.
 */
export function jsonStreamed<T extends object, S extends ContentfulStatusCode>(
  c: Context,
  value: T,
  status: S,
): Response & TypedResponse<JSONParsed<Jsonified<T>>, S, 'json'> {
  const pieces = jsonPieces(value);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  // The types of `c.body` know a stream, not whose JSON it carries: it is value's.
  return c.body(body, status, {
    'Content-Type': 'application/json',
  }) as unknown as Response & TypedResponse<JSONParsed<Jsonified<T>>, S, 'json'>;
}
