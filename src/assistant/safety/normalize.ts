import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';
import { boundedCache } from '../../bounded-cache.ts';

/**
 * The form every lexicon is written against: lower case, no accents (œ and æ as oe and ae, ß as
 * ss), no apostrophes, leetspeak
 * read as letters, spelled-out words ("k i l l", "s.u.i.c.i.d.e") joined, emoji that name a
 * means read as words, sentence breaks kept as " | " so a rule never spans two sentences, and
 * near-misses of the lexicons' anchor words ("sucide", "myslef") read as the word meant.
 * Repeated letters ("dieeee") are read as one, in the text and in the compiled patterns alike.
 */

// Soft hyphen, joiners, direction marks and others that show nothing (an alternation: several
// combine with a neighbour, which a character class would hide).
const invisible =
  /\u00ad|\u034f|\u061c|\u115f|\u1160|\u17b4|\u17b5|\u180e|[\u200b-\u200f]|[\u202a-\u202e]|[\u2060-\u2064]|\ufeff/g;

const emojiWords: [RegExp, string][] = [
  [/\u{1f48a}/gu, ' pills '],
  [/\u{1f52a}|\u{1f5e1}/gu, ' knife '],
  [/\u{1f52b}/gu, ' gun '],
  [/\u{1faa2}/gu, ' rope '],
  [/\u{1fa78}/gu, ' blood '],
  [/\u26b0/gu, ' coffin '],
  // Anger said with a face (not 😤, as often resolve as anger: "leg day 😤").
  [/\u{1f621}|\u{1f92c}|\u{1f620}/gu, ' angry '],
];

const leet: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '€': 'e',
};

/** A run of letters, digits and the characters leetspeak puts in words. */
const leetWord = /[\p{L}\p{N}@$!|€]+/gu;

function unleet(token: string): string {
  // Trailing "!" and "|" are punctuation ("help!!"), not letters.
  const [, body = token, tail = ''] = /^(.*?)([!|]*)$/su.exec(token) ?? [];
  // Plain numbers ("20", "3am", "50mg") and words without leet characters stay as they are.
  if (!/\p{L}/u.test(body) || !/[0-9@$!|€]/.test(body)) return token;
  if (/^\d+(?:am|pm|h|mg|ml|g|kg|km|m|x|st|nd|rd|th|s)$/.test(body)) return token;
  return body.replace(/[0-9@$!|€]/g, (c) => leet[c] ?? c) + tail;
}

/** Splits letters run together ("killmyself") into words of the vocabulary, or gives up. */
function segment(joined: string, vocabulary: ReadonlySet<string>, longest: number): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= joined.length; end++) {
    for (let start = Math.max(0, end - longest); start < end; start++) {
      const prefix = best[start];
      const word = joined.slice(start, end);
      if (prefix && vocabulary.has(word) && (!best[end] || best[end]!.length > prefix.length + 1)) {
        best[end] = [...prefix, word];
      }
    }
  }
  return best[joined.length];
}

export interface Normalizer {
  /**
   * `wordGaps`: letters spelled out with wider gaps between words ("h e l p  i  t o o k") are
   * joined word by word as the gaps say (the default); false joins the whole run and lets the
   * vocabulary split it, the reading for gaps typed by accident ("m a t a r  m e").
   */
  (text: string, wordGaps?: boolean): string;
  /**
   * Names what this normalizer does (this file's code, its words and anchors): the same
   * fingerprint normalizes every text the same way, so a result kept under it (the classifier's
   * weights) need not normalize anything to be found.
   */
  fingerprint: string;
  /**
   * The readings of a message: the normalized text, and beside it the whole-run reading when the
   * message spells letters out with uneven gaps (`wordGaps` false) and that reads otherwise.
   */
  readings(text: string): string[];
}

/** Single letters a space (or a tab) apart: the runs whose gaps may mark words. */
const spacedLetters = /(?<![\p{L}\p{N}])\p{L}(?:[ \t]+\p{L}(?![\p{L}\p{N}])){2,}/gu;

const ownSource = readFileSync(fileURLToPath(import.meta.url));

/** Letters that are words of their own in the six languages: and, or, to, I ("y", "e", "o", "a", "i", "u"). */
const oneLetterWords = /^[aeiouy]*$/;

const dedupe = (word: string) => word.replace(/(\p{L})\1+/gu, '$1');

/** Two neighbouring letters swapped ("myslef"): one slip of the fingers, as edit distance counts two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A normalizer for the given lexicon words: `vocabulary` lets spelled-out letters be split into
 * words; `anchors` are distinctive words (suicide, overdose…) whose misspellings are corrected.
 */
