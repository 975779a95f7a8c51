import { gazetteer } from '../../../src/domain/locations/gazetteer.ts';
import { i18n } from '../i18n/index.ts';
import { keys, store } from '../storage.ts';
import { createStore } from '../store.ts';

export interface Position {
  lat: number;
  lng: number;
  source: 'device' | 'city';
  city?: string;
  /** When the device said so (ms since the epoch); a chosen city has no time. */
  at?: number;
}

/** A device position older than this is not sent with a message: it would mislead more than help. */
export const FRESH_FOR_MS = 10 * 60_000;

/** City centres (the server's gazetteer): where "near me" looks when the device will not say. */
export const cities: { name: string; lat: number; lng: number }[] = gazetteer.map(({ name, lat, lng }) => ({
  name,
  lat,
  lng,
}));

/** Where the user said they are: their device's position, a city they chose, or nothing. */
export const position = createStore<Position | null>(store.getJson<Position | null>(keys.position, null));
position.subscribe((p) => (p ? store.set(keys.position, JSON.stringify(p)) : store.remove(keys.position)));

/**
 * While the device's position is shared it is followed (watchPosition), so "I'm at the café now"
 * after walking there carries where the person is, not where they were when they shared it.
 * Choosing a city or stopping sharing stops following.
 */
let watching: number | undefined;
function follow(p: Position | null): void {
  if (p?.source === 'device') {
    if (watching !== undefined || !('geolocation' in navigator)) return;
    watching = navigator.geolocation.watchPosition(
      (fix) => {
        if (position.get()?.source !== 'device') return;
        position.set({
          lat: fix.coords.latitude,
          lng: fix.coords.longitude,
          source: 'device',
          at: Date.now(),
        });
      },
      () => undefined,
      { enableHighAccuracy: false, maximumAge: 30_000 },
    );
  } else if (watching !== undefined) {
    navigator.geolocation.clearWatch(watching);
    watching = undefined;
  }
}
position.subscribe(follow);
follow(position.get());

/** Where to say the person is with a message: a chosen city, or a device position fresh enough. */
export function currentPosition(now = Date.now()): { lat: number; lng: number } | undefined {
  const p = position.get();
  if (!p) return undefined;
  if (p.source === 'device' && (p.at === undefined || now - p.at > FRESH_FOR_MS)) return undefined;
  return { lat: p.lat, lng: p.lng };
}

/** Asks the browser for the device's position (the browser asks the person). */
export function devicePosition(timeoutMs = 10_000): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error(i18n().m.location.unsupported));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, source: 'device', at: Date.now() }),
      (e) =>
        reject(
          new Error(
            e.code === e.PERMISSION_DENIED ? i18n().m.location.denied : i18n().m.location.unavailable,
          ),
        ),
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}

/** Shares the device's position; on failure the caller offers the city list. */
export async function shareDeviceLocation(): Promise<Position> {
  const p = await devicePosition();
  position.set(p);
  return p;
}

export function chooseCity(name: string): Position | null {
  const c = cities.find((x) => x.name === name);
  if (!c) return null;
  const p: Position = { lat: c.lat, lng: c.lng, source: 'city', city: c.name };
  position.set(p);
  return p;
}

/** The device's position now if it is shared, for a check-in's geofence; otherwise none. */
export async function currentCoordinates(): Promise<{ lat: number; lng: number } | undefined> {
  const p = position.get();
  if (p?.source !== 'device') return undefined;
  try {
    const fresh = await devicePosition(5_000);
    position.set(fresh);
    return { lat: fresh.lat, lng: fresh.lng };
  } catch {
    return { lat: p.lat, lng: p.lng };
  }
}
