import type { locationTypes, moods } from '../../../db/schema/index.ts';
import type { ExerciseKind } from '../../exercises.ts';
import { type MoodReading, moodIn as moodReadingIn, scoreAnswer } from '../../mood-words.ts';
import type { Memory } from './memory.ts';
import { type AboutIntent, mentorAboutIn } from './mentor-about.ts';
import { mentionedIn } from './names.ts';
import { pointsBackIn } from './recall.ts';
import { type RecapAbout, recapIn } from './recap.ts';
import { minutesBefore, withoutThatDay } from './session-reminder.ts';
import { correctionIn } from './when.ts';
import {
  amenityPick,
  areaIn,
  knownAreaIn,
  moodIn,
  moodToLog,
  pickIn,
  placeLike,
  placeNameAsked,
  placeNameIn,
  sessionTypeIn,
  tidy,
  topicIn,
  typeIn,
} from './words.ts';

/**
 * What the offline companion makes of a message: plain patterns over everyday English, read in
 * the light of what it asked last (memory). Deterministic: the same words, the same reading.
 */

export type PlaceType = (typeof locationTypes)[number];
export type Mood = (typeof moods)[number];

export type Intent =
  | {
      kind:
        | 'greeting'
        | 'thanks'
        | 'ack'
        | 'bye'
        | 'how_are_you'
        | 'identity'
        | 'help'
        | 'unknown'
        | 'check_in_later';
    }
  | { kind: 'feeling'; feeling: string; mood: Mood | undefined }
  | {
      kind: 'find_places';
      type: PlaceType | undefined;
      quiet: boolean;
      beginner: boolean;
      openNow: boolean;
      city: string | undefined;
    }
  | { kind: 'place_details'; pick: Pick_ }
  | {
      kind: 'check_in';
      place: string | undefined;
      placeType: PlaceType | undefined;
      pick: Pick_;
      mood: Mood | undefined;
    }
  | { kind: 'journey'; focus: 'streak' | 'level' | 'milestones' | 'progress' }
  | { kind: 'rewards' }
  | { kind: 'find_mentor'; specialization: string | undefined }
  | {
      kind: 'book_mentor';
      specialization: string | undefined;
      pick: Pick_;
      sessionType: 'virtual' | 'in-person' | undefined;
    }
  | { kind: 'cancel_session'; pick: Pick_ }
  | { kind: 'list_sessions' }
  | { kind: 'reminder'; what: string | undefined }
  | { kind: 'location_answer'; city: string }
  | { kind: 'mood'; mood: MoodReading }
  | { kind: 'mood_ask' }
  | { kind: 'exercise'; exercise: ExerciseKind; panic: boolean }
  | { kind: 'recap'; about: RecapAbout }
  | AboutIntent;

/** Which item of a list the user means: "the first one", "number 2", or words of its name. */
export type Pick_ = { index?: number; words: string };

const listed = ['first', 'second', 'third', 'fourth', 'fifth'];

/**
 * Requests that do something: a message with two of them is handled as two (compound.ts), and one
 * after a change of mind stands on its own ("…, actually no, check me in").
 */
export const ACTIONABLE: ReadonlySet<string> = new Set<Intent['kind']>([
  'find_places',
  'check_in',
  'journey',
  'rewards',
  'find_mentor',
  'book_mentor',
  'cancel_session',
  'list_sessions',
  'reminder',
  'mood',
  'exercise',
]);

