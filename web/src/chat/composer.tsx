import { useRef, useState } from 'preact/hooks';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { LocationControl } from './location-control.tsx';

const MAX = 4000;

/** The message box: Enter sends, Shift+Enter starts a new line; Stop cancels a reply in progress. */
export function Composer() {
  const { chat } = useServices();
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
          Message
        </label>
        <textarea
          id="message-input"
          ref={box}
          rows={2}
          maxLength={MAX}
          placeholder="Ask for a calm café, check in, book a mentor…"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              send();
            }
          }}
          aria-describedby="composer-hint"
        />
        {st.turn?.turnId ? (
          <button
            type="button"
            class="secondary"
            onClick={() => void chat.cancel()}
            aria-label="Stop the reply"
          >
            Stop
          </button>
        ) : null}
        <button type="submit" class="primary" disabled={!text.trim()}>
          Send
        </button>
      </div>
      <p id="composer-hint" class="hint">
        Enter to send, Shift+Enter for a new line.{' '}
        {st.connected ? '' : 'Offline: messages wait here and go when you reconnect.'}
      </p>
    </form>
  );
}
