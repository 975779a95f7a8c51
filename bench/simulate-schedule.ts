/**
 * The synthetic day of `npm run bench -- simulate`, as data: who is online when and what they do.
 * Pure and deterministic (a seeded PRNG), so a run replays and the shape is unit-tested
 * (test/unit/simulate-schedule.test.ts).
 */
import { prng } from '../drills/lib/stats.ts';
import { BenchUsageError } from './usage.ts';

export type ActionKind = 'chat' | 'checkin' | 'search' | 'book';

export interface Action {
  /** ms from the start of the compressed day. */
  at: number;
  kind: ActionKind;
}

/** One connection: the socket is open from `from` to `to` (ms) and does `actions` meanwhile. */
export interface Session {
  from: number;
  to: number;
  actions: Action[];
}

export interface UserPlan {
  index: number;
  /** Mentors stay connected all day and receive booking alerts; they do nothing else. */
  mentor: boolean;
  sessions: Session[];
}

export interface ScheduleOptions {
  users: number;
  /** Length of the compressed day in minutes (24 hours → this). */
  minutes: number;
  /** Multiplies every per-user rate (messages, check-ins, searches, bookings). */
  scale: number;
  seed: number;
  mentors: number;
}

export interface Schedule {
  dayMs: number;
  hourMs: number;
  plans: UserPlan[];
}

export const limits = { users: 5_000, minutes: 60, scale: 10 } as const;

/** Share of users online at the busiest hour of the day. */
export const PEAK_ONLINE = 0.7;
/** chat:send per user per online hour at scale 1 ("a few"). */
export const MESSAGES_PER_ACTIVE_HOUR = 3;
/** Chances per online hour at scale 1. */
export const CHECKIN_PER_ACTIVE_HOUR = 0.25;
export const SEARCH_PER_ACTIVE_HOUR = 0.5;
export const BOOKING_PER_ACTIVE_HOUR = 0.04;
/**
 * Gaps between one user's messages are human typing gaps and are not compressed: the rate limit
 * (30 a minute per user, src/domain/chat/limits.ts) counts real seconds. Never closer than this.
 */
export const MIN_CHAT_GAP_MS = 2_100;
const TYPING_GAP_MS = [2_500, 8_000] as const;

/**
 * Share of the peak load at an hour of the day (0 ≤ hour < 24), in [0, 1]: a quiet night
 * (≈ 5% at 4 am), a morning peak around 8:30 and the evening peak around 20:30, the highest.
 */
export function activity(hour: number): number {
  return Math.min(1, rawActivity(hour) / PEAK_RAW);
}

function rawActivity(hour: number): number {
  const h = ((hour % 24) + 24) % 24;
  const bump = (centre: number, width: number) => {
    // Distance on the clock, so 23:00 is near 01:00.
    const d = Math.min(Math.abs(h - centre), 24 - Math.abs(h - centre));
    return Math.exp(-(d * d) / (2 * width * width));
  };
  return 0.05 + 0.55 * bump(8.5, 1.6) + 0.35 * bump(13, 2.5) + 0.95 * bump(20.5, 2.2);
}

/** The curve's maximum, found on a one-minute grid. */
const PEAK_RAW = Math.max(...Array.from({ length: 24 * 60 }, (_, m) => rawActivity(m / 60)));

/** Knuth's method; fine for the small means used here. */
function poisson(mean: number, random: () => number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit && k < 1_000) {
    k++;
    p *= random();
  }
  return k;
}

export function validateOptions(o: ScheduleOptions): void {
  const bad = (what: string) => {
    throw new BenchUsageError(what);
  };
  if (!Number.isInteger(o.users) || o.users < 2 || o.users > limits.users)
    bad(`--users must be a whole number from 2 to ${limits.users}`);
  if (!Number.isFinite(o.minutes) || o.minutes < 0.5 || o.minutes > limits.minutes)
    bad(`--minutes must be from 0.5 to ${limits.minutes}`);
  if (!Number.isFinite(o.scale) || o.scale <= 0 || o.scale > limits.scale)
    bad(`--scale must be above 0 and at most ${limits.scale}`);
  if (!Number.isInteger(o.mentors) || o.mentors < 1 || o.mentors >= o.users)
    bad('mentors must be at least 1 and fewer than the users');
  if (!Number.isInteger(o.seed)) bad('--seed must be a whole number');
}

