import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { passwordStrength } from './passwords.ts';

/**
 * What a new password must be, at sign-up and at a change (docs/api-accounts.md, "Passwords"):
 *
 * - at least 10 characters;
 * - at most 72 bytes of UTF-8: bcrypt reads only the first 72 bytes, so a longer password would
 *   have a tail that anything matches (72 letters, fewer with accents or emoji);
 * - hard to guess: zxcvbn (the @zxcvbn-ts port, with its common-password, name and English word
 *   lists) scores it 3 or more out of 4, counting the user's own e-mail, username and name as
 *   known words. Its feedback is the error message. It runs on the password threads
 *   (passwords.ts), never on the event loop.
 *
 * NUL and unpaired surrogates are refused before any of this, like in every other string
 * (domain/text.ts). Sign-in still accepts up to 200 characters, so accounts made under the old
 * policy keep working.
 */
export const PASSWORD_MIN_CHARS = 10;
export const PASSWORD_MAX_BYTES = 72;
export const PASSWORD_MIN_SCORE = 3;

export const utf8Length = (value: string) => Buffer.byteLength(value, 'utf8');

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_CHARS, `must be at least ${PASSWORD_MIN_CHARS} characters`)
  .refine((v) => utf8Length(v) <= PASSWORD_MAX_BYTES, {
    message: `must be at most ${PASSWORD_MAX_BYTES} bytes in UTF-8 (72 plain letters, fewer with accents or emoji): bcrypt ignores the rest`,
  })
  .meta({
    description: `${PASSWORD_MIN_CHARS}+ characters, at most ${PASSWORD_MAX_BYTES} bytes of UTF-8, and hard to guess (zxcvbn score ${PASSWORD_MIN_SCORE}+)`,
    example: 'quiet harbour lantern',
  });

/**
 * Refuses a new password that is too easy to guess, with zxcvbn's warning and suggestions as the
 * message. userInputs: the account's own e-mail, username and name, which a guesser tries first.
 */
export async function assertStrongPassword(
  password: string,
  userInputs: readonly string[],
  field = 'password',
): Promise<void> {
  const inputs = userInputs.flatMap((v) => [v, ...v.split(/[@\s._-]+/)]).filter((v) => v.length >= 3);
  const { score, warning, suggestions } = await passwordStrength(password, inputs);
  if (score >= PASSWORD_MIN_SCORE) return;
  const advice = [warning, ...suggestions].filter(Boolean).join(' ');
  const message = `is too easy to guess${advice ? `: ${advice}` : ''}`;
  throw new AppError('invalid_payload', `The password ${message}`, {
    details: [{ field, message }],
    reason: 'weak_password',
  });
}
