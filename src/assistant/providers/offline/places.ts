import type { ToolOutcome } from '../../tools/registry.ts';
import type { PlaceView } from '../../tools/views.ts';
import {
  askToConfirm,
  call,
  chosen,
  countOutcomes,
  type Flow,
  failureSaid,
  lastOutcome,
  type Move,
  proposalOf,
  resultOf,
} from './flow.ts';
import { milestoneTitle, wordsOf } from './i18n/index.ts';
import { inView, type Memory } from './memory.ts';
import { fold, mentionedIn } from './names.ts';
import { aNoun, noun, pick, placeLine } from './say.ts';
import type { Intent } from './understand.ts';
import { placeNameAsked } from './words.ts';

type FindIntent = Extract<Intent, { kind: 'find_places' }>;
type CheckInIntent = Extract<Intent, { kind: 'check_in' }>;

interface SearchResult {
  near: string;
  city?: string;
  places: PlaceView[];
}

const remembered = (places: PlaceView[]): Memory['places'] =>
  places.slice(0, 5).map((p) => ({
    id: p.id,
    name: p.name,
    type: p.type,
    quietness: p.quietness,
    ...(p.distanceKm === undefined ? {} : { distanceKm: p.distanceKm }),
    // For "the one with the outdoor seating" (words.ts, amenityPick).
    ...(p.amenities.length ? { amenities: p.amenities.slice(0, 8) } : {}),
  }));

/** "Any quiet cafés near me?", "beginner-friendly gyms in Manchester". */
export function findPlaces(f: Flow, intent: FindIntent): Move {
  const last = lastOutcome(f, 'search_locations');
  const filters = {
    ...(intent.type ? { type: intent.type } : {}),
    ...(intent.beginner ? { beginnerFriendly: true } : {}),
    ...(intent.openNow ? { openNow: true } : {}),
    ...(intent.city ? { city: intent.city } : {}),
    limit: 5,
  };
  if (!last) return call('search_locations', { ...filters, ...(intent.quiet ? { quiet: true } : {}) });
  const pending: Memory['search'] = {
    ...(intent.type ? { type: intent.type } : {}),
    quiet: intent.quiet,
    beginner: intent.beginner,
    openNow: intent.openNow,
  };
  const w = wordsOf(f);
  const c = w.places;
  // What was searched for, found or not: "and in sydney", "and gyms there?" change one part of it.
  const lastSearch: Memory['lastSearch'] = {
    ...(intent.type ? { type: intent.type } : {}),
    quiet: intent.quiet,
    beginner: intent.beginner,
    ...(intent.city ? { city: intent.city } : {}),
  };
  if (!last.ok) {
    const code = last.error?.code;
    if (code === 'location_needed') {
      return { say: pick(f.seed, c.locationNeeded)(f), memory: { awaiting: 'location', search: pending } };
    }
    if (code === 'unknown_city') {
      return {
        say: c.unknownCity({ name: f.name, city: intent.city ? titleCase(intent.city) : '' }),
        memory: { awaiting: 'location', search: pending, lastSearch },
      };
    }
    return { say: c.searchError(f) };
  }
  const found = resultOf<SearchResult>(last);
  // Nothing marked quiet: look again without that filter, and say so.
  if (found.places.length === 0 && intent.quiet && countOutcomes(f, 'search_locations') === 1) {
    return call('search_locations', filters);
  }
  const where = c.where({ city: found.city ?? '', near: found.near === 'device' });
  const kind = noun(w, intent.type);
  if (found.places.length === 0) {
    return { say: c.none({ name: f.name, many: kind, where }), memory: { lastSearch } };
  }
  const relaxed = intent.quiet && countOutcomes(f, 'search_locations') > 1;
  const saidFound = pick(f.seed, c.found);
  const intro = relaxed
    ? c.relaxed({ many: kind, where })
    : saidFound({
        name: f.name,
        count: found.places.length,
        quiet: intent.quiet,
        one: noun(w, intent.type, false),
        many: kind,
        where,
      });
  const outro = pick(f.seed >>> 3, c.outro);
  return {
    say: `${intro}\n${found.places.map(placeLine(w)).join('\n')}\n\n${outro}`,
    memory: {
      places: remembered(found.places),
      lastSearch,
    },
  };
}

