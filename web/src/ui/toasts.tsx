import { useI18n } from '../i18n/index.ts';
import { createStore, useStore } from '../store.ts';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'success' | 'alert' | 'error';
}

const toasts = createStore<Toast[]>([]);
let next = 1;

/** Shows a short message in the live region; alerts stay longer. No sound, ever. */
export function toast(text: string, tone: Toast['tone'] = 'info'): void {
  const id = next++;
  toasts.set((list) => [...list.slice(-3), { id, text, tone }]);
  setTimeout(
    () => toasts.set((list) => list.filter((t) => t.id !== id)),
    tone === 'info' || tone === 'success' ? 5_000 : 10_000,
  );
}

export function Toasts() {
  const list = useStore(toasts);
  const { m } = useI18n();
  return (
    <div class="toasts" role="status" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} class={`toast toast-${t.tone}`} data-testid="toast">
          <span>{t.text}</span>
          <button
            type="button"
            class="icon-button"
            aria-label={m.app.dismiss}
            onClick={() => toasts.set((l) => l.filter((x) => x.id !== t.id))}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
