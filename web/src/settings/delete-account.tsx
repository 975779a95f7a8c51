import { useRef, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';

/** Erasure, behind a dialog that asks for the password (the server checks it). */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const { api } = useServices();
  const { m } = useI18n();
  const d = m.deleteAccount;
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const erase = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.del('/api/me', { password });
      dialog.current?.close();
      onDeleted();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="danger">
      <legend>{d.legend}</legend>
      <p>{d.text}</p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {d.open}
      </button>
      <dialog ref={dialog} aria-labelledby="delete-title" onClose={() => setPassword('')}>
        <form onSubmit={erase}>
          <h2 id="delete-title">{d.title}</h2>
          <p>{d.warning}</p>
          <label for="delete-password">{d.password}</label>
          <input
            id="delete-password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
          <div class="actions">
            <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
              {d.keep}
            </button>
            <button type="submit" class="danger" disabled={busy || !password}>
              {d.confirm}
            </button>
          </div>
        </form>
      </dialog>
    </fieldset>
  );
}
