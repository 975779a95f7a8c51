import Fuse from 'fuse.js';
import type { Deps } from '../../deps.ts';
import { withUser } from '../../domain/context.ts';
import { listMySessions } from '../../domain/mentor-sessions/list-sessions.ts';
import { foldText } from '../../domain/text.ts';
import { modelVisible } from '../memory/history.ts';
import { moodIn, scoreAnswer } from '../mood-words.ts';
import { type ChatLanguage, chatLanguage, gloss } from '../providers/offline/gloss/index.ts';
import { spelled } from '../providers/offline/spelling.ts';
import { changeWhen, localDate, weekdays } from '../providers/offline/when.ts';
import type { Coordinates } from '../tools/types.ts';
import type { LoadedTurn } from './facts.ts';

/**
 * Whether a write the model asked for may happen at once or must be proposed (dry run, then the
 * user's yes). A write happens directly only when the user's own words asked for it: a check-in
 * when their message asks to be checked in or says they are there, at a place they named, one the
 * assistant listed in its previous reply's tool results, or one their phone is at; a reminder when
 * their message asks to be reminded, and never when it carries a link; a reminder moved or
 * cancelled when their message asks to change or cancel a reminder; a mood when their message
 * states one (mood-words.ts); a session moved when their message asks to move it, names it (its
 * mentor, or it is their only one, or the one just talked about) and gives exactly the new time
 * the call asks for. Booking and cancelling are always proposed (sideEffect 'confirm').
 */

/**
 * Phrases that ask for each action, lower case without accents, per language (en, es, fr, de, pt,
 * it). Matched as whole words anywhere in the message.
 */
type AskedTool =
  | 'check_in'
  | 'create_reminder'
  | 'update_reminder'
  | 'cancel_reminder'
  | 'reschedule_mentor_session';

