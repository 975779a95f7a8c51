import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomFillSync,
} from 'node:crypto';

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Encrypts and decrypts sensitive columns (chat content, check-in and session notes). */
export interface FieldCipher {
  encrypt(plain: string, context?: string): string;
  decrypt(stored: string, context?: string): string;
  /**
   * For showing stored text: decrypts, or gives UNREADABLE for a value no configured key opens
   * (written under a key this server was not given, or damaged), so one such value never takes a
   * whole history down. Each one is reported to `onUnreadable` (a /metrics counter).
   */
  read(stored: string, context?: string): string;
  /**
   * A keyed tag of a value (HMAC-SHA-256 under a key derived from the active one, 128 bits): what
   * an encrypted row stores in the clear so it can be found by an id it mentions, without the id
   * itself being readable or linkable to the rest of the database by whoever holds a dump.
   */
  tag(value: string): string;
  /** The value's tag under every configured key: what to search for, rows sealed before a rotation included. */
  tags(value: string): string[];
  readonly currentKeyId: string;
}

const PREFIX = 'enc:v1';

/** True for a value in the encrypted format (as opposed to plain text written before a column was sealed). */
export const isSealed = (stored: string): boolean => stored.startsWith(`${PREFIX}:`);
/** The same test as a SQL LIKE pattern. */
export const SEALED_LIKE = `${PREFIX}:%`;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Random IVs drawn from a pool filled 4 KB at a time: one call into the CSPRNG per 341 values
 * instead of one per value (it was a twentieth of the hub's CPU under chat load). Each IV is
 * copied out and its bytes never handed out again.
 */
const ivPool = Buffer.alloc(IV_BYTES * 341);
let ivOffset = ivPool.length;
function freshIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivOffset, ivOffset + IV_BYTES));
  ivOffset += IV_BYTES;
  return iv;
}

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

/** What is shown in place of a value no configured key opens. */
export const UNREADABLE =
  '[This could not be read: it was stored under an encryption key this server does not have.]';

/**
 * AES-256-GCM with a random 96-bit IV per value, stored as `enc:v1:<keyId>:<base64url iv|tag|ct>`.
 * The key id travels with each value, so old values still read after the active key rotates
 * (the first key encrypts, every listed key decrypts). `context` is bound as associated data:
 * a value copied into another row or column (another user's message) fails to decrypt.
 */
export function createFieldCipher(
  keys: EncryptionKey[],
  onUnreadable: (err: DecryptionError) => void = () => {},
): FieldCipher {
  const [active] = keys;
  if (!active) throw new Error('createFieldCipher needs at least one key');
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  for (const k of keys) {
    if (k.key.length !== 32) throw new Error(`encryption key ${k.id} must be 32 bytes`);
  }
  // A separate key for tags (HKDF), so no HMAC output is ever computed under an AES key.
  const tagKeys = keys.map((k) => Buffer.from(hkdfSync('sha256', k.key, '', 'nightchill blind tag v1', 32)));
  const tagWith = (key: Buffer, value: string) =>
    createHmac('sha256', key).update(value, 'utf8').digest().subarray(0, 16).toString('base64url');

  const cipher: FieldCipher = {
    currentKeyId: active.id,
    encrypt(plain, context = '') {
      const iv = freshIv();
      const cipher = createCipheriv('aes-256-gcm', active.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const payload = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
      return `${PREFIX}:${active.id}:${payload}`;
    },
    decrypt(stored, context = '') {
      const parts = stored.split(':');
      if (parts.length !== 4 || `${parts[0]}:${parts[1]}` !== PREFIX) {
        throw new DecryptionError('value is not in the encrypted format');
      }
      const key = byId.get(parts[2] as string);
      if (!key) throw new DecryptionError(`no key with id ${parts[2]} is configured`);
      const raw = Buffer.from(parts[3] as string, 'base64url');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('encrypted value is truncated');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new DecryptionError('encrypted value failed authentication');
      }
    },
    read(stored, context = '') {
      try {
        return cipher.decrypt(stored, context);
      } catch (err) {
        if (!(err instanceof DecryptionError)) throw err;
        onUnreadable(err);
        return UNREADABLE;
      }
    },
    tag: (value) => tagWith(tagKeys[0]!, value),
    tags: (value) => [...new Set(tagKeys.map((k) => tagWith(k, value)))],
  };
  return cipher;
}

/**
 * Reads a column that is sealed from now on but may still hold plain text written before it was
 * (the start-up sweep seals those, src/crypto/seal-legacy.ts): plain text is returned as it is.
 */
export function readSealedOrPlain(cipher: FieldCipher, stored: string, context: string): string {
  return isSealed(stored) ? cipher.read(stored, context) : stored;
}

export function generateKey(): Buffer {
  return randomBytes(32);
}
