import { useEffect, useState } from 'preact/hooks';
import { ApiError, errorText } from '../api.ts';
import { i18n, useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { toast } from '../ui/toasts.tsx';

const DEVICES = '/api/me/push-subscriptions';

/** Service workers, the Push API and notifications: without all three there is nothing to offer. */
const pushSupported = (): boolean =>
  'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** The VAPID key as PushManager wants it (the server sends URL-safe base64). */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Whether a subscription was made with this key (a server that changed its key needs a new one). */
function madeWith(sub: PushSubscription, key: Uint8Array): boolean {
  const used = sub.options.applicationServerKey;
  if (!used) return false;
  const a = new Uint8Array(used);
  return a.length === key.length && a.every((b, i) => b === key[i]);
}

/** "Firefox on Linux": what the device list calls this browser. */
function deviceLabel(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'A browser';
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : '';
  return system ? `${browser} on ${system}` : browser;
}

/** The per-device Web Push setting; nothing at all where the browser cannot do push. */
export function PushToggle() {
  return pushSupported() ? <PushSetting /> : null;
}

/**
 * "Alerts on this device when NightChill is closed": this browser's push subscription, held by the
 * browser and saved on the server for the signed-in account. On asks for notification permission,
 * subscribes with the server's key and saves it; off deletes it and unsubscribes.
 */
function PushSetting() {
  const { api, user } = useServices();
  const me = useStore(user);
  const { m, fill, lang } = useI18n();
  const p = m.push;
  // undefined: still asking; null: the server sends no pushes.
  const [key, setKey] = useState<string | null | undefined>(undefined);
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(
    Notification.permission === 'denied' ? i18n().m.push.blocked : null,
  );

  useEffect(() => {
    let live = true;
    (async () => {
      const serverKey = await api
        .get<{ publicKey: string }>('/api/push/key')
        .then((r) => r.publicKey)
        .catch((err: unknown) => {
          if (err instanceof ApiError && err.status === 404) return null;
          throw err;
        });
      if (!live) return;
      setKey(serverKey);
      if (!serverKey) return;
      // The language in the worker's URL: the words it writes itself follow the page's (sw.ts). A
      // new language is a new script URL, so the browser installs the worker again.
      const registration = await navigator.serviceWorker.register(`/sw.js?lang=${lang}`, { scope: '/' });
      const [sub, mine] = await Promise.all([
        registration.pushManager.getSubscription(),
        api.get<{ subscriptions: { endpoint: string }[] }>(DEVICES),
      ]);
      if (!live) return;
      // On: this browser's subscription, made with the server's current key, on the account's list.
      setOn(
        sub !== null &&
          Notification.permission === 'granted' &&
          madeWith(sub, keyBytes(serverKey)) &&
          mine.subscriptions.some((d) => d.endpoint === sub.endpoint),
      );
    })().catch((err: unknown) => {
      if (live) setProblem(fill(i18n().m.push.setupFailed, { problem: errorText(err) }));
    });
    return () => {
      live = false;
    };
  }, [api, lang]);

  const turnOn = async (serverKey: string) => {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      setProblem(permission === 'denied' ? p.blocked : p.notAllowed);
      return;
    }
    const registration = await navigator.serviceWorker.ready;
    const applicationServerKey = keyBytes(serverKey);
    let sub = await registration.pushManager.getSubscription();
    if (sub && !madeWith(sub, applicationServerKey)) {
      await sub.unsubscribe();
      sub = null;
    }
    try {
      sub ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
    } catch (err) {
      setProblem(fill(p.cannotSubscribe, { reason: (err as Error).message || p.noReason }));
      return;
    }
    const { endpoint, keys } = sub.toJSON();
    try {
      await api.post(DEVICES, { endpoint, keys, label: deviceLabel() });
    } catch (err) {
      await sub.unsubscribe().catch(() => false);
      setProblem(fill(p.turnOnFailed, { problem: errorText(err) }));
      return;
    }
    setOn(true);
    toast(p.on, 'success');
  };

  const turnOff = async () => {
    const registration = await navigator.serviceWorker.ready;
    const sub = await registration.pushManager.getSubscription();
    if (sub) {
      // Gone already (the push service dropped it): nothing to delete, the same outcome.
      await api.del(DEVICES, { endpoint: sub.endpoint }).catch((err: unknown) => {
        if (!(err instanceof ApiError && err.status === 404)) throw err;
      });
      await sub.unsubscribe();
    }
    setOn(false);
    toast(p.off, 'success');
  };

  const toggle = async (wanted: boolean) => {
    if (!key) return;
    setBusy(true);
    setProblem(null);
    try {
      await (wanted ? turnOn(key) : turnOff());
    } catch (err) {
      setProblem(
        fill(p.failed, { problem: err instanceof ApiError ? errorText(err) : (err as Error).message }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset disabled={busy} data-testid="push-setting">
      <legend>{p.legend}</legend>
      <label class="choice">
        <input
          type="checkbox"
          checked={on}
          disabled={!key}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        {p.label}
      </label>
      <p class="hint">{p.hint}</p>
      {key === null ? <p class="hint">{p.serverOff}</p> : null}
      {key && !me.notificationsEnabled ? <p class="hint">{p.liveOff}</p> : null}
      {problem ? (
        <p class="error" role="alert" data-testid="push-problem">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