/** "Tell me more about the second one". */
export function placeDetails(f: Flow, index: number | undefined, words: string): Move {
  const last = lastOutcome(f, 'get_location');
  if (!last) {
    const place = chosen(
      f.memory.places,
      { ...(index === undefined ? {} : { index }), words },
      (p) => p.name,
    );
    if (place) return call('get_location', { locationId: place.id });
    // "Tell me about slow pour", not among those listed: the place looked up by its name.
    const asked = placeNameAsked(words);
    if (!asked) return { say: wordsOf(f).places.whichOne(f), memory: f.memory };
    const search = lastOutcome(f, 'search_locations');
    if (!search) return call('search_locations', { name: asked, limit: 5 });
    const found = search.ok ? resultOf<{ places: PlaceView[] }>(search).places : [];
    const mention = mentionedIn(found, asked, (p) => p.name);
    const one = mention && 'match' in mention ? mention.match : found.length === 1 ? found[0] : undefined;
    // Not a place after all ("tell me about mindfulness"): not understood, said so.
    if (!one) return { say: pick(f.seed, wordsOf(f).chat.unknown)(f), memory: f.memory };
    return call('get_location', { locationId: one.id });
  }
  const c = wordsOf(f).places;
  if (!last.ok) return { say: c.loadError(f), memory: f.memory };
  const p = resultOf<PlaceView & { hours: unknown }>(last);
  const traits = [
    p.quietness === 'quiet' ? c.trait.quiet : p.quietness === 'busy' ? c.trait.busy : undefined,
    p.beginnerFriendly ? c.trait.beginner : undefined,
    p.coffeeReward ? c.trait.coffeeReward : undefined,
  ].filter(Boolean);
  return {
    say: c.details({
      place: p.name,
      address: p.address,
      traits: traits.join(', '),
      amenities: p.amenities.join(', '),
      description: p.description ?? '',
      rating: p.rating,
      reviews: p.reviewCount,
      unverified: !!p.unverified,
    }),
    memory: { ...f.memory, focusPlace: { id: p.id, name: p.name }, placeAsk: 'details' },
  };
}

interface CheckInResult {
  place: { id: string; name: string };
  mood: string | null;
  alreadyCheckedInThisHour: boolean;
  journey: { level: number; currentStreak: number; totalCheckIns: number };
  reward?: { title: string };
  levelUp: { from: number; to: number } | null;
  newMilestones: string[];
}

const backReference =
  /\b(?:from before|from earlier|earlier|you (?:showed|mentioned|found|listed)|we (?:talked|spoke) about)\b/;

/** "Check me in at Quiet Beans", "I'm at the gym, feeling anxious", "the second one". */
export function checkIn(f: Flow, intent: CheckInIntent): Move {
  const done = lastOutcome(f, 'check_in');
  if (done) return checkedIn(f, done);
  const mood = intent.mood ? { mood: intent.mood } : {};
  // "Check me in there": the place the conversation is about, or the only one just listed.
  const inView = f.memory.focusPlace ?? (f.memory.places?.length === 1 ? f.memory.places[0] : undefined);
  // Or the place just described, when the message names none ("perfect, I'm outside it now, check me in").
  // "The café from before", "the gym you showed me": a place listed earlier, by its kind.
  if (intent.place && backReference.test(intent.place)) {
    const ofKind = (f.memory.places ?? []).filter((p) => !intent.placeType || p.type === intent.placeType);
    // The place last talked about ("what's Slow Pour like?" … "check me in at the place from
    // before"), when it is of the kind said; else the first listed of that kind.
    const focus = f.memory.focusPlace;
    const focusFits = focus && (!intent.placeType || ofKind.some((p) => p.id === focus.id));
    const meant = (focusFits ? focus : undefined) ?? (ofKind.length ? ofKind[0] : undefined);
    if (meant) return call('check_in', { locationId: meant.id, ...mood });
  }
  // "nah first one. im here, check in": a place named by its rank wins over the one in view.
  const there =
    inView &&
    (intent.pick.index === undefined || /\bfirst time\b/.test(intent.pick.words)) &&
    (/\b(?:there|that one|this one|that place|this place|here|it)\b/.test(intent.pick.words) ||
      (f.memory.placeAsk === 'details' && f.memory.focusPlace && intent.pick.index === undefined))
      ? inView
      : undefined;
  if (there && !intent.place) return call('check_in', { locationId: there.id, ...mood });
  const fromMemory = chosen(f.memory.places, intent.pick, (p) => p.name);
  if (
    fromMemory &&
    (intent.pick.index !== undefined || f.memory.awaiting === 'check_in_place' || intent.place)
  ) {
    return call('check_in', { locationId: fromMemory.id, ...mood });
  }
  const search = lastOutcome(f, 'search_locations');
  if (!search) {
    // Named and the phone's position known: the places around it, matched by name with typos
    // folded ("peacefull grounds", "slow pour"), before a search by name further away.
    if (f.facts.location) {
      return call('search_locations', {
        radiusKm: intent.place ? 1 : 0.3,
        limit: 10,
        ...(intent.placeType && !intent.place ? { type: intent.placeType } : {}),
      });
    }
    if (intent.place) {
      return call('search_locations', {
        name: intent.place,
        limit: 5,
        ...(intent.placeType ? { type: intent.placeType } : {}),
      });
    }
    if (f.memory.awaiting === 'check_in_place') {
      return { say: wordsOf(f).checkIn.whichOfThese(f), memory: f.memory };
    }
    return {
      say: pick(f.seed, wordsOf(f).checkIn.where)(f),
      memory: { awaiting: 'check_in_name', ...(intent.mood ? { mood: intent.mood } : {}) },
    };
  }
  if (!search.ok) return { say: wordsOf(f).checkIn.lookupError(f) };
  if (intent.place && f.facts.location && countOutcomes(f, 'search_locations') === 1) {
    const around = resultOf<{ places: PlaceView[] }>(search).places;
    const bare = (n: string) => fold(n).replace(/^the /, '');
    const exactly = around.filter((p) => bare(p.name) === bare(intent.place!));
    if (exactly.length === 1) return call('check_in', { locationId: exactly[0]!.id, ...mood });
    const mention =
      mentionedIn(around, intent.place, (p) => p.name) ?? mentionedIn(around, f.facts.text, (p) => p.name);
    if (mention && 'match' in mention) return call('check_in', { locationId: mention.match.id, ...mood });
    if (mention && 'ambiguous' in mention) {
      const [a, b] = mention.ambiguous;
      return {
        say: wordsOf(f).didYouMean({ a: a.name, b: b.name }),
        memory: {
          awaiting: 'check_in_place',
          places: remembered([a, b]),
          ...(intent.mood ? { mood: intent.mood } : {}),
        },
      };
    }
    return call('search_locations', {
      name: intent.place,
      limit: 5,
      ...(intent.placeType ? { type: intent.placeType } : {}),
    });
  }
  const places = resultOf<{ places: PlaceView[] }>(search).places;
  const wanted = intent.place?.toLowerCase().replace(/^the /, '');
  const exact = wanted ? places.filter((p) => p.name.toLowerCase().replace(/^the /, '') === wanted) : [];
  const nearest = places[0];
  // The phone is at one place and clearly not at the next one (GPS is good to ~50 m outdoors).
  const clearlyHere =
    !intent.place &&
    nearest?.distanceKm !== undefined &&
    nearest.distanceKm <= 0.05 &&
    (places[1]?.distanceKm === undefined || places[1].distanceKm - nearest.distanceKm >= 0.05);
  const one =
    exact.length === 1 ? exact[0] : places.length === 1 ? places[0] : clearlyHere ? nearest : undefined;
  if (one) return call('check_in', { locationId: one.id, ...mood });
  const w = wordsOf(f);
  if (places.length === 0) {
    return {
      say: intent.place
        ? w.checkIn.notFound({ name: f.name, place: intent.place, near: !!f.facts.location })
        : w.checkIn.cantSee({ name: f.name, a: aNoun(w, intent.placeType) }),
      memory: { awaiting: 'check_in_name', ...(intent.mood ? { mood: intent.mood } : {}) },
    };
  }
  return {
    say: `${pick(f.seed, w.checkIn.which)}\n${places.slice(0, 5).map(placeLine(w)).join('\n')}`,
    memory: {
      awaiting: 'check_in_place',
      places: remembered(places),
      ...(intent.mood ? { mood: intent.mood } : {}),
    },
  };
}

