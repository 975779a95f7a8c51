import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type Category, categories, type Language, languages } from './lexicon.ts';

/**
 * The second reader of every message: a small multinomial logistic regression over hashed word,
 * word-pair and letter n-gram features of the normalized text, trained at start-up (~0.3 s) from
 * the labelled messages in ./training/ (one JSON Lines file per language, written for training
 * only: never the evaluation sets). Where the lexicons' rules name exact phrasings, it scores the
 * words a message is made of, so it also reads what no rule foresaw ("saving up my sleeping
 * tablets", "dropped the cat at my sister's for good"), in any language it was trained on.
 *
 * Deterministic: the same files give the same weights, in every process.
 */

const classes = ['none', ...categories] as const;
type Class = (typeof classes)[number];

const Example = z.object({
  text: z.string().min(1),
  label: z.enum(['crisis', 'none']),
  category: z.enum(classes),
});

export interface Classification {
  category: Category;
  /** Probability that the message is a crisis of any category (1 - p(none)). */
  risk: number;
  /** Probability of the most likely crisis category. */
  p: number;
}

export interface Classifier {
  (normalized: string): Classification;
  /** How many examples it was trained on. */
  trained: number;
}

const BITS = 18;
const DIM = 1 << BITS;
const K = classes.length;

/** FNV-1a, 32 bit: the same index for the same feature in every process. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (DIM - 1);
}

/** Hashed features of a normalized message, each weighted so that the vector has length one. */
export function features(normalized: string): Map<number, number> {
  const out = new Map<number, number>();
  const add = (f: string, w = 1) => {
    const i = hash(f);
    out.set(i, (out.get(i) ?? 0) + w);
  };
  const words = normalized.split(/\s+/).filter((w) => w !== '' && w !== '|' && w !== '_');
  let previous = '|';
  for (const w of words) {
    add(`w:${w}`);
    add(`b:${previous} ${w}`);
    previous = w;
    // Letter n-grams carry typos, inflections and compounds ("unalive", "tabletten", "mourir").
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`, 0.3);
    }
  }
  let norm = 0;
  for (const v of out.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (const [i, v] of out) out.set(i, v / norm);
  return out;
}

function softmax(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  const out = new Float64Array(scores.length);
  for (let k = 0; k < scores.length; k++) {
    out[k] = Math.exp(scores[k]! - max);
    sum += out[k]!;
  }
  for (let k = 0; k < scores.length; k++) out[k]! /= sum;
  return out;
}

export interface TrainingExample {
  text: string;
  category: Class;
}

/** A deterministic shuffle (mulberry32), so every process trains the same weights. */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Training is deterministic, so its weights can be kept: a file per (this module's code, the
 * examples as written with the normalizer's fingerprint, or else as normalized, the schedule) in
 * the OS temp folder, written atomically. A process (a test worker, an instance) that finds it
 * starts in milliseconds instead of seconds of SGD; anything that changes the weights changes the
 * key. A cache that cannot be read or written is skipped.
 */
function weightsCache(
  dir: string | undefined,
  examples: { text: string; y: number }[],
  normalizer: string,
  epochs: number,
  rate: number,
) {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(JSON.stringify([epochs, rate, BITS, K, normalizer]));
  for (const e of examples) hash.update(`${e.y}\t${e.text}\n`);
  const folder = dir ?? path.join(tmpdir(), 'nightchill-classifier');
  const file = path.join(folder, `${hash.digest('hex').slice(0, 32)}.bin`);
  const size = DIM * K * 4 + K * 8;
  return {
    read(): { weights: Float32Array; bias: Float64Array } | undefined {
      try {
        const buf = readFileSync(file);
        if (buf.length !== size) return undefined;
        const copy = new Uint8Array(buf).buffer;
        return { weights: new Float32Array(copy, 0, DIM * K), bias: new Float64Array(copy, DIM * K * 4, K) };
      } catch {
        return undefined;
      }
    },
    write(weights: Float32Array, bias: Float64Array): void {
      try {
        mkdirSync(folder, { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(tmp, Buffer.concat([Buffer.from(weights.buffer), Buffer.from(bias.buffer)]));
        renameSync(tmp, file);
      } catch {
        // A read-only or full temp folder: the next process trains again.
      }
    },
  };
}

/**
 * Trains on normalized examples: plain stochastic gradient descent on the cross-entropy. A
 * normalizer with a fingerprint (normalize.ts) keys the kept weights by the examples as written, so
 * a process that finds them normalizes nothing; any other function keys them by its output.
 */
export function trainClassifier(
  examples: TrainingExample[],
  normalize: ((text: string) => string) & { fingerprint?: string },
  options: { epochs?: number; rate?: number; cacheDir?: string | false } = {},
): Classifier {
  const epochs = options.epochs ?? 14;
  const rate0 = options.rate ?? 1.5;
  const raw = examples.map((e) => ({ text: e.text, y: classes.indexOf(e.category) }));
  const normalizeAll = () => raw.map((e) => ({ text: normalize(e.text), y: e.y }));
  // Without a fingerprint the key is the normalized text, so it is normalized once, here.
  const normalized = normalize.fingerprint ? undefined : normalizeAll();
  const cache =
    options.cacheDir === false
      ? undefined
      : weightsCache(options.cacheDir, normalized ?? raw, normalize.fingerprint ?? '', epochs, rate0);
  const cached = cache?.read();
  const weights = cached?.weights ?? new Float32Array(DIM * K);
  const bias = cached?.bias ?? new Float64Array(K);
  const data = cached
    ? []
    : (normalized ?? normalizeAll()).map((e) => ({ x: [...features(e.text)], y: e.y }));
  // The training files hold more crisis messages than everyday ones; the messages it will read hold
  // far fewer. Everyday examples weigh as much, together, as twice all the crisis ones, so that a
  // message with little to go on ("no thanks") leans to none.
  const everyday = data.filter((d) => d.y === 0).length;
  const noneWeight = everyday === 0 ? 1 : Math.max(1, (2 * (data.length - everyday)) / everyday);
  const scores = (x: [number, number][]) => {
    const s = Float64Array.from(bias);
    for (const [i, v] of x) for (let k = 0; k < K; k++) s[k]! += weights[i * K + k]! * v;
    return s;
  };
  for (let epoch = 0; !cached && epoch < epochs; epoch++) {
    const rate = rate0 / (1 + epoch * 0.3);
    for (const { x, y } of shuffled(data, 7919 + epoch)) {
      const p = softmax(scores(x));
      const w = y === 0 ? noneWeight : 1;
      for (let k = 0; k < K; k++) {
        const g = w * ((k === y ? 1 : 0) - p[k]!);
        if (g === 0) continue;
        bias[k]! += rate * g * 0.1;
        for (const [i, v] of x) weights[i * K + k]! += rate * g * v;
      }
    }
  }
  if (!cached) cache?.write(weights, bias);
  const classify = (normalized: string): Classification => {
    const p = softmax(scores([...features(normalized)]));
    let best = 1;
    for (let k = 2; k < K; k++) if (p[k]! > p[best]!) best = k;
    return { category: classes[best] as Category, risk: 1 - p[0]!, p: p[best]! };
  };
  return Object.assign(classify, { trained: examples.length });
}

export const defaultTrainingDir = fileURLToPath(new URL('./training/', import.meta.url));

/** Every training file in the folder; a malformed line stops start-up, naming file and line. */
export function loadTraining(dir: string = defaultTrainingDir): (TrainingExample & { language: Language })[] {
  const out: (TrainingExample & { language: Language })[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const language = file.replace(/\.jsonl$/, '');
    if (!(languages as readonly string[]).includes(language))
      throw new Error(`${file}: not a known language`);
    const lines = readFileSync(`${dir.replace(/\/?$/, '/')}${file}`, 'utf8').split('\n');
    lines.forEach((line, n) => {
      if (line.trim() === '') return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${n + 1}: not JSON`);
      }
      const parsed = Example.safeParse(raw);
      if (!parsed.success || (parsed.data.label === 'none') !== (parsed.data.category === 'none')) {
        throw new Error(`${file}:${n + 1}: not a training example (text, label, category)`);
      }
      out.push({ text: parsed.data.text, category: parsed.data.category, language: language as Language });
    });
  }
  return out;
}
