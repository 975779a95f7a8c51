/** localStorage that never throws (private modes and full quotas just forget). */
export const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // nothing to do: the value lives for this page only
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // as above
    }
  },
  getJson<T>(key: string, fallback: T): T {
    const raw = store.get(key);
    if (!raw) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  },
};

export const keys = {
  token: 'nightchill.token',
  outbox: (userId: string) => `nightchill.outbox.${userId}`,
  position: 'nightchill.position',
  places: (userId: string) => `nightchill.places.${userId}`,
  /** Set once the account picked a theme in Settings on this browser (until then the device decides). */
  themePicked: (userId: string) => `nightchill.themePicked.${userId}`,
  /** The language picked in Settings on this device (absent: the browser's). */
  language: 'nightchill.language',
};

/** A v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
