/**
 * Loaded into each app instance a drill starts (node --import), never into production: on SIGUSR2
 * it writes one line to stderr, `DRILL_PROBE {json}`, with the process's memory after a full GC
 * and whether Object.prototype gained or lost anything since start-up (prototype pollution).
 */
const baseline = new Set(Object.getOwnPropertyNames(Object.prototype));

process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const now = Object.getOwnPropertyNames(Object.prototype);
  const added = now.filter((n) => !baseline.has(n));
  const removed = [...baseline].filter((n) => !now.includes(n));
  const probe = { ...process.memoryUsage(), protoAdded: added, protoRemoved: removed };
  process.stderr.write(`DRILL_PROBE ${JSON.stringify(probe)}\n`);
});