const ASKS: Record<AskedTool, readonly string[]> = {
  check_in: [
    ...[
      'check me in',
      'check me into',
      'check in',
      'check-in',
      'checkin',
      'checking in',
      "i'm at",
      'im at',
      'i am at',
      "i'm here",
    ],
    ...['im here', 'i am here', 'arrived', 'made it to', 'just got to', 'got here'],
    ...['just sat down', 'sat down at', 'sat down in', 'walked in', 'clock me in', 'log me in', 'sign me in'],
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
  // A change of a reminder is asked for with the reminder named as one ("change my reminder to
  // 10", "cancel the water reminder"): `reminderWord` must match too. "Make it 10" alone proposes.
  update_reminder: [
    ...['change', 'move', 'push', 'shift', 'make', 'update', 'reschedule', 'set', 'postpone', 'delay'],
    ...['bring forward', 'earlier', 'later', 'cambia', 'cambiar', 'mueve', 'mover', 'pasa', 'retrasa'],
    ...['adelanta', 'change', 'deplace', 'decale', 'modifie', 'repousse', 'avance', 'andere', 'aendere'],
    ...['verschieb', 'verschiebe', 'verlege', 'stell', 'instead', 'rather', 'plutot', 'lieber', 'mejor'],
  ],
  cancel_reminder: [
    ...['cancel', 'delete', 'remove', 'drop', 'stop', 'turn off', 'get rid of', "don't need", 'dont need'],
    ...['no longer need', 'cancela', 'cancelar', 'borra', 'borrar', 'elimina', 'quita', 'anula'],
    ...['annule', 'annuler', 'supprime', 'supprimer', 'efface', 'losche', 'loesche', 'losch', 'storniere'],
    ...['entferne', 'absagen'],
  ],
  reschedule_mentor_session: [
    ...['move', 'reschedule', 'push', 'shift', 'postpone', 'bring forward', 'bring it forward', 'instead'],
    ...['change the time', 'change it to', 'make it', 'can we do', 'could we do', 'earlier', 'later'],
    ...['mueve', 'mover', 'cambia', 'cambiar', 'pasa', 'en vez', 'en lugar', 'deplace', 'deplacer'],
    ...['decale', 'decaler', 'plutot', 'a la place', 'verschieb', 'verschiebe', 'verlege', 'stattdessen'],
    ...['lieber'],
  ],
};

/** The word "reminder" in the four languages: what a change of a reminder must name. */
const reminderWord = /(?:^|[^a-z])(?:reminders?|recordatorios?|rappels?|erinnerung(?:en)?)(?=$|[^a-z])/;

/** Words of a place name that say nothing about which place it is. */
const GENERIC = new Set(
  'the a an and of at cafe coffee shop gym bar club studio place spot house centre center room kitchen hub fitness bakery'.split(
    ' ',
  ),
);

/** A message that goes on from the last one: "and …", "y …", "et …", "pis …" (Québec), "und …", "also …". */
const CONTINUES = /^(?:and|also|plus|y|e|et|pis|puis|und|auch|aussi|tambien|ademas)\b/;

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

const patterns = Object.fromEntries(
  Object.entries(ASKS).map(([tool, phrases]) => [tool, phraseMatcher(phrases)]),
) as Record<keyof typeof ASKS, RegExp>;

/** "Change my reminder", "cancel the water reminder": a change verb and the reminder itself. */
const namesReminder = (tool: keyof typeof ASKS, t: string): boolean =>
  (tool !== 'update_reminder' && tool !== 'cancel_reminder') || reminderWord.test(t);

/**
 * The user's words plainly ask for this action ("check me in", "recuérdame", "ich bin im …"), as
 * written or as the offline companion's gloss reads them ("check mich da ein" → "check me in
 * there", "erinner mich um 5" → "remind me at 5", "mind me at 8" → "remind me at 8").
 */
export const asksFor = (tool: keyof typeof ASKS, text: string): boolean => {
  if (tool === 'check_in' && notThereYet.test(normalise(text))) return false;
  // The user's words, also with slips on the words that ask put right ("remnd me", "chek me in").
  const language = chatLanguage(text);
  const typed = spelled(text, language);
  return [normalise(text), normalise(typed), normalise(gloss(typed, language))].some(
    (t) => patterns[tool].test(t) && namesReminder(tool, t),
  );
};

/**
 * "Voy para allá pero todavía no llegué", "not there yet", "pas encore arrivé", "noch nicht da":
 * on the way is not there, whatever words of arriving the message also has.
 */
const notThereYet =
  /\b(?:not (?:there|here) yet|not yet (?:there|here|arrived)|haven'?t (?:got|arrived)|(?:todavia|aun) no (?:he )?(?:llegue|llegado|estoy)|no he llegado|pas encore (?:arrivee?|la)|(?:ne )?suis pas encore|noch nicht (?:da|dort|angekommen))\b/;

export const hasLink = (...texts: (string | undefined)[]): boolean => texts.some((t) => t && LINK.test(t));

/**
 * The user named this place: every distinctive word of its name is in their words, a word of four
 * letters or more also with a slip of a letter or two ("peacefull grounds" names Peaceful
 * Grounds Café; fuse.js scores the likeness).
 */
export function namesPlace(name: string, text: string): boolean {
  const saidWords = normalise(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean);
  const said = new Set(saidWords);
  const words = normalise(name)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter(Boolean);
  const distinctive = words.filter((w) => w.length >= 3 && !GENERIC.has(w));
  const needed = distinctive.length ? distinctive : words;
  if (needed.length === 0) return false;
  if (needed.every((w) => said.has(w))) return true;
  const fuse = new Fuse(
    saidWords.filter((w) => w.length >= 3),
    { includeScore: true, threshold: SLIP },
  );
  return needed.every((w) => said.has(w) || (w.length >= 4 && fuse.search(w).length > 0));
}

/** How unlike a word may be and still be the same word mistyped (fuse.js: 0 exact, 1 anything). */
const SLIP = 0.3;

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

/** The session a reschedule names, as it stands before the move. */
export interface SessionFacts {
  id: string;
  mentor: string;
  scheduledAt: Date;
  /** It is the user's only upcoming session: "move it" can mean no other. */
  only: boolean;
  /** Its weekday in English ("friday") when no other upcoming session is on that day: "the friday one". */
  day?: string | undefined;
}

/** What the consent rule reads of the thing a call acts on: the place of a check-in, the session moved. */
export interface Known {
  place?: PlaceFacts | undefined;
  session?: SessionFacts | undefined;
}

export interface Consent {
  /** True when the call may run at once; false when it must become a proposal. */
  direct(tool: string, input: unknown, known?: Known): boolean;
}

/** The user's upcoming session a reschedule names, for the rule; undefined when it is not one of them. */
export async function sessionFactsOf(
  deps: Deps,
  userId: string,
  facts: { now: Date; timeZone: string },
  sessionId: string,
): Promise<SessionFacts | undefined> {
  const upcoming = await withUser(deps, userId, (ctx) =>
    listMySessions(ctx, { role: 'user', status: 'scheduled', from: facts.now.toISOString(), limit: 50 }),
  );
  const s = upcoming.find((x) => x.id === sessionId);
  if (!s) return undefined;
  const dayOf = (at: string) => weekdays[localDate(new Date(at), facts.timeZone).weekday]!;
  const day = dayOf(s.scheduledAt);
  const alone = upcoming.filter((x) => dayOf(x.scheduledAt) === day).length === 1;
  return {
    id: s.id,
    mentor: s.mentorDisplayName,
    scheduledAt: new Date(s.scheduledAt),
    only: upcoming.length === 1,
    ...(alone ? { day } : {}),
  };
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
  // Places the user was shown in the last three exchanges: "2nd one any good" → details → "nah
  // first one. im here, check in" names the first of a list two exchanges back.
  const listed = new Set(
    turn.exchanges
      .slice(-3)
      .filter(modelVisible)
      .flatMap((e) => e.replies.flatMap((r) => r.context?.tools ?? []))
      .flatMap((c) => c.places ?? []),
  );
  const offline = facts.previous?.offline as { awaiting?: string; lang?: ChatLanguage } | undefined;
  const askedMood = offline?.awaiting === 'mood';
  // The message as the companion's gloss reads it, in the conversation's language ("un 2" → "2/5").
  const inConversation = gloss(facts.text, chatLanguage(facts.text, offline?.lang ?? 'en'));

  /** A move the user's own message asks for, of a session it names, to exactly this time. */
  const asksToMove = (input: unknown, session: SessionFacts | undefined): boolean => {
    // A session that is not one of theirs ahead fails in the verb itself; nothing is written.
    if (!session) return true;
    if (!asks('reschedule_mentor_session', facts.text)) return false;
    const first = normalise(session.mentor).split(' ')[0] ?? '';
    const shown = previousCalls.some(
      (c) => c.arguments.includes(session.id) || c.brief?.includes(session.id),
    );
    const said = [facts.text, gloss(facts.text, chatLanguage(facts.text))];
    // "The friday one", "my friday session": the only session on that day, named by it.
    const byDay = (t: string) =>
      session.day !== undefined &&
      new RegExp(`\\b(?:the|my) ${session.day.slice(0, 3)}[a-z]* (?:one|session|appointment)\\b`).test(
        normalise(t),
      );
    const named =
      (first.length >= 3 && ` ${normalise(facts.text)} `.includes(` ${first} `)) ||
      session.only ||
      shown ||
      said.some(byDay);
    const to = new Date((input as { scheduledAt: string }).scheduledAt).getTime();
    return (
      named &&
      said.some((t) => changeWhen(t, session.scheduledAt, facts.now, facts.timeZone)?.at?.getTime() === to)
    );
  };

  return {
    direct(tool, input, known = {}) {
      const { place } = known;
      // A mood the user's own message states ("2/5 today", "pretty low") is theirs to log.
      // So is a bare score answering the companion's "from 1 to 5?" ("un 2", "3").
      if (tool === 'log_mood')
        return (
          [facts.text, inConversation].some((t) => moodIn(t) !== undefined) ||
          (askedMood && scoreAnswer(facts.text) !== undefined)
        );
      if (tool === 'create_reminder') {
        const { title, message } = input as { title?: string; message?: string };
        // "…and tomorrow at 9 call my mum" right after a reminder was set as they asked (not
        // proposed): the rest of that request.
        const continued =
          previousCalls.some((c) => c.name === tool && c.ok && !c.proposed) &&
          CONTINUES.test(normalise(facts.text));
        return (continued || words(tool).some((t) => asks(tool, t))) && !hasLink(title, message);
      }
      // "Change my reminder to 10", "cancel the water reminder": asked for, as a new one is.
      if (tool === 'update_reminder' || tool === 'cancel_reminder') {
        if (asks(tool, facts.text)) return true;
        // "Actually make that 1pm" right after the reminder was set as asked: that one, changed by
        // a change word alone (the turn before named it).
        const id = (input as { reminderId?: string }).reminderId;
        const justSet =
          id !== undefined &&
          previousCalls.some(
            (c) =>
              (c.name === 'create_reminder' || c.name === 'update_reminder') &&
              c.ok &&
              !c.proposed &&
              c.brief.includes(id),
          );
        return justSet && [facts.text, inConversation].some((t) => patterns[tool].test(normalise(t)));
      }
      if (tool === 'reschedule_mentor_session') return asksToMove(input, known.session);
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
