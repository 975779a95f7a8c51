import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config.ts';

export const testKeys = {
  current: Buffer.alloc(32, 7).toString('base64'),
  old: Buffer.alloc(32, 3).toString('base64'),
};

/** The keys every test process shares (a database needs the same ones in every process). */
export const testSecrets = {
  JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
  ENCRYPTION_KEYS: `k2:${testKeys.current},k1:${testKeys.old}`,
};

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
