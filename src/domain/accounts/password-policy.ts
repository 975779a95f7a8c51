import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { z } from 'zod';
import { AppError } from '../../errors.ts';

/**
 * What a new password must be, at sign-up and at a change (docs/api-accounts.md, "Passwords"):
 *
 * - at least 10 characters;
 * - at most 72 bytes of UTF-8: bcrypt reads only the first 72 bytes, so a longer password would
 *   have a tail that anything matches (72 letters, fewer with accents or emoji);
 * - hard to guess: zxcvbn (the @zxcvbn-ts port, with its common-password, name and English word
 *   lists) scores it 3 or more out of 4, counting the user's own e-mail, username and name as
 *   known words. Its feedback is the error message.
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

let estimator: ZxcvbnFactory | undefined;

/**
 * Built on first use (about a quarter of a second: the word lists are ranked then). A l33t
 * substitution budget of 20 keeps the worst 72-byte input near 0.1 s on the event loop (the
 * default, 100, took half a second) and still sees "p@ssw0rd" as "password".
 */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    l33tMaxSubstitutions: 20,
  });
  return estimator;
}

/**
 * Refuses a new password that is too easy to guess, with zxcvbn's warning and suggestions as the
 * message. userInputs: the account's own e-mail, username and name, which a guesser tries first.
 */
export function assertStrongPassword(
  password: string,
  userInputs: readonly string[],
  field = 'password',
): void {
  const inputs = userInputs.flatMap((v) => [v, ...v.split(/[@\s._-]+/)]).filter((v) => v.length >= 3);
  const { score, feedback } = strength().check(password, inputs);
  if (score >= PASSWORD_MIN_SCORE) return;
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ');
  const message = `is too easy to guess${advice ? `: ${advice}` : ''}`;
  throw new AppError('invalid_payload', `The password ${message}`, {
    details: [{ field, message }],
    reason: 'weak_password',
  });
}
