import { useState } from 'preact/hooks';
import { type Api, errorText } from '../api.ts';
import type { User } from '../types.ts';
import { deviceZone } from '../ui/time.ts';
import { PasswordRule, passwordLengthProblem } from './password-rule.tsx';

type Mode = 'login' | 'register';

/** Sign in, or create an account (the browser's time zone goes with it). */
export function AuthView({
  api,
  onSignedIn,
  notice,
}: {
  api: Api;
  onSignedIn: (token: string, user: User) => void;
  /** Why the person is back here (signed out on another device…), said once above the form. */
  notice?: string | undefined;
}) {
  const [mode, setMode] = useState<Mode>('login');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [password, setPassword] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const field = (name: string) => String(form.get(name) ?? '');
    setBusy(true);
    setError(null);
    try {
      const zone = deviceZone();
      const r =
        mode === 'login'
          ? await api.post<{ user: User; token: string }>('/api/auth/login', {
              login: field('login'),
              password: field('password'),
            })
          : await api.post<{ user: User; token: string }>('/api/auth/register', {
              email: field('email'),
              username: field('username'),
              displayName: field('displayName'),
              password: field('password'),
              ...(zone ? { timeZone: zone } : {}),
            });
      onSignedIn(r.token, r.user);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="auth" id="main">
      <h1>NightChill</h1>
      <p class="tagline">A calm companion for places that feel busy.</p>
      {notice ? (
        <p class="notice" role="status" data-testid="auth-notice">
          {notice}
        </p>
      ) : null}
      <div class="tabs" role="tablist" aria-label="Sign in or create an account">
        {(['login', 'register'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={mode === m}
            class={mode === m ? 'tab active' : 'tab'}
            onClick={() => {
              setMode(m);
              setError(null);
              setPassword('');
            }}
          >
            {m === 'login' ? 'Sign in' : 'Create account'}
          </button>
        ))}
      </div>
      <form
        class="panel auth-form"
        onSubmit={submit}
        aria-label={mode === 'login' ? 'Sign in' : 'Create account'}
      >
        {mode === 'login' ? (
          <label>
            E-mail or username
            <input name="login" autocomplete="username" required maxLength={255} />
          </label>
        ) : (
          <>
            <label>
              E-mail
              <input name="email" type="email" autocomplete="email" required maxLength={255} />
            </label>
            <label>
              Username
              <input
                name="username"
                autocomplete="username"
                required
                pattern="[A-Za-z0-9_.\-]{3,50}"
                title="3–50 letters, digits, dots, dashes or underscores"
              />
            </label>
            <label>
              Display name
              <input name="displayName" autocomplete="nickname" required maxLength={100} />
            </label>
          </>
        )}
        <label>
          Password
          <input
            key={mode}
            name="password"
            type="password"
            autocomplete={mode === 'login' ? 'current-password' : 'new-password'}
            required
            maxLength={200}
            {...(mode === 'register' ? { 'aria-describedby': 'password-rule' } : {})}
            onInput={(e) => {
              const input = e.currentTarget;
              setPassword(input.value);
              input.setCustomValidity(mode === 'register' ? (passwordLengthProblem(input.value) ?? '') : '');
            }}
          />
        </label>
        {mode === 'register' ? <PasswordRule password={password} /> : null}
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'One moment…' : mode === 'login' ? 'Sign in' : 'Create account'}
        </button>
      </form>
    </main>
  );
}
