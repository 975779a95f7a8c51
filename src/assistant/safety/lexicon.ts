import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { keysOf, type Pattern, type TemplateSyntax } from './keys.ts';

/**
 * The crisis lexicons: one JSON file per language in ./lexicon/, written by hand from the public
 * sources each file lists, never from an evaluation set. A file names concepts (word classes such
 * as {want}, {die}, {pills}) and rules built from them, per category. The template language:
 *   word      letters; doubled letters are read as one, in the text as in the word ("dieee",
 *             "kill" and "kil" are all the same word to a rule),
 *             `*` any further letters ("suicid*"), `?` makes the letter or group before optional,
 *             `(a|b)` alternatives inside a word
 *   {name}    any entry of a concept (entries are templates too, so concepts may nest)
 *   _  _N     up to 3 (or N, 1 to 9) words in between, never across a sentence break; a token of
 *             its own (between spaces, outside parentheses): anything else is refused
 *   .         the end of a sentence or of the message
 *   /re/      a regular expression, for what words cannot say (numbers: /[1-9]\d+/); its doubled
 *             letters are read as one too
 * Text is normalized first (normalize.ts): lower case, no accents, no apostrophes.
 */

export const categories = [
  'emergency',
  'abuse',
  'plan',
  'harm_to_others',
  'suicidal',
  'self_harm',
  'concern_other',
] as const;
/** In order of precedence: when several match, the first in this list answers. */
export type Category = (typeof categories)[number];

export const languages = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type Language = (typeof languages)[number];

const templates = z.array(z.string().min(1)).default([]);
const byCategory = z.partialRecord(z.enum(categories), templates).default({});

const LexiconFile = z.object({
  language: z.enum(languages),
  sources: z.array(z.object({ title: z.string().min(1), url: z.url() })).min(1),
  concepts: z.record(z.string().regex(/^\w+$/), z.array(z.string().min(1)).min(1)),
  /** Distinctive words whose misspellings are read as the word ("sucide" → "suicide"). */
  anchors: z.array(z.string().min(5)).default([]),
  /** Words that, just before a rule's match, negate it ("not", "never"). */
  negation: templates,
  /** Idioms and titles removed before matching ("killing it", "suicide squad"). */
  masks: templates,
  /**
   * Everyday phrases of this language that another language's rules would misread (the German
   * "ich will die Katze füttern", I want to feed the cat, read as the English "will die"): hidden
   * from every other language's rules, never from this language's own.
   */
  falseFriends: templates,
  /** Talk about work, study, media or other people: a bare mention in such a message is not a crisis. */
  frames: templates,
  /** Distress that is no risk alone ("lost my job", "hopeless") but makes a bare mention a crisis. */
  distress: templates,
  /**
   * A frame disowned or a reason withheld ("not for a novel", "asking for a friend", "don't ask
   * why"): no frame quiets a bare mention in a message that holds one, and the mention is a crisis.
   */
  pretexts: templates,
  subjects: z.object({ self: templates, other: templates }),
  /** A match is a crisis in that category. */
  strong: byCategory,
  /** A bare mention: a gentle check-in unless the message is framed as work, study or media. */
  weak: byCategory,
});
export type LexiconFile = z.infer<typeof LexiconFile>;

export interface Rule {
  id: string;
  category: Category;
  strength: 'strong' | 'weak';
  /** One per template, each with its keys (keys.ts): only those a message's words allow are run. */
  patterns: Pattern[];
}

export interface Lexicon {
  language: Language;
  rules: Rule[];
  negation: RegExp | undefined;
  masks: Pattern[];
  falseFriends: Pattern[];
  frames: Pattern[];
  distress: Pattern[];
  pretexts: Pattern[];
  self: RegExp | undefined;
  other: RegExp | undefined;
  /** Plain words used, for splitting spelled-out letters and correcting typos. */
  vocabulary: string[];
  anchors: string[];
}

const literal = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * A raw /regular expression/ as the normalized text spells it: a letter written twice in a row
 * ("kuss", "esses dias") is one, as it is in the text and in a template's words; escapes ("\\x20",
 * "\\bb…"), classes ("[a-z]") and counts ("{2,}") are copied as written, and a letter followed by
 * a quantifier ("l?l") is not merged with the next.
 */
export function singleLetters(source: string): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const width = source[i + 1] === 'x' ? 4 : source[i + 1] === 'u' ? 6 : 2;
      out += source.slice(i, i + width);
      i += width - 1;
      previous = '';
      continue;
    }
    const close = c === '[' ? ']' : c === '{' ? '}' : '';
    if (close) {
      let end = i + 1;
      while (end < source.length && source[end] !== close) end += source[end] === '\\' ? 2 : 1;
      out += source.slice(i, end + 1);
      i = end;
      previous = '';
      continue;
    }
    if (/[a-z]/.test(c)) {
      if (c === previous) {
        // "ll?", "ll*", "ll+": one or more of the letter, which the text spells as one.
        if (/[?*+]/.test(source[i + 1] ?? '')) i++;
        continue;
      }
      out += c;
      previous = /[?*+{]/.test(source[i + 1] ?? '') ? '' : c;
      continue;
    }
    out += c;
    previous = '';
  }
  return out;
}

