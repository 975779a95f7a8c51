/// <reference lib="webworker" />
/**
 * NightChill's service worker, built to /sw.js (scope /). It does one thing: Web Push alerts for a
 * device with no NightChill tab open (the server pushes only then; docs/web-client.md, "Push").
 * A push shows its notification; a tap focuses an open tab, or opens the app, at the alert's page.
 * It caches nothing and fetches nothing.
 */
declare const self: ServiceWorkerGlobalScope;
/** The catalogues' `push.fallback` by language, put in by src/web/build.ts (esbuild's define). */
declare const NIGHTCHILL_PUSH_FALLBACK: Record<string, string>;

import { firstSpoken } from './i18n/tags.ts';

interface Alert {
  title: string;
  body: string;
  url: string;
  tag: string | undefined;
}

/** Only a path of this app: a payload never sends the browser anywhere else. */
const samePath = (url: unknown): string =>
  typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : '/';

/**
 * The language of the words the worker writes itself: the page's at the time it registered the
 * worker (`/sw.js?lang=es`: Settings or the browser, settings/push-toggle.tsx), else the browser's.
 */
function fallbackText(): string {
  const tags = [
    new URL(self.location.href).searchParams.get('lang') ?? '',
    ...(self.navigator.languages ?? []),
  ];
  const lang = firstSpoken(tags, Object.keys(NIGHTCHILL_PUSH_FALLBACK)) ?? 'en';
  return NIGHTCHILL_PUSH_FALLBACK[lang] ?? '';
}

/** The payload the server sends ({title, body, url, tag}); anything else still shows something. */
function readAlert(event: PushEvent): Alert {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = event.data?.json();
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    // not JSON: the generic alert below
  }
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v : fallback);
  return {
    title: text(data.title, 'NightChill'),
    body: text(data.body, fallbackText()),
    url: samePath(data.url),
    tag: typeof data.tag === 'string' && data.tag ? data.tag : undefined,
  };
}

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('push', (event) => {
  const alert = readAlert(event);
  // `renotify`: a cancellation that replaces its booking's alert (same tag) still alerts.
  const options: NotificationOptions & { renotify?: boolean } = {
    body: alert.body,
    data: { url: alert.url },
    ...(alert.tag ? { tag: alert.tag, renotify: true } : {}),
  };
  event.waitUntil(self.registration.showNotification(alert.title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(
    samePath((event.notification.data as { url?: unknown } | null)?.url),
    self.location.origin,
  );
  event.waitUntil(
    (async () => {
      const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const tab = tabs.find((c) => new URL(c.url).origin === target.origin);
      if (!tab) {
        await self.clients.openWindow(target.href);
        return;
      }
      const focused = await tab.focus();
      if (focused.url !== target.href) await focused.navigate(target.href).catch(() => null);
    })(),
  );
});