export function understand(raw: string, memory: Memory): Intent {
  // "Remind me in— actually no, just check me in, I'm here": the request after the change of mind,
  // when it is one on its own (a time alone after it is read by parseWhen).
  const changed = correctionIn(raw);
  if (changed && /[a-z]{3,}.*\s.*[a-z]{3,}/i.test(changed.after)) {
    const second = understand(changed.after, memory);
    if (ACTIONABLE.has(second.kind)) return second;
  }
  const said = tidy(raw)
    .replace(/☕/g, ' coffee ')
    .replace(/\bsf\b/g, 'san francisco')
    .replace(/\bnyc\b/g, 'new york');
  // "The one with the outdoor seating": that place's position in the list, said as such.
  const byAmenity = amenityPick(said, memory.places);
  const t = byAmenity === undefined ? said : `${said} (the ${listed[byAmenity]} one)`;
  const awaiting = memory.awaiting;

  // A short exercise asked for, or panic in the body: started at once, before anything else.
  const exercise = exerciseIn(t);
  if (exercise) return { kind: 'exercise', ...exercise };
  // A yes to the exercise offered, unless what follows it is a request of its own ("vale, ya estoy
  // aquí, regístrame": the check-in).
  if (awaiting === 'exercise_offer' && yesLike.test(t) && !requestAfterYes(raw, memory)) {
    return { kind: 'exercise', exercise: memory.exercise ?? 'breathing', panic: false };
  }

  if (awaiting === 'mood') {
    const said = moodReadingIn(raw) ?? scoreAnswer(raw);
    if (said) return { kind: 'mood', mood: said };
  }
  // "Which café did you check me in at?", "what time was that again?" (recap.ts).
  const recapAsked = recapIn(t, (memory.sessions?.length ?? 0) > 0);
  if (recapAsked) return { kind: 'recap', ...recapAsked };
  // "What does Tom do?", "is Mrs Murphy the one for sleep?" (mentor-about.ts).
  const about = mentorAboutIn(t, memory);
  if (about) return about;

  // Answers to the question asked last come first: "the second one", "Quiet Beans", "London".
  const nearMe =
    /\b(?:shared|share|sharing|sent|turned on) (?:my )?location\b|\b(?:near|around|round|close to) me\b|\b(?:a)?round here\b|\bwhere i am\b|\bnearby\b/.test(
      t,
    );
  if (awaiting === 'location' && nearMe && !typeIn(t)) return { kind: 'location_answer', city: '' };
  // "what about astoria", "and in sydney", "and gyms there?", "ok what about near me": the last search, one part changed.
  const last = memory.lastSearch;
  if (
    last &&
    (/^(?:ok |okay |and |so |hmm )*(?:what about|how about|and|also|now)\b|\bthere\b\??$|^(?:in|near|around) /.test(
      t,
    ) ||
      // "sorry no, near me – I've shared my location now": the same search, around the phone.
      (nearMe && !typeIn(t))) &&
    // "check me in there", "book me there": an act on the place in view, not another search.
    !/\b(?:check|book|remind|cancel)\b/.test(t) &&
    // "what about the Slow Pour Coffee?": a listed place asked about by name.
    !(memory.places && mentionedIn(memory.places, t, (p) => p.name) !== undefined) &&
    // "also is there a mentor who does gym anxiety stuff": a person asked for, not places.
    !/\b(?:mentors?|coach|someone|somebody|anyone|anybody)\b/.test(t) &&
    // "what about the quiet gym, what's it like?": one place asked about, not another search.
    !(
      /\b(?:what'?s it like|is it|does it|has it)\b/.test(t) &&
      /^(?:ok |okay |and |so |hmm )*(?:what|how) about the\b/.test(t)
    )
  ) {
    const type = typeIn(t);
    const there = /\bthere\b/.test(t);
    // "and gyms there?": the last search's city, not a city called "gyms there".
    const asked = ` in ${t.replace(/^(?:ok |okay |and |so |hmm )*(?:what about|how about|and|also|now)\s*(?:in |near |around )?/, '').replace(/[?.!]+$/, '')}`;
    // "what about edinburgh, i'm there after": a known place named wins over "there".
    const named = nearMe
      ? undefined
      : (areaIn(t) ?? knownAreaIn(asked) ?? (there ? undefined : areaIn(asked)));
    // "and cafes?", "what about some gyms": another kind of place, never a city called "cafes".
    const kindOnly =
      named !== undefined &&
      typeIn(named) !== undefined &&
      !/[a-z]/.test(
        named.replace(
          /\b(?:some|any|a|an|the|des|other|more|too|as well|places?|spots?|ones?|cafes?|caf[eé]s?|coffee(?: ?shops?| places?)?|gyms?|healthy(?: food| eating)?(?: places?)?|food|tea ?rooms?)\b/g,
          '',
        ),
      );
    const area = named && !kindOnly ? named : undefined;
    if (type || area || nearMe || there) {
      return {
        kind: 'find_places',
        type: type ?? last.type,
        // "anything beginner friendly near me?", "and a quiet one in soho": a filter added.
        quiet: last.quiet || quietIn(t),
        beginner: last.beginner || beginnerIn(t),
        openNow: false,
        city: nearMe ? undefined : (area ?? (there ? last.city : undefined)),
      };
    }
  }
  if (awaiting === 'location') {
    const area =
      areaIn(` in ${t}`) ?? (t.split(' ').length <= 4 && placeLike(t) ? t.replace(/[?.!]+$/, '') : undefined);
    if (area && !typeIn(t) && !/\b(?:check|book|remind|cancel|streak|reward)/.test(t) && !socialOnly(t)) {
      return { kind: 'location_answer', city: area };
    }
  }
  // "Which one are you at?" answered with another request ("and my progress?", "merci, et mes
  // récompenses ?"): that request, never a place guessed from its words ("show" is not "Slow Pour").
  const answersWhere =
    (awaiting === 'check_in_name' || awaiting === 'check_in_place') && !asksAnew(raw, memory);
  if (
    answersWhere &&
    awaiting === 'check_in_name' &&
    t.split(' ').length <= 6 &&
    !/\b(?:find|search|book|remind|cancel|streak|level|reward)/.test(t)
  ) {
    const place = raw
      .replace(/^(?:i'?m at|at|it'?s|its|it is|the place is|called)\s+/i, '')
      .replace(/[.!?]+$/, '')
      .trim();
    return {
      kind: 'check_in',
      place,
      placeType: undefined,
      pick: { words: t },
      mood: moodIn(t) ?? memory.mood,
    };
  }
  if (
    answersWhere &&
    awaiting === 'check_in_place' &&
    memory.places?.length &&
    !/\b(?:find|search|book|remind|cancel)\b/.test(t)
  ) {
    return {
      kind: 'check_in',
      place: undefined,
      placeType: undefined,
      pick: pickIn(t),
      mood: moodIn(t) ?? memory.mood,
    };
  }
  // "wait no, the wednesday one. keep friday": the cancellation on the table moved to another session.
  // The glosses leave "espera", "moment", "attends" as written: a change of mind all the same.
  if (
    memory.pending?.tool === 'cancel_mentor_session' &&
    /^(?:(?:wait|hang on|hold on|no|nah|nope|actually|sorry|oops|hmm|oh|espera|momento|moment|attends|attendez|warte|nein|non|nee),? )+/.test(
      t,
    ) &&
    (weekdayIn.test(t) || /\bthe [a-z]+ one\b/.test(t)) &&
    !/\b(?:book|find|search|remind|move|reschedule|push|shift|postpone)\b/.test(t)
  ) {
    // "…, the thursday one. keep tomorrow" / "la de mañana la dejo": the one meant is said first;
    // what is kept follows in a sentence of its own.
    const first = t.split(/[.;!]\s/)[0] ?? t;
    return { kind: 'cancel_session', pick: pickIn(first.replace(/\bkeep (?:the )?[a-z]+(?: one)?\b/g, ' ')) };
  }
  if (
    awaiting === 'cancel_choice' &&
    memory.sessions?.length &&
    !listsSessions.test(t) &&
    !/\b(?:find|search|book|remind)\b/.test(t)
  ) {
    return { kind: 'cancel_session', pick: pickIn(t) };
  }
  if (
    (awaiting === 'booking_time' || awaiting === 'booking_mentor') &&
    !/\b(?:find|search|cancel|remind|check|streak|level|reward)/.test(t)
  ) {
    const timed = timeish(t);
    const named = memory.mentors?.some((m) => {
      const first = (tidy(m.name).split(' ')[0] ?? '').replace(/[^a-z0-9]/g, '');
      return first.length >= 3 && new RegExp(`\\b${first}\\b`).test(t);
    });
    const pick = pickIn(t);
    if (timed || named || pick.index !== undefined) {
      return {
        kind: 'book_mentor',
        specialization: memory.specialization,
        pick,
        sessionType: sessionTypeIn(t),
      };
    }
    // "The one who does sleep stuff": the one mentor of those listed who helps with what is said
    // (pointed at as one of them: "someone for sleep" still asks for a search).
    const pointed = /\b(?:the|that) (?:one|mentor|person|guy|lady|woman|man|coach)\b/.test(t);
    const topic = pointed ? topicIn(t) : undefined;
    const fits = topic ? (memory.mentors ?? []).filter((m) => m.specialization?.includes(topic)) : [];
    if (fits.length === 1) {
      return {
        kind: 'book_mentor',
        specialization: topic,
        pick: { words: tidy(fits[0]!.name) },
        sessionType: sessionTypeIn(t),
      };
    }
  }
  if (
    awaiting === 'reminder_time' &&
    /\d|tomorrow|today|tonight|now|noon|minute|hour|morning|evening/.test(t)
  ) {
    // "tomorrow 8am, pack gym bag": the time asked for, and what it is about if not said before.
    return { kind: 'reminder', what: memory.reminder ?? continuedReminder(t) };
  }

  // "Log my mood as a bit better", "log that I'm feeling a bit better": a mood to be logged.
  if (
    /\bmood\b/.test(t) ||
    /^(?:(?:and|ok|okay|also|please|pls|can you|could you),? )*(?:log|note|record|track|save|jot down|write down|put down)\b/.test(
      t,
    )
  ) {
    const said = moodReadingIn(raw);
    if (said) return { kind: 'mood', mood: said };
    if (/\bmood\b/.test(t) && /\b(?:log|track|record|note|check|add)\b/.test(t)) return { kind: 'mood_ask' };
  }
  // "I'd like to log how I'm feeling", "can I write down how I feel today": the mood asked for.
  if (
    /\b(?:log|track|record|note(?: down)?|write down|jot down|save|keep track of)\b/.test(t) &&
    /\bhow i(?:'?m| am)? (?:feel(?:ing)?|doing)\b|\bmy (?:feelings?|emotions?)\b/.test(t) &&
    !moodReadingIn(raw)
  )
    return { kind: 'mood_ask' };

  // "And another one at 11am for a snack", right after a reminder was set: a new reminder.
  if (
    memory.lastReminder &&
    (/^(?:(?:and|also|ok|okay|oh|plus),? )*(?:another|one more|(?:same |that |it )?again|the same|one(?= (?:tomorrow|tmrw|tonight|on|next|this|for) ))(?: one| reminder)?\b/.test(
      t,
    ) ||
      // "and to eat lunch at 1": one more, said as the rest of the last request.
      (/^(?:and|also|plus),? (?:to|about) [a-z]/.test(t) && timeish(t)) ||
      // "oh and drink water at 3 today": a task and its time, nothing else asked.
      (/^(?:(?:oh|ah|ok|okay|right|oh yeah),? )*(?:and|also|plus),? [a-z]/.test(t) &&
        timeish(t) &&
        !bookish.test(t) &&
        !/\b(?:find|search|check|cancel|mood|streak|rewards?|where|what|which|who)\b/.test(t)) ||
      // "y mañana a las 9 llamar a mi madre", "und morgen um 8 zum zahnarzt": a time, then what.
      (/^(?:and|also|plus),? /.test(t) &&
        startsWithTime(t.replace(/^(?:and|also|plus),? /, '')) &&
        !bookish.test(t)))
  ) {
    const rest = continuedReminder(t);
    // "and again tonight at 9", "same again at 6": the same task at another time.
    if (rest && !/^(?:(?:same|that|it) )?again$|^the same$/.test(rest))
      return { kind: 'reminder', what: rest };
    const about = /\b(?:for|to|about) (?!\d)(.+)$/
      .exec(
        t.replace(
          /\b(?:at|for) \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?\b|\b(?:tomorrow|tmrw|tonight|today)\b/g,
          ' ',
        ),
      )?.[1]
      ?.replace(/^(?:a|an|the|my)\s+/, '')
      .replace(/[\s,.!?]+$/, '')
      .trim();
    return { kind: 'reminder', what: about && about.length >= 2 ? about : memory.lastReminder.title };
  }
  if (
    // "Remind me what sessions I have" lists them; "remind me an hour before my session" is a
    // reminder timed from one (session-reminder.ts).
    (!listsSessions.test(t) || minutesBefore(t) !== undefined) &&
    /\bremind(?:er)? me\b|\b(?:set|add|make|put|pop|stick|chuck|throw|create)(?: in| up| on)?(?: me| us)?(?: (?:a|an|another|one))?(?: \w+)?(?: \w+)? reminder\b|\b(?:nudge|ping) me\b|\breminder to\b|^(?:new )?reminder\b(?!s)/.test(
      t,
    )
  ) {
    // "That day at 10", "the same morning": when, from the session in view (session-reminder.ts).
    const asked = withoutThatDay(t);
    const m =
      /\b(?:remind me|reminder|nudge me|ping me)(?: (?:now|later|tomorrow|tmrw|tmr|tomorow|tonight|today|morning|afternoon|evening|night|around|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|in \S+ \S+|at (?:half|quarter) (?:past |to )?\S+|at \S+(?: ?[ap]m)?|for \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|for),?)*(?: to| about| that| of)? (.+)$/.exec(
        asked,
      );
    let what = m?.[1]
      ?.replace(
        /\b(?:(?:at |around |by )?(?:(?:half|quarter) (?:past |to )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|noon|midday|midnight)|in (?:\d+|an?|one|two|three) ?(?:hours?|hrs?) and a half|in \d+ ?\w+|in an? \w+|(?:right )?after (?:work|school|lunch|dinner|supper|my shift|the gym)|before bed(?:time)?|first thing(?: in the morning)?|by \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|(?:around )?at \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|around \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|(?:tomorrow|tmrw|tmr|tomorow|today|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: (?:morning|afternoon|evening|night))?|tonight|now|this (?:morning|afternoon|evening)|at night|in the (?:morning|afternoon|evening)|\d{1,2}(?:[:.]\d{2})? ?(?:am|pm))\b/g,
        '',
      )
      .replace(/\s+/g, ' ')
      .replace(/[ ,.!?]+$/, '')
      // "remind me 7pm: call mum", "reminder tomorrow 9am - dentist".
      .replace(/^[\s,.;:–-]+/, '')
      // "remind me on thursday at 7 pm": what is left of the time is not what it is about.
      .replace(/^(?:am|pm|a\.m\.?|p\.m\.?|o'?clock|sharp|ish)\b[\s,.;:!?–-]*(?:(?:to|about|that) )?/, '')
      .trim();
    // "Call mum, no, make that 6": what comes before the change of mind when only a time follows it.
    const fixed = what ? correctionIn(what) : undefined;
    if (fixed) {
      const after = fixed.after.replace(/^(?:to|about|that|of) /, '').trim();
      what =
        /[a-z]{2}/.test(after) && !timeish(after)
          ? after
          : fixed.before.replace(/[\s,.;:!?\u2013\u2014-]+$/, '');
    }
    if (what && what.length >= 2 && !placeholder.test(what)) return { kind: 'reminder', what };
    // "this weekend i wanna try the gym. remind me saturday at 10": what was said just before.
    const meant =
      /\b(?:i (?:want|need|have|plan|mean) to|i wanna|i gotta|i'?ve got to|i'?m going to|i'?m gonna|i should|i must) ([a-z][a-z' ]{1,40}?)(?:[.!,;]| (?:this|next|on|tomorrow|tmrw|tonight|today|at)\b|$)/.exec(
        t.slice(0, m?.index ?? t.length),
      )?.[1];
    return { kind: 'reminder', what: meant?.trim() };
  }

  if (
    (/\b(?:cancel|call off)\b/.test(t) &&
      !/\breminder\b/.test(t) &&
      (/\b(?:session|appointment|booking|meeting|mentor|call|with|it|one|that)\b/.test(t) ||
        weekdayIn.test(t) ||
        t.split(' ').length <= 4)) ||
    /\b(?:don'?t|do not|no longer) (?:want|need) (?:the|my|that|this) (?:session|appointment|booking)\b/.test(
      t,
    )
  ) {
    return { kind: 'cancel_session', pick: pickIn(t) };
  }
  // "I'm really anxious about my session this week", "hab morgen einen Termin und Bammel davor": how
  // a session makes them feel, with nothing asked of it.
  const feelingAbout =
    /\b(anxious|nervous|scared|worried|stressed|dreading|afraid|terrified|freaking out|panicking|nervios[oa]|ansios[oa]|asustad[oa]|nerveu(?:x|se)|stressee?|angoissee?|nervos|nervoes|aufgeregt)\b/.exec(
      t,
    );
  if (
    feelingAbout &&
    /\b(?:sessions?|appointments?|meetings?)\b/.test(t) &&
    !/\b(?:book|cancel|move|reschedule|what|when|which|show|list|remind|can i|could i|can you|could you|is it|do i|have i|find)\b/.test(
      t,
    )
  ) {
    // A mood said this way is logged as one ("estoy nerviosa por la sesión de mañana").
    const said = moodReadingIn(raw);
    return said
      ? { kind: 'mood', mood: said }
      : { kind: 'feeling', feeling: feelingAbout[1]!, mood: moodIn(t) };
  }
  if (listsSessions.test(t) && !/\bbook\b(?! ?ed)|\bcancel/.test(t)) return { kind: 'list_sessions' };
  const mentorish =
    /\bmentors?\b|\bcoach\b|\bsomeone to talk to\b|\bpeer support\b|\bsessions?\b|\b(?:who|anyone|someone|somebody) (?:who |that )?(?:can|could) help\b/.test(
      t,
    ) ||
    // "is there anyone who does exposure practice", "who's good for sleep problems": a mentor's topic.
    (/\b(?:anyone|someone|somebody|who) (?:(?:here|around|on here|in here) )?(?:who |that )?(?:does|do|gets|understands|gets|gets what|knows|specialises in|specializes in|knows about|works on|helps? (?:with|w)|is good with|deals with)\b|\b(?:anyone|someone|somebody|a mentor|a person) (?:for|about|on) |\b(?:someone|somebody|anyone) i (?:can|could) (?:talk|speak) (?:to|with)\b|\b(?:someone|somebody|a mentor|a coach) to help me (?:with|get|start|begin)\b|\bwho(?:'?s|'?d be| is| would be) (?:good|best|great|the best|right)(?: (?:for|with|at)\b|$)|\b(?:talk|speak|chat) (?:to|with) (?:someone|somebody|a person|a mentor|anyone)\b/.test(
      t,
    ) &&
      topicIn(t) !== undefined) ||
    // "who could help with that", after saying what is hard.
    (/\b(?:who|anyone|someone|somebody) (?:who |that )?(?:can|could|would) help(?: me)? with (?:that|this|it)\b/.test(
      t,
    ) &&
      memory.specialization !== undefined);
  // "can i see amara friday at 1pm", "tues 4:30 with siobhan", "bok amara tomorow 3pm": a person
  // and a time, or a booking word and a person; the flow looks the person up among the mentors.
  if (
    // "gym" in a mentor's topic ("for gym anxiety stuff") is no place asked for.
    (!typeIn(t) || topicIn(t) !== undefined) &&
    // "I don't want to see anyone today": no booking.
    !/\b(?:don'?t|do not|no) (?:want|wanna|feel like) (?:to )?(?:see|meet|talk to|book)\b/.test(t) &&
    ((bookish.test(t) && (personAfterVerb(t) || timeish(t))) ||
      // "is tom free tmrw morning?", "is she available friday"
      (/\bis [a-z]+ (?:free|available)\b/.test(t) && (personAfterVerb(t) || /\bis (?:she|he)\b/.test(t))) ||
      (/\bwith [a-z]/.test(t) && timeish(t) && personAfterVerb(t)) ||
      // "this friday at 5pm with her then": the mentor in view, by a pronoun.
      (/\b(?:with|see|meet|book) (?:her|him|them)\b/.test(t) &&
        timeish(t) &&
        (memory.focusMentor !== undefined || (memory.mentors?.length ?? 0) > 0)))
  ) {
    return {
      kind: 'book_mentor',
      specialization: topicIn(t) ?? memory.specialization,
      pick: pickIn(t),
      sessionType: sessionTypeIn(t),
    };
  }
  if (
    /\b(?:book|schedule|arrange|set up|reserve)\b/.test(t) &&
    (mentorish || /\bbook (?!a (?:table|place|spot))\w+/.test(t))
  ) {
    return {
      kind: 'book_mentor',
      specialization: topicIn(t) ?? memory.specialization,
      pick: pickIn(t),
      sessionType: sessionTypeIn(t),
    };
  }
  if (mentorish)
    return {
      kind: 'find_mentor',
      specialization: topicIn(t) ?? (/\b(?:that|this|it)\b/.test(t) ? memory.specialization : undefined),
    };

  // "Check me in when I arrive": not yet.
  if (
    /\bcheck (?:me )?in\b.*\b(?:when|once|after) i(?:'?m| am)? (?:arrive|get (?:there|in)|there|in)\b|\b(?:heading|on my way|going) there\b.*\bcheck/.test(
      t,
    )
  )
    return { kind: 'check_in_later' };
  // "Just arrived in London for work": a city reached, not a place to be checked in at.
  const inCity =
    !/\bcheck/.test(t) &&
    /\b(?:i'?m here|i am here|arrived|i'?ve arrived|just got|got here|landed) in /.test(t) &&
    knownAreaIn(t) !== undefined;
  if (
    !inCity &&
    /\bcheck (?:me )?in(?:to)?\b|\bcheck-?in\b|\bchecking in\b|\bi'?m (?:at|@) |\bi am (?:at|@) |\bjust (?:got|arrived) (?:to|at)\b|\barrived at\b|\bi'?ve arrived\b|\bi'?m here\b|\bmade it to\b|\b(?:sat down|sitting|walked in(?:to)?|got in(?:to)?|rocked up|turned up|showed up)\b.*\b(?:log|mark|count|record|clock) (?:it|me|that)\b/.test(
      t,
    )
  ) {
    const said = placeNameIn(raw);
    // "the food place you told me about before", "dem Essensladen, den du mir gezeigt hast": the
    // one listed place of that kind, pointed at by what it is.
    const described = said ? describedPlace(said, t, memory) : undefined;
    const place = described === undefined ? said : undefined;
    const pick = described === undefined ? pickIn(t) : { index: described, words: t };
    const placeType = place ? typeIn(tidy(place)) : typeIn(t);
    const generic =
      place &&
      /^(?:the |a |an )?(?:gym|caf[eé]|coffee ?shop|coffee place|place|spot|one)$|^(?:there|here|(?:that|this) (?:one|place|spot))$/i.test(
        place.trim(),
      );
    return {
      kind: 'check_in',
      place: generic || pick.index !== undefined ? undefined : place,
      placeType,
      pick,
      mood: moodIn(t),
    };
  }

  if (
    /\brewards?\b|\bvouchers?\b|\bqr\b|\b(?:do|did|will|would|can) i (?:get|earn|win|collect) (?:any )?(?:points?|stamps?|perks?|anything)\b|\b(?:any|how many|my) (?:points?|stamps?|perks?)\b|\b(?:free|gratis) (?:coffee|drink)s?\b|\bredeem|\b(?:have i|did i|i'?ve) (?:earned|won|got|unlocked) (?:anything|something|any)\b|\bearned (?:anything|something) yet\b/.test(
      t,
    )
  )
    return { kind: 'rewards' };
  if (/\bstreak\b/.test(t)) return { kind: 'journey', focus: 'streak' };
  if (/\bmilestones?\b|\bachievements?\b|\bbadges?\b/.test(t))
    return { kind: 'journey', focus: 'milestones' };
  if (/\blevel\b|\blevels\b|\blevel up\b/.test(t)) return { kind: 'journey', focus: 'level' };
  if (/\bprogress\b|\bjourney\b|\bhow am i doing\b|\bhow many check[- ]?ins\b|\bmy stats\b/.test(t))
    return { kind: 'journey', focus: 'progress' };

  // "and slow pour?", "what about the Slow Pour Coffee?": a listed place asked about by its name.
  if (
    memory.places?.length &&
    /^(?:(?:ok|okay|so|and|hmm|right),? )*(?:and|what about|how about)\b/.test(t) &&
    !/\b(?:check|book|remind|cancel)\b/.test(t) &&
    !pointsBackIn(t) &&
    pickIn(t).index === undefined &&
    mentionedIn(memory.places, t, (p) => p.name) !== undefined
  )
    return { kind: 'place_details', pick: { words: t } };
  // "The healthy food place from the start, what's it like?", "back to the cafe from before": the
  // place of that kind pointed back at (recall.ts put its list in view), by position if one is said.
  if (memory.places?.length && pointsBackIn(t) && !/\b(?:check|book|remind|cancel|mentor)/.test(t)) {
    const kind = typeIn(t.replace(/\b(?:you )?(?:showed|told|suggested|recommended|mentioned)\b.*$/, ''));
    const { listed, index } = placeOfKind(memory, kind, pickIn(t).index);
    if (kind && listed)
      return { kind: 'place_details', pick: { ...(index !== undefined ? { index } : {}), words: t } };
  }
  // "nah the gym one", "ok the café one?": one listed place picked by its kind, nothing else said.
  if (
    memory.places?.length &&
    /^(?:(?:nah|no|nope|ok|okay|hmm|actually|and|so|then|yes|yeah),? )*(?:the|that) (?:gym|cafe|caf[eé]|coffee|food|healthy|healthy food|restaurant) (?:one|place|spot)\b[\s?.!]*$/.test(
      t,
    )
  ) {
    const { index } = placeOfKind(memory, typeIn(t));
    if (index !== undefined) return { kind: 'place_details', pick: { index, words: t } };
  }
  if (
    memory.places?.length &&
    /\b(?:more|details?|tell (?:me|us) about|what about|info|information|opening hours|hours|open|close|closes|closing|what time|does|do they|is it|is there|is (?:the|that|this)|has|have|got|what'?s|how|good for|(?:ok|okay|fine|alright|suitable|right) for|noisy|loud|any good|wifi|beginners?)\b/.test(
      t,
    ) &&
    !/\bcheck/.test(t)
  ) {
    const pick = pickIn(t);
    const named = memory.places.some(
      (p) => t.includes(tidy(p.name)) || mentionedIn([p], t, (x) => x.name) !== undefined,
    );
    if (pick.index !== undefined || named) {
      return { kind: 'place_details', pick };
    }
    // "tell me about that gym", "cuéntame de ese gimnasio", "parle-moi de cette salle".
    const pointed = pointedAt(t, memory);
    if (pointed !== undefined) return { kind: 'place_details', pick: { index: pointed, words: t } };
    // "Does it have outdoor seating?", "is that one good for sitting outside": the place in view.
    const focus = memory.focusPlace ? memory.places.findIndex((p) => p.id === memory.focusPlace!.id) : -1;
    if (focus >= 0 && /\b(?:it|that one|this one|that place|this place|there)\b/.test(t))
      return { kind: 'place_details', pick: { index: focus, words: t } };
    // "Details", "more info": the place in view, the only one listed, or which one is asked.
    if (
      /^(?:(?:ok|okay|so|and|more|some|the|pls|please)[ ,]+)*(?:details?|info(?:rmation)?|more)(?: (?:please|pls))?[ ?.!]*$/.test(
        t,
      )
    ) {
      const only = memory.places.length === 1 ? 0 : undefined;
      const index = focus >= 0 ? focus : only;
      return { kind: 'place_details', pick: index === undefined ? { words: t } : { index, words: t } };
    }
  }

  // "nah the gym one", "the café one": the one listed place of that kind.
  if (memory.places?.length && /\bone\b/.test(t) && t.split(' ').length <= 6) {
    const kind = typeIn(t);
    const ofKind = memory.places.flatMap((p, i) => (kind && p.type === kind ? [i] : []));
    if (ofKind.length === 1) return { kind: 'place_details', pick: { index: ofKind[0]!, words: t } };
  }

  // "is the hub the one with small classes?", "does the bowl place do takeaway?": a question about
  // one listed place, named by a word of its name that no other listed place has.
  if (
    memory.places?.length &&
    /^(?:(?:and|so|ok|okay|also),? )*(?:is|does|has|do|what about|how about) the /.test(t)
  ) {
    const word =
      /^(?:(?:and|so|ok|okay|also),? )*(?:is|does|has|do|what about|how about) the ([a-z]{3,})\b/.exec(
        t,
      )?.[1];
    const named = word
      ? memory.places.flatMap((p, i) =>
          tidy(p.name)
            .split(/[^a-z]+/)
            .includes(word)
            ? [i]
            : [],
        )
      : [];
    if (named.length === 1 && !typeIn(word!))
      return { kind: 'place_details', pick: { index: named[0]!, words: t } };
  }

  // "Reckon Slow Pour Coffee is any good?", "is green bowl kitchen worth it": a place by its name
  // (two words or more), asked about.
  const judged = anyGood.exec(t)?.[1]?.trim();
  if (
    judged &&
    judged.split(' ').length >= 2 &&
    !/\b(?:near|nearby|around|gyms|cafes|places|spots)\b/.test(judged)
  )
    return { kind: 'place_details', pick: { words: `what's ${judged} like` } };

  // "Tell me about the quiet gym", "what's green bowl kitchen like": one place by its name, even
  // when its name says what kind of place it is (not "tell me about quiet gyms near me").
  const aboutOne = aboutPlace.test(t) ? placeNameAsked(t) : undefined;
  if (aboutOne && !/\b(?:near|nearby|around|any|some|find|search)\b|\b(?:gyms|cafes|places|spots)\b/.test(t))
    return { kind: 'place_details', pick: { words: t } };

  // "the café not the gym", "a gym rather than a café": the kind asked for, not the one ruled out.
  const type = typeIn(t.replace(/\b(?:not|rather than|instead of) (?:the |a |an |any )?\w+/g, ' '));
  const quiet = quietIn(t);
  const placey = /\b(?:places?|spots?|somewhere|anywhere|venues?|where)\b/.test(t);
  const seeking =
    /\b(?:find|show|search|look(?:ing)? for|where|any|recommend|suggest|need|want|know (?:of|any)|is there|are there|list|get me|take me|near|nearby|around|close|go)\b/.test(
      t,
    );
  const area = areaIn(t);
  const anything = /\b(?:what'?s|whats|what is|anything|something|somewhere|anywhere)\b/.test(t) && nearMe;
  const beginner = beginnerIn(t);
  // A kind of place and what it should be like, and little else: "gym for beginners", "une gym
  // pour débutants", "a not too intimidating gym".
  const describes =
    (beginner || /\b(?:not (?:too |so )?(?:intimidating|scary|busy|crowded)|friendly|small)\b/.test(t)) &&
    t.split(' ').length <= 7;
  // "gym?", "café, open now?", "healthy food near me": a kind of place and nothing else asked.
  const terse =
    type !== undefined &&
    t
      .replace(/\b(?:open now|near me|nearby|around here|pls|please|any|ok|so)\b/g, ' ')
      .replace(/[^a-z ]/g, ' ')
      .trim()
      .split(/\s+/).length <= 2;
  // "sorry, I meant the café": a search put right.
  const meant = /\bi (?:meant|mean|wanted)\b|\bmeant to say\b/.test(t);
  if (
    (type && (seeking || quiet || area || describes || terse || meant || /^(?:a|an|some|any)\b/.test(t))) ||
    (placey && (quiet || seeking) && (quiet || type)) ||
    anything ||
    (quiet && /\b(?:to work|to sit|to read|to study|to be|to go)\b/.test(t))
  ) {
    return {
      kind: 'find_places',
      type,
      quiet,
      beginner,
      openNow: /\bopen (?:now|right now|at the moment)\b|\bstill open\b/.test(t),
      city: area,
    };
  }

  // "Tell me about slow pour", listed or not: a place looked up by its name.
  if (aboutPlace.test(t) && placeNameAsked(t)) return { kind: 'place_details', pick: { words: t } };
  if (
    /\b(?:are|r) (?:you|u) (?:an? |really |actually )?(?:ai|bot|robot|human|real|person|machine)\b|\bwho am i talking to\b|\bwhat are you\b|\bis this (?:an? )?(?:ai|bot|human)\b/.test(
      t,
    )
  ) {
    return { kind: 'identity' };
  }
  if (
    /\bwhat can you do\b|^help\b|\bhelp me\b|\bhow does this work\b|\bwhat do you do\b|\bwhat are you for\b|\bwhat can i (?:ask|do)\b/.test(
      t,
    )
  ) {
    return { kind: 'help' };
  }
  if (
    /\bhow are (?:you|u)\b|\bhow'?s it going\b|\bhow are things\b|\bwhat'?s up\b|\bwhats up\b|^(?:sup|wassup|wyd|hru)\b|\bhow do you do\b/.test(
      t,
    )
  )
    return { kind: 'how_are_you' };
  const mood = moodReadingIn(raw);
  if (mood) return { kind: 'mood', mood };
  const feeling =
    /\bi(?:'m| am| feel| feel so| am feeling|'m feeling|'ve been feeling| have been feeling) (?:really |so |a bit |a little |quite |very |pretty |kind of |kinda )?(anxious|nervous|stressed|overwhelmed|worried|sad|low|down|lonely|tired|exhausted|calm|good|great|happy|motivated|okay|ok|better|fine|relaxed|scared)\b/.exec(
      t,
    );
  if (feeling) return { kind: 'feeling', feeling: feeling[1]!, mood: moodIn(t) };
  if (/\b(?:thanks|thank you|thank u|thx|ty|tysm|cheers|ta|appreciate it|much appreciated)\b/.test(t))
    return { kind: 'thanks' };
  // "ugh rough day tbh", "long week": said in passing, how it has been.
  if (
    /\b(?:rough|bad|hard|tough|long|crap|crappy|shit|shitty|awful|terrible|horrible|stressful) (?:day|week|night|morning|one)\b/.test(
      t,
    )
  )
    return { kind: 'feeling', feeling: 'low', mood: undefined };
  if (
    /\b(?:you'?re|ur|you are) (?:the best|a star|amazing|great|awesome|a legend)\b|\byou rock\b|\blegend\b/.test(
      t,
    )
  )
    return { kind: 'thanks' };
  // "cool", "haha ok", "oh nice": heard, nothing asked.
  if (
    /^(?:(?:cool|nice|great|ok|okay|k|kk|alright|sweet|awesome|lol|haha|hahaha|ha|perfect|got it|gotcha|sounds good|fair enough|noted|oh|ah|ahh|right|sure|yeah|yep|good|fine)[\s,!.]*)+$/.test(
      t,
    )
  )
    return { kind: 'ack' };
  if (
    // "later" signs off alone or after talk/catch/see ("later!", "ok later", "talk later"), not
    // after a time ("2 hours later", "a bit later", "make it later").
    /\b(?:bye|goodbye|see you|see ya|good ?night|night night|take care|cya|laters)\b|^(?:(?:ok|okay|alright|right|k),? )?later\b(?! (?:that|this|today|tonight|on|in|the)\b)|\b(?:talk|speak|catch|chat) (?:(?:to |with )?(?:you|ya|u) )?later\b/.test(
      t,
    ) &&
    t.split(' ').length <= 6
  )
    return { kind: 'bye' };
  if (
    /^(?:hi|hello|hey|hiya|heya|yo|howdy|greetings|good (?:morning|afternoon|evening)|morning|evening|hi there|hello there|hey there)\b/.test(
      t,
    )
  ) {
    return { kind: 'greeting' };
  }
  return { kind: 'unknown' };
}

/** "Is Slow Pour any good?", "reckon green bowl is worth it": the name before the judgement asked for. */
const anyGood =
  /^(?:(?:and|so|ok|okay|also|hey|hmm|reckon|you reckon|do you reckon|think|do you think|d'?you think),? )*(?:is |are )?(?:the\s+)?(?!it\b|they\b|there\b|this\b|that\b|a\b|an\b|any\b|some\b|one\b|is\b|are\b)([a-z][a-z'’ -]+?) (?:is |are )?(?:any good|worth (?:it|going|a visit|a try))\b/;

/** Words that ask about one thing: "tell me about …", "what's … like", "info on …". */
const aboutPlace =
  /\b(?:tell (?:me|us) (?:more )?about|what'?s .+ like|whats .+ like|how far(?: away)? is \w|how (?:many|much) (?:metres|meters|minutes|km) (?:away )?is \w|info (?:on|about)|more (?:info |details )?(?:on|about)|how is \w|what about \w.*(?:\?|\b(?:does|is|has|have|open|close|wifi)\b))|^(?:(?:and|so|ok|okay|also|hey),? )*(?:does|do|has) \S.* (?:have|has|got|serve|serves|offer)\b/;

const yesLike =
  /^(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|please|go on|let'?s(?: do it| try)?|alright|why not|si|vale|claro|oui|d'accord|ja|gerne|klar|okey)\b/;

const weekdayIn =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\bmonday|tuesday|wednesday|thursday|friday|saturday|sunday\b/;

/** "What sessions do I have", "anything booked this week", "am I seeing anyone tomorrow". */
const listsSessions =
  /^(?:(?:and|so|ok|okay|my|any|upcoming)\s+)*(?:sessions?|appointments?|bookings?)[\s?!.]*$|\b(?:my|upcoming|next) (?:sessions?|appointments?|bookings?)\b|\bremind me (?:who|what|when|which)\b.*\b(?:seeing|meeting|booked|sessions?|appointments?|have on)\b|\bwhat have i got left\b|\bwhen is my (?:session|appointment)\b|\b(?:what|which|any) (?:mentor(?:ing)? )?(?:sessions?|appointments?|bookings?)\b|\bsessions? (?:do|have) i\b|\b(?:anything|something) booked\b|\bwhat'?s booked\b|\bam i seeing anyone\b|\bwhat (?:have i|do i have|i have) (?:got|left|booked|coming up)\b|\bwhen is it again\b|\bmy schedule\b|\b(?:do|have) i (?:got |have )?(?:anything|something|any (?:mentor(?:ing)? )?sessions?|any appointments?) (?:on|booked|planned|scheduled|coming up|this|next|tomorrow|tmrw|today|tonight|later)\b|\bwhen'?s my (?:next )?(?:session|appointment)\b|\b(?:my|the) (?:calendar|diary|agenda)\b|\bwhat'?s (?:on )?(?:coming up|on for (?:me|this week|today|tomorrow))\b/;

/** Words that ask for a session with someone. */
const bookish =
  /\b(?:book|bok|booking|schedule|reserve|set (?:me )?up|see|meet|talk to|chat with|speak (?:to|with)|session|appointment)\b/;

/** Whether the message names a time or day ("friday at 4", "tmrw", "in 2 hours", "the 9th"). */
const timeish = (t: string) =>
  /\d|tomorrow|tmrw|tomorow|today|tonight|noon|midday|morning|afternoon|evening|(?:next|this) week|half past|quarter (?:past|to)|in an hour/.test(
    t,
  ) || weekdayIn.test(t);

/** A word after a booking verb or "with" that could be a person's name ("see amara", "with tom"). */
function personAfterVerb(t: string): string | undefined {
  const m =
    /\b(?:book|bok|see|meet|talk to|chat with|speak (?:to|with)|with|set me up with|is) ([a-z][a-z'-]{2,})/.exec(
      t,
    );
  const word = m?.[1];
  return word && !notAPerson.test(word) ? word : undefined;
}

const notAPerson =
  /^(?:a|an|the|my|me|you|someone|somebody|anyone|anybody|mentor|mentors|social|gym|anxiety|confidence|stress|panic|help|it|that|this|them|him|her|friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|today|tonight|next|session|sessions|appointment|for|in|at|on|what|how|if|there|here|someone|available|free|some|any|one|ur|your|when|whether|about|could|can|again|more)$/;

/** What follows a yes is a request of its own: "ok, check me in", "sure, but first my streak". */
function requestAfterYes(raw: string, memory: Memory): boolean {
  const rest = tidy(raw)
    .replace(yesLike, '')
    .replace(/^[\s,.!-]+/, '');
  if (rest.split(' ').length < 2) return false;
  const kind = understand(rest, { ...memory, awaiting: undefined }).kind;
  return ACTIONABLE.has(kind) && kind !== 'exercise';
}

/** Requests that never answer "which place?": said while one waits, they are asked anew. */
const ANEW: ReadonlySet<string> = new Set<Intent['kind']>([
  'journey',
  'rewards',
  'list_sessions',
  'reminder',
  'find_mentor',
  'book_mentor',
  'cancel_session',
  'exercise',
]);

/** The message read with no question waiting is a request of its own (ANEW). */
function asksAnew(raw: string, memory: Memory): boolean {
  return ANEW.has(understand(raw, { ...memory, awaiting: undefined }).kind);
}

/** A short exercise asked for in words ("walk me through a breathing exercise", "grounding please"). */
export function asksForExercise(t: string): boolean {
  // "Breathing?", "maybe some grounding": the exercise named, nothing else.
  if (
    /^(?:(?:maybe|some|a|the|quick|short|ok|okay|yes|yeah|or|um)\s+)*(?:breathing|breathe|breath ?work|grounding|body scan|respiracion|respirar|respiration|respirer|atmen|atemubung|atemuebung|erdung)(?:\s+(?:exercise|then|maybe|please|pls|again))?[\s?!.]*$/.test(
      t,
    )
  )
    return true;
  return (
    /\b(?:breathing|breath|breathe|grounding|ground me|body scan|relaxation|calm me down|help me calm|exercise to calm|5-4-3-2-1|54321|respiracion|respirar|respiration|respirer|atemubung|atemuebung|atmen|erdung|body-scan|escaneo corporal|scan corporel|anclaje|ancrage)\b/.test(
      t,
    ) &&
    /\b(?:exercise|exercice|ejercicio|ubung|uebung|with me|together|help|guide|do|can we|could we|let'?s|quick|short|please|pls|por favor|s'il|bitte|ground me|calm me|body scan|grounding|walk me (?:thru|through)|talk me (?:thru|through)|take me (?:thru|through)|show me|teach me|need|want|try|some)\b/.test(
      t,
    )
  );
}

/** A guided exercise asked for, or panic in the body ("my chest is tight", "heart racing"). */
function exerciseIn(t: string): { exercise: ExerciseKind; panic: boolean } | undefined {
  const panic =
    /\bpanic(?:king|ing)?\b|\bpanic attack|\bchest (?:is |feels |feel )?(?:so )?tight|\bcan'?t (?:catch my )?breathe?\b|\bheart (?:is )?(?:racing|pounding)|\bhyperventilat|\bbreathing thing|\bataque de (?:panico|ansiedad)|\bcrise d'?angoisse|\bpanikattacke|\bkriege keine luft|\bno puedo respirar|\bj'?arrive pas a respirer/.test(
      t,
    );
  const asked = asksForExercise(t);
  const overwhelmed =
    /\b(?:overwhelmed|overwhelming|too much right now|spiral+ing|agobiad[oa]|debord[ée]e?|submerg[ée]e?|uberfordert|ueberfordert)\b/.test(
      t,
    );
  if (
    (!panic && !asked && !overwhelmed) ||
    /\b(?:mentors?|coach|session|the one (?:for|who|that)|who (?:can |could )?helps?|(?:anyone|someone|somebody) (?:(?:here|around|on here) )?(?:who|that|i can|i could|to talk|for)|book|remind|reminder)\b/.test(
      t,
    ) ||
    // "I find crowded gyms overwhelming and should like to find a quieter one": a place asked for.
    (typeIn(t) !== undefined && /\b(?:find|look(?:ing)? for|search|somewhere|anywhere|one that)\b/.test(t))
  )
    return undefined;
  if (overwhelmed && !panic && !asked) {
    // "Log my mood as 2, I'm overwhelmed": the words are the mood to write down, not a request.
    if (moodToLog.test(t) && moodReadingIn(t)) return undefined;
    return { exercise: 'grounding', panic: false };
  }
  const exercise: ExerciseKind = /body scan|body-scan|escaneo|scan corporel/.test(t)
    ? 'body_scan'
    : /ground|5-4-3-2-1|54321|erdung|anclaje|ancrage/.test(t)
      ? 'grounding'
      : 'breathing';
  return { exercise, panic };
}

/** The index of the one listed place a description names by its kind ("the café you showed me"). */
function describedPlace(said: string, t: string, memory: Memory): number | undefined {
  const places = memory.places ?? [];
  const s = tidy(said);
  if (
    !places.length ||
    !(
      pointsBackIn(t) ||
      /\b(?:you|que|den|die|das|dijiste|mostraste|recomendaste|gezeigt|genannt|empfohlen|showed|told|listed|mentioned|recommended|montre|montree|conseille)\b/.test(
        t,
      )
    )
  )
    return undefined;
  const kind = /\b(?:food|comida|essen\w*|manger|restaurant|kitchen|lunch)\b/.test(s)
    ? 'nutrition'
    : /\b(?:cafe\w*|coffee|kaffee|cafeteria)\b/.test(s)
      ? 'coffee'
      : /\b(?:gym|gimnasio|salle|studio|fitness\w*)\b/.test(s)
        ? 'gym'
        : typeIn(s);
  const ofKind = places.flatMap((p, i) => (kind && p.type === kind ? [i] : []));
  return ofKind.length === 1 ? ofKind[0] : undefined;
}

/** "quiet", "calm", "not too busy": what the place should be like. */
export function quietIn(t: string): boolean {
  return /\b(?:quiet|calm|peaceful|low[- ]key|not (?:a |much of a |big )?(?:big )?fan of (?:crowds|noise|busy places)|(?:hate|avoid|away from) (?:the )?(?:crowds|noise)|(?:not|nothing|nowhere|no|aren'?t|isn'?t|arent|isnt) (?:(?:too|so|somewhere|anywhere|something|place|that'?s|thats|that is|overly|super|very|really) )*(?:busy|crowded|loud|noisy|packed|hectic|rowdy|rammed|heaving|full)|less (?:busy|crowded|loud|noisy|hectic)|quieter|calmer|relaxed|chill|empty|tranqui\w*)\b|\b(?:isn'?t|isnt|not|without (?:the|all the)) (?:all )?(?:noise|crowds|queues|chaos|people)\b|\b(?:crowded|busy|packed|noisy) \w+ (?:(?:rather|quite|really|so|too|a bit|pretty) )?(?:overwhelming|stressful|too much)\b/.test(
    t,
  );
}

/** "for beginners", "beginner friendly", "new to this", in the words the glosses give it. */
export function beginnerIn(t: string): boolean {
  return /\bbeginners?\b|\bnew to\b|\bfirst[- ]?time(?:r|rs)?\b|\bnewbie\b|\bnever (?:set foot in|been (?:to|in)|stepped (?:into|in)|used) an? (?:gym|fitness)/.test(
    t,
  );
}

/** Thanks, ok, bye and the like: never the answer to "which city?". */
function socialOnly(t: string): boolean {
  return /^(?:(?:thanks?|thank you|thx|ty|cheers|ok|okay|k|cool|great|nice|bye|no|nope|nah|never ?mind|nvm|forget it|lol|haha|yes|yeah|sure|many|a lot|so much|very much)[\s,!.]*)+$/.test(
    t,
  );
}

/**
 * The place a demonstrative points at among those listed ("that gym", "this café", "ese
 * gimnasio", "cette salle", "das Studio", "that place"): the index of the one listed place of that
 * kind, or of the one in focus; undefined when none or several could be meant.
 */
function pointedAt(t: string, memory: Memory): number | undefined {
  const m =
    /\b(?:that|this|the|those|ese|esa|este|esta|aquel|aquella|cette|cet|ce|das|dem|dieses?|diesem|den|der|die)\s+(gym|cafe|coffee(?: ?shop| place)?|place|spot|one|salle(?: de sport)?|studio|fitnessstudio|sitio|lugar|local|endroit|adresse|ort|laden|lokal|restaurant|kitchen)\b/.exec(
      t,
    );
  if (!m) return undefined;
  const noun = m[1]!;
  const kind = /^(?:salle|studio|fitnessstudio)/.test(noun) ? 'gym' : typeIn(noun);
  return placeOfKind(memory, kind).index;
}

/**
 * The listed place of a kind (any kind when none is given): the one at `position` among those of
 * that kind, else the only one, else the one in focus if it is of that kind; `listed` is how many
 * of that kind are listed.
 */
function placeOfKind(
  memory: Memory,
  kind: PlaceType | undefined,
  position?: number,
): { listed: number; index: number | undefined } {
  const places = memory.places ?? [];
  const ofKind = places.flatMap((p, i) => (!kind || p.type === kind ? [i] : []));
  const focus = memory.focusPlace ? places.findIndex((p) => p.id === memory.focusPlace!.id) : -1;
  const index =
    position !== undefined
      ? ofKind[position]
      : ofKind.length === 1
        ? ofKind[0]
        : ofKind.includes(focus)
          ? focus
          : undefined;
  return { listed: ofKind.length, index };
}

/** "Remind me of something later": no subject yet, to be asked for. */
const placeholder =
  /^(?:something|anything|stuff|it|that|this|algo|una cosa|quelque chose|qqch|un truc|etwas|was|irgendwas)(?: (?:later|soon|in a bit|in a while|spater|spaeter|plus tard|mas tarde|luego|dopo))?$/;

/** "tomorrow at 9 …", "in 2 hours …", "at 8 …", "tonight …": a time within the first four words. */
function startsWithTime(t: string): boolean {
  return timeish(t.split(' ').slice(0, 4).join(' '));
}

/** What a reminder said as the rest of the last one is about: "and tomorrow at 9 call mum" → "call mum". */
function continuedReminder(t: string): string | undefined {
  const what = t
    .replace(/^(?:(?:oh|ah|ok|okay|right|oh yeah),? )*(?:(?:and|also|plus),? )+/, '')
    .replace(/^(?:another|one more|one(?= ))(?: one| reminder)?\b,? ?/, '')
    // "at the same time": the time, not the task.
    .replace(/\b(?:at )?(?:the )?same (?:time|hour)\b/g, ' ')
    .replace(
      /\b(?:(?:tomorrow|tmrw|today|(?:on |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:morning|afternoon|evening|night)|tomorrow|tmrw|today|tonight|this (?:morning|afternoon|evening)|(?:on |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:(?:at|around|by) )?(?:(?:quarter|half) (?:past|to) \w+|noon|midday|midnight)|(?:at|around|by) \d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)?|in (?:\d+|an?|one|two|half an?) \w+|\d{1,2}(?:[:.]\d{2})? ?[ap]m)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:-]+/, '')
    .trim()
    .replace(/^(?:(?:to|about|for|that|de|d'|a|zu|zum|zur|remind me|reminder)\s+)+/, '')
    .replace(/[\s,.!?]+$/, '');
  return what.length >= 2 && /[a-z]/.test(what) ? what : undefined;
}
