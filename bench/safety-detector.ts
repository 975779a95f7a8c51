/**
 * node --import tsx --no-regexp-tier-up bench/safety-detector.ts [--engine <dir>] [--rules] [--rounds 5]
 *
 * The crisis check alone, per message of the evaluation set, by language: CPU time of this process
 * per message (process.cpuUsage, so a loaded machine's waiting does not count), p50 and p99 over
 * `--rounds` rounds after a first round that compiles the patterns; the time of that first round
 * (V8 compiles each pattern at its first use); and the size of the compiled patterns. `--engine`
 * measures another copy of src/assistant/safety (a checkout of an older commit) for a before/after;
 * `--rules` leaves the classifier out. Run with --no-regexp-tier-up, as `npm start` does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: path.join(import.meta.dirname, '../src/assistant/safety') },
    rules: { type: 'boolean' },
    rounds: { type: 'string', default: '5' },
  },
});
const engine = path.resolve(values.engine);
const { createDetector } = await import(path.join(engine, 'detect.ts'));
const { loadLexicons } = await import(path.join(engine, 'lexicon.ts'));
const { loadTraining } = await import(path.join(engine, 'classifier.ts'));

const cpu = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return used.user + used.system;
};
const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

// An older engine (--engine) has one pattern per rule (`regex`); this one a pattern per template.
const lexicons: { language: string; rules: { patterns?: { regex: RegExp }[]; regex?: RegExp }[] }[] =
  loadLexicons();
const detect: (text: string) => unknown = createDetector(lexicons, values.rules ? [] : loadTraining());
const items = readFileSync(new URL('../test/eval/safety-messages.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; lang: string });

const first = items.reduce((sum, i) => sum + cpu(() => detect(i.text)), 0);
const samples = new Map<string, number[]>();
for (let round = 0; round < Number(values.rounds); round++) {
  for (const i of items) {
    const us = cpu(() => detect(i.text));
    for (const key of ['all', i.lang]) samples.set(key, [...(samples.get(key) ?? []), us]);
  }
}
process.stdout.write(
  `${engine}${values.rules ? ' (rules only)' : ''}\nfirst round (compiles the patterns): ${(first / 1000).toFixed(0)} ms CPU\n`,
);
for (const l of lexicons) {
  const sizes = l.rules.flatMap((r) =>
    (r.patterns ?? [r as { regex: RegExp }]).map((p) => p.regex.source.length),
  );
  process.stdout.write(
    `  ${l.language}: ${l.rules.length} rules of ${sizes.length} patterns, largest ${Math.max(...sizes)} characters\n`,
  );
}
process.stdout.write('| language | n | p50 (µs CPU) | p99 (µs CPU) |\n| --- | --- | --- | --- |\n');
for (const key of ['en', 'es', 'fr', 'de', 'pt', 'it', 'all']) {
  const list = samples.get(key) ?? [];
  process.stdout.write(`| ${key} | ${list.length} | ${quantile(list, 0.5)} | ${quantile(list, 0.99)} |\n`);
}
