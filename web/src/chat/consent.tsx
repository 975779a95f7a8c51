import { useState } from 'preact/hooks';
import { type Api, errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import type { User } from '../types.ts';

/** Before the first chat: what is stored and why, and that the companion is an AI. */
export function Consent({ api, onConsented }: { api: Api; onConsented: (u: User) => void }) {
  const { m } = useI18n();
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
        {m.consent.title}
      </h2>
      <p>
        <strong>{m.consent.aiNotice}</strong>
        {m.consent.aiRest}
      </p>
      <h3>{m.consent.storedTitle}</h3>
      <ul>
        <li>{m.consent.storedMessages}</li>
        <li>{m.consent.storedLocation}</li>
        <li>{m.consent.storedJourney}</li>
      </ul>
      <p>{m.consent.rights}</p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" class="primary" onClick={agree} disabled={busy}>
        {m.consent.agree}
      </button>
    </section>
  );
}
