import {
  type Classification,
  type Classifier,
  loadTraining,
  type TrainingExample,
  trainClassifier,
} from './classifier.ts';
import { KeyIndex, type Pattern } from './keys.ts';
import { replyLanguage } from './language.ts';
import {
  type Category,
  categories,
  type Language,
  type Lexicon,
  loadLexicons,
  patternsIn,
} from './lexicon.ts';
import { createNormalizer, type Normalizer } from './normalize.ts';

/**
 * The crisis check every user message passes before anything else: lexicons and rules, then a
 * small classifier trained at start-up (classifier.ts), no language model and no network, so it
 * answers in about a millisecond, the same way every time, with the model, Redis or the database
 * down. Every language's rules run on every message (a short message's
 * language cannot be told reliably, and people mix languages); which language to answer in is
 * decided apart (language.ts).
 *
 * - crisis: a rule of a category matched, not negated ("I'm not suicidal") → that category's
 *   response. A rule about oneself becomes concern_other when the nearest subject before it in
 *   the sentence is someone else ("my sister says she wants to die").
 * - concern: only a bare mention matched ("suicide", "self-harm", "overdose") and the message is
 *   not framed as work, study or media → a gentle check-in that shows the lines once.
 * Idioms and titles ("killing it", "Suicide Squad") are masked out before any rule runs.
 * - the classifier: where no rule was sure, a probability of crisis above modelThresholds gives
 *   the category it reads most likely (rule id `model.<category>`).
 */

export type RiskLevel = 'crisis' | 'concern';

export interface RiskSignal {
  level: RiskLevel;
  category: Category;
  /** The language of the lexicon whose rule matched. */
  language: Language;
  /** Which rule matched (for tests and the evaluation report; never logged with content). */
  rule: string;
}

const aboutOneself: ReadonlySet<Category> = new Set(['suicidal', 'plan', 'emergency', 'self_harm']);

export interface Detector {
  (text: string): RiskSignal | undefined;
  normalize: Normalizer;
}

/** The nearest subject before `at` in the same sentence: someone else, or the writer. */
function subjectBefore(text: string, at: number, lexicon: Lexicon): 'self' | 'other' | undefined {
  const start = text.lastIndexOf('|', at) + 1;
  const sentence = text.slice(start, at);
  const last = (regex: RegExp | undefined) => {
    if (!regex) return -1;
    let end = -1;
    for (const m of sentence.matchAll(regex)) end = Math.max(end, m.index + m[0].length);
    return end;
  };
  const self = last(lexicon.self);
  const other = last(lexicon.other);
  if (self < 0 && other < 0) return undefined;
  return other > self ? 'other' : 'self';
}

/** True when a negation ("not", "never", "no") stands in the two words before `at`. */
function negated(text: string, at: number, lexicon: Lexicon): boolean {
  if (!lexicon.negation) return false;
  const before = text
    .slice(Math.max(0, text.lastIndexOf('|', at) + 1), at)
    .trim()
    .split(' ');
  const window = before.slice(-3).join(' ');
  return window !== '' && lexicon.negation.test(window);
}

/** Where a (global) pattern first matches with no negation cancelling it. */
function firstMatch(regex: RegExp, text: string, lexicon: Lexicon): number | undefined {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (!negated(text, m.index, lexicon)) return m.index;
    regex.lastIndex = m.index + 1;
  }
  return undefined;
}

/**
 * Where a rule first matches, not negated: the earliest of its patterns that the message's words
 * allow (the same place one alternation of them all would find).
 */
function ruleMatch(
  patterns: Pattern[],
  text: string,
  lexicon: Lexicon,
  may: (p: Pattern) => boolean,
): number | undefined {
  let at: number | undefined;
  for (const p of patterns) {
    if (!may(p)) continue;
    const found = firstMatch(p.regex, text, lexicon);
    if (found !== undefined && (at === undefined || found < at)) at = found;
  }
  return at;
}

/** Words of a (masked) text: not the mask's "_", which is a \w too. */
const wordsOf = (t: string) => t.split(' ').filter((w) => w !== '_' && /[\p{L}\p{N}]/u.test(w)).length;

interface Found {
  /** Where a bare mention starts: two rules matching one word are one mention. */
  at?: number;
  /** A bare mention inside a work, study or media frame of a language that found it. */
  framed?: boolean;
  level: RiskLevel;
  category: Category;
  language: Language;
  rule: string;
}

const rank = (f: Found) => (f.level === 'crisis' ? 0 : 100) + categories.indexOf(f.category);

/**
 * Where the trained classifier (classifier.ts) speaks when no rule did: the probability of a
 * crisis at which it answers with the full response, and the one at which it asks gently. Chosen
 * by cross-validation on the training files alone (npm run bench -- safety-model): at 0.85 false
 * alarms stay under 3%; a lower check-in threshold mostly added check-ins on everyday messages, so
 * the classifier is either sure or quiet, and check-ins come from the rules' bare mentions.
 */
export const modelThresholds = { crisis: 0.85, concern: 0.85, fewWords: 8, thinMargin: 0.1 };

/**
 * A detector over the given lexicons (by default every file in ./lexicon/) and a classifier trained
 * on the given examples (by default every file in ./training/; none: rules only).
 */
