import { createECDH, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { EncryptionKey } from './crypto/cipher.ts';

export interface Secrets {
  jwtSecret: string;
  encryptionKeys: EncryptionKey[];
  /** Web Push's VAPID key pair (URL-safe base64); undefined: push is off (resolveVapidKeys). */
  vapidKeys: VapidKeys | undefined;
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
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
  const vapidKeys = resolveVapidKeys(config);
  if (config.jwtSecret && config.encryptionKeys) {
    return { jwtSecret: config.jwtSecret, encryptionKeys: config.encryptionKeys, vapidKeys };
  }
  if (config.env === 'production')
    throw new Error('JWT_SECRET and ENCRYPTION_KEYS are required in production');

  const file = path.resolve(config.dataDir, 'secrets.json');
  let kept: Omit<Secrets, 'vapidKeys'>;
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
    vapidKeys,
  };
}

const storedVapid = z.object({ publicKey: z.string().min(80), privateKey: z.string().min(40) });

/**
 * The VAPID key pair Web Push signs with. Configured (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY) wins.
 * Otherwise the embedded default (no DATABASE_URL, not production) generates one once and keeps it
 * in DATA_DIR/vapid.json (mode 0600): browsers subscribe with the public key, so it must outlive
 * restarts. Anywhere else undefined, and push is off: instances sharing a database would each make
 * their own pair, and a push signed with any but the one a browser subscribed with is refused.
 */
export function resolveVapidKeys(config: Config): VapidKeys | undefined {
  if (config.push.vapidKeys) return config.push.vapidKeys;
  if (config.env === 'production' || config.database.url !== undefined) return undefined;
  const file = path.resolve(config.dataDir, 'vapid.json');
  if (existsSync(file)) return storedVapid.parse(JSON.parse(readFileSync(file, 'utf8')));
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  // getPrivateKey drops leading zero bytes: padded back to the 32 bytes VAPID expects.
  const privateKey = Buffer.from(ecdh.getPrivateKey().toString('hex').padStart(64, '0'), 'hex');
  const pair = {
    publicKey: ecdh.getPublicKey().toString('base64url'),
    privateKey: privateKey.toString('base64url'),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(pair, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return pair;
}
