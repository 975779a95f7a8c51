/**
 * npm run bench -- safety-probe <file.jsonl>
 *
 * The crisis check on a file of one's own ({"text", "label"} per line, label a category or
 * "none"): what it refers and what it leaves, message by message, with recall and false alarms.
 * For whoever edits a lexicon or the training files, on messages written for the purpose, apart
 * from the evaluation set (test/eval/safety-messages.jsonl), which npm test scores.
 */
import { createDetector } from '../src/assistant/safety/detect.ts';
import { readSafetySet } from './safety-sets.ts';
import { BenchUsageError } from './usage.ts';

export async function runSafetyProbe(args: string[]): Promise<void> {
  const file = args[0];
  if (!file) throw new BenchUsageError('usage: npm run bench -- safety-probe <file.jsonl>');
  const items = readSafetySet(file);
  const detect = createDetector();
  let crisis = 0;
  let caught = 0;
  let everyday = 0;
  let alarms = 0;
  for (const { text, label } of items) {
    const signal = detect(text);
    const said = signal ? `${signal.level} ${signal.category} (${signal.rule})` : '-';
    if (label === 'none') {
      everyday++;
      if (signal) alarms++;
      console.log(`${signal ? 'ALARM' : 'ok   '} [none] ${text} -> ${said}`);
    } else {
      crisis++;
      if (signal) caught++;
      console.log(`${signal ? 'ok   ' : 'MISS '} [${label}] ${text} -> ${said}`);
    }
  }
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
  console.log(
    `recall ${pct(caught, crisis)} (${caught}/${crisis}); false alarms ${pct(alarms, everyday)} (${alarms}/${everyday})`,
  );
}
