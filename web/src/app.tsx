import { useEffect, useMemo, useState } from 'preact/hooks';
import { createApi } from './api.ts';
import { AuthView } from './auth/auth-view.tsx';
import { Shell } from './shell.tsx';
import { keys, store } from './storage.ts';
import type { User } from './types.ts';
import { Toasts } from './ui/toasts.tsx';

/** Signed out → sign-in; signed in → the app. The token is kept so a reload stays signed in. */
export function App() {
  const [token, setToken] = useState<string | null>(store.get(keys.token));
  const [user, setUser] = useState<User | null>(null);
  const api = useMemo(
    () =>
      createApi(
        () => store.get(keys.token),
        () => signOut(),
      ),
    [],
  );

  function signOut() {
    store.remove(keys.token);
    setToken(null);
    setUser(null);
  }

  useEffect(() => {
    if (!token || user) return;
    let live = true;
    api
      .get<{ user: User }>('/api/me')
      .then((r) => live && setUser(r.user))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, token, user]);

  useEffect(() => {
    document.documentElement.dataset.theme = user?.themeMode ?? 'light';
  }, [user?.themeMode]);

  let body: preact.ComponentChildren;
  if (!token) {
    body = (
      <AuthView
        api={api}
        onSignedIn={(t, u) => {
          store.set(keys.token, t);
          setToken(t);
          setUser(u);
        }}
      />
    );
  } else if (!user) {
    body = (
      <main class="loading" id="main">
        <p role="status">Loading…</p>
      </main>
    );
  } else {
    body = (
      <Shell
        key={user.id}
        api={api}
        token={token}
        initialUser={user}
        onUserChange={setUser}
        onSignOut={async (everywhere) => {
          if (everywhere) await api.post('/api/auth/logout').catch(() => undefined);
          signOut();
        }}
      />
    );
  }
  return (
    <>
      {body}
      <Toasts />
    </>
  );
}
