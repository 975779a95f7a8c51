import type { PlaceView } from '../../tools/views.ts';
import { call, chosen, type Flow, lastOutcome, type Move, resultOf } from './flow.ts';
import { upperFirst } from './i18n/catalogue.ts';
import { wordsOf } from './i18n/index.ts';
import type { Memory } from './memory.ts';
import { mentionedIn } from './names.ts';
import { placeDetails } from './places.ts';
import { pick } from './say.ts';
import type { Pick_ } from './understand.ts';
import { localDate, weekdays } from './when.ts';
import { pickIn, tidy } from './words.ts';

/**
 * "Is it busy?", "is the first one quiet now?", "how busy is that cafe rn", "ok and the other
 * one?": how busy a place just listed or talked about is (issue 16). The domain keeps no live
 * head count, so the answer says so and gives what it does know: how busy the place usually is
 * (its anxiety rating), a quiet zone or quiet hours, and whether it is open now.
 */

const crowdWords =
  /\b(?:busy|crowded|packed|rammed|heaving|full|quiet|calm|empty|dead|noisy|loud|(?:a lot of|lots of|many|much) people|people there|how many people)\b/;
/** A search, not a question about one place: "any quiet cafés?", "is there a quiet gym near me?". */
const searching =
  /\b(?:find|search|show|recommend|suggest|looking for|near me|nearby|around here|is there an?|are there|any \w+s|somewhere|anywhere)\b|\b(?:a|an|any|some) (?:\w+ )?(?:place|spot)s?\b/;
/** Words that point at a place in view. */
const pointing =
  /\b(?:it|there|that (?:one|place|spot|cafe|gym|kitchen|coffee shop)|this (?:one|place|spot|cafe|gym)|the (?:cafe|gym|place|spot|kitchen)|\w+ one)\b/;
const otherOne =
  /\b(?:the )?other (?:one|place|cafe|gym|spot)\b|^(?:ok |okay |and |what about |how about )*(?:the )?other\b/;

export type CrowdAsk = {
  pick: Pick_;
  other: boolean;
  ask: 'crowd' | 'details' | 'open' | 'quietest';
  /** A place named with nothing listed ("how's green bowl kitchen, is it busy?"): looked up by name. */
  name?: string;
};

/** The place a crowd question names: "how's green bowl kitchen, is it busy?", "is slow pour busy rn". */
function namedPlace(t: string): string | undefined {
  const m =
    /^(?:(?:and|so|ok|okay|hey|hi|hmm),?\s+)*(?:how'?s|how is|is|are|what'?s)\s+(?:the\s+)?(.+?)(?:,|\s+(?:is it|is that|usually|right now|rn|now|at the moment|atm|busy|quiet|crowded|packed|like|today|tonight|these days|in the)\b|[?!.]|$)/.exec(
      t,
    );
  const name = m?.[1]?.trim();
  return name &&
    name.length >= 3 &&
    !/^(?:it|that|this|there|they|he|she|you|u|everything|anyone)\b/.test(name)
    ? name
    : undefined;
}

