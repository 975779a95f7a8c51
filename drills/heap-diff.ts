/**
 * npx tsx drills/heap-diff.ts <before.heapsnapshot> <after.heapsnapshot> [--top 30]
 *
 * What grew between two V8 heap snapshots (DRILL_HEAP_DIR makes the drills' memory probes write
 * them, after a full GC): object counts and bytes by constructor or kind, largest growth first.
 * For "memory grows under a soak": the class whose count climbs with the messages is the leak.
 */
import { parseArgs } from 'node:util';
import { tallyHeap } from './lib/heap.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' } },
});
const [beforeFile, afterFile] = positionals;
if (!beforeFile || !afterFile) {
  process.stderr.write(
    'usage: npx tsx drills/heap-diff.ts <before.heapsnapshot> <after.heapsnapshot> [--top 30]\n',
  );
  process.exit(2);
}
const before = tallyHeap(beforeFile);
const after = tallyHeap(afterFile);
const rows = [...after].map(([key, a]) => {
  const b = before.get(key) ?? { count: 0, bytes: 0 };
  return { key, count: a.count - b.count, bytes: a.bytes - b.bytes, now: a.count };
});
const total = (m: Map<string, { bytes: number }>) => [...m.values()].reduce((s, e) => s + e.bytes, 0);
process.stdout.write(
  `heap ${(total(before) / 1e6).toFixed(1)} MB -> ${(total(after) / 1e6).toFixed(1)} MB\n\n` +
    `${'bytes +'.padStart(12)} ${'count +'.padStart(10)} ${'count'.padStart(10)}  what\n`,
);
for (const r of rows.sort((x, y) => y.bytes - x.bytes).slice(0, Number(values.top))) {
  process.stdout.write(
    `${r.bytes.toLocaleString('en').padStart(12)} ${r.count.toLocaleString('en').padStart(10)} ${r.now.toLocaleString('en').padStart(10)}  ${r.key}\n`,
  );
}