export function createDetector(
  lexicons: Lexicon[] = loadLexicons(),
  training: TrainingExample[] = loadTraining(),
  thresholds = modelThresholds,
): Detector {
  const normalize = createNormalizer(
    lexicons.flatMap((l) => l.vocabulary),
    lexicons.flatMap((l) => l.anchors),
  );
  const model: Classifier | undefined = training.length ? trainClassifier(training, normalize) : undefined;
  const index = new KeyIndex(lexicons.flatMap(patternsIn));

  /**
   * Letters spelled out with uneven gaps have two readings (normalize.ts): the gaps as the writer's
   * word breaks, or typed by accident. Both are read and the stronger signal counts.
   */
  const detect = (text: string): RiskSignal | undefined =>
    normalize
      .readings(text)
      .map((normalized) => detectNormalized(normalized, text))
      .reduce<RiskSignal | undefined>((a, b) => (!a || (b && rank(b) < rank(a)) ? b : a), undefined);

  const detectNormalized = (normalized: string, text: string): RiskSignal | undefined => {
    // Masks and false friends only take words away, so the words of `normalized` bound every text below.
    const may = index.allows(normalized);
    let best: Found | undefined;
    const weak: Found[] = [];
    let distressed = false;
    // "Not for a novel", "asking for a friend": a frame disowned quiets nothing (lexicon.ts, pretexts).
    let disowned = false;
    // Idioms, titles and frames hold in every language's rules: "Suicide Squad" is masked for the
    // Spanish `suicid*` too, and a French film frame quiets a bare mention any lexicon finds.
    let t = normalized;
    for (const lexicon of lexicons) {
      for (const mask of lexicon.masks) if (may(mask)) t = t.replace(mask.regex, ' _ ');
    }
    const masked = t;
    for (const lexicon of lexicons) {
      // Another language's everyday phrases that this language's rules would misread are hidden
      // from them ("ich will die …" is no English "will die").
      t = masked;
      for (const other of lexicons) {
        if (other === lexicon) continue;
        for (const friend of other.falseFriends) if (may(friend)) t = t.replace(friend.regex, ' _ ');
      }
      distressed ||= lexicon.distress.some((d) => may(d) && d.regex.test(t));
      disowned ||= lexicon.pretexts.some((d) => may(d) && d.regex.test(t));
      // Frames hold for the rules of their own language only: the Spanish "taller" (a workshop)
      // must not quiet "which bridges are taller" in English, nor the French "these" an English
      // "all these pills". A mention found by several languages is quiet when one of them frames it.
      const framed = lexicon.frames.some((f) => may(f) && f.regex.test(t));
      for (const rule of lexicon.rules) {
        const at = ruleMatch(rule.patterns, t, lexicon, may);
        if (at === undefined) continue;
        let category = rule.category;
        if (aboutOneself.has(category) && subjectBefore(t, at, lexicon) === 'other') {
          category = 'concern_other';
        }
        const found: Found = { level: 'crisis', category, language: lexicon.language, rule: rule.id };
        if (rule.strength === 'weak') {
          const same = weak.find((w) => w.at === at);
          if (same) same.framed ||= framed;
          else weak.push({ ...found, level: 'concern', at, framed });
        } else if (!best || rank(found) < rank(best)) best = found;
      }
    }
    if (best) return best;
    const mentions = weak.filter((w) => disowned || !w.framed);
    let signal: RiskSignal | undefined;
    if (mentions.length > 0) {
      // Bare mentions: two of them, or one with distress ("I lost my job. Tallest bridges?"), are a crisis.
      const top = mentions.reduce((a, b) => (rank(b) < rank(a) ? b : a));
      const { at: _, framed: __, ...found } = top;
      signal = mentions.length >= 2 || distressed || disowned ? { ...found, level: 'crisis' } : found;
      if (signal.level === 'crisis') return signal;
    }
    // No rule was sure: the classifier reads the words the message is made of. A short message,
    // or one an idiom was taken out of, gives it little to go on ("I want to kill them with
    // kindness" reads "i want to _"): there it must be surer.
    // A message of one or two words ("ja", "ok", "cuando es?") gives it nothing to read: those are
    // the rules' ("kms", "unalive", "quiero morir" are in the lexicons). It once read "cuándo es?"
    // (when is it?, after a booking) as a plan. Trained on ~5,000 messages, it once read a plain
    // German "ja" as a plan: a yes to a booking must never be answered with the crisis lines.
    // Words, not the mask's "_" (a \w too): "er hat mich beim tennis geschlagen" masked to "er _"
    // is one word, which once read as abuse.
    // Each sentence is read on its own too, and the surest reading counts: a disclosure between
    // ordinary sentences ("…ate a kebab in front of the TV. and I keep thinking of ending it. any
    // films for tonight?") is diluted when only the whole message is read (on the blind holdouts:
    // recall 87.2 → 89.4% and 93.8 → 94.8%, false alarms 2.8 → 2.8% and 3.8 → 4.3%).
    const sentences = masked
      .split('|')
      .map((x) => x.trim())
      .filter((x) => wordsOf(x) >= 3);
    const idiomTaken = masked !== normalized;
    let read: Classification | undefined;
    let margin = 0;
    for (const part of sentences.length >= 2 ? [masked, ...sentences] : [masked]) {
      const words = wordsOf(part);
      const reading = words >= 3 ? model?.(part) : undefined;
      if (!reading) continue;
      const thin = idiomTaken || words < thresholds.fewWords;
      const partMargin = thin ? thresholds.thinMargin : 0;
      if (!read || reading.risk - partMargin > read.risk - margin) {
        read = reading;
        margin = partMargin;
      }
    }
    if (!read || read.risk < thresholds.concern + margin) return signal;
    const level: RiskLevel = read.risk >= thresholds.crisis + margin ? 'crisis' : 'concern';
    if (level === 'concern' && signal) return signal;
    return {
      level,
      category: read.category,
      language: replyLanguage(text, undefined),
      rule: `model.${read.category}`,
    };
  };
  return Object.assign(detect, { normalize });
}
