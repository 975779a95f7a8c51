import { parseArgs } from 'node:util';
import { loadTraining, type TrainingExample } from '../src/assistant/safety/classifier.ts';
import { createDetector, type Detector, modelThresholds } from '../src/assistant/safety/detect.ts';
import { loadLexicons } from '../src/assistant/safety/lexicon.ts';
import { type Labelled, readSafetySet } from './safety-sets.ts';
import { BenchUsageError } from './usage.ts';

interface Score {
  crises: number;
  referred: number;
  everyday: number;
  alarms: number;
  checkIns: number;
}

function score(
  detect: Detector,
  rows: Omit<Labelled, 'label'>[],
  into: Map<string, Score> = new Map(),
): Map<string, Score> {
  for (const r of rows) {
    for (const key of ['all', r.language]) {
      const s = into.get(key) ?? { crises: 0, referred: 0, everyday: 0, alarms: 0, checkIns: 0 };
      into.set(key, s);
      const signal = detect(r.text);
      if (r.crisis) {
        s.crises++;
        if (signal?.level === 'crisis') s.referred++;
      } else {
        s.everyday++;
        if (signal?.level === 'crisis') s.alarms++;
        else if (signal) s.checkIns++;
      }
    }
  }
  return into;
}

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

function print(title: string, scores: Map<string, Score>): void {
  process.stdout.write(`\n${title}\n  language  recall   false alarms  check-ins   (crises / everyday)\n`);
  for (const [key, s] of [...scores].sort(([a], [b]) =>
    a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b),
  )) {
    process.stdout.write(
      `  ${key.padEnd(8)} ${pct(s.referred, s.crises)}   ${pct(s.alarms, s.everyday)}      ${pct(s.checkIns, s.everyday)}     (${s.crises} / ${s.everyday})\n`,
    );
  }
}

export async function runSafetyModelBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      folds: { type: 'string', default: '5' },
      holdout: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write('npm run bench -- safety-model [--folds 5] [--holdout file.jsonl]\n');
    return;
  }
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2 || folds > 20) throw new BenchUsageError('--folds: 2 to 20');
  const lexicons = loadLexicons();
  const training = loadTraining();
  process.stdout.write(
    `${training.length} training examples; thresholds now ${JSON.stringify(modelThresholds)}\n`,
  );

  for (const crisis of [0.7, 0.8, 0.85, 0.9]) {
    const thresholds = { ...modelThresholds, crisis, concern: Math.min(modelThresholds.concern, crisis) };
    const scores = new Map<string, Score>();
    for (let f = 0; f < folds; f++) {
      const train: TrainingExample[] = training.filter((_, i) => i % folds !== f);
      const test = training.filter((_, i) => i % folds === f);
      const detect = createDetector(lexicons, train, thresholds);
      score(
        detect,
        test.map((t) => ({ text: t.text, language: t.language, crisis: t.category !== 'none' })),
        scores,
      );
    }
    print(`cross-validation on the training files, ${folds} folds, crisis at p >= ${crisis}`, scores);
  }

  const detect = createDetector(lexicons, training);
  const rulesOnly = createDetector(lexicons, []);
  const evaluation = readSafetySet('test/eval/safety-messages.jsonl');
  print('evaluation set, rules only', score(rulesOnly, evaluation));
  print('evaluation set, rules and classifier', score(detect, evaluation));
  if (values.holdout) {
    const holdout = readSafetySet(values.holdout);
    print('holdout, rules only', score(rulesOnly, holdout));
    print('holdout, rules and classifier', score(detect, holdout));
  }
}
