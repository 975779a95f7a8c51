import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { ArrowDownIcon } from '../ui/icons.tsx';
import { RichText } from '../ui/rich-text.tsx';
import { Composer } from './composer.tsx';
import { Consent } from './consent.tsx';
import { Chips, Message } from './message.tsx';
import type { ChatState } from './state.ts';

/** The conversation: history (scroll up for more), the reply streaming in, and the composer. */
export function ChatView() {
  const services = useServices();
  const user = useStore(services.user);
  if (!user.consentGiven) return <Consent api={services.api} onConsented={(u) => services.user.set(u)} />;
  return <Conversation />;
}

/** Closer to the bottom than this (px) counts as at the bottom: the view follows what arrives. */
const NEAR_BOTTOM = 48;

const atBottom = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM;

/** What is at the end of the conversation: changes when a message or a reply starts arriving. */
const tailOf = (st: ChatState) => `${st.items.at(-1)?.key ?? ''}|${st.turn ? 'turn' : ''}`;

/**
 * The view follows the conversation while the reader is at the bottom, through replies with cards
 * and while one streams (the list's size is watched, so whatever grows after a render is followed
 * too). Scrolled up to read, it stays where it is and a "New messages" button says more arrived.
 * Nothing here moves focus, except to keep it when that button goes away.
 */
function Conversation() {
  const { chat } = useServices();
  const { m } = useI18n();
  const st = useStore(chat.state);
  const list = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const tail = useRef(tailOf(st));
  const [unseen, setUnseen] = useState(false);
  const before = useRef<{ height: number; top: number; first: string | undefined } | null>(null);

  const toBottom = () => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  };

  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const first = st.items[0]?.key;
    const b = before.current;
    const nextTail = tailOf(st);
    const grew = nextTail !== tail.current;
    tail.current = nextTail;
    const last = st.items.at(-1);
    // The person's own message, just written here: they want to see it and the reply.
    if (grew && last?.role === 'user' && last.state !== 'stored') stick.current = true;
    if (b && b.first !== first) {
      // Older messages were added above: keep what they were reading where it was.
      el.scrollTop = b.top + (el.scrollHeight - b.height);
      stick.current = atBottom(el);
    } else if (stick.current) {
      toBottom();
    } else if (grew && st.loaded) {
      setUnseen(true);
    }
    before.current = { height: el.scrollHeight, top: el.scrollTop, first };
  });

  // Whatever changes size after a render (cards laid out, the composer growing, a phone's keyboard,
  // a rotated screen) keeps the bottom in view while the reader is there.
  useEffect(() => {
    const el = list.current;
    const inner = content.current;
    if (!el || !inner || typeof ResizeObserver !== 'function') return;
    const follow = new ResizeObserver(() => {
      if (stick.current) toBottom();
      if (before.current) before.current = { ...before.current, height: el.scrollHeight, top: el.scrollTop };
    });
    follow.observe(el);
    follow.observe(inner);
    return () => follow.disconnect();
  }, []);

  // The message box takes focus when the conversation opens, unless the person is somewhere else.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById('message-input')?.focus();
  }, []);

  const onScroll = () => {
    const el = list.current;
    if (!el) return;
    stick.current = atBottom(el);
    if (stick.current) setUnseen(false);
    before.current = { height: el.scrollHeight, top: el.scrollTop, first: st.items[0]?.key };
    if (el.scrollTop < 60 && st.olderCursor && !st.loadingOlder) void chat.loadOlder();
  };

  const showNewest = (e: MouseEvent) => {
    const hadFocus = document.activeElement === e.currentTarget;
    stick.current = true;
    toBottom();
    setUnseen(false);
    // The button goes away: focus stays in the conversation rather than falling to the page.
    if (hadFocus) list.current?.focus({ preventScroll: true });
  };

  const lastUser = [...st.items].reverse().find((i) => i.role === 'user')?.content ?? '';
  const last = st.items.at(-1);
  // The assistant's answer to the latest message, with nothing running: it may be asked for again
  // (the server has the last word: never a reply that booked or checked in, nor a safety response).
  const regenerable =
    !st.turn && st.connected && last?.role === 'assistant' && last.state === 'stored' && last.replyTo
      ? last.replyTo === st.items.at(-2)?.id
      : false;
  return (
    <section class="chat" aria-labelledby="chat-title">
      <h2 id="chat-title" class="visually-hidden" tabIndex={-1}>
        {m.chat.title}
      </h2>
      {st.connected ? null : (
        <p class="offline-banner" role="status" data-testid="offline-banner">
          {st.loaded ? m.chat.offline : m.app.loading}
        </p>
      )}
      <div class="messages-frame">
        {/* Focusable, so a keyboard can scroll it even when no message holds a button. */}
        <section
          class="messages"
          ref={list}
          onScroll={onScroll}
          data-testid="messages"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1)
          tabIndex={0}
          aria-label={m.chat.messages}
        >
          <div class="messages-content" ref={content}>
            {st.olderCursor ? (
              <button
                type="button"
                class="link load-older"
                onClick={() => void chat.loadOlder()}
                disabled={st.loadingOlder}
              >
                {st.loadingOlder ? m.app.loading : m.chat.loadEarlier}
              </button>
            ) : null}
            {st.loaded && st.items.length === 0 ? <p class="empty">{m.chat.empty}</p> : null}
            <div role="log" aria-live="polite" aria-relevant="additions" aria-label={m.chat.conversation}>
              <ol class="message-list">
                {st.items.map((item) => (
                  <Message
                    key={item.key}
                    item={item}
                    askedFor={lastUser}
                    latest={item === last}
                    canRegenerate={regenerable && item === last}
                  />
                ))}
              </ol>
            </div>
            {st.turn ? (
              <div class="message theirs streaming" aria-busy="true" data-testid="streaming">
                <div class="bubble">
                  {st.turn.text ? (
                    <RichText text={st.turn.text} />
                  ) : (
                    <span class="typing">{m.chat.thinking}</span>
                  )}
                </div>
                <Chips tools={st.turn.tools} askedFor={lastUser} />
              </div>
            ) : null}
          </div>
        </section>
        {unseen ? (
          <button type="button" class="new-messages" onClick={showNewest} data-testid="new-messages">
            <ArrowDownIcon /> {m.chat.newMessages}
          </button>
        ) : null}
      </div>
      <Composer />
    </section>
  );
}
