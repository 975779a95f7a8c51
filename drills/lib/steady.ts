import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { trackPid, untrackPid } from './cleanup.ts';
import type { DrillUser } from './clients.ts';
import { repoRoot } from './instance.ts';
import { sleep } from './stats.ts';

export interface Point {
  lat: number;
  lng: number;
}

/** What one stretch of the ordinary user's loop saw. */
export interface Stretch {
  n: number;
  p50: number;
  p99: number;
  max: number;
  /** Calls that did not succeed, by what they answered (a code, a status, or no_answer). */
  errors: Record<string, number>;
  /** Each kind of call's own p99 (history, me, nearby): which of them an attack slowed. */
  p99ByCall: Record<string, number>;
}

export interface SteadyUser {
  /** Runs the loop for `ms`, or until `until` settles (then also returns what it resolved to). */
  measure<T>(until: number | Promise<T>): Promise<{ stretch: Stretch; result: T | undefined }>;
  close(): void;
}

/** The next message from the child, or its exit as an error. */
function nextMessage<T>(child: ChildProcess, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`the ordinary user said nothing within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (m: T) => done(undefined, m);
    const onExit = (code: number | null) => done(new Error(`the ordinary user's process exited (${code})`));
    function done(err?: Error, m?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(m as T);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/**
 * Ordinary people using the app beside an attack, in a process of its own
 * (drills/lib/steady-loop.ts): in a loop, a page of one person's chat history (`historyLimit`
 * messages), their GET /api/me and the places near `point`, one after another, a round every
 * `periodMs`, each round the next person's (so that each reads at a pace that keeps their own
 * chat_reads budget far from its limit). Every call's latency is kept; a call that fails counts as
 * an error, never as a latency.
 */
export async function steadyUser(
  url: string,
  users: DrillUser[],
  point: Point,
  options: { periodMs: number; historyLimit: number },
): Promise<SteadyUser> {
  const child = fork(
    path.join(repoRoot, 'drills/lib/steady-loop.ts'),
    [JSON.stringify({ url, tokens: users.map((u) => u.token), point, ...options })],
    { cwd: repoRoot, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
  trackPid(child.pid);
  child.once('exit', () => untrackPid(child.pid));
  try {
    await nextMessage(child, 60_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    async measure<T>(until: number | Promise<T>) {
      child.send('start');
      const settled = await Promise.resolve(typeof until === 'number' ? sleep(until) : until).then(
        (value) => ({ value: value as T | undefined, error: undefined }),
        (error: unknown) => ({ value: undefined, error }),
      );
      const answer = nextMessage<Stretch>(child, 30_000);
      child.send('stop');
      const stretch = await answer;
      if (settled.error !== undefined) throw settled.error;
      return { stretch, result: settled.value };
    },
    close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
