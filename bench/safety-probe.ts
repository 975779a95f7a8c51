/**
 * npm run bench -- safety-probe [--summary] <file.jsonl>
 *
 * The crisis check on a file of one's own ({"text", "label"} per line, label a category or
 * "none"): what it refers and what it leaves, message by message, with recall and false alarms.
 * For whoever edits a lexicon or the training files, on messages written for the purpose, apart
 * from the evaluation set (test/eval/safety-messages.jsonl), which npm test scores.
 *
 * `--summary` prints no message, only recall and false alarms per language and per category: the
 * way to measure a blind holdout (test/eval/holdout/) without reading it.
 */
import { createDetector } from '../src/assistant/safety/detect.ts';
import { readSafetySet } from './safety-sets.ts';
import { BenchUsageError } from './usage.ts';

interface Tally {
  crisis: number;
  caught: number;
  everyday: number;
  alarms: number;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

function tally(groups: Map<string, Tally>, key: string): Tally {
  let t = groups.get(key);
  if (!t) {
    t = { crisis: 0, caught: 0, everyday: 0, alarms: 0 };
    groups.set(key, t);
  }
  return t;
}

function line(name: string, t: Tally): string {
  const recall = t.crisis ? `${pct(t.caught, t.crisis)} (${t.caught}/${t.crisis})` : '-';
  const alarms = t.everyday ? `${pct(t.alarms, t.everyday)} (${t.alarms}/${t.everyday})` : '-';
  return `  ${name.padEnd(26)} recall ${recall.padEnd(16)} false alarms ${alarms}`;
}

export async function runSafetyProbe(args: string[]): Promise<void> {
  const summary = args.includes('--summary');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new BenchUsageError('usage: npm run bench -- safety-probe [--summary] <file.jsonl>');
  const items = readSafetySet(file);
  const detect = createDetector();
  const groups = new Map<string, Tally>();
  for (const { text, label, language } of items) {
    const signal = detect(text);
    const keys = ['all', `language ${language}`, label === 'none' ? '' : `category ${label}`].filter(Boolean);
    for (const key of keys) {
      const t = tally(groups, key);
      if (label === 'none') {
        t.everyday++;
        if (signal) t.alarms++;
      } else {
        t.crisis++;
        if (signal) t.caught++;
      }
    }
    if (summary) continue;
    const said = signal ? `${signal.level} ${signal.category} (${signal.rule})` : '-';
    const verdict = label === 'none' ? (signal ? 'ALARM' : 'ok   ') : signal ? 'ok   ' : 'MISS ';
    console.log(`${verdict} [${label}] ${text} -> ${said}`);
  }
  if (summary) {
    for (const [key, t] of [...groups].sort(([a], [b]) => a.localeCompare(b))) console.log(line(key, t));
    return;
  }
  const all = tally(groups, 'all');
  console.log(
    `recall ${pct(all.caught, all.crisis)} (${all.caught}/${all.crisis}); false alarms ${pct(all.alarms, all.everyday)} (${all.alarms}/${all.everyday})`,
  );
}
