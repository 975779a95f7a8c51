/**
 * The password rule, shown under the sign-up form's password field before anything is sent. The
 * server holds the same rule (src/domain/accounts/password-policy.ts) and is the one that judges
 * guessability: zxcvbn's word lists are megabytes, too big for this bundle, so its verdict and
 * advice come back in the sign-up answer. Here: length in characters and in bytes, live.
 */
import { i18n, useI18n } from '../i18n/index.ts';

export const PASSWORD_MIN_CHARS = 10;
export const PASSWORD_MAX_BYTES = 72;

const encoder = new TextEncoder();

/** What is wrong with the length, or null: the browser then blocks the submit with it. */
export function passwordLengthProblem(password: string): string | null {
  const bytes = encoder.encode(password).length;
  const { m, fill } = i18n();
  if ([...password].length < PASSWORD_MIN_CHARS)
    return fill(m.password.tooShort, { min: PASSWORD_MIN_CHARS });
  if (bytes > PASSWORD_MAX_BYTES) return fill(m.password.tooLong, { bytes, max: PASSWORD_MAX_BYTES });
  return null;
}

/** The rule and a live count, tied to the field by aria-describedby="password-rule". */
export function PasswordRule({ password }: { password: string }) {
  const { m, fill, plural } = useI18n();
  const chars = [...password].length;
  const bytes = encoder.encode(password).length;
  const problem = password ? passwordLengthProblem(password) : null;
  return (
    <div class="hint password-rule" id="password-rule">
      <p>{fill(m.password.rule, { min: PASSWORD_MIN_CHARS, max: PASSWORD_MAX_BYTES })}</p>
      {password ? (
        <p aria-live="polite" class={problem ? 'error' : undefined}>
          {problem ?? plural(m.password.count, chars, { bytes, max: PASSWORD_MAX_BYTES })}
        </p>
      ) : null}
    </div>
  );
}
