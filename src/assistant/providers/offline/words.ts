import { knownPlaceNames } from '../../../domain/locations/find-by-name.ts';
import { foldText } from '../../../domain/text.ts';
import type { Memory } from './memory.ts';
import type { Mood, Pick_, PlaceType } from './understand.ts';

/** The vocabulary the offline companion reads messages with: place types, moods, "the second one", areas. */

const typeWords: [PlaceType, RegExp][] = [
  ['coffee', /\b(?:coffee|caf[eé]s?|coffee ?shops?|espresso|latte|flat white|tea ?rooms?|tea)\b/],
  [
    'gym',
    /\b(?:gyms?|gymnasiums?|gymnasia|work ?out|workouts?|fitness|exercise|weights|lifting|training|yoga)\b/,
  ],
  [
    'nutrition',
    /\b(?:nutrition|healthy (?:food|eating|lunch|meal)s?|salads?|smoothies?|juice bars?|dietitians?|nutritionists?|healthy)\b/,
  ],
  ['partner', /\bpartner (?:places?|spots?|venues?)\b/],
];

const moodWords: [Mood, RegExp][] = [
  [
    'anxious',
    /\b(?:anxious|nervous|stressed|overwhelmed|worried|tense|on edge|panicky|uneasy|scared|jittery)\b/,
  ],
  ['motivated', /\b(?:motivated|energi[sz]ed|pumped|determined|inspired|excited|ready to go)\b/],
  ['calm', /\b(?:calm|relaxed|peaceful|chill(?:ed)?|serene|settled|at ease|content)\b/],
  [
    'neutral',
    /\b(?:feel(?:ing)?|i'?m|i am) (?:ok|okay|fine|alright|all right|neutral|so-so|meh|normal)\b|\bneutral\b/,
  ],
];

// The ordinals of the other languages too, where a gloss left them ("el primero tiene wifi?", "het das erschte wlan?").
const ordinals: [number, RegExp][] = [
  [
    0,
    /\b(?:primer[oa]?|premiere?|erste[nrs]?|erschte[nrs]?|first|1st|number (?:one|1)|no\.? ?1|#1|top one|option (?:1|one)|the one at the top)\b|^\s*(?:1|one)\s*[.!)]?\s*$/,
  ],
  [
    1,
    /\b(?:segund[oa]|deuxieme|zweite[nrs]?|zwoite[nrs]?|second|2nd|number (?:two|2)|no\.? ?2|#2|option (?:2|two))\b|^\s*(?:2|two)\s*[.!)]?\s*$/,
  ],
  [
    2,
    /\b(?:tercer[oa]?|troisieme|dritte[nrs]?|third|3rd|number (?:three|3)|no\.? ?3|#3|option (?:3|three))\b|^\s*(?:3|three)\s*[.!)]?\s*$/,
  ],
  [3, /\b(?:fourth|4th|number four|#4)\b|^\s*(?:4|four)\s*[.!)]?\s*$/],
  [4, /\b(?:fifth|5th|number five|#5)\b|^\s*(?:5|five)\s*[.!)]?\s*$/],
  [-1, /\b(?:last one|the last)\b/],
];

export const tidy = foldText;

export function moodIn(t: string): Mood | undefined {
  for (const [mood, re] of moodWords) if (re.test(t)) return mood;
  return undefined;
}

export function typeIn(t: string): PlaceType | undefined {
  for (const [type, re] of typeWords) if (re.test(t)) return type;
  return undefined;
}

/** Amenities as people name them, in the four languages (glossed or not), by the tag places carry. */
const amenityWords: readonly (readonly [string, RegExp])[] = [
  [
    'outdoor-seating',
    /\boutdoor(?: seating| seats| tables)?\b|(?<!\b(?:im|i'm|i am|am|literally|right|just|standing|waiting|wait|now) )\boutside\b(?! (?:it|now|the door|rn))|\bterrace\b|\bterrazas?\b|\bterrasses?\b|\bmesas? afuera\b|\bdraussen\b|\bgarten\b/,
  ],
  [
    'quiet-zone',
    /\bquiet (?:zone|area|corner|room)\b|\bzona (?:tranquila|silenciosa)\b|\b(?:zone|coin|espace) calme\b|\bruhe(?:zone|bereich|ecke|raum)\b/,
  ],
  ['wifi', /\bwi-?fi\b|\bwlan\b/],
  [
    'quiet-hours',
    /\bquiet hours\b|\bhoras tranquilas\b|\bheures (?:tranquilles|calmes)\b|\bruhige(?:n)? (?:stunden|zeiten)\b|\bruhezeiten\b/,
  ],
  [
    'small-classes',
    /\bsmall classes\b|\bclases pequenas\b|\bpetits (?:cours|groupes)\b|\bkleine(?:n)? (?:kurse?|gruppen)\b/,
  ],
];

/** Words that point at one place among those listed: "the one with", "el que tiene", "celui avec", "das mit". */
const oneOf =
  /\b(?:the (?:one|1|cafe|gym|place|spot)|that one|one|el (?:que|q|del|de)|la (?:que|q|del|de)|celui|celle|das|den|dem|der|im|am)\b/;

/**
 * "The one with the outdoor seating", "el que tiene zona tranquila", "celui avec la terrasse", "im
 * Café mit der Ruhezone": the one place listed with that amenity, as its place in the list; none
 * when no amenity is named or when two or none of those listed have it.
 */
export function amenityPick(t: string, places: Memory['places']): number | undefined {
  if (!places?.length || !oneOf.test(t)) return undefined;
  // "Does the second one have wifi?": the place named by its rank, asked what it has.
  if (pickIn(t).index !== undefined) return undefined;
  const named = amenityWords.filter(([, words]) => words.test(t)).map(([tag]) => tag);
  if (named.length !== 1) return undefined;
  const having = places.flatMap((p, i) => (p.amenities?.includes(named[0]!) ? [i] : []));
  return having.length === 1 ? having[0] : undefined;
}

export function pickIn(t: string): Pick_ {
  for (const [index, re] of ordinals) if (re.test(t)) return { index, words: t };
  return { words: t };
}

/** A city or neighbourhood the gazetteer knows, named after "in", "near", "at"…; the longest one. */
export function knownAreaIn(t: string): string | undefined {
  return cityPatterns
    .filter(([, pattern]) => pattern.test(t))
    .map(([name]) => name)
    .sort((a, b) => b.length - a.length)[0];
}

/** Each known city or neighbourhood name (folded) and the words that name it as where to look. */
const cityPatterns = knownPlaceNames().map(
  (c) =>
    [c, new RegExp(`\\b(?:in|around|near|at|to|visiting) (?:the )?${c.replace(/ /g, '\\s')}\\b`)] as const,
);

/** "in Leeds", "around Soho", "near Camden Town" → the name as written (title case kept by the tool). */
export function areaIn(t: string): string | undefined {
  const known = knownAreaIn(t);
  if (known) return known;
  const m =
    /\b(?:in|around|near) ([a-z][a-z' -]{1,40}?)(?:[?.!,]|$| please| today| tonight| now| for| that| which| with| open)/.exec(
      t,
    );
  const candidate = m?.[1]?.trim();
  if (
    !candidate ||
    /^(?:the |a |an |my |me\b|here|by\b|town|the area|peace|person|public|general|mind|there|it\b|this|that)/.test(
      candidate,
    ) ||
    !placeLike(candidate)
  ) {
    return undefined;
  }
  return candidate;
}

/**
 * Whether words could be a place's name: not a clause ("but not too loud", "also is there a
 * mentor", "amara sounds nice"), which a question or a request must never be taken for.
 */
export function placeLike(words: string): boolean {
  return !/\b(?:but|and then|not|too|is|are|was|there|what|which|who|how|can|could|would|should|i|i'?m|im|my|me|you|your|we|mentor|mentors|book|booking|find|want|need|do|does|did|yes|yeah|no|sounds?|perfect|ok|okay|please|thanks|session|people|loud|busy|quiet|calm|feel|feeling|tomorrow|today|tonight)\b/.test(
    words,
  );
}

const specializations =
  /\b(?:social anxiety|anxiety|gym confidence|confidence|fitness|nutrition|stress|loneliness|mindfulness|crowds?|sleep|motivation)\b/;

/**
 * What a mentor should help with, as mentors tag it, from the ways people say it ("scared of the
 * gym" is gym anxiety, "nervous talking to people" social anxiety, "breathing techniques"
 * breathing). The most specific first; the search matches any tag that contains the words.
 */
const topics: readonly (readonly [string, RegExp])[] = [
  [
    'gym anxiety',
    /\bgym (?:anxiety|nerves|confidence|fear|jitters|worries)\b|\b(?:nerves|anxiety|fears?|worr(?:y|ies)|jitters|panic) (?:about|around|of|at|over|in) (?:the |a |going to (?:the |a )?)?gyms?\b|\b(?:scared|afraid|nervous|anxious|intimidated|terrified|shy) (?:of|at|about|in|going to) (?:the |a )?gym\b|\b(?:the )?gyms? (?:(?:really|kinda|kind of|honestly|so|just|lowkey|still|always|totally) )?(?:scares?|intimidates?|stress(?:es)?|terrif(?:y|ies)|frighten?s?|freaks?|panics?) me\b|\b(?:the )?gyms? (?:really |just |always )?makes? me (?:so |really |super |very )?(?:nervous|anxious|panic\w*|scared|uneasy|shaky|sick with nerves)\b|\b(?:the )?gyms? (?:is|are|feels?|seems?) (?:(?:so|really|too|super|pretty|a bit|kinda) )?(?:scary|terrifying|intimidating|overwhelming|daunting|stressful)\b|\b(?:fear|terror|dread) of (?:the |a )?gyms?\b|\b(?:scared|afraid|nervous|anxious|intimidated|terrified) (?:of |about )?(?:going|to go) (?:to |back to )?(?:the |a )?gym\b|\b(?:dread(?:ing|ed)?|fear(?:ing)?|avoid(?:ing|ed)?) (?:going to |going back to )?(?:the |a )?gym\b/,
  ],
  ['panic attacks', /\bpanic(?:king)?(?: attacks?)?\b/],
  [
    'social anxiety',
    /\bsocial(?:ly)? anx\w*|\b(?:nervous|anxious|scared|awkward|shy) (?:talking to|around|meeting|with|in front of) (?:new |other )?(?:people|strangers|groups)\b|\bsmall talk\b|\bsocial (?:stuff|situations?|things|settings?|events?|gatherings?|life)\b/,
  ],
  [
    'beginner fitness',
    /\bbeginners?(?: (?:le|la|el|die|der|das|the|with|with the))? (?:fitness|exercise|workouts?|training|sports?)\b|\b(?:start(?:ing)?|begin(?:ning)?|get(?:ting)? (?:started|into)) (?:with |on |doing )?(?:the |some )?(?:fitness|exercise|exercising|working out|training|gym|sport)\b|\bnew to (?:the gym|exercise|fitness|working out)\b|\b(?:fitness|exercise|training|workouts?|sport) for beginners\b/,
  ],
  ['breathing', /\bbreath(?:ing|work|e)\b/],
  [
    'exposure practice',
    /\bexposure (?:practice|work|therapy|exercises?)\b|\bexpos(?:e|ing) (?:myself|me)\b|\bface (?:my |what )?(?:fears?|scares me)\b/,
  ],
  ['exposure', /\bexposure\b/],
  ['mindfulness', /\bmindful\w*|\bmeditat\w*/],
  ['sleep', /\bsleep\w*|\binsomnia\b/],
];

/** The topic a message asks a mentor for, in the words mentors' tags use; undefined when none. */
export function topicIn(t: string): string | undefined {
  return topics.find(([, words]) => words.test(t))?.[0] ?? specializations.exec(t)?.[0];
}

/** Every topic a message asks about, in the order written ("panic attacks or social anxiety"). */
export function topicsIn(t: string): string[] {
  const plain = [...t.matchAll(new RegExp(specializations.source, 'g'))].map((m) => ({
    topic: m[0],
    at: m.index,
  }));
  return topics
    .map(([topic, words]) => ({ topic, at: words.exec(t)?.index ?? -1 }))
    .concat(plain)
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.topic)
    .filter((topic, i, all) => !all.some((other, j) => j !== i && other !== topic && other.includes(topic)))
    .filter((topic, i, all) => all.indexOf(topic) === i);
}

/** The place a message asks about by name: "tell me about slow pour", "what's green bowl like". */
export function placeNameAsked(t: string): string | undefined {
  const m =
    /\b(?:tell (?:me|us) (?:more )?about|more (?:info |details )?(?:on|about)|info (?:on|about)|details (?:on|of|about)|what'?s|whats|what is|how'?s|how is|how far(?: away)? is|how (?:many|much) (?:metres|meters|minutes|km) (?:away )?is|how far (?:to|away)|what about|how about)\s+(?:the\s+)?(.+?)(?:\s+like|\s+(?:from (?:me|here)|away))?[\s?.!]*$/.exec(
      t,
    );
  // "does slow pour have outdoor seating?", "does it have slow pour coffee outdoor seating" (a German
  // word order glossed): the name before what is asked of it.
  const has =
    m ??
    /^(?:(?:and|so|ok|okay|also|hey),? )*(?:does|do|has|is) (?:the\s+)?(?!it\b|they\b|there\b|this\b|that\b)(.+?) (?:have|has|got|do|does|serve|serves|offer|get|open|allow|take)\b/.exec(
      t,
    ) ??
    /^(?:(?:and|so|ok|okay|also),? )*does it have (?:the\s+)?(.+?) (?:outdoor seating|wifi|wi-fi|plugs|sockets|parking|toilets?|a quiet zone|quiet hours|small classes|showers|lockers)\b/.exec(
      t,
    );
  // "c'est comment green bowl kitchen ? j'hésite…", "peaceful grounds, does it have wifi?": the
  // name ends where the sentence or the clause does.
  const name = has?.[1]
    ?.split(/\s*[?.!,;]\s*/)[0]
    ?.replace(/\s+(?:so|like|then|now|today|please|pls)$/, '')
    .trim();
  if (!name || name.length < 3) return undefined;
  if (
    /^(?:you|u\b|yourself|it|that|this|them|they|there|here|me|my\b|your\b|any|some|every|no\b|the (?:first|second|third|last|other)|up|new|going on|happening|tomorrow|today|tonight|now|later|next|\d)/.test(
      name,
    )
  )
    return undefined;
  return name;
}

/** Words that name the place in "check me in at Quiet Beans, feeling calm". */
export function placeNameIn(raw: string): string | undefined {
  const m =
    /\b(?:check (?:me )?in (?:at|to|@)|check (?:me )?into(?! the (?:first|second|third|fourth|fifth|last|1st|2nd|3rd|other) one\b)|check-?in (?:me in )?(?:at|to|@)|checking in (?:at|to)|i'?m (?:at|@)|i am (?:at|@)|i'?m here at|arrived at|just got to|just arrived at|made it to|i'?m now at)\s+(.+)$/i.exec(
      raw,
    );
  // "at slow pour rn, check me in": where one is, said first.
  const first = m
    ? undefined
    : /^(?:(?:ok|okay|so|hey),? )?(?:i'?m |im |i am )?(?:at|@) (.+?)(?:,|\s)+(?:(?:pls|please|can you|could you|now|so)\s+)?check(?:-| )?(?:me )?in\b/i.exec(
        raw,
      );
  const said = m ?? first;
  if (!said) return undefined;
  const name = said[1]!
    .split(
      /[,.!?;]| and (?:i'?m|i am|feeling|feel)| feeling | (?:i )?feel | now$| right now| rn$| today/i,
    )[0]!
    .replace(/^(?:the|a|an)\s+/i, (w) => (/^the\s+/i.test(w) ? w : ''))
    .replace(/\s+(?:again|too|already|now|please|thanks)$/i, '')
    .trim();
  return name.length >= 2 ? name : undefined;
}

/** The intent of `raw`, given what the companion asked or listed last (memory). */

export function sessionTypeIn(t: string): 'virtual' | 'in-person' | undefined {
  if (/\b(?:online|video|virtual|zoom|call|remote(?:ly)?)\b/.test(t)) return 'virtual';
  if (/\bin[- ]person\b|\bface to face\b|\bmeet (?:up|in person)\b/.test(t)) return 'in-person';
  return undefined;
}

/** A mood meant to be written down: a score, or a word asking to log it ("feeling good, log that"). */
export const moodToLog =
  /\d\s*\/\s*(?:5|10)\b|\b\d (?:(?:out )?of|von|sur|de|su) (?:5|10)\b|\b(?:log|note|track|record|save|mood)\b/;
