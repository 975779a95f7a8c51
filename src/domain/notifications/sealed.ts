import { type FieldCipher, readSealedOrPlain } from '../../crypto/cipher.ts';
import { fieldContext } from '../../crypto/fields.ts';

/**
 * A notification's title and message as stored: sealed, each bound to its recipient. They carry
 * reminder titles the user dictated ("Take my sertraline"), booking texts with names, session
 * times: nothing a database dump should show. Type, data (ids, levels) and times stay plain: the
 * inbox and the reminder sweep query them.
 */
export function sealNotice(
  cipher: FieldCipher,
  userId: string,
  notice: { title: string; message: string },
): { title: string; message: string } {
  return {
    title: cipher.encrypt(notice.title, fieldContext.notificationTitle(userId)),
    message: cipher.encrypt(notice.message, fieldContext.notificationMessage(userId)),
  };
}

/** The row with its title and message readable (a value no key opens reads as unreadable, never an error). */
export function openNotice<T extends { userId: string; title: string; message: string }>(
  cipher: FieldCipher,
  row: T,
): T {
  return {
    ...row,
    title: readSealedOrPlain(cipher, row.title, fieldContext.notificationTitle(row.userId)),
    message: readSealedOrPlain(cipher, row.message, fieldContext.notificationMessage(row.userId)),
  };
}