/** The day: each user's sessions and actions, deterministic for the options. */
export function buildSchedule(o: ScheduleOptions): Schedule {
  validateOptions(o);
  const dayMs = Math.round(o.minutes * 60_000);
  const hourMs = dayMs / 24;
  const random = prng(o.seed);
  const plans: UserPlan[] = [];
  for (let index = 0; index < o.users; index++) {
    if (index < o.mentors) {
      plans.push({ index, mentor: true, sessions: [{ from: 0, to: dayMs, actions: [] }] });
      continue;
    }
    const sessions: Session[] = [];
    let open: Session | undefined;
    let lastChat = Number.NEGATIVE_INFINITY;
    for (let hour = 0; hour < 24; hour++) {
      const start = hour * hourMs;
      const online = random() < PEAK_ONLINE * activity(hour + 0.5);
      if (!online) {
        if (open) sessions.push(open);
        open = undefined;
        continue;
      }
      // A connection opens somewhere in its first hour and stays while the user stays online.
      open ??= { from: Math.round(start + random() * hourMs * 0.5), to: 0, actions: [] };
      open.to = Math.round(start + hourMs);
      const within = () =>
        Math.round(Math.max(open!.from, start) + random() * (start + hourMs - Math.max(open!.from, start)));
      // One conversation an hour: messages a few seconds apart, all inside the hour, so the load
      // follows the curve however short the hour is (typing gaps shrink to fit, never below the
      // rate limit's spacing; what does not fit is dropped).
      const from = Math.max(open.from, start);
      const room = start + hourMs - from;
      const n = Math.min(
        poisson(MESSAGES_PER_ACTIVE_HOUR * o.scale, random),
        Math.floor(room / MIN_CHAT_GAP_MS),
      );
      if (n > 0) {
        const gapMax = Math.max(MIN_CHAT_GAP_MS, Math.min(TYPING_GAP_MS[1], room / n));
        const gapMin = Math.min(TYPING_GAP_MS[0], gapMax);
        const gaps = Array.from({ length: n - 1 }, () => gapMin + random() * (gapMax - gapMin));
        const span = gaps.reduce((a, b) => a + b, 0);
        let at = Math.round(from + random() * Math.max(0, room - span - 1));
        for (let i = 0; i < n; i++) {
          if (i > 0) at = Math.round(at + gaps[i - 1]!);
          at = Math.max(at, lastChat + MIN_CHAT_GAP_MS);
          if (at >= start + hourMs || at >= dayMs) break;
          open.actions.push({ at, kind: 'chat' });
          lastChat = at;
        }
      }
      if (random() < CHECKIN_PER_ACTIVE_HOUR * o.scale) open.actions.push({ at: within(), kind: 'checkin' });
      if (random() < SEARCH_PER_ACTIVE_HOUR * o.scale) open.actions.push({ at: within(), kind: 'search' });
      if (random() < BOOKING_PER_ACTIVE_HOUR * o.scale) open.actions.push({ at: within(), kind: 'book' });
    }
    if (open) sessions.push(open);
    for (const s of sessions) {
      s.actions.sort((a, b) => a.at - b.at);
      // Stay a moment after the last action, for its reply; never past the end of the day.
      const last = s.actions.at(-1)?.at ?? s.from;
      s.to = Math.min(dayMs, Math.max(s.to, last + 3_000));
    }
    plans.push({ index, mentor: false, sessions });
  }
  return { dayMs, hourMs, plans };
}

/** Users connected at ms `t` by the plan (mentors included). */
export function onlineAt(schedule: Schedule, t: number): number {
  let n = 0;
  for (const p of schedule.plans) if (p.sessions.some((s) => s.from <= t && t < s.to)) n++;
  return n;
}

/** Planned actions of each kind per simulated hour (24 rows). */
export function actionsPerHour(schedule: Schedule): Record<ActionKind, number>[] {
  const rows = Array.from({ length: 24 }, () => ({ chat: 0, checkin: 0, search: 0, book: 0 }));
  for (const p of schedule.plans)
    for (const s of p.sessions)
      for (const a of s.actions) rows[Math.min(23, Math.floor(a.at / schedule.hourMs))]![a.kind]++;
  return rows;
}
