import type { ToolOutcome } from '../../tools/registry.ts';
import type { PlaceView } from '../../tools/views.ts';
import {
  askToConfirm,
  call,
  chosen,
  countOutcomes,
  type Flow,
  lastOutcome,
  type Move,
  proposalOf,
  resultOf,
} from './flow.ts';
import type { Memory } from './memory.ts';
import { noun, pick, placeLine, plural } from './say.ts';
import type { Intent } from './understand.ts';

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
    ...(p.distanceKm === undefined ? {} : { distanceKm: p.distanceKm }),
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
  if (!last.ok) {
    const code = last.error?.code;
    if (code === 'location_needed') {
      return {
        say: pick(f.seed, [
          `Happy to look, ${f.name}. Where should I search — which city or area are you in? (Or share your location in the app and I'll look right around you.)`,
          `Sure, ${f.name} — I just need to know where. Tell me a city or neighbourhood, or share your location.`,
        ]),
        memory: { awaiting: 'location', search: pending },
      };
    }
    if (code === 'unknown_city') {
      return {
        say: `I don't know any places in ${titleCase(intent.city ?? 'that area')} yet, ${f.name}. Could you try a nearby city, or share your location so I can look around you?`,
        memory: { awaiting: 'location', search: pending },
      };
    }
    return {
      say: `I couldn't search just now, ${f.name} — something went wrong on my side. Could you try again in a moment?`,
    };
  }
  const found = resultOf<SearchResult>(last);
  // Nothing marked quiet: look again without that filter, and say so.
  if (found.places.length === 0 && intent.quiet && countOutcomes(f, 'search_locations') === 1) {
    return call('search_locations', filters);
  }
  const where = found.city ? ` in ${found.city}` : found.near === 'device' ? ' near you' : '';
  const kind = noun(intent.type);
  if (found.places.length === 0) {
    return {
      say: `I couldn't find any ${kind}${where} within 5 km, ${f.name}. Want me to try a different kind of place, or another area?`,
    };
  }
  const relaxed = intent.quiet && countOutcomes(f, 'search_locations') > 1;
  const intro = relaxed
    ? `I couldn't find ${kind}${where} marked as quiet, but these are the closest — it may help to go at a calmer time of day:`
    : pick(f.seed, [
        `Here ${found.places.length === 1 ? 'is a' : 'are some'} ${intent.quiet ? 'calm ' : ''}${found.places.length === 1 ? noun(intent.type, false) : kind}${where}, ${f.name}:`,
        `I found ${plural(found.places.length, intent.quiet ? `calm ${noun(intent.type, false)}` : noun(intent.type, false), intent.quiet ? `calm ${kind}` : kind)}${where}, ${f.name}:`,
        `${f.name}, these look good${where}:`,
      ]);
  const outro = pick(f.seed >>> 3, [
    'Tell me when you get there and I can check you in.',
    'Want to know more about one of them? Just say which.',
    'If you go, say "I\'m at …" and I\'ll check you in.',
  ]);
  return {
    say: `${intro}\n${found.places.map(placeLine).join('\n')}\n\n${outro}`,
    memory: { places: remembered(found.places) },
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
    if (!place) return { say: `Which one would you like to know about, ${f.name}?`, memory: f.memory };
    return call('get_location', { locationId: place.id });
  }
  if (!last.ok)
    return { say: `I couldn't load that place just now, ${f.name}. Could you try again?`, memory: f.memory };
  const p = resultOf<PlaceView & { hours: unknown }>(last);
  const unverified = p.unverified ? ' It has not been verified by NightChill yet.' : '';
  const traits = [
    p.quietness === 'quiet' ? 'usually quiet' : p.quietness === 'busy' ? 'can get busy' : undefined,
    p.beginnerFriendly ? 'beginner-friendly' : undefined,
    p.coffeeReward ? 'you can earn a coffee reward there' : undefined,
  ].filter(Boolean);
  return {
    say:
      `**${p.name}** is at ${p.address}.${traits.length ? ` It's ${traits.join(', ')}.` : ''}` +
      `${p.amenities.length ? ` Amenities: ${p.amenities.join(', ')}.` : ''}` +
      `${p.description ? ` ${p.description}` : ''}${p.rating > 0 ? ` Rated ${p.rating.toFixed(1)} from ${plural(p.reviewCount, 'review')}.` : ''}${unverified}`,
    memory: f.memory,
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

/** "Check me in at Quiet Beans", "I'm at the gym, feeling anxious", "the second one". */
export function checkIn(f: Flow, intent: CheckInIntent): Move {
  const done = lastOutcome(f, 'check_in');
  if (done) return checkedIn(f, done);
  const mood = intent.mood ? { mood: intent.mood } : {};
  const fromMemory = chosen(f.memory.places, intent.pick, (p) => p.name);
  if (
    fromMemory &&
    (intent.pick.index !== undefined || f.memory.awaiting === 'check_in_place' || intent.place)
  ) {
    return call('check_in', { locationId: fromMemory.id, ...mood });
  }
  const search = lastOutcome(f, 'search_locations');
  if (!search) {
    if (intent.place) {
      return call('search_locations', {
        name: intent.place,
        limit: 5,
        ...(intent.placeType ? { type: intent.placeType } : {}),
      });
    }
    if (f.facts.location) {
      return call('search_locations', {
        radiusKm: 0.3,
        limit: 5,
        ...(intent.placeType ? { type: intent.placeType } : {}),
      });
    }
    if (f.memory.awaiting === 'check_in_place') {
      return {
        say: `Sorry, ${f.name}, which one of these are you at? Say the number or the name.`,
        memory: f.memory,
      };
    }
    return {
      say: pick(f.seed, [
        `Where are you, ${f.name}? Tell me the name of the place and I'll check you in.`,
        `I'd love to check you in, ${f.name} — what's the name of the place you're at?`,
      ]),
      memory: { awaiting: 'check_in_name', ...(intent.mood ? { mood: intent.mood } : {}) },
    };
  }
  if (!search.ok) {
    return { say: `I couldn't look that place up just now, ${f.name}. Could you try again in a moment?` };
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
  if (places.length === 0) {
    return {
      say: intent.place
        ? `I couldn't find a place called "${intent.place}"${f.facts.location ? ' near you' : ''}, ${f.name}. Could you check the name for me?`
        : `I can't see ${intent.placeType ? `a ${noun(intent.placeType, false)}` : 'a place'} right where you are, ${f.name}. What's it called?`,
      memory: { awaiting: 'check_in_name', ...(intent.mood ? { mood: intent.mood } : {}) },
    };
  }
  return {
    say: `${pick(f.seed, ['Which one are you at?', 'I found a few — which one is it?', 'Just to be sure, which of these are you at?'])}\n${places
      .slice(0, 5)
      .map(placeLine)
      .join('\n')}`,
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
  if (proposed) return askToConfirm(proposed);
  const r = outcome.ok ? resultOf<CheckInResult>(outcome) : undefined;
  const error = outcome.error;
  if (!r) {
    if (error?.code === 'too_far')
      return { say: `${error.message} I'll be here when you arrive, ${f.name}.` };
    if (error?.code === 'location_not_found' || error?.code === 'not_found') {
      return { say: `I couldn't find that place any more, ${f.name}. Shall I search again?` };
    }
    return {
      say: `I couldn't check you in just now, ${f.name}: ${error?.message ?? 'something went wrong'}`,
    };
  }
  if (r.alreadyCheckedInThisHour) {
    return {
      say: `You're already checked in at **${r.place.name}**, ${f.name} — visits within the same hour count once. Enjoy the time there.`,
    };
  }
  const moodLine =
    r.mood === 'anxious'
      ? " It's brave to go when you're feeling anxious — take it slowly, and leave whenever you need to."
      : r.mood === 'calm'
        ? ' Glad you feel calm there.'
        : r.mood === 'motivated'
          ? ' Love the energy.'
          : '';
  const streak =
    r.journey.currentStreak > 1
      ? `Your streak is ${plural(r.journey.currentStreak, 'day')} in a row.`
      : `That's ${plural(r.journey.totalCheckIns, 'check-in')} so far.`;
  const extras = [
    r.reward ? `You've earned a reward: ${r.reward.title} — the QR code is in your Rewards tab.` : undefined,
    r.levelUp ? `And you've reached level ${r.levelUp.to}!` : undefined,
    r.newMilestones.length ? `New milestone: ${r.newMilestones.join(', ')}.` : undefined,
  ].filter(Boolean);
  const opening = pick(f.seed, [
    `You're checked in at **${r.place.name}**, ${f.name}.`,
    `Done — checked in at **${r.place.name}**.`,
    `Checked in at **${r.place.name}**. Nice one, ${f.name}.`,
  ]);
  return { say: [`${opening}${moodLine}`, streak, ...extras].join(' ') };
}

export const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
