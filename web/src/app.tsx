import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, createApi, errorText } from './api.ts';
import { AuthView } from './auth/auth-view.tsx';
import { useI18n } from './i18n/index.ts';
import { position } from './places/location.ts';
import { Shell } from './shell.tsx';
import type { SignOutReason } from './socket.ts';
import { keys, store } from './storage.ts';
import { useTheme } from './theme.ts';
import type { User } from './types.ts';
import { Toasts } from './ui/toasts.tsx';

/** Signed out → sign-in; signed in → the app. The token is kept so a reload stays signed in. */
export function App() {
  const [token, setToken] = useState<string | null>(store.get(keys.token));
  const [user, setUser] = useState<User | null>(null);
  // signOut is also called from the API client made once at the start: it reads the user from here.
  const userId = useRef<string | undefined>(undefined);
  userId.current = user?.id ?? userId.current;
  const api = useMemo(
    () =>
      createApi(
        () => store.get(keys.token),
        () => signOut('expired'),
      ),
    [],
  );

  const { m } = useI18n();
  // Why the page is back at sign-in, said in the language the page is in when it is shown.
  const [ended, setEnded] = useState<SignOutReason | undefined>(undefined);

  /**
   * Back to sign-in, forgetting what this browser kept for the account: the token, messages still
   * queued, the last position and the places found. `reason`: why, when the person did not ask here.
   */
  function signOut(reason?: SignOutReason) {
    const id = userId.current;
    store.remove(keys.token);
    store.remove(keys.position);
    position.set(null);
    if (id) {
      store.remove(keys.outbox(id));
      store.remove(keys.places(id));
    }
    setEnded(reason);
    setToken(null);
    setUser(null);
  }

  // Reading the profile can fail (offline, the server restarting): said, with a way to try again,
  // and tried again by itself when the browser is back online. A 401 signs out (createApi).
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!token || user) return;
    let live = true;
    setLoadProblem(null);
    api
      .get<{ user: User }>('/api/me')
      .then((r) => live && setUser(r.user))
      .catch((err) => {
        if (live && !(err instanceof ApiError && err.status === 401)) setLoadProblem(errorText(err));
      });
    const again = () => setAttempt((n) => n + 1);
    window.addEventListener('online', again);
    return () => {
      live = false;
      window.removeEventListener('online', again);
    };
  }, [api, token, user, attempt]);

  useTheme(user);

  let body: preact.ComponentChildren;
  if (!token) {
    body = (
      <AuthView
        api={api}
        notice={ended ? m.ended[ended] : undefined}
        onSignedIn={(t, u) => {
          setEnded(undefined);
          store.set(keys.token, t);
          setToken(t);
          setUser(u);
        }}
      />
    );
  } else if (!user) {
    body = (
      <main class="loading" id="main">
        {loadProblem ? (
          <>
            <p role="alert">{loadProblem}</p>
            <button type="button" class="primary" onClick={() => setAttempt((n) => n + 1)}>
              {m.app.tryAgain}
            </button>
          </>
        ) : (
          <p role="status">{m.app.loading}</p>
        )}
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
        onSignOut={async (everywhere, reason) => {
          if (everywhere) await api.post('/api/auth/logout').catch(() => undefined);
          signOut(reason);
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
