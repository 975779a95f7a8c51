import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config.ts';
import { createFieldCipher, isSealed } from '../../src/crypto/cipher.ts';
import { fieldContext } from '../../src/crypto/fields.ts';

export const testKeys = {
  current: Buffer.alloc(32, 7).toString('base64'),
  old: Buffer.alloc(32, 3).toString('base64'),
};

/** The keys every test process shares (a database needs the same ones in every process). */
export const testSecrets = {
  JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
  ENCRYPTION_KEYS: `k2:${testKeys.current},k1:${testKeys.old}`,
};

/** The field cipher every test process's keys make: for reading sealed columns in tests. */
export const testCipher = createFieldCipher([
  { id: 'k2', key: Buffer.from(testKeys.current, 'base64') },
  { id: 'k1', key: Buffer.from(testKeys.old, 'base64') },
]);

/** Columns sealed per owner: a row read from them with these names gets them opened by openSealed. */
const sealedColumns: Record<string, (userId: string) => string> = {
  title: fieldContext.notificationTitle,
  message: fieldContext.notificationMessage,
  mood: fieldContext.checkInMood,
};

/** A row of notifications or check-ins with its sealed columns (title, message, mood) opened, as its owner reads them. */
export function openSealed(row: Record<string, unknown>, owner: string): Record<string, unknown> {
  const out = { ...row };
  for (const [column, context] of Object.entries(sealedColumns)) {
    const value = out[column];
    if (typeof value === 'string' && isSealed(value)) out[column] = testCipher.decrypt(value, context(owner));
  }
  return out;
}

/** A config as the app would parse it, with fixed secrets and a throwaway DATA_DIR. */
export function testConfig(env: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'nightchill-test-')),
    ...testSecrets,
    SEED_ON_START: 'false',
    BCRYPT_COST: '4',
    // Test files sign up many users from 127.0.0.1 under clocks that jump back and forth; the
    // limit itself is tested with its default (accounts-signup-limits.test.ts).
    SIGNUPS_PER_HOUR: '0',
    ...env,
  });
}
