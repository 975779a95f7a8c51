import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { keyChecks } from '../db/schema/index.ts';
import { asSystem } from '../db/tx.ts';
import { createFieldCipher, type EncryptionKey } from './cipher.ts';

const MARK = 'nightchill key check';
const context = (keyId: string) => `key-check:${keyId}`;

/** A configured key that is not the key this database knows under that id. */
export class KeyMismatchError extends Error {
  constructor(readonly keyId: string) {
    super(
      `ENCRYPTION_KEYS: the key with id "${keyId}" is not the one this database was written with ` +
        '(its key check does not open). Every instance needs the same keys; refusing to start rather ' +
        'than write what the others cannot read.',
    );
    this.name = 'KeyMismatchError';
  }
}

/**
 * Proves at start-up that the configured keys are this database's: each key id has a value
 * sealed with it (written the first time the id is seen, key_checks), and each configured key
 * must open its own. Written first and read back after, so two instances starting together with
 * different keys under one id cannot both pass.
 */
export async function checkKeys(db: Database, keys: EncryptionKey[]): Promise<void> {
  await asSystem(db, async (tx) => {
    for (const key of keys) {
      const sealed = createFieldCipher([key]).encrypt(MARK, context(key.id));
      await tx.insert(keyChecks).values({ keyId: key.id, sealed }).onConflictDoNothing();
    }
    const rows = await tx
      .select()
      .from(keyChecks)
      .where(
        inArray(
          keyChecks.keyId,
          keys.map((k) => k.id),
        ),
      );
    for (const key of keys) {
      const row = rows.find((r) => r.keyId === key.id);
      let opened: string | undefined;
      try {
        opened = row && createFieldCipher([key]).decrypt(row.sealed, context(key.id));
      } catch {
        opened = undefined;
      }
      if (opened !== MARK) throw new KeyMismatchError(key.id);
    }
  });
}
