import type { FieldCipher } from '../../crypto/cipher.ts';

/**
 * The associated data a subscription's keys are sealed under: bound to the owner and the column,
 * as src/crypto/fields.ts binds every other sealed value, so keys copied into another user's row
 * or the other column fail to open.
 */
export const pushKeyContext = (userId: string, column: 'p256dh' | 'auth') =>
  `push_subscriptions.${column}:${userId}`;

/** The browser's keys as stored: each sealed to its owner. */
export function sealPushKeys(
  cipher: FieldCipher,
  userId: string,
  keys: { p256dh: string; auth: string },
): { p256dh: string; auth: string } {
  return {
    p256dh: cipher.encrypt(keys.p256dh, pushKeyContext(userId, 'p256dh')),
    auth: cipher.encrypt(keys.auth, pushKeyContext(userId, 'auth')),
  };
}

/** The keys opened again, for a send (throws when no configured key opens them). */
export function openPushKeys(
  cipher: FieldCipher,
  row: { userId: string; p256dh: string; auth: string },
): { p256dh: string; auth: string } {
  return {
    p256dh: cipher.decrypt(row.p256dh, pushKeyContext(row.userId, 'p256dh')),
    auth: cipher.decrypt(row.auth, pushKeyContext(row.userId, 'auth')),
  };
}
