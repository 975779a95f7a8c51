import { useRef, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useServices } from '../services.ts';

/** Erasure, behind a dialog that asks for the password (the server checks it). */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const { api } = useServices();
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
      <legend>Delete account</legend>
      <p>Deletes your account and everything stored about it, for good.</p>
      <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        Delete my account…
      </button>
      <dialog ref={dialog} aria-labelledby="delete-title" onClose={() => setPassword('')}>
        <form onSubmit={erase}>
          <h2 id="delete-title">Delete your account?</h2>
          <p>This cannot be undone. Your messages, check-ins, rewards and sessions are erased.</p>
          <label for="delete-password">Your password, to confirm</label>
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
              Keep my account
            </button>
            <button type="submit" class="danger" disabled={busy || !password}>
              Delete for good
            </button>
          </div>
        </form>
      </dialog>
    </fieldset>
  );
}