/** What became of a check-in: done, already done this hour, refused, or proposed. */
export function checkedIn(f: Flow, outcome: ToolOutcome): Move {
  const proposed = proposalOf(outcome);
  if (proposed) return askToConfirm(f, proposed);
  const w = wordsOf(f);
  const c = w.checkIn;
  const r = outcome.ok ? resultOf<CheckInResult>(outcome) : undefined;
  const error = outcome.error;
  if (!r) {
    if (error?.code === 'too_far') return { say: c.tooFar({ name: f.name, error: failureSaid(f, error) }) };
    if (error?.code === 'location_not_found' || error?.code === 'not_found') return { say: c.gone(f) };
    return { say: c.failed({ name: f.name, error: failureSaid(f, error) }) };
  }
  const v = { name: f.name, place: r.place.name };
  const at = { id: r.place.id, name: r.place.name };
  if (r.alreadyCheckedInThisHour)
    return { say: c.already(v), memory: { ...inView(f.memory), checkedInAt: at } };
  const moodLine = r.mood === 'anxious' || r.mood === 'calm' || r.mood === 'motivated' ? c.mood[r.mood] : '';
  const streak =
    r.journey.currentStreak > 1
      ? c.streak({ days: r.journey.currentStreak })
      : c.soFar({ count: r.journey.totalCheckIns });
  const extras = [
    r.reward ? c.reward({ title: r.reward.title }) : undefined,
    r.levelUp ? c.levelUp({ level: r.levelUp.to }) : undefined,
    r.newMilestones.length
      ? c.milestone({ list: w.list({ items: r.newMilestones.map((t) => milestoneTitle(w, t)) }) })
      : undefined,
  ].filter(Boolean);
  const opening = pick(f.seed, c.done)(v);
  // The place checked in at stays in view: "does it have wifi?", "is that one good for sitting outside".
  const { placeAsk: _, ...kept } = inView(f.memory);
  return {
    say: [`${opening}${moodLine}`, streak, ...extras].join(' '),
    memory: { ...kept, focusPlace: at, checkedInAt: at },
  };
}

export const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
