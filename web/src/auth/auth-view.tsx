import { useState } from 'preact/hooks';
import { type Api, errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
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
  const { m } = useI18n();
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
      <p class="tagline">{m.app.tagline}</p>
      {notice ? (
        <p class="notice" role="status" data-testid="auth-notice">
          {notice}
        </p>
      ) : null}
      <div class="tabs" role="tablist" aria-label={m.auth.modes}>
        {(['login', 'register'] as const).map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={mode === tab}
            class={mode === tab ? 'tab active' : 'tab'}
            onClick={() => {
              setMode(tab);
              setError(null);
              setPassword('');
            }}
          >
            {tab === 'login' ? m.auth.signIn : m.auth.createAccount}
          </button>
        ))}
      </div>
      <form
        class="panel auth-form"
        onSubmit={submit}
        aria-label={mode === 'login' ? m.auth.signIn : m.auth.createAccount}
      >
        {mode === 'login' ? (
          <label>
            {m.auth.login}
            <input name="login" autocomplete="username" required maxLength={255} />
          </label>
        ) : (
          <>
            <label>
              {m.auth.email}
              <input name="email" type="email" autocomplete="email" required maxLength={255} />
            </label>
            <label>
              {m.auth.username}
              <input
                name="username"
                autocomplete="username"
                required
                pattern="[A-Za-z0-9_.\-]{3,50}"
                title={m.auth.usernameRule}
              />
            </label>
            <label>
              {m.auth.displayName}
              <input name="displayName" autocomplete="nickname" required maxLength={100} />
            </label>
          </>
        )}
        <label>
          {m.auth.password}
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
          {busy ? m.auth.busy : mode === 'login' ? m.auth.signIn : m.auth.createAccount}
        </button>
      </form>
    </main>
  );
}