/** Splits a template at spaces outside parentheses; spaces inside a group stay in it. */
function tokens(template: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  // "(all )?to" reads as "(all)? to": a group that ends in a space is a word of its own.
  // "precisar( mais)?" reads as "precisar (mais)?": a group that opens with a space is a word of its own.
  const spaced = template
    .replace(/ \)\?(?=\S)/g, ')? ')
    .replace(/(?<=[\p{L}\p{N}*])\(\s+/gu, ' (')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s*\|\s*/g, '|');
  for (const c of spaced.trim()) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (/\s/.test(c) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += c;
  }
  if (depth !== 0) throw new Error(`unbalanced parentheses in "${template}"`);
  if (current) out.push(current);
  return out;
}

/** One token of the template language (a word, a group, a concept) as a regular expression. */
function compileToken(raw: string, concepts: Record<string, string[]>, depth: number): string {
  // An optional word that opens a group or one of its branches ("((a )?minha vida)"; tokens() has
  // moved the space out of "(a )?"): the space after it goes with it, as "(a )?" said.
  const token = raw.replace(/([(|])\(([^()/{}]*)\)\? /g, '$1($2 )?');
  let out = '';
  let previous = '';
  for (let i = 0; i < token.length; i++) {
    const c = token[i]!;
    const optional = token[i + 1] === '?';
    if (c === '/') {
      // A regular expression of its own, for what words cannot say: "/[1-9][0-9]+/", "/of{2,}/".
      const end = token.indexOf('/', i + 1);
      if (end < 0) throw new Error(`unclosed /…/ in "${token}"`);
      out += `(?:${singleLetters(token.slice(i + 1, end))})`;
      i = end;
      previous = '';
      continue;
    }
    if (c === '{') {
      const end = token.indexOf('}', i);
      const name = token.slice(i + 1, end);
      const entries = concepts[name];
      if (end < 0 || !entries) throw new Error(`unknown concept {${name}}`);
      out += `(?:${entries.map((e) => compileTemplate(e, concepts, depth + 1)).join('|')})`;
      i = end;
      previous = '';
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(c)) {
      if (c === previous && !optional) continue;
      out += optional ? `(?:${literal(c)})?` : literal(c);
      previous = optional ? '' : c;
      if (optional) i++;
      continue;
    }
    previous = '';
    // An optional word inside a group ("(tirar (a)? minha vida)"; tokens() has moved the space out
    // of "(a )?"): the space before it goes with it, so the group matches with and without the word.
    const inner = c === ' ' ? /^ \(([^()/{}]*)\)\?(?= |\)|\||$)/.exec(token.slice(i)) : null;
    if (inner) {
      out += `(?: (?:${compileToken(inner[1]!, concepts, depth)}))?`;
      i += inner[0].length - 1;
      continue;
    }
    // A gap is a token of its own (compileTemplate): "_3" inside a group or glued to a word would be
    // matched as the letters "_3", and the template would never match anything.
    if (c === '_' && /\d/.test(token[i + 1] ?? '')) {
      throw new Error(`a gap stands alone, between spaces and outside parentheses: "${token}"`);
    }
    if (c === '*') out += '[a-z]*';
    else if (c === '(') out += '(?:';
    else if (c === ')' || c === '|' || c === '?') out += c;
    else out += literal(c);
  }
  return out;
}

/** True for "(…)?" or "{name}?": a whole token made optional, not a word with an optional ending. */
function wholeGroup(token: string): boolean {
  if (/^\{\w+\}\?$/.test(token)) return true;
  if (!token.startsWith('(') || !token.endsWith(')?')) return false;
  let depth = 0;
  for (let i = 0; i < token.length - 1; i++) {
    if (token[i] === '(') depth++;
    if (token[i] === ')') depth--;
    if (depth === 0) return i === token.length - 2;
  }
  return false;
}

/**
 * A template as a regular-expression fragment, concepts expanded. A word brings the space before
 * it (or, while nothing required stands before it, the space after it), so optional words and gaps
 * may stand anywhere: "my goodbye note _3 (to my family)?" matches "my goodbye note." as well as
 * "my goodbye note to my family".
 */
function compileTemplate(template: string, concepts: Record<string, string[]>, depth = 0): string {
  if (depth > 4) throw new Error(`concepts nest too deep at "${template}"`);
  const list = tokens(template);
  let out = '';
  // Whether a required word stands before: then what follows starts with its space.
  let after = false;
  list.forEach((token, i) => {
    const last = i === list.length - 1;
    if (/^_\d{2,}$/.test(token)) throw new Error(`gaps go up to _9: "${token}" in "${template}"`);
    const gap = /^_(\d)?$/.exec(token);
    if (gap) {
      if (i === 0 || last) throw new Error(`a gap cannot start or end "${template}"`);
      out += after ? `(?: [^ |]+){0,${gap[1] ?? 3}}` : `(?:[^ |]+ ){0,${gap[1] ?? 3}}`;
      return;
    }
    if (token === '.') {
      if (!last) throw new Error(`"." must end "${template}"`);
      out += '(?= ?\\||$)';
      return;
    }
    const optional = wholeGroup(token);
    const body = compileToken(optional ? token.slice(0, -1) : token, concepts, depth);
    if (optional) out += after ? `(?: ${body})?` : `(?:${body} )?`;
    else {
      out += `${after ? ' ' : ''}${body}`;
      after = true;
    }
  });
  return out;
}

