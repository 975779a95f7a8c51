import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { features, loadTraining, trainClassifier } from '../../src/assistant/safety/classifier.ts';
import { createDetector, modelThresholds } from '../../src/assistant/safety/detect.ts';
import { categories, languages, loadLexicons } from '../../src/assistant/safety/lexicon.ts';

const lexicons = loadLexicons();
const plain = (t: string) => t.toLowerCase();

/** A made-up "plan" phrase no rule knows, against everyday ones: what the classifier alone reads. */
const training = [
  ...Array.from({ length: 6 }, (_, i) => ({
    text: `the lanterns are all lit ${i}`,
    category: 'plan' as const,
  })),
  ...Array.from({ length: 6 }, (_, i) => ({ text: `a calm cafe near me ${i}`, category: 'none' as const })),
];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nc-training-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

describe('the trained crisis classifier', () => {
  it('trains on every language of the repository, every category with examples and everyday ones', () => {
    const training = loadTraining();
    for (const l of languages) {
      const ofLanguage = training.filter((t) => t.language === l);
      expect(ofLanguage.length, l).toBeGreaterThanOrEqual(150);
      for (const c of [...categories, 'none'] as const) {
        expect(ofLanguage.filter((t) => t.category === c).length, `${l} ${c}`).toBeGreaterThanOrEqual(10);
      }
    }
    expect(new Set(training.map((t) => t.text)).size).toBe(training.length);
  });

  it('never trains on a message of the evaluation set or a probe (their figures must stay a test of the unseen)', () => {
    const key = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');
    const files = [
      new URL('../eval/safety-messages.jsonl', import.meta.url),
      ...readdirSync(new URL('../eval/probes/', import.meta.url))
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => new URL(`../eval/probes/${f}`, import.meta.url)),
    ];
    const evaluation = new Set(
      files.flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => key((JSON.parse(l) as { text: string }).text)),
      ),
    );
    expect(evaluation.size).toBeGreaterThan(900);
    expect(
      loadTraining()
        .filter((t) => evaluation.has(key(t.text)))
        .map((t) => t.text),
    ).toEqual([]);
  });

  it('refuses a malformed training file, naming the file and line', () => {
    const bad = [
      ['en.jsonl', '{"text":"hi","label":"none","category":"none"}\n{not json\n', /en.jsonl:2: not JSON/],
      ['en.jsonl', '{"text":"x","label":"crisis","category":"none"}\n', /en.jsonl:1: not a training example/],
      [
        'en.jsonl',
        '{"text":"x","label":"none","category":"weather"}\n',
        /en.jsonl:1: not a training example/,
      ],
      ['xx.jsonl', '{"text":"x","label":"none","category":"none"}\n', /xx.jsonl: not a known language/],
    ] as const;
    for (const [name, body, error] of bad)
      expect(() => loadTraining(folder({ [name]: body }))).toThrow(error);
  });

  it('learns words, not sentences: a message it never saw is read by the words it shares', () => {
    const examples = [
      ...[
        'i want to die',
        'i wish i were dead',
        'i just want to die tonight',
        'life is not worth it, i want to die',
      ].map((text) => ({ text, category: 'suicidal' as const })),
      ...[
        'find me a quiet cafe',
        'book the gym for friday',
        'remind me to drink water',
        'which cafe is calm',
      ].map((text) => ({ text, category: 'none' as const })),
    ];
    const model = trainClassifier(examples, plain);
    expect(model.trained).toBe(8);
    const unseen = model('honestly i want to die');
    expect(unseen.category).toBe('suicidal');
    expect(unseen.risk).toBeGreaterThan(0.5);
    expect(model('a calm cafe for friday please').risk).toBeLessThan(0.5);
    // Deterministic: the same examples give the same weights in every process.
    expect(trainClassifier(examples, plain)('honestly i want to die')).toEqual(unseen);
  });

  it('keeps its weights between processes: a cached classifier reads as a freshly trained one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nc-weights-'));
    const fresh = trainClassifier(training, plain, { cacheDir: false });
    const first = trainClassifier(training, plain, { cacheDir: dir });
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const second = trainClassifier(training, plain, { cacheDir: dir });
    for (const text of ['the lanterns are all lit', 'a calm cafe near me', 'lanterns']) {
      expect(first(text)).toEqual(fresh(text));
      expect(second(text)).toEqual(fresh(text));
    }
    // Other examples, other weights: a second file, never the first one's.
    const other = trainClassifier(training.slice(1), plain, { cacheDir: dir });
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
    expect(other('the lanterns are all lit')).toEqual(
      trainClassifier(training.slice(1), plain, { cacheDir: false })('the lanterns are all lit'),
    );
    // A normalizer with a fingerprint: found again without normalizing a single example; another
    // fingerprint (other code or words) is other weights.
    let calls = 0;
    const counted = Object.assign(
      (t: string) => {
        calls++;
        return plain(t);
      },
      { fingerprint: 'one' },
    );
    const trained = trainClassifier(training, counted, { cacheDir: dir });
    expect(calls).toBe(training.length);
    calls = 0;
    expect(trainClassifier(training, counted, { cacheDir: dir })('lanterns')).toEqual(trained('lanterns'));
    expect(calls).toBe(0);
    trainClassifier(
      training,
      Object.assign((t: string) => plain(t), { fingerprint: 'two' }),
      { cacheDir: dir },
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(4);
    // A damaged file is not trusted: it is trained again.
    for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), 'garbage');
    expect(trainClassifier(training, plain, { cacheDir: dir })('lanterns')).toEqual(fresh('lanterns'));
  });

  it('never refers a plain answer (yes, no, thanks, ok) in any of the six languages', () => {
    const detect = createDetector();
    const answers = [
      'yes',
      'no',
      'ok',
      'thanks',
      'ja',
      'Ja',
      'nein',
      'danke',
      'jo',
      'passt',
      'si',
      'sí',
      'vale',
      'gracias',
      'dale',
      'oui',
      'non',
      'merci',
      'ouais',
      'sim',
      'não',
      'obrigado',
      'valeu',
      'sì',
      'grazie',
      'certo',
    ];
    const pairs = [
      'ja bitte',
      'ja danke',
      'ja genau',
      'si gracias',
      'si porfa',
      'oui merci',
      "oui c'est bon",
      'sim obrigado',
      'sì grazie',
      'ok thx',
      'yes please',
      // Short questions after a booking or a search: the model once read "cuándo es?" as a plan.
      'cuando es?',
      'cuándo es?',
      'gut so',
      'wann genau?',
      "c'est où ?",
      'quando é?',
      'a che ora?',
      'when is it?',
    ];
    for (const text of [...answers, ...pairs]) expect(detect(text), text).toBeUndefined();
  });

  it('hashes to unit-length feature vectors; an empty message has none', () => {
    const f = features('i want to go home');
    const length = Math.sqrt([...f.values()].reduce((s, v) => s + v * v, 0));
    expect(length).toBeCloseTo(1, 6);
    expect(features('').size).toBe(0);
  });

  it('speaks only where no rule was sure, at the crisis and concern thresholds', () => {
    const plainly = { ...modelThresholds, thinMargin: 0 };
    const withModel = createDetector(lexicons, training, { ...plainly, crisis: 0.6, concern: 0.4 });
    const rulesOnly = createDetector(lexicons, [], { ...plainly, crisis: 0.6, concern: 0.4 });
    expect(rulesOnly('the lanterns are all lit')).toBeUndefined();
    expect(withModel('the lanterns are all lit')).toMatchObject({
      level: 'crisis',
      category: 'plan',
      rule: 'model.plan',
    });
    expect(withModel('a calm cafe near me')).toBeUndefined();
    // A rule's crisis stays the rule's: the model is not asked.
    expect(withModel('i want to kill myself')).toMatchObject({ level: 'crisis', category: 'suicidal' });
    expect(withModel('i want to kill myself')?.rule).not.toMatch(/^model\./);
    // Above the concern threshold only: the gentle check-in.
    const unsure = createDetector(lexicons, training, { ...plainly, crisis: 0.999, concern: 0.4 });
    expect(unsure('the lanterns are all lit')).toMatchObject({ level: 'concern', rule: 'model.plan' });
  });

  it('asks more of it when a message is short or an idiom was taken out of it', () => {
    const probe = trainClassifier(training, createDetector(lexicons, []).normalize);
    const risk = probe('the lanterns are all lit').risk;
    const at = { ...modelThresholds, crisis: risk - 0.05, concern: risk - 0.05, fewWords: 8 };
    expect(
      createDetector(lexicons, training, { ...at, thinMargin: 0 })('the lanterns are all lit')?.level,
    ).toBe('crisis');
    // Five words: below fewWords, so the margin applies and the classifier stays quiet.
    expect(
      createDetector(lexicons, training, { ...at, thinMargin: 0.1 })('the lanterns are all lit'),
    ).toBeUndefined();
    expect(
      createDetector(lexicons, training, { ...at, thinMargin: 0.1, fewWords: 3 })('the lanterns are all lit')
        ?.level,
    ).toBe('crisis');
  });
});
