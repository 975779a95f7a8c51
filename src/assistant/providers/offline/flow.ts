import { failureLine } from '../../tools/failures.ts';
import type { ToolOutcome } from '../../tools/registry.ts';
import type { TurnFacts } from '../types.ts';
import { type Lang, wordsOf } from './i18n/index.ts';
import type { Memory } from './memory.ts';
import { mentionedIn } from './names.ts';
import type { Pick_ } from './understand.ts';

/** One step of the offline companion: everything it knows, and what it may do next. */
export interface Flow {
  facts: TurnFacts;
  memory: Memory;
  /** What the replies before the last remembered, newest first, for a message that points back (recall.ts). */
  earlier?: readonly Memory[];
  /** This turn's tool outcomes so far. */
  outcomes: ToolOutcome[];
  seed: number;
  /** The user's first name, for replies. */
  name: string;
  /** The language to answer in (i18n/index.ts, `replyLanguageOf`). */
  lang: Lang;
  /**
   * The user's own words back for English ones a gloss put in (offline/gloss): what a reminder is
   * about is theirs ("ir al gimnasio", not "ir al gym").
   */
  ungloss?: (english: string) => string;
  /** The message as the user wrote it, before the gloss (absent for English). */
  original?: string;
}

export type Move =
  | { say: string; memory?: Memory }
  | { calls: { name: string; args: Record<string, unknown> }[] };

export const call = (name: string, args: Record<string, unknown> = {}): Move => ({ calls: [{ name, args }] });

export const lastOutcome = (f: Flow, name: string): ToolOutcome | undefined =>
  [...f.outcomes].reverse().find((o) => o.name === name);

export const countOutcomes = (f: Flow, name: string): number =>
  f.outcomes.filter((o) => o.name === name).length;

/** The server's summary when the outcome is a proposal (a write the user has to confirm first). */
export const proposalOf = (o: ToolOutcome): string | undefined => {
  const r = o.ok ? (o.result as { proposed?: boolean; proposal?: string }) : undefined;
  return r?.proposed ? r.proposal : undefined;
};

/** "Shall I check you in at …? Say yes to confirm." */
export const askToConfirm = (f: Flow, summary: string): Move => ({
  say: wordsOf(f).askToConfirm({ summary }),
});

/** The result of a successful outcome, typed by the caller (tool results are plain data). */
export const resultOf = <T>(o: ToolOutcome): T => o.result as T;

/** The item of `items` a pick points at: by position, or by words of its label in the message. */
export function chosen<T>(
  items: readonly T[] | undefined,
  pick: Pick_,
  label: (item: T) => string,
): T | undefined {
  if (!items?.length) return undefined;
  if (pick.index !== undefined) return pick.index < 0 ? items.at(-1) : items[pick.index];
  const words = pick.words.toLowerCase();
  const matches = items.filter((item) => {
    const name = label(item).toLowerCase();
    if (words.includes(name)) return true;
    // The first word that names it ("the slow pour" is not "The Quiet Gym").
    const first = name.replace(/^(?:the|le|la|les|l'|el|los|las|der|die|das)\s*/, '').split(/\s+/)[0] ?? '';
    return (
      (first.length >= 3 && new RegExp(`\\b${escapeRegExp(first)}\\b`).test(words)) ||
      (words.length >= 3 && name.includes(words))
    );
  });
  if (matches.length === 1) return matches[0];
  // No exact mention: the one a fuzzy match finds (typos, accents, part of the name), if clear.
  const mention = mentionedIn(matches.length > 1 ? matches : items, pick.words, label);
  return mention && 'match' in mention ? mention.match : undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A tool's failure as the reply says it: in English the server's own sentence ("You seem to be
 * 900 m from Quiet Beans"), in another language the catalogue's line for its code (tools/failures.ts),
 * never English text in a Spanish, French or German reply.
 */
export const failureSaid = (f: Flow, error: { code: string; message: string } | undefined): string =>
  f.lang === 'en' && error?.message ? error.message : failureLine(error?.code ?? 'internal', f.lang);
