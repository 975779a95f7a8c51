import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { BellIcon } from '../ui/icons.tsx';
import { When } from '../ui/when.tsx';

/** The bell with the unread count (live), opening the list; an item is marked read when chosen. */
export function Bell() {
  const { inbox } = useServices();
  const st = useStore(inbox.state);
  const { m, plural } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // A layout effect: Escape is heard from the first frame the panel shows (a plain effect ran after
  // paint, and a quick Escape in between was lost, leaving the panel open).
  useLayoutEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const label = st.unread ? plural(m.notifications.unread, st.unread) : m.notifications.title;
  return (
    <div class="bell">
      <button
        ref={button}
        type="button"
        class="icon-button"
        aria-label={label}
        aria-expanded={open}
        aria-controls="notification-panel"
        onClick={() => setOpen(!open)}
        data-testid="bell"
      >
        <BellIcon />
        {st.unread ? (
          <span class="count" data-testid="unread-count" aria-hidden="true">
            {st.unread > 99 ? '99+' : st.unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id="notification-panel" class="popover" ref={panel}>
          <div class="popover-head">
            <h2 tabIndex={-1}>{m.notifications.title}</h2>
            <button type="button" class="link" onClick={() => void inbox.markAllRead()} disabled={!st.unread}>
              {m.notifications.markAllRead}
            </button>
          </div>
          {st.items.length === 0 ? <p class="empty">{m.notifications.empty}</p> : null}
          <ul class="notifications">
            {st.items.map((n) => (
              <li key={n.id} class={n.read ? 'read' : 'unread'}>
                <button type="button" class="notification" onClick={() => void inbox.markRead(n.id)}>
                  <strong>{n.title}</strong>
                  <span>{n.message}</span>
                  <span class="hint">
                    {/* A reminder's time is when it fired, not when it was set. */}
                    <When at={n.deliverAt ?? n.createdAt} style="near" />
                    {n.read ? '' : m.notifications.unreadMark}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {st.nextCursor ? (
            <button type="button" class="link" onClick={() => void inbox.more()}>
              {m.notifications.older}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
