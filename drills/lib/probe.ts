/**
 * Loaded into each app instance a drill starts (node --import), never into production: on SIGUSR2
 * it writes one line to stderr, `DRILL_PROBE {json}`, with the process's memory after a full GC
 * and whether Object.prototype gained or lost anything since start-up (prototype pollution).
 * With DRILL_HEAP_DIR set it also writes a heap snapshot there first, to compare two of them with
 * `npx tsx drills/heap-diff.ts <before> <after>` when memory grows.
 */
import path from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

const baseline = new Set(Object.getOwnPropertyNames(Object.prototype));

process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const dir = process.env.DRILL_HEAP_DIR;
  if (dir) writeHeapSnapshot(path.join(dir, `${process.pid}-${Date.now()}.heapsnapshot`));
  const now = Object.getOwnPropertyNames(Object.prototype);
  const added = now.filter((n) => !baseline.has(n));
  const removed = [...baseline].filter((n) => !now.includes(n));
  const probe = { ...process.memoryUsage(), protoAdded: added, protoRemoved: removed };
  process.stderr.write(`DRILL_PROBE ${JSON.stringify(probe)}\n`);
});
