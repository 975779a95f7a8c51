import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { createStore, useStore } from '../store.ts';
import { fullTime, relative, stamp, stampNear, type TimeFrame } from './time.ts';

/**
 * Now, to the minute, for every label on the page: one timer, set for the next minute's start and
 * running only while some label shows a time. A tab coming back into view refreshes at once
 * (browsers slow a hidden tab's timers), so "5 min ago" is never an hour stale.
 */
const now = createStore(Date.now());
let timer: ReturnType<typeof setTimeout> | undefined;
let watchers = 0;

function tick() {
  now.set(Date.now());
  timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
}

function onVisible() {
  if (document.visibilityState === 'visible') now.set(Date.now());
}

/** The current time (ms), re-rendering the caller each minute. */
export function useNow(): number {
  useEffect(() => {
    if (watchers++ === 0) {
      tick();
      document.addEventListener('visibilitychange', onVisible);
    }
    return () => {
      if (--watchers === 0) {
        clearTimeout(timer);
        document.removeEventListener('visibilitychange', onVisible);
      }
    };
  }, []);
  return useStore(now);
}

/** The profile's zone, now, and the page's language: what every time on a signed-in screen is said in. */
export function useTimeFrame(): TimeFrame {
  const { user } = useServices();
  const zone = useStore(user).timeZone;
  const { locale } = useI18n();
  return { zone, now: useNow(), locale };
}

const styles = { stamp, relative, near: stampNear } as const;

/**
 * A `<time>` in the profile's zone and the page's language, kept current: `stamp` "yesterday
 * 18:40" (chat), `near` "14:05 · 5 min ago" (notifications, sessions, expiries), `relative`
 * "5 min ago". Hovering shows the full date with the zone.
 */
export function When({ at, style = 'stamp' }: { at: string; style?: keyof typeof styles }) {
  const frame = useTimeFrame();
  return (
    <time dateTime={at} title={fullTime(at, frame)}>
      {styles[style](at, frame)}
    </time>
  );
}
