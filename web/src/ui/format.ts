import { stamp } from './time.ts';

/** Distances as a person reads them, and the reduced-motion preference. Times: time.ts and `<When>`. */

/** A time in `timeZone` (the profile's), as time.ts says it; in a view, `<When at=…>` keeps it current. */
export function when(iso: string, timeZone?: string): string {
  return stamp(iso, { zone: timeZone, now: Date.now() });
}

export function distance(km: number | undefined): string | undefined {
  if (km === undefined) return undefined;
  return km < 1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1)} km`;
}

export const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
