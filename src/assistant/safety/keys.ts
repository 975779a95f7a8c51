/**
 * Which of the lexicons' patterns could match a message at all, told from its words before any
 * pattern runs. Every pattern is compiled from a template (lexicon.ts) whose words must stand in
 * the text as whole words; one required word (or, for a concept, one word of each of its entries)
 * is the pattern's key. A message that holds none of a pattern's keys cannot match it, so that
 * pattern is not run: a few hash look-ups per word instead of two thousand alternatives scanned
 * over every message.
 *
 * Keys are a necessary condition, never a guess: a pattern whose words cannot be told (a raw
 * /regular expression/, a word mixed with a concept, too many spellings) has no keys and always
 * runs. `test/unit/safety-keys.test.ts` generates text that every pattern matches and checks that
 * the pattern's keys let it through.
 */

/** Words a match must contain one of: whole words, or word starts (from `suicid*`). */
export interface Keys {
  words: string[];
  prefixes: string[];
}

/** A compiled template and its keys (undefined: it always runs). */
export interface Pattern {
  regex: RegExp;
  keys: Keys | undefined;
}

/** A word as the normalized text spells it: runs of one letter or digit read as one (normalize.ts). */
const single = (word: string) => word.replace(/([a-z0-9])\1+/g, '$1');

/** The pieces of text a pattern's `\b` sees as words (anything outside [a-z0-9_] separates them). */
const pieces = (text: string) => text.split(/[^a-z0-9_]+/);

/** How often a key is likely to stand in an everyday message: short words are the common ones. */
const wordCost = (w: string) => (w.length >= 5 ? 1 : w.length === 4 ? 3 : w.length === 3 ? 10 : 40);
const cost = (k: Keys) =>
  k.words.reduce((sum, w) => sum + wordCost(w), 0) + k.prefixes.reduce((sum, p) => sum + 2 * wordCost(p), 0);

const MAX_FORMS = 256;

/**
 * Every spelling of one token of the template language without concepts: letters, `(a|b)`, `?`
 * after a letter or a group, `*` kept as written. Undefined past MAX_FORMS spellings.
 */
function expand(token: string): string[] | undefined {
  let i = 0;
  const product = (a: string[], b: string[]) => {
    if (a.length * b.length > MAX_FORMS) throw new RangeError('too many forms');
    return a.flatMap((x) => b.map((y) => x + y));
  };
  const alternatives = (): string[] => {
    const out = [...sequence()];
    while (token[i] === '|') {
      i++;
      out.push(...sequence());
    }
    if (out.length > MAX_FORMS) throw new RangeError('too many forms');
    return out;
  };
  const sequence = (): string[] => {
    let forms = [''];
    while (i < token.length && token[i] !== '|' && token[i] !== ')') {
      let item: string[];
      if (token[i] === '(') {
        i++;
        item = alternatives();
        if (token[i] !== ')') throw new SyntaxError('unbalanced group');
        i++;
      } else item = [token[i++]!];
      if (token[i] === '?') {
        i++;
        item = [...item, ''];
      }
      forms = product(forms, item);
    }
    return forms;
  };
  try {
    const forms = alternatives();
    return i === token.length ? forms : undefined;
  } catch {
    return undefined;
  }
}

/** The cheapest word of one spelling that can be a key: a whole word, or the start before `*`. */
function keyOfForm(form: string): Keys | undefined {
  let best: Keys | undefined;
  for (const word of form.split(' ')) {
    const star = word.indexOf('*');
    const plain = single(star < 0 ? word : word.slice(0, star));
    // Only what the text's words are made of: anything else splits a word the pattern reads whole.
    if (plain === '' || !/^[a-z0-9]+$/.test(plain)) continue;
    const keys = star < 0 ? { words: [plain], prefixes: [] } : { words: [], prefixes: [plain] };
    if (!best || cost(keys) < cost(best)) best = keys;
  }
  return best;
}

function union(list: Keys[]): Keys {
  return {
    words: [...new Set(list.flatMap((k) => k.words))],
    prefixes: [...new Set(list.flatMap((k) => k.prefixes))],
  };
}

