import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { createFieldCipher } from '../../src/crypto/cipher.ts';
import { fieldContext } from '../../src/crypto/fields.ts';
import { drillSecrets } from './instance.ts';

/** The cipher drill instances run with (drillSecrets.ENCRYPTION_KEYS: one `id:base64` key). */
function drillCipher() {
  const [id = '', key = ''] = drillSecrets.ENCRYPTION_KEYS.split(':');
  return createFieldCipher([{ id, key: Buffer.from(key, 'base64') }]);
}

/**
 * Gives a user `count` chat messages of `chars` characters each, as if sent over the last hours:
 * sealed as the app seals them, with UUIDv7 ids in time order (chat:sync pages by id). Written as
 * the superuser: sending them would take an attacker days at the chat_send budget, and the drill
 * measures reading history, not making it.
 */
export async function seedChatHistory(
  admin: pg.Pool,
  userId: string,
  count: number,
  chars: number,
): Promise<void> {
  const cipher = drillCipher();
  const start = Date.now() - count * 1000;
  const text = 'A long evening note about quiet places, breathing, and the week. '.repeat(
    Math.ceil(chars / 64),
  );
  for (let from = 0; from < count; from += 500) {
    const ids: string[] = [];
    const contents: string[] = [];
    const times: string[] = [];
    for (let i = from; i < Math.min(count, from + 500); i++) {
      const msecs = start + i * 1000;
      ids.push(uuidv7({ msecs }));
      contents.push(cipher.encrypt(`${i}: ${text}`.slice(0, chars), fieldContext.chatContent(userId)));
      times.push(new Date(msecs).toISOString());
    }
    await admin.query(
      `INSERT INTO chat_messages (id, user_id, role, content, created_at)
       SELECT id, $1, 'user', content, at
       FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS m(id, content, at)`,
      [userId, ids, contents, times],
    );
  }
}
