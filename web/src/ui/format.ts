import { i18n } from '../i18n/index.ts';

/** Distances as a person reads them, and the reduced-motion preference. Times: time.ts and `<When>`. */

/** "350 m", "1.2 km" ("1,2 km" in German): metres under a kilometre, in the page's language. */
export function distance(km: number | undefined): string | undefined {
  if (km === undefined) return undefined;
  const { number } = i18n();
  return km < 1
    ? number(Math.round(km * 1000), { style: 'unit', unit: 'meter' })
    : number(km, { style: 'unit', unit: 'kilometer', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
