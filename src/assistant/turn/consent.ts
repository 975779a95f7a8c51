import { foldText } from '../../domain/text.ts';
import { modelVisible } from '../memory/history.ts';
import { moodIn } from '../mood-words.ts';
import { chatLanguage, gloss } from '../providers/offline/gloss/index.ts';
import type { Coordinates } from '../tools/types.ts';
import type { LoadedTurn } from './facts.ts';

/**
 * Whether a write the model asked for may happen at once or must be proposed (dry run, then the
 * user's yes). A write happens directly only when the user's own words asked for it: a check-in
 * when their message asks to be checked in or says they are there, at a place they named, one the
 * assistant listed in its previous reply's tool results, or one their phone is at; a reminder when
 * their message asks to be reminded, and never when it carries a link; a mood when their message
 * states one (mood-words.ts). Booking and cancelling are
 * always proposed (sideEffect 'confirm').
 */

/**
 * Phrases that ask for each action, lower case without accents, per language (en, es, fr, de, pt,
 * it). Matched as whole words anywhere in the message.
 */
const ASKS: Record<'check_in' | 'create_reminder', readonly string[]> = {
  check_in: [
    ...['check me in', 'check in', 'check-in', 'checking in', "i'm at", 'im at', 'i am at', "i'm here"],
    ...['im here', 'i am here', 'arrived', 'made it to', 'just got to', 'got here'],
    ...['registrame', 'hazme el check', 'hazme check', 'estoy en', 'he llegado', 'acabo de llegar', 'llegue'],
    ...['enregistre-moi', 'enregistre moi', 'je suis a', 'je suis au', 'je suis arrive', 'je suis arrivee'],
    ...['checke mich ein', 'check mich ein', 'ich bin im', 'ich bin in', 'ich bin bei', 'ich bin da'],
    ...['bin angekommen', 'faz o meu check', 'faz meu check', 'estou no', 'estou na', 'cheguei'],
    ...['registrami', 'fammi il check', 'sono al', 'sono alla', 'sono arrivato', 'sono arrivata', 'sono qui'],
  ],
  create_reminder: [
    ...['remind me', 'reminder', 'nudge me', 'ping me', 'recuerdame', 'recordatorio', 'avisame'],
    ...['rappelle-moi', 'rappelle moi', 'rappelez-moi', 'rappel', 'erinnere mich', 'erinnerung'],
    ...['lembra-me', 'lembre-me', 'me lembre', 'me lembra', 'lembrete', 'ricordami', 'promemoria'],
  ],
};

/** Words of a place name that say nothing about which place it is. */
const GENERIC = new Set(
  'the a an and of at cafe coffee shop gym bar club studio place spot house centre center room'.split(' '),
);

/** How close the phone must be for "I'm here" to mean that place. */
const HERE_METRES = 100;

/** Links in a reminder: a URL, www., an e-mail address or anything shaped like a domain. */
const LINK = /https?:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b[a-z0-9-]{2,}\.[a-z]{2,}(?:\/|\b)/i;

export const normalise = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9'@.\-/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const quoteRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex matching any of these phrases as whole words in `normalise`d text. */
export const phraseMatcher = (phrases: readonly string[]): RegExp =>
  new RegExp(`(?:^|[^a-z0-9'])(?:${phrases.map(quoteRegExp).join('|')})(?=$|[^a-z0-9])`);

const patterns = {
  check_in: phraseMatcher(ASKS.check_in),
  create_reminder: phraseMatcher(ASKS.create_reminder),
};

/**
 * The user's words plainly ask for this action ("check me in", "recuérdame", "ich bin im …"), as
 * written or as the offline companion's gloss reads them ("check mich da ein" → "check me in
 * there", "erinner mich um 5" → "remind me at 5").
 */
export const asksFor = (tool: keyof typeof ASKS, text: string): boolean =>
  patterns[tool].test(normalise(text)) || patterns[tool].test(normalise(gloss(text, chatLanguage(text))));

export const hasLink = (...texts: (string | undefined)[]): boolean => texts.some((t) => t && LINK.test(t));

/** The user named this place: every distinctive word of its name is in their words. */
export function namesPlace(name: string, text: string): boolean {
  const said = ` ${normalise(text).replace(/[^a-z0-9 ]/g, ' ')} `;
  const words = normalise(name)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean);
  const distinctive = words.filter((w) => w.length >= 3 && !GENERIC.has(w));
  const needed = distinctive.length ? distinctive : words;
  return needed.length > 0 && needed.every((w) => said.includes(` ${w} `));
}

function metresBetween(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

export interface PlaceFacts {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export interface Consent {
  /** True when the call may run at once; false when it must become a proposal. */
  direct(tool: string, input: unknown, place?: PlaceFacts): boolean;
}

/**
 * The rule for one turn. The user's words are this message, and the one before it when the
 * assistant answered that with a question rather than acting ("check me in" → "which one?" →
 * "the second").
 */
export function consentFor(turn: LoadedTurn): Consent {
  const { facts } = turn;
  const last = turn.exchanges.at(-1);
  const previous = last && modelVisible(last) ? last : undefined;
  const previousCalls = previous?.replies.flatMap((r) => r.context?.tools ?? []) ?? [];
  // Each message read once per tool: reading through the gloss tells its language first (ELD).
  const read = new Map<string, boolean>();
  const asks = (tool: keyof typeof ASKS, text: string): boolean => {
    const key = `${tool}\u0000${text}`;
    const known = read.get(key);
    if (known !== undefined) return known;
    const v = asksFor(tool, text);
    read.set(key, v);
    return v;
  };
  /** The user's words for a tool: this message, plus the last one if that request is still open. */
  const words = (tool: keyof typeof ASKS): string[] => {
    const still =
      previous && asks(tool, previous.user.content) && !previousCalls.some((c) => c.name === tool);
    return still ? [facts.text, previous.user.content] : [facts.text];
  };
  const listed = new Set(previousCalls.flatMap((c) => c.places ?? []));

  return {
    direct(tool, input, place) {
      // A mood the user's own message states ("2/5 today", "pretty low") is theirs to log.
      if (tool === 'log_mood') return moodIn(facts.text) !== undefined;
      if (tool === 'create_reminder') {
        const { title, message } = input as { title?: string; message?: string };
        return words(tool).some((t) => asks(tool, t)) && !hasLink(title, message);
      }
      if (tool !== 'check_in') return false;
      const said = words(tool);
      if (!said.some((t) => asks(tool, t))) return false;
      // An unknown place fails in the verb itself; nothing is written either way.
      if (!place) return true;
      return (
        said.some((t) => namesPlace(place.name, t)) ||
        listed.has(place.id) ||
        (facts.location !== undefined && metresBetween(facts.location, place) <= HERE_METRES)
      );
    },
  };
}
