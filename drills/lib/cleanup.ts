import { spawnSync } from 'node:child_process';

/**
 * Everything a drill starts is registered here and torn down in its finally block; if the drill
 * process dies first (an exception, Ctrl-C), the exit hook still kills every child it started and
 * drops every database it created, synchronously.
 */
const pids = new Set<number>();
const databases = new Map<string, string>(); // name → admin URL

export function trackPid(pid: number | undefined): void {
  if (pid) pids.add(pid);
}
export function untrackPid(pid: number | undefined): void {
  if (pid) pids.delete(pid);
}
export function trackDatabase(name: string, adminUrl: string): void {
  databases.set(name, adminUrl);
}
export function untrackDatabase(name: string): void {
  databases.delete(name);
}

function lastResort(): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  pids.clear();
  for (const [name, url] of databases) {
    spawnSync('psql', [url, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: 'ignore' });
  }
  databases.clear();
}

let installed = false;
/** Installs the exit hook once, and (for the CLI, not inside a test runner) the signal hooks. */
export function installCleanupHooks(options: { signals?: boolean } = {}): void {
  if (installed) return;
  installed = true;
  process.on('exit', lastResort);
  if (options.signals === false) return;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      lastResort();
      process.exit(130);
    });
  }
}
