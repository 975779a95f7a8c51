import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Api } from './api.ts';
import { ChatView } from './chat/chat-view.tsx';
import { ChatClient } from './chat/client.ts';
import { useI18n } from './i18n/index.ts';
import { JourneyView } from './journey/journey-view.tsx';
import { MentorFeed } from './mentor/feed.ts';
import { MentorConsole } from './mentor/mentor-console.tsx';
import { Bell } from './notifications/bell.tsx';
import { Inbox } from './notifications/inbox.ts';
import { PlacesView } from './places/places-view.tsx';
import { href, type Route, useRoute } from './router.ts';
import { type Services, ServicesContext } from './services.ts';
import { SettingsView } from './settings/settings-view.tsx';
import { openSocket, type SignOutReason } from './socket.ts';
import { CounterView, type StaffPost } from './staff/counter-view.tsx';
import { keys, store } from './storage.ts';
import { createStore, useStore } from './store.ts';
import type { User } from './types.ts';
import { toast } from './ui/toasts.tsx';

const mentorAlerts = new Set(['session_booked', 'session_cancelled']);

/**
 * The skip link moves focus to the screen (its heading, where the next Tab goes on from) without
 * scrolling: following `#main` would scroll the header and tabs away, leave focus on the body, and
 * change the hash route.
 */
function skipToContent(e: MouseEvent) {
  e.preventDefault();
  const main = document.getElementById('main');
  const target = main?.querySelector<HTMLElement>('h2[tabindex]') ?? main;
  target?.focus({ preventScroll: true });
}

interface Props {
  api: Api;
  token: string;
  initialUser: User;
  onUserChange: (u: User) => void;
  onSignOut: (everywhere: boolean, reason?: SignOutReason) => Promise<void>;
}

/** The signed-in app: one socket, the chat, the inbox, and (for mentors) the console. */
export function Shell({ api, token, initialUser, onUserChange, onSignOut }: Props) {
  const route = useRoute();
  const { m, plural } = useI18n();
  const [isMentor, setIsMentor] = useState(false);
  const [counter, setCounter] = useState<StaffPost | null>(null);
  const services = useMemo(() => {
    const user = createStore(initialUser);
    const conn = openSocket(token, (reason) => void onSignOut(false, reason ?? 'expired'));
    const journeyVersion = createStore(0);
    const feed = new MentorFeed(conn.socket, () => user.get().timeZone);
    const chat = new ChatClient(api, conn.socket, initialUser.id, () => journeyVersion.set((v) => v + 1));
    const inbox = new Inbox(api, conn.socket, (n) => {
      // A mentor's session alerts have their own toast (MentorFeed); the rest show here.
      if (mentorAlerts.has(n.type) && feed.active) return;
      // A redeemed reward leaves the Journey's active rewards at once.
      if (n.type === 'reward_redeemed') journeyVersion.set((v) => v + 1);
      if (user.get().notificationsEnabled) toast(`${n.title}: ${n.message}`);
    });
    const renewToken = (change: () => Promise<string>) =>
      conn.renewToken(() =>
        api.renewing(async () => {
          const next = await change();
          store.set(keys.token, next);
          return next;
        }),
      );
    return {
      services: { api, user, chat, inbox, journeyVersion, renewToken } satisfies Services,
      conn,
      feed,
    };
  }, []);
  const { chat, inbox, user } = services.services;
  const unseen = useStore(services.feed.unseen);
  const me = useStore(user);

  useEffect(() => {
    chat.start();
    inbox.start();
    services.feed.start();
    const offUser = user.subscribe(onUserChange);
    // `mentor: null` for everyone who is not a mentor (no 404 on every page load).
    api
      .get<{ mentor: unknown }>('/api/mentors/me')
      .then((r) => {
        services.feed.active = r.mentor !== null;
        setIsMentor(r.mentor !== null);
      })
      .catch(() => setIsMentor(false));
    // `staff: null` for everyone but a partner's counter staff.
    api
      .get<{ staff: StaffPost | null }>('/api/staff/me')
      .then((r) => setCounter(r.staff))
      .catch(() => setCounter(null));
    return () => {
      offUser();
      chat.stop();
      inbox.stop();
      services.feed.stop();
      services.conn.close();
    };
  }, [api, chat, inbox, onUserChange, services, user]);

  // Moving between screens puts focus on the new screen's heading, for keyboards and screen readers.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h2')?.focus();
  }, [route]);

  const tabs: { route: Route; label: string; badge?: number }[] = [
    { route: 'chat', label: m.nav.chat },
    { route: 'places', label: m.nav.places },
    { route: 'journey', label: m.nav.journey },
    ...(isMentor ? [{ route: 'mentor' as const, label: m.nav.mentor, badge: unseen }] : []),
    ...(counter ? [{ route: 'counter' as const, label: m.nav.counter }] : []),
    { route: 'settings', label: m.nav.settings },
  ];

  return (
    <ServicesContext.Provider value={services.services}>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the handler keeps the hash route and the scroll */}
      <a class="skip-link" href="#main" onClick={skipToContent}>
        {m.app.skipToContent}
      </a>
      <header class="top">
        <h1 class="brand">NightChill</h1>
        <span class="who">{me.displayName}</span>
        <Bell />
        <button type="button" class="link" onClick={() => void onSignOut(true)}>
          {m.app.signOut}
        </button>
      </header>
      <nav class="tabs main-nav" aria-label={m.app.screens}>
        {tabs.map((t) => (
          <a
            key={t.route}
            href={href(t.route)}
            class={route === t.route ? 'tab active' : 'tab'}
            aria-current={route === t.route ? 'page' : undefined}
          >
            {t.label}
            {t.badge ? (
              <span class="count" data-testid="mentor-badge">
                <span aria-hidden="true">{t.badge}</span>
                <span class="visually-hidden"> {plural(m.app.newAlerts, t.badge)}</span>
              </span>
            ) : null}
          </a>
        ))}
      </nav>
      <main id="main" class={`screen screen-${route}`} tabIndex={-1}>
        {route === 'chat' ? <ChatView /> : null}
        {route === 'places' ? <PlacesView /> : null}
        {route === 'journey' ? <JourneyView /> : null}
        {route === 'mentor' && isMentor ? <MentorConsole feed={services.feed} /> : null}
        {route === 'mentor' && !isMentor ? <p class="panel">{m.app.mentorOnly}</p> : null}
        {route === 'counter' && counter ? <CounterView post={counter} /> : null}
        {route === 'counter' && !counter ? <p class="panel">{m.app.counterOnly}</p> : null}
        {route === 'settings' ? (
          <SettingsView onDeleted={() => void onSignOut(false, 'account_deleted')} />
        ) : null}
      </main>
    </ServicesContext.Provider>
  );
}