export interface TemplateSyntax {
  /** The template split into tokens, as the compiler splits it. */
  tokens(template: string): string[];
  /** True for a token the compiler makes optional as a whole ("(…)?", "{name}?"). */
  optional(token: string): boolean;
}

/**
 * The keys of a template: of its required tokens (not gaps, not `.`, not optional), the one whose
 * spellings are rarest; undefined when no required token can be told.
 */
export function keysOf(
  template: string,
  concepts: Record<string, string[]>,
  syntax: TemplateSyntax,
  depth = 0,
): Keys | undefined {
  const list = syntax.tokens(template);
  // A token that starts with "?" makes the space before it optional ("ich (dann)? ?(noch )?lebe"
  // also matches "ichnoch lebe"): the words before it, back to the last required one, may then be
  // joined to what follows, so they can only be word starts, and the token's own words nothing.
  const joined = new Set<number>();
  const openRight = new Set<number>();
  list.forEach((token, i) => {
    if (!token.startsWith('?')) return;
    joined.add(i);
    for (let j = i - 1; j >= 0; j--) {
      openRight.add(j);
      if (!syntax.optional(list[j]!)) break;
    }
  });
  let best: Keys | undefined;
  list.forEach((token, i) => {
    if (/^_\d?$/.test(token) || token === '.' || syntax.optional(token) || joined.has(i)) return;
    let keys = tokenKeys(token, concepts, syntax, depth);
    if (keys && openRight.has(i))
      keys = { words: [], prefixes: [...new Set([...keys.prefixes, ...keys.words])] };
    if (keys && (!best || cost(keys) < cost(best))) best = keys;
  });
  return best;
}

const conceptKeys = new WeakMap<Record<string, string[]>, Map<string, Keys | undefined>>();

function tokenKeys(
  token: string,
  concepts: Record<string, string[]>,
  syntax: TemplateSyntax,
  depth: number,
): Keys | undefined {
  const concept = /^\{(\w+)\}$/.exec(token);
  if (concept) {
    // A concept's keys are the same wherever it stands: told once per lexicon (a few hundred
    // templates name the same few dozen concepts, some nested).
    const known = conceptKeys.get(concepts) ?? new Map<string, Keys | undefined>();
    conceptKeys.set(concepts, known);
    const name = concept[1]!;
    if (known.has(name)) return known.get(name);
    const entries = concepts[name] ?? [];
    const each = entries.map((e) => (depth > 4 ? undefined : keysOf(e, concepts, syntax, depth + 1)));
    const keys = each.length > 0 && each.every((k) => k !== undefined) ? union(each as Keys[]) : undefined;
    known.set(name, keys);
    return keys;
  }
  if (/[{}/]/.test(token)) return undefined;
  const forms = expand(token);
  if (!forms) return undefined;
  const each = forms.map(keyOfForm);
  return each.every((k) => k !== undefined) ? union(each as Keys[]) : undefined;
}

/**
 * An index of patterns by their keys. `allows(text)` reads the text's words once and answers, per
 * pattern, whether it could match: patterns without keys always could.
 */
export class KeyIndex {
  private readonly byWord = new Map<string, Pattern[]>();
  private readonly byPrefix = new Map<string, Pattern[]>();
  private longestPrefix = 0;

  constructor(patterns: Iterable<Pattern>) {
    const put = (map: Map<string, Pattern[]>, key: string, p: Pattern) => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    for (const p of patterns) {
      for (const w of p.keys?.words ?? []) put(this.byWord, w, p);
      for (const prefix of p.keys?.prefixes ?? []) {
        put(this.byPrefix, prefix, p);
        this.longestPrefix = Math.max(this.longestPrefix, prefix.length);
      }
    }
  }

  allows(text: string): (p: Pattern) => boolean {
    const live = new Set<Pattern>();
    const mark = (list: Pattern[] | undefined) => {
      if (list) for (const p of list) live.add(p);
    };
    for (const piece of new Set(pieces(text))) {
      if (piece === '') continue;
      mark(this.byWord.get(piece));
      for (let n = 1; n <= Math.min(piece.length, this.longestPrefix); n++) {
        mark(this.byPrefix.get(piece.slice(0, n)));
      }
    }
    return (p) => p.keys === undefined || live.has(p);
  }
}
