import { type FieldCipher, isSealed, UNREADABLE } from '../../crypto/cipher.ts';
import { fieldContext } from '../../crypto/fields.ts';

/**
 * chat_messages.context as stored: the assistant's context (tools called with their arguments and
 * results, moods, places, reminder titles, safety flags) sealed as one value, and the keyed tags
 * of every id it mentions, so an erasure can find the replies that name the leaver (a mentor in a
 * search result) without the ids being readable in a dump.
 */
export type StoredContext = {
  sealed: string;
  refs: string[];
};

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The ids a context mentions, lower-cased: what its refs are the tags of. */
export const idsIn = (json: string): string[] => [...new Set(json.match(ID)?.map((id) => id.toLowerCase()))];

export function sealContext(
  cipher: FieldCipher,
  userId: string,
  context: Record<string, unknown>,
): StoredContext {
  const json = JSON.stringify(context);
  return {
    sealed: cipher.encrypt(json, fieldContext.replyContext(userId)),
    refs: idsIn(json)
      .filter((id) => id !== userId)
      .map(cipher.tag),
  };
}

/**
 * The context as the assistant stored it; undefined when there is none or no configured key opens
 * it (counted as unreadable, like any other value; `read` may count it its own way, the export
 * does). A context written before contexts were sealed is returned as it is.
 */
export function openContext(
  cipher: FieldCipher,
  userId: string,
  stored: Record<string, unknown> | null | undefined,
  read: (sealed: string, aad: string) => string | null = (sealed, aad) => {
    const json = cipher.read(sealed, aad);
    return json === UNREADABLE ? null : json;
  },
): Record<string, unknown> | undefined {
  if (!stored) return undefined;
  if (typeof stored.sealed !== 'string' || !isSealed(stored.sealed)) return stored;
  const json = read(stored.sealed, fieldContext.replyContext(userId));
  return json === null ? undefined : (JSON.parse(json) as Record<string, unknown>);
}
