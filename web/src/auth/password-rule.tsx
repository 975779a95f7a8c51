/**
 * The password rule, shown under the sign-up form's password field before anything is sent. The
 * server holds the same rule (src/domain/accounts/password-policy.ts) and is the one that judges
 * guessability: zxcvbn's word lists are megabytes, too big for this bundle, so its verdict and
 * advice come back in the sign-up answer. Here: length in characters and in bytes, live.
 */
export const PASSWORD_MIN_CHARS = 10;
export const PASSWORD_MAX_BYTES = 72;

const encoder = new TextEncoder();

/** What is wrong with the length, or null: the browser then blocks the submit with it. */
export function passwordLengthProblem(password: string): string | null {
  const bytes = encoder.encode(password).length;
  if ([...password].length < PASSWORD_MIN_CHARS) return `Use at least ${PASSWORD_MIN_CHARS} characters.`;
  if (bytes > PASSWORD_MAX_BYTES)
    return `Too long: ${bytes} bytes, the most is ${PASSWORD_MAX_BYTES} (accented letters and emoji take 2–4 each).`;
  return null;
}

/** The rule and a live count, tied to the field by aria-describedby="password-rule". */
export function PasswordRule({ password }: { password: string }) {
  const chars = [...password].length;
  const bytes = encoder.encode(password).length;
  const problem = password ? passwordLengthProblem(password) : null;
  return (
    <div class="hint password-rule" id="password-rule">
      <p>
        {PASSWORD_MIN_CHARS} or more characters, at most {PASSWORD_MAX_BYTES} bytes, and hard to guess: no
        common passwords, names, dates or keyboard runs. A few unrelated words work well.
      </p>
      {password ? (
        <p aria-live="polite" class={problem ? 'error' : undefined}>
          {problem ??
            `${chars} characters, ${bytes} of ${PASSWORD_MAX_BYTES} bytes. Guessability is checked when you submit.`}
        </p>
      ) : null}
    </div>
  );
}
