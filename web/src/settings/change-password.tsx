import { useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { PasswordRule, passwordLengthProblem } from '../auth/password-rule.tsx';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { toast } from '../ui/toasts.tsx';

/**
 * A new password: the current one is asked for (a borrowed device alone cannot lock the owner
 * out), the rule is shown before anything is sent, and every other device is signed out. This
 * page carries on under the one token that still works.
 */
export function ChangePassword() {
  const { api, renewToken } = useServices();
  const { m } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const problem = passwordLengthProblem(next);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await renewToken(async () => {
        const r = await api.post<{ token: string }>('/api/me/password', {
          currentPassword: current,
          newPassword: next,
        });
        return r.token;
      });
      setCurrent('');
      setNext('');
      toast(m.changePassword.done);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset>
      <legend>{m.changePassword.legend}</legend>
      <form onSubmit={submit} class="change-password">
        <label for="current-password">{m.changePassword.current}</label>
        <input
          id="current-password"
          type="password"
          autocomplete="current-password"
          required
          value={current}
          onInput={(e) => setCurrent(e.currentTarget.value)}
        />
        <label for="new-password">{m.changePassword.next}</label>
        <input
          id="new-password"
          type="password"
          autocomplete="new-password"
          required
          aria-describedby="password-rule"
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
        />
        <PasswordRule password={next} />
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy || !current || !next}>
          {m.changePassword.submit}
        </button>
      </form>
    </fieldset>
  );
}
