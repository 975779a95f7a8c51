import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { TurnInProgress } from '../../contract/socket.ts';
import type { Coordinator } from './coordination.ts';

/** What a queued turn is given when its time comes. */
export interface TurnSlot {
  turnId: string;
  signal: AbortSignal;
  /** Records streamed text, for chat:sync on any instance. */
  streamed(delta: string): void;
}

interface Job {
  key: string;
  replyTo: string;
  run(slot: TurnSlot): Promise<void>;
  done(err?: unknown): void;
}

interface UserQueue {
  jobs: Job[];
  running: boolean;
  timer?: NodeJS.Timeout;
}

interface Active {
  turnId: string;
  replyTo: string;
  controller: AbortController;
  partial: string;
}

/**
 * One turn per user at a time, in the order of their messages. In this instance: a queue per user,
 * sorted by message id (UUIDv7, so by when each was stored), started at once (or after settleMs,
 * when set, for messages that could arrive out of order). Across instances: the coordinator's lock.
 */
export function createRunner(options: {
  coordinator: Coordinator;
  logger: Logger;
  /** The longest a turn may run (its lock lives a little longer). */
  turnDeadlineMs: number;
  settleMs: number;
}) {
  const { coordinator, logger } = options;
  const queues = new Map<string, UserQueue>();
  const active = new Map<string, Active>();
  const running = new Set<Promise<void>>();
  /** Every running job's controller, those still waiting for the lock included. */
  const controllers = new Set<AbortController>();
  let closed = false;

  coordinator.onCancel((userId, turnId) => {
    const a = active.get(userId);
    if (a?.turnId === turnId) a.controller.abort(new Error('cancelled'));
  });

  const schedule = (userId: string, q: UserQueue) => {
    if (q.running || q.timer || q.jobs.length === 0) return;
    // No settle: the first turn starts now. One instance hands a user's messages over in the
    // order they were stored (the chat writer keeps a user on one lane), so there is nothing to
    // wait for; a settle only delays every turn's first word (docs/performance.md).
    if (options.settleMs <= 0) {
      void drain(userId, q);
      return;
    }
    q.timer = setTimeout(() => {
      q.timer = undefined;
      void drain(userId, q);
    }, options.settleMs);
  };

  async function drain(userId: string, q: UserQueue): Promise<void> {
    q.running = true;
    while (q.jobs.length > 0) {
      q.jobs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const job = q.jobs.shift()!;
      const work = runJob(userId, job);
      running.add(work);
      await work;
      running.delete(work);
    }
    q.running = false;
    if (q.jobs.length === 0 && !q.timer) queues.delete(userId);
  }

  async function runJob(userId: string, job: Job): Promise<void> {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(new Error('deadline')), options.turnDeadlineMs);
    const lockTtl = options.turnDeadlineMs + 5_000;
    let release: (() => void) | undefined;
    const turnId = randomUUID();
    const entry: Active = { turnId, replyTo: job.replyTo, controller, partial: '' };
    controllers.add(controller);
    try {
      release = await coordinator.lock(userId, lockTtl, controller.signal);
      active.set(userId, entry);
      coordinator.turnStarted(userId, { turnId, replyTo: job.replyTo }, lockTtl);
      await job.run({
        turnId,
        signal: controller.signal,
        streamed: (delta) => {
          entry.partial += delta;
          coordinator.appendPartial(userId, turnId, delta);
        },
      });
      job.done();
    } catch (err) {
      logger.error({ err }, 'assistant turn failed');
      job.done(err);
    } finally {
      clearTimeout(deadline);
      controllers.delete(controller);
      if (active.get(userId) === entry) active.delete(userId);
      coordinator.turnEnded(userId, turnId);
      release?.();
    }
  }

  return {
    /** Queues a turn for the user; resolves when it has run. */
    enqueue(userId: string, key: string, replyTo: string, run: Job['run']): Promise<void> {
      if (closed) return Promise.reject(new Error('assistant is shutting down'));
      return new Promise<void>((resolve, reject) => {
        let q = queues.get(userId);
        if (!q) {
          q = { jobs: [], running: false };
          queues.set(userId, q);
        }
        q.jobs.push({ key, replyTo, run, done: (err) => (err ? reject(err) : resolve()) });
        schedule(userId, q);
      });
    },
    /** Stops the turn if it runs here, or asks the instance that runs it. */
    async cancel(userId: string, turnId: string): Promise<boolean> {
      const a = active.get(userId);
      if (a?.turnId === turnId) {
        a.controller.abort(new Error('cancelled'));
        return true;
      }
      return coordinator.cancelElsewhere(userId, turnId);
    },
    /** Stops whatever turn the user has running here (a crisis message supersedes it). */
    interrupt(userId: string): void {
      active.get(userId)?.controller.abort(new Error('superseded'));
    },
    async inProgress(userId: string): Promise<TurnInProgress | undefined> {
      const a = active.get(userId);
      if (a) return { turnId: a.turnId, replyTo: a.replyTo, partialContent: a.partial };
      return coordinator.turnInProgress(userId);
    },
    /** Lets running turns finish (up to drainMs), then aborts what is left. */
    async close(drainMs: number): Promise<void> {
      closed = true;
      for (const q of queues.values()) {
        clearTimeout(q.timer);
        q.timer = undefined;
        for (const job of q.jobs.splice(0)) job.done(new Error('assistant is shutting down'));
      }
      const timeout = new Promise((resolve) => setTimeout(resolve, drainMs).unref());
      await Promise.race([Promise.allSettled([...running]), timeout]);
      // A turn still waiting for another instance's lock (one left behind by a Redis failover,
      // say) is stopped too: shutting down waited out the lock's 95 s (the Redis Cluster drill).
      for (const c of controllers) c.abort(new Error('shutdown'));
      await Promise.allSettled([...running]);
    },
  };
}

export type Runner = ReturnType<typeof createRunner>;
