import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { reducedMotion } from '../ui/format.ts';
import { RichText } from '../ui/rich-text.tsx';
import { Composer } from './composer.tsx';
import { Consent } from './consent.tsx';
import { Chips, Message } from './message.tsx';

/** The conversation: history (scroll up for more), the reply streaming in, and the composer. */
export function ChatView() {
  const services = useServices();
  const user = useStore(services.user);
  if (!user.consentGiven) return <Consent api={services.api} onConsented={(u) => services.user.set(u)} />;
  return <Conversation />;
}

function Conversation() {
  const { chat } = useServices();
  const st = useStore(chat.state);
  const list = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const before = useRef<{ height: number; top: number; first: string | undefined } | null>(null);

  // Keep the view at the bottom while new text arrives, unless the person scrolled up to read.
  // When older messages are added above, keep what they were reading where it was.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const first = st.items[0]?.key;
    const b = before.current;
    if (b && b.first !== first) el.scrollTop = b.top + (el.scrollHeight - b.height);
    else if (stick.current)
      el.scrollTo({ top: el.scrollHeight, behavior: reducedMotion() ? 'auto' : 'smooth' });
    before.current = { height: el.scrollHeight, top: el.scrollTop, first };
  });

  useEffect(() => {
    document.getElementById('message-input')?.focus();
  }, []);

  const onScroll = () => {
    const el = list.current;
    if (!el) return;
    stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    before.current = { height: el.scrollHeight, top: el.scrollTop, first: st.items[0]?.key };
    if (el.scrollTop < 60 && st.olderCursor && !st.loadingOlder) void chat.loadOlder();
  };

  const lastUser = [...st.items].reverse().find((i) => i.role === 'user')?.content ?? '';
  const last = st.items.at(-1);
  return (
    <section class="chat" aria-labelledby="chat-title">
      <h2 id="chat-title" class="visually-hidden" tabIndex={-1}>
        Chat
      </h2>
      {st.connected ? null : (
        <p class="offline-banner" role="status" data-testid="offline-banner">
          {st.loaded
            ? 'Offline — reconnecting. Messages you send now are kept and sent when you are back.'
            : 'Loading…'}
        </p>
      )}
      <div class="messages" ref={list} onScroll={onScroll} data-testid="messages">
        {st.olderCursor ? (
          <button
            type="button"
            class="link load-older"
            onClick={() => void chat.loadOlder()}
            disabled={st.loadingOlder}
          >
            {st.loadingOlder ? 'Loading…' : 'Load earlier messages'}
          </button>
        ) : null}
        {st.loaded && st.items.length === 0 ? (
          <p class="empty">
            Say hello, or try “find a calm café near me”. Share your location below so “near me” works.
          </p>
        ) : null}
        <div role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation">
          <ol class="message-list">
            {st.items.map((item) => (
              <Message key={item.key} item={item} askedFor={lastUser} latest={item === last} />
            ))}
          </ol>
        </div>
        {st.turn ? (
          <div class="message theirs streaming" aria-busy="true" data-testid="streaming">
            <div class="bubble">
              {st.turn.text ? <RichText text={st.turn.text} /> : <span class="typing">Thinking…</span>}
            </div>
            <Chips tools={st.turn.tools} askedFor={lastUser} />
          </div>
        ) : null}
      </div>
      <Composer />
    </section>
  );
}
