import { useState } from 'preact/hooks';
import { type Api, errorText } from '../api.ts';
import type { User } from '../types.ts';

/** Before the first chat: what is stored and why, and that the companion is an AI. */
export function Consent({ api, onConsented }: { api: Api; onConsented: (u: User) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const agree = async () => {
    setBusy(true);
    setError(null);
    try {
      const { user } = await api.post<{ user: User }>('/api/me/consent', { consent: true });
      onConsented(user);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel consent" aria-labelledby="consent-title">
      <h2 id="consent-title" tabIndex={-1}>
        Before you chat
      </h2>
      <p>
        <strong>You will be talking with an AI companion</strong>, not a person and not a therapist. It can
        find calm places, check you in, tell you about your journey and book sessions with real peer mentors.
      </p>
      <h3>What we store, and why</h3>
      <ul>
        <li>Every chat message, encrypted, so the conversation is there on all your devices.</li>
        <li>The location your browser shares with a message, only to find places near you.</li>
        <li>Your check-ins, streaks, rewards and sessions, to show your journey.</li>
      </ul>
      <p>
        You can export everything or delete your account at any time in Settings. If you are in crisis, the
        companion answers with crisis lines straight away; please contact local emergency services if you are
        in danger.
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" class="primary" onClick={agree} disabled={busy}>
        I understand and agree
      </button>
    </section>
  );
}