/** "Is it open now?", "when does it close", "open late?". */
const openWords = /\b(?:open|opens|closed?|closes|closing|opening)\b/;
/** "Which one is quieter?", "which is the least busy". */
const comparing =
  /\bwhich (?:one |of them |of those |place |cafe |gym )?(?:is |'s |would be |will be )?(?:the )?(?:quieter|quietest|calmer|calmest|less busy|least busy|less crowded|least crowded|more chill)\b/;

/** A question about how busy a place is, or "and the other one?" after one; undefined: neither. */
export function crowdAskIn(raw: string, memory: Memory): CrowdAsk | undefined {
  const t = tidy(raw);
  if (/\b(?:check|book|remind|cancel|streak|reward)/.test(t)) return undefined;
  // "Just sat down in the quiet gym now, log it for me": a check-in, not a question.
  if (/\b(?:log|mark|count|record|clock) (?:it|me|that)\b/.test(t) && !/\?/.test(t)) return undefined;
  const known = memory.places ?? [];
  // "And the other one?", "tell me about the other one": the same asked of the other place listed.
  if (otherOne.test(t) && known.length >= 2 && memory.placeAsk && t.split(' ').length <= 8) {
    return { pick: { words: t }, other: true, ask: crowdWords.test(t) ? 'crowd' : memory.placeAsk };
  }
  // "What about the quiet gym, what's it like? does it get packed": what it is like first (the
  // details say how busy it usually is), and of the place named, not the one in focus.
  if (/\bwhat'?s (?:it|that|this|the [a-z]+(?: [a-z]+)?) like\b|\btell me (?:more )?about\b/.test(t))
    return undefined;
  if (comparing.test(t) && known.length >= 2) return { pick: { words: t }, other: false, ask: 'quietest' };
  const opening = openWords.test(t) && !crowdWords.test(t);
  if ((!crowdWords.test(t) && !opening) || searching.test(t)) return undefined;
  if (known.length === 0 && !memory.focusPlace) {
    const name = crowdWords.test(t) ? namedPlace(t) : undefined;
    return name ? { pick: { words: t }, other: false, ask: 'crowd', name } : undefined;
  }
  const pick = pickIn(t);
  const named = known.some((p) => mentionedIn([p], t, (x) => x.name) !== undefined);
  const question =
    /\?|\b(?:is|are|will|does|how|rn|right now|now|at the moment|atm|usually|today|tonight)\b/.test(t);
  if (!question) return undefined;
  if (pick.index !== undefined || named || pointing.test(t) || memory.focusPlace) {
    return { pick, other: false, ask: opening ? 'open' : 'crowd' };
  }
  return undefined;
}

/** The place a question means: by number or name among those listed, else the one in focus or the only one. */
function placeMeant(f: Flow, ask: CrowdAsk): { id: string; name: string } | 'ask' | undefined {
  const m = f.memory;
  const known = m.places ?? [];
  if (ask.ask === 'quietest') {
    const rank = { quiet: 0, medium: 1, busy: 2 } as Record<string, number>;
    const rated = known.filter((p) => p.quietness && p.quietness in rank);
    rated.sort((a, b) => rank[a.quietness!]! - rank[b.quietness!]!);
    const [first, second] = rated;
    return first && (!second || rank[first.quietness!]! < rank[second.quietness!]!) ? first : 'ask';
  }
  if (ask.other) {
    const rest = known.filter((p) => p.id !== m.focusPlace?.id);
    return rest.length === 1 ? rest[0] : 'ask';
  }
  const listed = chosen(known, ask.pick, (p) => p.name);
  if (listed) return listed;
  if (m.focusPlace) return m.focusPlace;
  if (known.length === 1) return known[0];
  // "that cafe" when one café was listed among other kinds.
  const kind = /\b(cafe|coffee)\b/.test(ask.pick.words)
    ? 'coffee'
    : /\bgym\b/.test(ask.pick.words)
      ? 'gym'
      : undefined;
  const ofKind = kind ? known.filter((p) => p.type === kind) : [];
  if (ofKind.length === 1) return ofKind[0];
  return known.length ? 'ask' : undefined;
}

/** Answers how busy the place meant is (or its details, for "and the other one?" after details). */
export function crowdAnswer(f: Flow, ask: CrowdAsk): Move {
  const w = wordsOf(f);
  const loaded = lastOutcome(f, 'get_location');
  if (!loaded) {
    if (ask.name) return byName(f, ask.name);
    const place = placeMeant(f, ask);
    if (place === 'ask' || !place) return { say: w.places.whichOne(f), memory: f.memory };
    return call('get_location', { locationId: place.id });
  }
  // "And the other one?" after details: its details.
  if (ask.ask === 'details') return placeDetails(f, undefined, '');
  if (!loaded.ok) return { say: w.places.loadError(f), memory: f.memory };
  const p = resultOf<PlaceView & { hours: Hours | null; timeZone?: string }>(loaded);
  const m = w.moves;
  const usual =
    p.quietness === 'quiet'
      ? m.usually.quiet
      : p.quietness === 'busy'
        ? m.usually.busy
        : p.quietness === 'medium'
          ? m.usually.medium
          : undefined;
  const open = openNow(p.hours, f.facts.now, p.timeZone ?? f.facts.timeZone);
  const focus = { ...f.memory, focusPlace: { id: p.id, name: p.name }, placeAsk: 'crowd' as const };
  // "Is it open now?": the hours when known; else what is known of it.
  if (ask.ask === 'open' && open) {
    const hours = open.open ? m.openUntil({ when: open.until }) : m.closedNow({ when: open.opens });
    return { say: `**${p.name}**:${hours}`, memory: focus };
  }
  const say =
    (usual ? m.crowd({ place: p.name, traits: usual }) : m.crowdUnknown({ place: p.name })) +
    (p.amenities.includes('quiet-zone') ? m.quietZone : '') +
    (p.amenities.includes('quiet-hours') ? m.quietHours : '') +
    (open?.open ? m.openUntil({ when: open.until }) : open ? m.closedNow({ when: open.opens }) : '');
  return { say, memory: focus };
}

/** A place looked up by the name said, then loaded; not understood when no place has that name. */
function byName(f: Flow, name: string): Move {
  const search = lastOutcome(f, 'search_locations');
  if (!search) return call('search_locations', { name, limit: 5 });
  const found = search.ok ? resultOf<{ places: PlaceView[] }>(search).places : [];
  const mention = mentionedIn(found, name, (p) => p.name);
  const one = mention && 'match' in mention ? mention.match : found.length === 1 ? found[0] : undefined;
  if (!one) return { say: pick(f.seed, wordsOf(f).chat.unknown)(f) };
  return call('get_location', { locationId: one.id });
}

type Hours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string[]>>;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether a place is open at `now` in its zone by its weekly hours ("08:00-18:00"; a range may
 * cross midnight), with when it closes or next opens ("18:00", "tue 08:00"); undefined when its
 * hours are not known.
 */
export function openNow(
  hours: Hours | null | undefined,
  now: Date,
  timeZone: string,
): { open: true; until: string } | { open: false; opens: string } | undefined {
  if (!hours || Object.keys(hours).length === 0) return undefined;
  const here = localDate(now, timeZone);
  const day = (offset: number) => weekdays[(here.weekday + offset + 7) % 7]!.slice(0, 3) as keyof Hours;
  const at = here.hour * 60 + here.minute;
  for (const range of hours[day(0)] ?? []) {
    const [from, to] = range.split('-') as [string, string];
    const end = minutes(to) <= minutes(from) ? minutes(to) + 1440 : minutes(to);
    if (at >= minutes(from) && at < end) return { open: true, until: to };
  }
  // Still open from yesterday's range across midnight.
  for (const range of hours[day(-1)] ?? []) {
    const [from, to] = range.split('-') as [string, string];
    if (minutes(to) <= minutes(from) && at < minutes(to)) return { open: true, until: to };
  }
  for (let ahead = 0; ahead < 7; ahead++) {
    const next = (hours[day(ahead)] ?? [])
      .map((r) => r.split('-')[0]!)
      .filter((from) => ahead > 0 || minutes(from) > at)
      .sort()[0];
    if (next) return { open: false, opens: ahead === 0 ? next : `${upperFirst(day(ahead))} ${next}` };
  }
  return undefined;
}
