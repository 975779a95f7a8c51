import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { LocationControl } from './location-control.tsx';

const MAX = 4000;

/**
 * A touch screen's keyboard has a Return key, not Enter-to-send habits: there Return starts a new
 * line and the Send button sends (the hint about Enter is hidden too, by CSS on the same query).
 */
const touchFirst = () => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/**
 * The message box: Enter sends, Shift+Enter starts a new line (on a touch screen Return is a new
 * line); Ctrl/Cmd+Enter sends everywhere; Stop cancels a reply in progress.
 */
export function Composer() {
  const { chat } = useServices();
  const { m } = useI18n();
  const st = useStore(chat.state);
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const send = () => {
    const content = text.trim();
    if (!content || content.length > MAX) return;
    chat.send(content);
    setText('');
    box.current?.focus();
  };
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <LocationControl />
      <div class="composer-row">
        <label for="message-input" class="visually-hidden">
          {m.chat.message}
        </label>
        <textarea
          id="message-input"
          ref={box}
          rows={2}
          maxLength={MAX}
          placeholder={m.chat.placeholder}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
            if (e.ctrlKey || e.metaKey || !touchFirst()) {
              e.preventDefault();
              send();
            }
          }}
          aria-describedby="composer-hint"
        />
        {/* From the moment a reply is awaited, thinking included: stopping never waits for a first word. */}
        {st.turn && st.connected ? (
          <button
            type="button"
            class="secondary"
            onClick={() => void chat.cancel()}
            aria-label={m.chat.stopReply}
          >
            {m.chat.stop}
          </button>
        ) : null}
        <button type="submit" class="primary" disabled={!text.trim()}>
          {m.chat.send}
        </button>
      </div>
      <p id="composer-hint" class="hint">
        <span class="enter-hint" data-testid="enter-hint">
          {m.chat.enterHint}{' '}
        </span>
        {st.connected ? '' : m.chat.offlineHint}
      </p>
    </form>
  );
}
