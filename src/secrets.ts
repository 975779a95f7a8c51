import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { EncryptionKey } from './crypto/cipher.ts';

export interface Secrets {
  jwtSecret: string;
  encryptionKeys: EncryptionKey[];
}

const stored = z.object({
  jwtSecret: z.string().min(32),
  encryptionKeys: z.array(z.object({ id: z.string().min(1), key: z.string() })).min(1),
});

/**
 * The JWT secret and field-encryption keys. Configured values win; otherwise (never in production,
 * where config requires them) they are generated once and kept in DATA_DIR/secrets.json (mode 0600),
 * so a restart can still read what it encrypted and tokens stay valid.
 */
export function resolveSecrets(config: Config): Secrets {
  if (config.jwtSecret && config.encryptionKeys) {
    return { jwtSecret: config.jwtSecret, encryptionKeys: config.encryptionKeys };
  }
  if (config.env === 'production')
    throw new Error('JWT_SECRET and ENCRYPTION_KEYS are required in production');

  const file = path.resolve(config.dataDir, 'secrets.json');
  let kept: Secrets;
  if (existsSync(file)) {
    const parsed = stored.parse(JSON.parse(readFileSync(file, 'utf8')));
    kept = {
      jwtSecret: parsed.jwtSecret,
      encryptionKeys: parsed.encryptionKeys.map((k) => ({ id: k.id, key: Buffer.from(k.key, 'base64') })),
    };
  } else {
    kept = {
      jwtSecret: randomBytes(48).toString('base64url'),
      encryptionKeys: [{ id: `k${Date.now().toString(36)}`, key: randomBytes(32) }],
    };
    mkdirSync(path.dirname(file), { recursive: true });
    const body = {
      jwtSecret: kept.jwtSecret,
      encryptionKeys: kept.encryptionKeys.map((k) => ({ id: k.id, key: k.key.toString('base64') })),
    };
    writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  return {
    jwtSecret: config.jwtSecret ?? kept.jwtSecret,
    encryptionKeys: config.encryptionKeys ?? kept.encryptionKeys,
  };
}
