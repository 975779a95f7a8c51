import type { Flow, Move } from './flow.ts';
import { wordsOf } from './i18n/index.ts';
import { pick } from './say.ts';

/**
 * Replies while the conversation stays supportive after a risk response: feelings first, no
 * places, check-ins or bookings offered, the lines mentioned in passing. Requests the user makes
 * plainly (a café, their streak) are still answered by the usual flow.
 */
export function supportive(f: Flow, kind: string): Move {
  const c = wordsOf(f).support;
  const v = { name: f.name, line: f.facts.support?.line ?? '' };
  if (kind === 'greeting' || kind === 'how_are_you') return { say: pick(f.seed, c.hello)(v) };
  const talk = /\b(?:talk|chat|stay|listen|company|here with me|be with me)\b/i.test(f.facts.text);
  if (talk) return { say: pick(f.seed, c.talk)(v) };
  if (/\b(?:thanks?|thank you|thx|ty)\b/i.test(f.facts.text)) return { say: pick(f.seed, c.thanks)(v) };
  return { say: pick(f.seed, c.heard)(v) };
}