export function createNormalizer(vocabulary: Iterable<string>, anchors: Iterable<string>): Normalizer {
  const anchorList = [...new Set(anchors)].filter((a) => a.length >= 5).map((a) => ({ a, d: dedupe(a) }));
  const known = new Set([...vocabulary, ...anchorList.map((x) => x.a)].filter((w) => w.length >= 2));
  const longest = Math.max(2, ...[...known].map((w) => w.length));
  const corrected = boundedCache<string>(5_000);

  /** The anchor word a near-miss means ("sucide" → "suicide"), else the word as written. */
  const nearest = (word: string): string => {
    const d = dedupe(word);
    for (const { a, d: da } of anchorList) {
      if (da[0] !== d[0] || Math.abs(da.length - d.length) > 2) continue;
      // An inflection is not a typo: "goodbyes", "overdosed" stay as written.
      if (word.startsWith(a) || a.startsWith(word)) continue;
      const allowed = da.length >= 7 ? 2 : 1;
      if (d === da || swapped(d, da) || distance(d, da) <= allowed) return a;
    }
    return word;
  };
  const correct = (word: string): string =>
    word.length < 5 || known.has(word) ? word : corrected.get(word, () => nearest(word));

  const split = (letters: string) =>
    segment(letters, known, longest) ?? segment(dedupe(letters), known, longest);
  /**
   * The words a run of single letters spells, or undefined. A one-letter word of the sentence is
   * a single letter too and joins the run: "quiero m o r i r m e y no se" runs on into the "y"
   * (and), which no word ends in, so up to two letters at either end are also tried as words of
   * their own ("morirme" and "y").
   */
  const spelledOut = (joined: string): string[] | undefined => {
    const whole = split(joined);
    if (whole) return whole;
    for (let trimmed = 1; trimmed <= 4; trimmed++) {
      for (let head = Math.min(2, trimmed); head >= 0; head--) {
        const tail = trimmed - head;
        const lead = joined.slice(0, head);
        const trail = joined.slice(joined.length - tail);
        if (tail > 2 || !oneLetterWords.test(lead + trail)) continue;
        const words = split(joined.slice(head, joined.length - tail));
        // The letters left must spell a real word, not short pieces ("a b c d e" is no "bc de").
        if (words?.some((w) => w.length >= 4)) return [...lead, ...words, ...trail];
      }
    }
    return undefined;
  };

  const fingerprint = createHash('sha256')
    .update(ownSource)
    .update(JSON.stringify([[...known].sort(), anchorList.map((x) => x.a).sort()]))
    .digest('hex');

  const normalize = (text: string, wordGaps = true): string => {
    let t = text.normalize('NFKC').replace(invisible, '').toLowerCase();
    for (const [emoji, word] of emojiWords) t = t.replace(emoji, word);
    t = t
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      // Letters no accent mark makes: French autocorrect writes "sœur", Danish and Polish keyboards ø, ł.
      .replace(/ß/g, 'ss')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/đ/g, 'd')
      .replace(/[\u2018\u2019\u02bc\u2032`´]/g, "'")
      .replace(leetWord, unleet)
      // Apostrophes inside words go ("don't" → "dont", "j'ai" → "jai"), so contractions match one way.
      .replace(/(\p{L})'(?=\p{L})/gu, '$1');
    // Letters a space apart with words further apart ("h e l p  i  t o o k"): the writer marked
    // where each word ends, so each group is joined as written, no vocabulary needed. The gap
    // between letters is the shortest one in the run; a run whose gaps are all alike is left to
    // the vocabulary below.
    t = t.replace(spacedLetters, (run) => {
      const gaps = (run.match(/[ \t]+/g) ?? []).map((g) => g.length);
      const letterGap = Math.min(...gaps);
      if (!wordGaps || Math.max(...gaps) === letterGap) return run;
      const words = run.split(new RegExp(`[ \\t]{${letterGap + 1},}`)).map((w) => w.replace(/[ \t]+/g, ''));
      return ` ${words.join(' ')} `;
    });
    // Spelled-out words: three or more single letters apart ("k i l l", "s.u.i.c.i.d.e", "d-i-e").
    t = t.replace(/(?<![\p{L}\p{N}])\p{L}(?:[\s.\-_*·,+~]+\p{L}(?![\p{L}\p{N}])){2,}/gu, (run) => {
      const words = spelledOut(run.replace(/[^\p{L}]/gu, ''));
      return words ? ` ${words.join(' ')} ` : run;
    });
    t = t
      .replace(/[.!?;:\n\r]+/g, ' | ')
      .replace(/[^\p{L}\p{N}|]+/gu, ' ')
      .replace(/(\p{L})\1{2,}/gu, '$1$1')
      .replace(/\s+/g, ' ')
      .trim();
    // Doubled letters last: rules see one letter for any run ("dieee", "kiill" → "die", "kil"), which
    // lets V8 match them as plain text, several times faster than a run per letter.
    return t
      .split(' ')
      .map((w) => correct(w))
      .join(' ')
      .replace(/([a-z])\1+/g, '$1');
  };
  const readings = (text: string): string[] => {
    const byGaps = normalize(text);
    // Only a message with letters spelled out has a second reading: most never pay for one.
    if (text.search(spacedLetters) < 0) return [byGaps];
    const joined = normalize(text, false);
    return joined === byGaps ? [byGaps] : [byGaps, joined];
  };
  return Object.assign(normalize, { fingerprint, readings });
}
