/**
 * The one rule every string from outside obeys, whichever way it came in (HTTP body, query or path,
 * socket payload, assistant tool arguments): no NUL (U+0000), which PostgreSQL text cannot hold
 * and which once turned a sign-up into a 500, and no unpaired UTF-16 surrogate, which has no UTF-8
 * encoding and so cannot be stored, hashed or sent on faithfully. Checked once at each surface's
 * parse step (http/validation.ts, realtime/handlers/wrap.ts, assistant/tools/registry.ts), on
 * object keys as well as values, so no schema has to remember it.
 */

export const TEXT_RULE_MESSAGE = 'must not contain NUL characters or unpaired surrogates';

// Without the u flag a regular expression sees UTF-16 code units, so a lone half of a pair shows.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isCleanText(value: string): boolean {
  return !value.includes('\u0000') && !loneSurrogate.test(value);
}

export interface TextIssue {
  /** A dotted path to the offending value ("location.name"), "(root)" for the value itself. */
  field: string;
  message: string;
}

/** Issues beyond this many are not listed: one is enough to refuse. */
const MAX_ISSUES = 10;

/**
 * Every string in a JSON-like value (and every object key) that breaks the rule. Walks a work list
 * rather than recursing, so a deeply nested payload cannot overflow the call stack.
 */
export function textIssues(value: unknown): TextIssue[] {
  const issues: TextIssue[] = [];
  // Each entry points at its parent: a path is spelled out only for an offending value, so a
  // deep payload costs time in proportion to its size, not to its depth squared.
  const pending: { value: unknown; key: string; parent: number }[] = [{ value, key: '', parent: -1 }];
  const report = (at: number, key?: string) => {
    const path = key === undefined ? [] : [key];
    for (let i = at; i > 0; i = pending[i]!.parent) path.unshift(pending[i]!.key);
    issues.push({ field: path.join('.') || '(root)', message: TEXT_RULE_MESSAGE });
  };
  for (let next = 0; next < pending.length && issues.length < MAX_ISSUES; next++) {
    const current = pending[next]!.value;
    if (typeof current === 'string') {
      if (!isCleanText(current)) report(next);
    } else if (Array.isArray(current)) {
      for (const [i, item] of current.entries()) pending.push({ value: item, key: String(i), parent: next });
    } else if (current !== null && typeof current === 'object' && !(current instanceof Date)) {
      for (const [key, item] of Object.entries(current)) {
        if (!isCleanText(key)) report(next, JSON.stringify(key).slice(1, -1));
        else pending.push({ value: item, key, parent: next });
      }
    }
  }
  return issues;
}

/**
 * Text folded for reading words in it, the one way every matcher does: lower case, accents gone
 * ("Café Müller" → "cafe muller", "cœur" → "coeur", "Straße" → "strasse"), curly quotes and backticks made straight, runs of white space
 * one space, no space at either end.
 */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