// The text is normalized to lower-case letters without accents, so plain [a-z0-9] classes suffice;
// without the unicode flag V8 compiles these large patterns several times faster.
const bounded = (fragment: string, flags = '') => new RegExp(`\\b(?:${fragment})\\b`, flags);

function anyOf(list: string[], concepts: Record<string, string[]>): RegExp | undefined {
  return list.length === 0 ? undefined : bounded(list.map((t) => compileTemplate(t, concepts)).join('|'));
}

const everywhere = (r: RegExp | undefined) => (r ? new RegExp(r.source, 'g') : undefined);

const syntax: TemplateSyntax = { tokens, optional: wholeGroup };

/** Each template as a pattern of its own (global where `global`), with its keys. */
function patternsOf(list: string[], concepts: Record<string, string[]>, global: boolean): Pattern[] {
  return list.map((t) => ({
    regex: bounded(compileTemplate(t, concepts), global ? 'g' : ''),
    keys: keysOf(t, concepts, syntax),
  }));
}

/** Every pattern of a lexicon that keys.ts keys: masks, false friends, frames, distress, pretexts and rules. */
export function patternsIn(lexicon: Lexicon): Pattern[] {
  return [
    ...lexicon.masks,
    ...lexicon.falseFriends,
    ...lexicon.frames,
    ...lexicon.distress,
    ...lexicon.pretexts,
    ...lexicon.rules.flatMap((r) => r.patterns),
  ];
}

/** Checks and compiles one lexicon file; an error names the file and the template. */
export function compileLexicon(raw: unknown, name = 'lexicon'): Lexicon {
  const parsed = LexiconFile.safeParse(raw);
  if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  const { concepts } = file;
  const rules: Rule[] = [];
  const vocabulary = new Set<string>();
  // Every run of letters, inside groups too ("(cutting|burning)"), but not in /raw/ expressions.
  const collect = (template: string) => {
    for (const word of template.replace(/\/[^/]*\//g, ' ').match(/\p{L}{2,}/gu) ?? []) vocabulary.add(word);
  };
  for (const entries of Object.values(concepts)) entries.forEach(collect);
  try {
    // The text is normalized before any template reads it: a letter it never holds ("hörbuch")
    // would make a template, or one of its spellings, dead without a word.
    const every = [
      ...Object.values(concepts).flat(),
      ...Object.values(file.strong).flat(),
      ...Object.values(file.weak).flat(),
      ...file.negation,
      ...file.masks,
      ...file.falseFriends,
      ...file.frames,
      ...file.distress,
      ...file.pretexts,
      ...file.subjects.self,
      ...file.subjects.other,
    ];
    for (const template of every) {
      const foreign = /[^\x20-\x7e]/.exec(template.replace(/\/[^/]*\//g, ' '));
      if (foreign) {
        throw new Error(
          `"${template}" holds "${foreign[0]}": write it as the normalizer reads (no accents, œ as oe)`,
        );
      }
    }
    // One rule per strength and category; a pattern per template, so that a message runs only the
    // few its words allow (keys.ts) rather than every alternation of the category.
    for (const strength of ['strong', 'weak'] as const) {
      for (const category of categories) {
        const list = file[strength][category] ?? [];
        list.forEach(collect);
        if (list.length === 0) continue;
        rules.push({
          id: `${file.language}.${strength}.${category}`,
          category,
          strength,
          patterns: patternsOf(list, concepts, true),
        });
      }
    }
    return {
      language: file.language,
      rules,
      negation: anyOf(file.negation, concepts),
      masks: patternsOf(file.masks, concepts, true),
      falseFriends: patternsOf(file.falseFriends, concepts, true),
      frames: patternsOf(file.frames, concepts, false),
      distress: patternsOf(file.distress, concepts, false),
      pretexts: patternsOf(file.pretexts, concepts, false),
      // Global: every subject in a sentence is scanned (compiled once here, never per message).
      self: everywhere(anyOf(file.subjects.self, concepts)),
      other: everywhere(anyOf(file.subjects.other, concepts)),
      vocabulary: [...vocabulary],
      anchors: file.anchors,
    };
  } catch (err) {
    throw new Error(`${name}: ${(err as Error).message}`);
  }
}

export const defaultLexiconDir = fileURLToPath(new URL('./lexicon/', import.meta.url));

/** Every lexicon file in the folder, compiled; a broken file stops start-up, naming it. */
export function loadLexicons(dir: string = defaultLexiconDir): Lexicon[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => compileLexicon(JSON.parse(readFileSync(`${dir.replace(/\/?$/, '/')}${f}`, 'utf8')), f));
}
