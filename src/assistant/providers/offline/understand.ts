import type { locationTypes, moods } from '../../../db/schema/index.ts';
import type { Memory } from './memory.ts';
import {
  areaIn,
  moodIn,
  pickIn,
  placeNameIn,
  sessionTypeIn,
  specializations,
  tidy,
  typeIn,
} from './words.ts';

/**
 * What the offline companion makes of a message: plain patterns over everyday English, read in
 * the light of what it asked last (memory). Deterministic: the same words, the same reading.
 */

export type PlaceType = (typeof locationTypes)[number];
export type Mood = (typeof moods)[number];

export type Intent =
  | { kind: 'greeting' | 'thanks' | 'bye' | 'how_are_you' | 'identity' | 'help' | 'unknown' }
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
  | { kind: 'location_answer'; city: string };

/** Which item of a list the user means: "the first one", "number 2", or words of its name. */
export type Pick_ = { index?: number; words: string };

export function understand(raw: string, memory: Memory): Intent {
  const t = tidy(raw);
  const awaiting = memory.awaiting;

  // Answers to the question asked last come first: "the second one", "Quiet Beans", "London".
  if (awaiting === 'location') {
    const area = areaIn(` in ${t}`) ?? (t.split(' ').length <= 4 ? t.replace(/[?.!]+$/, '') : undefined);
    if (area && !typeIn(t) && !/\b(?:check|book|remind|cancel|streak|reward)/.test(t)) {
      return { kind: 'location_answer', city: area };
    }
  }
  if (
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
  if (awaiting === 'cancel_choice' && memory.sessions?.length && !/\b(?:find|search|book|remind)\b/.test(t)) {
    return { kind: 'cancel_session', pick: pickIn(t) };
  }
  if (
    (awaiting === 'booking_time' || awaiting === 'booking_mentor') &&
    !/\b(?:find|search|cancel|remind|check|streak|level|reward)/.test(t)
  ) {
    const timeish =
      /\d|tomorrow|today|tonight|noon|morning|afternoon|evening|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday/.test(
        t,
      );
    const named = memory.mentors?.some((m) => {
      const first = (tidy(m.name).split(' ')[0] ?? '').replace(/[^a-z0-9]/g, '');
      return first.length >= 3 && new RegExp(`\\b${first}\\b`).test(t);
    });
    const pick = pickIn(t);
    if (timeish || named || pick.index !== undefined) {
      return {
        kind: 'book_mentor',
        specialization: memory.specialization,
        pick,
        sessionType: sessionTypeIn(t),
      };
    }
  }
  if (
    awaiting === 'reminder_time' &&
    /\d|tomorrow|today|tonight|now|noon|minute|hour|morning|evening/.test(t)
  ) {
    return { kind: 'reminder', what: memory.reminder };
  }

  if (/\bremind(?:er)? me\b|\bset (?:a |me a )?reminder\b|\b(?:nudge|ping) me\b|\breminder to\b/.test(t)) {
    const m =
      /\b(?:remind me|reminder|nudge me|ping me)(?: (?:now|later|tomorrow|tonight|today|in \S+ \S+|at \S+))?(?: to| about| that)? (.+)$/.exec(
        t,
      );
    const what = m?.[1]
      ?.replace(
        /\b(?:in \d+ ?\w+|in an? \w+|at \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|tomorrow|tonight|today|now|on \w+day|this (?:morning|afternoon|evening)|\d{1,2}(?:[:.]\d{2})? ?(?:am|pm))\b/g,
        '',
      )
      .replace(/\s+/g, ' ')
      .replace(/[ ,.!?]+$/, '')
      .trim();
    return { kind: 'reminder', what: what && what.length >= 2 ? what : undefined };
  }

  if (/\bcancel\b/.test(t) && /\b(?:session|appointment|booking|meeting|mentor|call|with)\b/.test(t)) {
    return { kind: 'cancel_session', pick: pickIn(t) };
  }
  if (
    /\b(?:my|upcoming|next) (?:sessions?|appointments?|bookings?)\b|\bwhen is my (?:session|appointment)\b/.test(
      t,
    ) &&
    !/\bbook\b/.test(t)
  ) {
    return { kind: 'list_sessions' };
  }
  const mentorish = /\bmentors?\b|\bcoach\b|\bsomeone to talk to\b|\bpeer support\b|\bsessions?\b/.test(t);
  if (
    /\b(?:book|schedule|arrange|set up|reserve)\b/.test(t) &&
    (mentorish || /\bbook (?!a (?:table|place|spot))\w+/.test(t))
  ) {
    return {
      kind: 'book_mentor',
      specialization: specializations.exec(t)?.[0] ?? memory.specialization,
      pick: pickIn(t),
      sessionType: sessionTypeIn(t),
    };
  }
  if (mentorish) return { kind: 'find_mentor', specialization: specializations.exec(t)?.[0] };

  if (
    /\bcheck (?:me )?in\b|\bcheck-in\b|\bchecking in\b|\bi'?m (?:at|@) |\bi am (?:at|@) |\bjust (?:got|arrived) (?:to|at)\b|\barrived at\b|\bi'?ve arrived\b|\bi'?m here\b|\bmade it to\b/.test(
      t,
    )
  ) {
    const place = placeNameIn(raw);
    const pick = pickIn(t);
    const placeType = place ? typeIn(tidy(place)) : typeIn(t);
    const generic =
      place &&
      /^(?:the |a |an )?(?:gym|caf[eé]|coffee ?shop|coffee place|place|spot|one)$/i.test(place.trim());
    return {
      kind: 'check_in',
      place: generic || pick.index !== undefined ? undefined : place,
      placeType,
      pick,
      mood: moodIn(t),
    };
  }

  if (/\brewards?\b|\bvouchers?\b|\bqr\b|\bfree (?:coffee|drink)s?\b|\bredeem/.test(t))
    return { kind: 'rewards' };
  if (/\bstreak\b/.test(t)) return { kind: 'journey', focus: 'streak' };
  if (/\bmilestones?\b|\bachievements?\b|\bbadges?\b/.test(t))
    return { kind: 'journey', focus: 'milestones' };
  if (/\blevel\b|\blevels\b|\blevel up\b/.test(t)) return { kind: 'journey', focus: 'level' };
  if (/\bprogress\b|\bjourney\b|\bhow am i doing\b|\bhow many check-?ins\b|\bmy stats\b/.test(t))
    return { kind: 'journey', focus: 'progress' };

  if (
    memory.places?.length &&
    /\b(?:more|details?|tell me about|what about|info|information|opening hours|hours|open)\b/.test(t)
  ) {
    const pick = pickIn(t);
    if (pick.index !== undefined || memory.places.some((p) => t.includes(p.name.toLowerCase()))) {
      return { kind: 'place_details', pick };
    }
  }

  const type = typeIn(t);
  const quiet =
    /\b(?:quiet|calm|peaceful|low[- ]key|not (?:too )?(?:busy|crowded|loud)|less (?:busy|crowded)|relaxed|chill|empty)\b/.test(
      t,
    );
  const placey = /\b(?:places?|spots?|somewhere|anywhere|venues?|where)\b/.test(t);
  const seeking =
    /\b(?:find|show|search|look(?:ing)? for|where|any|recommend|suggest|need|want|know (?:of|any)|is there|are there|list|get me|take me|near|nearby|around|close|go)\b/.test(
      t,
    );
  if ((type && (seeking || quiet)) || (placey && (quiet || seeking) && (quiet || type))) {
    const area = areaIn(t);
    return {
      kind: 'find_places',
      type,
      quiet,
      beginner: /\bbeginners?\b|\bnew to\b|\bfirst time\b|\bnewbie\b/.test(t),
      openNow: /\bopen (?:now|right now|at the moment)\b|\bstill open\b/.test(t),
      city: area,
    };
  }

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
  if (/\bhow are (?:you|u)\b|\bhow'?s it going\b|\bhow are things\b|\bwhat'?s up\b|\bhow do you do\b/.test(t))
    return { kind: 'how_are_you' };
  const feeling =
    /\bi(?:'m| am| feel| feel so| am feeling|'m feeling|'ve been feeling| have been feeling) (?:really |so |a bit |a little |quite |very |pretty |kind of |kinda )?(anxious|nervous|stressed|overwhelmed|worried|sad|low|down|lonely|tired|exhausted|calm|good|great|happy|motivated|okay|ok|better|fine|relaxed|scared)\b/.exec(
      t,
    );
  if (feeling) return { kind: 'feeling', feeling: feeling[1]!, mood: moodIn(t) };
  if (/\b(?:thanks|thank you|thank u|cheers|ta|appreciate it|much appreciated)\b/.test(t))
    return { kind: 'thanks' };
  if (
    /\b(?:bye|goodbye|see you|see ya|good ?night|night night|take care|cya|later)\b/.test(t) &&
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
