import type { ContextSource } from '../domain/context.ts';
import { sendDueReminders } from '../domain/mentor-sessions/send-due-reminders.ts';
import { pushDeferredNotifications } from './deferred.ts';
import { ensurePartitions } from './partitions.ts';
import { nextReminderDue } from './reminders.ts';

export interface Scheduler {
  stop(): Promise<void>;
}

/** Runs fn after ms; returns what cancels it. */
export type Timer = (fn: () => void, ms: number) => () => void;

const systemTimer: Timer = (fn, ms) => {
  const handle = setTimeout(fn, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

export interface SchedulerOptions {
  /**
   * Longest wait between two looks at what is due (default 5 s): a reminder made after the last
   * look, by this instance or another, is pushed at most this late. Ones known at a look are
   * pushed at their time.
   */
  pollMs?: number;
  /** setTimeout by default; a test steps time itself, moving its clock by each wait. */
  timer?: Timer;
}

/** Back-off after a backlog batch or a row another instance held: not a busy loop. */
const MIN_WAIT_MS = 200;
const PARTITIONS_EVERY_MS = 3_600_000;

/**
 * Pushes reminders (session reminders, reminders set for later) on time: each look asks the
 * database when the next one falls due, sweeps when something is due, and sleeps until the next
 * one or pollMs, whichever comes first. Sweeps claim rows, so however many instances run this each
 * reminder goes out once. Partition upkeep runs once an hour. Time is source.clock's.
 */
export function startReminderScheduler(source: ContextSource, options: SchedulerOptions = {}): Scheduler {
  const pollMs = options.pollMs ?? 5_000;
  const timer = options.timer ?? systemTimer;
  const now = () => source.clock.now().getTime();
  const warn = (what: string) => (err: unknown) => {
    source.logger.warn({ err }, `${what} failed`);
    return false;
  };
  let partitionsAt = now();
  let stopped = false;
  let cancel = () => {};
  let running: Promise<void> = Promise.resolve();

  /** One look: sweeps if something is due; returns how long to wait before the next. */
  const look = async (): Promise<number> => {
    if (now() - partitionsAt >= PARTITIONS_EVERY_MS) {
      partitionsAt = now();
      await ensurePartitions(source).catch(warn('partition upkeep'));
    }
    let next = await nextReminderDue(source);
    if (next !== undefined && next.getTime() <= now()) {
      const swept = await Promise.all([
        sendDueReminders(source).then(() => true, warn('session reminder sweep')),
        pushDeferredNotifications(source).then(() => true, warn('deferred reminder sweep')),
      ]);
      if (swept.includes(false)) return pollMs;
      next = await nextReminderDue(source);
    }
    if (next === undefined) return pollMs;
    return Math.min(pollMs, Math.max(MIN_WAIT_MS, next.getTime() - now()));
  };

  const loop = () => {
    running = look()
      .catch((err: unknown) => {
        source.logger.warn({ err }, 'reminder look-up failed');
        return pollMs;
      })
      .then((wait) => {
        if (!stopped) cancel = timer(loop, wait);
      });
  };
  loop();
  return {
    stop: async () => {
      stopped = true;
      cancel();
      await running;
    },
  };
}
