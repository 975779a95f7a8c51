import type { ErrorCode, ErrorReason } from '../../../../errors.ts';
import { alts, joinWith, lowerFirst } from './catalogue.ts';

/**
 * The offline companion's words in English: the reference catalogue (its type is every
 * language's type, catalogue.ts). `name` is the user's first name; texts the server wrote
 * (`summary`, `error`, `when`) arrive as they are.
 */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const capabilities =
  'I can find quiet cafés, gyms and healthy food spots near you or in a city, check you in when you arrive, ' +
  'tell you about your streak, level and coffee rewards, find and book a peer mentor, and set reminders.';

type Name = { name: string };

/** Every code a tool's failure may carry: the error vocabulary's, and the tool loop's own. */
export type FailureCode = ErrorCode | ErrorReason | 'invalid_arguments' | 'unknown_tool' | 'one_at_a_time';

export const en = {
  /** "a, b and c". */
  list: (v: { items: string[] }) => joinWith('and')(v.items),
  somethingWrong: 'something went wrong',
  capabilities,
  /** Greetings by the hour where the user is. */
  timeOfDay: { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening', night: 'Hi' },
  /** "Shall I check you in at …? Say yes to confirm." */
  askToConfirm: (v: { summary: string }) => `Shall I ${lowerFirst(v.summary)}? Say **yes** to confirm.`,
  didYouMean: (v: { a: string; b: string }) => `Did you mean **${v.a}** or **${v.b}**?`,
  unverified: ' (not verified)',

  /** Kinds of place: [one, many, one with "a"]. */
  noun: {
    coffee: ['café', 'cafés', 'a café'],
    gym: ['gym', 'gyms', 'a gym'],
    nutrition: ['healthy food spot', 'healthy food spots', 'a healthy food spot'],
    partner: ['partner place', 'partner places', 'a partner place'],
    mentor: ['mentoring space', 'mentoring spaces', 'a mentoring space'],
    place: ['place', 'places', 'a place'],
  },
  /** A place in a list: its distance and traits. */
  placeLine: {
    distance: (v: { km: number }) => (v.km < 1 ? `${Math.round(v.km * 1000)} m` : `${v.km.toFixed(1)} km`),
    quiet: 'quiet',
    busy: 'can get busy',
    beginner: 'beginner-friendly',
    coffeeReward: 'coffee reward',
  },

  chat: {
    greeting: alts<{ hello: string; name: string }>(
      (v) =>
        `${v.hello}, ${v.name}! How are you feeling today? I can find a quiet café or gym near you, check you in when you arrive, or book a session with a mentor.`,
      (v) =>
        `${v.hello}, ${v.name} — good to see you. Want me to look for somewhere calm nearby, or see how your streak is doing?`,
      (v) =>
        `Hi ${v.name}. I'm here whenever you need a calm spot, a check-in or someone to talk to. What would help today?`,
    ),
    thanks: alts<Name>(
      (v) => `You're welcome, ${v.name}. I'm here if you need anything else.`,
      (v) => `Any time, ${v.name}.`,
      (v) => `Glad I could help, ${v.name}. One step at a time.`,
    ),
    bye: alts<Name>(
      (v) => `Take care, ${v.name}. I'm here whenever you want to find somewhere calm.`,
      (v) => `Bye for now, ${v.name} — be gentle with yourself today.`,
    ),
    howAreYou: alts<Name>(
      (v) =>
        `I'm an AI, so I don't have good or bad days — but I'm here and ready to help, ${v.name}. How are you feeling?`,
      (v) => `All good on my side, thanks for asking, ${v.name}. More importantly: how are you today?`,
    ),
    identity: `Yes — I'm an AI, not a person, and not a therapist. ${capabilities} For anything heavy, a real person (a friend, a mentor or a helpline) is the better listener.`,
    help: `${capabilities} Try "find a quiet café near me", "check me in at …", "what's my streak?" or "book a mentor for tomorrow at 3pm".`,
    unknown: alts<Name>(
      (v) => `I'm not quite sure what you mean, ${v.name}. ${capabilities}`,
      (v) => `I'm sorry, ${v.name} — I didn't catch that. ${capabilities}`,
      (v) => `I'm not certain I understood, ${v.name}. ${capabilities} What would you like to do?`,
    ),
    /** `feeling` is the word the user used, as the companion read it ("anxious", "low"). */
    anxious: alts<{ name: string; feeling: string }>(
      (v) =>
        `That sounds hard, ${v.name}. It's okay to take things slowly. Would a quiet place help? I can look for calm cafés or beginner-friendly gyms near you, or find a mentor who understands.`,
      (v) =>
        `Thank you for telling me, ${v.name}. Feeling ${v.feeling} is tough. A few slow breaths can help — and if you'd like, I can find somewhere calm nearby.`,
    ),
    low: (v: { name: string; feeling: string }) =>
      `I'm sorry you're feeling ${v.feeling}, ${v.name}. Small steps count. Half an hour in a quiet café, or a chat with a peer mentor, might help — want me to look?`,
    good: alts<Name>(
      (v) =>
        `That's lovely to hear, ${v.name}! Want to make the most of it — maybe check in somewhere new, or keep your streak going?`,
      (v) =>
        `Good to hear, ${v.name}. If you're heading out, I can find a calm spot or check you in when you arrive.`,
    ),
    /** Asked for a mood check-in. */
    moodAsk: (v: Name) =>
      `Of course, ${v.name}. How are you feeling right now, from 1 (very low) to 5 (very good)? A word is fine too.`,
  },

  journey: {
    error: (v: Name) => `I couldn't load your journey just now, ${v.name}. Could you try again?`,
    streak: (v: { days: number; best: number }) =>
      `Your streak is ${plural(v.days, 'day')}${v.best > v.days ? ` (your best is ${v.best})` : ''}.`,
    noStreak: (v: { best: number }) =>
      `You don't have a streak going right now${v.best ? ` (your best was ${plural(v.best, 'day')})` : ''} — a check-in today starts one.`,
    /** `next` is 0 at the top level. */
    level: (v: { level: number; percent: number; next: number }) =>
      `You're on level ${v.level} of 5${v.next ? `, ${v.percent}% of the way to level ${v.next}` : ' — the top level'}.`,
    /** One thing the next level needs; `what` is the server's label ("check-ins", "gym visits"). */
    more: (v: { count: number; what: string }) => `${v.count} more ${v.what}`,
    next: (v: { level: number; needs: string }) => `For level ${v.level}: ${v.needs}.`,
    milestones: (v: { list: string }) => `Milestones so far: ${v.list}.`,
    firstMilestone: 'Your first milestone comes with your first check-in.',
    total: (v: { count: number }) => `${plural(v.count, 'check-in')} in total.`,
    cheer: alts<Name>(
      (v) => `Keep going, ${v.name}.`,
      (v) => `Every visit counts, ${v.name}.`,
      (v) => `You're doing well, ${v.name}.`,
    ),
  },

  rewards: {
    error: (v: Name) => `I couldn't load your rewards just now, ${v.name}.`,
    none: (v: Name) =>
      `You don't have any active rewards right now, ${v.name}. Check in at a place with a coffee reward and you'll earn one (one per place per day).`,
    header: (v: { count: number }) => `You have ${plural(v.count, 'active reward')}:`,
    /** `partner` and `expires` are '' when unknown. */
    item: (v: { title: string; partner: string; expires: string }) =>
      `• ${v.title}${v.partner ? ` (${v.partner})` : ''}${v.expires ? ` — use by ${v.expires}` : ''}`,
    redeem: 'Show the QR code from your Rewards tab at the place to redeem it.',
  },

  reminder: {
    ask: (v: Name) => `What would you like me to remind you about, ${v.name}, and when?`,
    /** `what` is '' when not said. */
    past: (v: { name: string; what: string }) =>
      `That time has already passed, ${v.name}. When should I remind you${v.what ? ` to ${v.what}` : ''}? For example "in 20 minutes" or "tomorrow at 9am".`,
    when: (v: { what: string }) =>
      `When should I remind you to ${v.what}? For example "in 20 minutes" or "tomorrow at 9am".`,
    defaultTitle: 'Your NightChill reminder',
    failed: (v: { name: string; error: string }) => `I couldn't set that reminder, ${v.name}: ${v.error}`,
    sent: (v: { name: string; title: string }) =>
      `Sent — you'll find "${v.title}" in your notifications, ${v.name}.`,
    set: alts<{ name: string; title: string; when: string }>(
      (v) => `Okay, ${v.name} — I'll remind you to ${lowerFirst(v.title)} on ${v.when}.`,
      (v) => `Done. Reminder set for ${v.when}: "${v.title}".`,
    ),
  },

  mentors: {
    meets: { both: 'online or in person', virtual: 'online', inPerson: 'in person' },
    /** `meets` is one of the words above; `rating` 0 when none. */
    line: (v: {
      n: number;
      mentor: string;
      unverified: boolean;
      title: string;
      tags: string;
      meets: string;
      rating: number;
    }) =>
      `${v.n}. **${v.mentor}**${v.unverified ? ' (not verified)' : ''} — ${v.title}; ${v.tags}; meets ${v.meets}${
        v.rating > 0 ? `; rated ${v.rating.toFixed(1)}` : ''
      }`,
    searchError: (v: Name) => `I couldn't look for mentors just now, ${v.name}. Could you try again shortly?`,
    /** `specialization` is '' when none was asked for. */
    none: (v: { name: string; specialization: string }) =>
      `I couldn't find a mentor${v.specialization ? ` for ${v.specialization}` : ''} who's available right now, ${v.name}. Want me to look more broadly?`,
    intro: alts<Name>(
      () => 'Here are some peer mentors who could help:',
      (v) => `These mentors might be a good fit, ${v.name}:`,
    ),
    bookHint: 'Want to book one? Tell me who and when — for example "the first one, tomorrow at 3pm".',
    noneTakingBookings: (v: Name) =>
      `I couldn't find a mentor who's taking bookings right now, ${v.name}. Shall I try again later?`,
    /** A mentor asked about by name: `fits` whether they help with the `topic` asked (undefined: none asked). */
    about: (v: {
      name: string;
      mentor: string;
      tags: string;
      meets: string;
      fits: boolean | undefined;
      topic: string;
    }) =>
      `${v.fits === true ? 'Yes — ' : v.fits === false ? `Not mainly ${v.topic}, ${v.name} — ` : ''}**${v.mentor}** helps with ${v.tags}, and meets ${v.meets}. Would you like to book a session?`,
    notFound: (v: { name: string; asked: string; names: string; count: number }) =>
      `I couldn't find a mentor called "${v.asked}" who's taking bookings, ${v.name}. ${v.names} ${v.count === 1 ? 'is' : 'are'} — would one of them suit you?`,
  },

  booking: {
    past: (v: { name: string; mentor: string }) =>
      `That time has already passed, ${v.name}. When would you like to meet **${v.mentor}**? For example "tomorrow at 3pm".`,
    whatTime: (v: { mentor: string }) =>
      `What time that day would suit you for a session with **${v.mentor}**?`,
    when: alts<{ name: string; mentor: string }>(
      (v) =>
        `When would you like to meet **${v.mentor}**, ${v.name}? For example "tomorrow at 3pm" or "Friday 10:30".`,
      (v) => `Happy to set that up with **${v.mentor}**. What day and time works for you?`,
    ),
    /** The server's summary of the booking, to confirm or change. */
    propose: alts<{ summary: string }>(
      (v) => `Shall I ${lowerFirst(v.summary)}? Say **yes** to confirm, or tell me a different time.`,
      (v) =>
        `Would you like me to ${lowerFirst(v.summary)}? Say **yes** to confirm, or tell me a different time.`,
      (v) =>
        `Just checking — shall I ${lowerFirst(v.summary)}? Say **yes** to confirm, or tell me a different time.`,
    ),
    slotTaken: (v: Name) =>
      `That mentor already has a session at that time, ${v.name}. Would another time suit you?`,
    userBusy: (v: Name) => `You already have a session booked then, ${v.name}. Shall we pick another time?`,
    mentorUnavailable: (v: Name) =>
      `That mentor isn't taking bookings at the moment, ${v.name}. Want me to find someone else?`,
    typeNotOffered: (v: { error: string }) => `${v.error} Shall I book it that way instead?`,
    invalidTime: (v: Name) =>
      `I can only book a time in the future (and up to six months ahead), ${v.name}. When would suit you?`,
    failed: (v: { name: string; error: string }) => `I couldn't set that up just now, ${v.name}: ${v.error}`,
    /** After a yes: the session booked. */
    booked: alts<{ minutes: number; mentor: string; when: string; online: boolean }>(
      (v) =>
        `Done — ${v.minutes} minutes with **${v.mentor}** on ${v.when} (${v.online ? 'online' : 'in person'}). I've let them know, and you'll get a reminder before it starts.`,
      (v) =>
        `All set — ${v.minutes} minutes with **${v.mentor}** on ${v.when} (${v.online ? 'online' : 'in person'}). I've let them know, and you'll get a reminder before it starts.`,
      (v) =>
        `You're booked — ${v.minutes} minutes with **${v.mentor}** on ${v.when} (${v.online ? 'online' : 'in person'}). I've let them know, and you'll get a reminder before it starts.`,
    ),
    done: (v: Name) => `Done, ${v.name}.`,
    failedAfter: (v: { name: string; error: string }) =>
      `I'm sorry, ${v.name} — I couldn't do that after all: ${v.error}`,
    /** "The other mentor", with no other one known. */
    whichMentor: (v: Name) => `Which mentor would you like instead, ${v.name}?`,
    /** A change of time to one already gone. */
    pastChange: (v: Name) => `That time has already passed, ${v.name}. When would suit you instead?`,
  },

  sessions: {
    proposeCancel: alts<{ summary: string }>(
      (v) => `Shall I ${lowerFirst(v.summary)}? Say **yes** to confirm.`,
      (v) => `Do you want me to ${lowerFirst(v.summary)}? Say **yes** to confirm.`,
    ),
    cantCancel: (v: { name: string; error: string }) => `I can't cancel that one, ${v.name}: ${v.error}`,
    lookupError: (v: Name) => `I couldn't look up your sessions just now, ${v.name}. Could you try again?`,
    listError: (v: Name) => `I couldn't look up your sessions just now, ${v.name}.`,
    noneToCancel: (v: Name) => `You don't have any upcoming mentor sessions to cancel, ${v.name}.`,
    whichToCancel: 'Which session would you like to cancel?',
    none: (v: Name) =>
      `You don't have any sessions coming up, ${v.name}. Would you like me to find a mentor?`,
    upcoming: "Here's what's coming up:",
    line: (v: { n: number; mentor: string; when: string; minutes: number; online: boolean }) =>
      `${v.n}. **${v.mentor}** — ${v.when}, ${v.minutes} min, ${v.online ? 'online' : 'in person'}`,
    cancelled: (v: { name: string; mentor: string; when: string }) =>
      `Done — your session with **${v.mentor}** on ${v.when} is cancelled, and I've let them know. Take care, ${v.name}.`,
    /** A session moved (session-moves.ts). */
    moved: (v: { name: string; mentor: string; when: string }) =>
      `Done, ${v.name} — your session with **${v.mentor}** is now on ${v.when}. I've let them know.`,
    cantMove: (v: { name: string; error: string }) => `I couldn't move that session, ${v.name}: ${v.error}`,
    noneToMove: (v: Name) => `You don't have any upcoming mentor sessions to move, ${v.name}.`,
    whichToMove: 'Which session would you like to move?',
    moveWhen: (v: { mentor: string }) =>
      `When would you like your session with **${v.mentor}** instead? For example "Thursday at 3pm" or "an hour later".`,
  },

  /** After a no. */
  declined: {
    cancel: (v: Name) => `Okay, ${v.name} — I've left your session as it is.`,
    checkIn: (v: Name) => `Okay, ${v.name} — I haven't checked you in.`,
    reminder: (v: Name) => `Okay, ${v.name} — no reminder set.`,
    booking: alts<Name>(
      (v) => `No problem, ${v.name} — I haven't booked anything.`,
      (v) => `Okay, nothing booked. Just ask whenever you're ready, ${v.name}.`,
    ),
  },

  places: {
    locationNeeded: alts<Name>(
      (v) =>
        `Happy to look, ${v.name}. Where should I search — which city or area are you in? (Or share your location in the app and I'll look right around you.)`,
      (v) =>
        `Sure, ${v.name} — I just need to know where. Tell me a city or neighbourhood, or share your location.`,
    ),
    /** `city` is '' when the message named none. */
    unknownCity: (v: { name: string; city: string }) =>
      `I don't know any places in ${v.city || 'That Area'} yet, ${v.name}. Could you try a nearby city, or share your location so I can look around you?`,
    searchError: (v: Name) =>
      `I couldn't search just now, ${v.name} — something went wrong on my side. Could you try again in a moment?`,
    /** Where a search looked: `city` '' and `near` false when neither is known. */
    where: (v: { city: string; near: boolean }) => (v.city ? ` in ${v.city}` : v.near ? ' near you' : ''),
    none: (v: { name: string; many: string; where: string }) =>
      `I couldn't find any ${v.many}${v.where} within 5 km, ${v.name}. Want me to try a different kind of place, or another area?`,
    /** Nothing marked quiet: the closest instead. */
    relaxed: (v: { many: string; where: string }) =>
      `I couldn't find ${v.many}${v.where} marked as quiet, but these are the closest — it may help to go at a calmer time of day:`,
    /** `one` and `many` are the kind of place (noun above). */
    found: alts<{ name: string; count: number; quiet: boolean; one: string; many: string; where: string }>(
      (v) =>
        `Here ${v.count === 1 ? 'is a' : 'are some'} ${v.quiet ? 'calm ' : ''}${v.count === 1 ? v.one : v.many}${v.where}, ${v.name}:`,
      (v) =>
        `I found ${plural(v.count, v.quiet ? `calm ${v.one}` : v.one, v.quiet ? `calm ${v.many}` : v.many)}${v.where}, ${v.name}:`,
      (v) => `${v.name}, these look good${v.where}:`,
    ),
    outro: [
      'Tell me when you get there and I can check you in.',
      'Want to know more about one of them? Just say which.',
      'If you go, say "I\'m at …" and I\'ll check you in.',
    ],
    whichOne: (v: Name) => `Which one would you like to know about, ${v.name}?`,
    loadError: (v: Name) => `I couldn't load that place just now, ${v.name}. Could you try again?`,
    trait: {
      quiet: 'usually quiet',
      busy: 'can get busy',
      beginner: 'beginner-friendly',
      coffeeReward: 'you can earn a coffee reward there',
    },
    /** `traits` and `amenities` are '' when none; `rating` 0 when none. */
    details: (v: {
      place: string;
      address: string;
      traits: string;
      amenities: string;
      description: string;
      rating: number;
      reviews: number;
      unverified: boolean;
    }) =>
      `**${v.place}** is at ${v.address}.${v.traits ? ` It's ${v.traits}.` : ''}` +
      `${v.amenities ? ` Amenities: ${v.amenities}.` : ''}` +
      `${v.description ? ` ${v.description}` : ''}${v.rating > 0 ? ` Rated ${v.rating.toFixed(1)} from ${plural(v.reviews, 'review')}.` : ''}` +
      `${v.unverified ? ' It has not been verified by NightChill yet.' : ''}`,
  },

  checkIn: {
    whichOfThese: (v: Name) => `Sorry, ${v.name}, which one of these are you at? Say the number or the name.`,
    where: alts<Name>(
      (v) => `Where are you, ${v.name}? Tell me the name of the place and I'll check you in.`,
      (v) => `I'd love to check you in, ${v.name} — what's the name of the place you're at?`,
    ),
    lookupError: (v: Name) =>
      `I couldn't look that place up just now, ${v.name}. Could you try again in a moment?`,
    notFound: (v: { name: string; place: string; near: boolean }) =>
      `I couldn't find a place called "${v.place}"${v.near ? ' near you' : ''}, ${v.name}. Could you check the name for me?`,
    /** `a` is the kind of place with its article ("a café", "a place"). */
    cantSee: (v: { name: string; a: string }) =>
      `I can't see ${v.a} right where you are, ${v.name}. What's it called?`,
    which: [
      'Which one are you at?',
      'I found a few — which one is it?',
      'Just to be sure, which of these are you at?',
    ],
    tooFar: (v: { name: string; error: string }) => `${v.error} I'll be here when you arrive, ${v.name}.`,
    gone: (v: Name) => `I couldn't find that place any more, ${v.name}. Shall I search again?`,
    failed: (v: { name: string; error: string }) => `I couldn't check you in just now, ${v.name}: ${v.error}`,
    already: (v: { name: string; place: string }) =>
      `You're already checked in at **${v.place}**, ${v.name} — visits within the same hour count once. Enjoy the time there.`,
    mood: {
      anxious:
        " It's brave to go when you're feeling anxious — take it slowly, and leave whenever you need to.",
      calm: ' Glad you feel calm there.',
      motivated: ' Love the energy.',
    },
    streak: (v: { days: number }) => `Your streak is ${plural(v.days, 'day')} in a row.`,
    soFar: (v: { count: number }) => `That's ${plural(v.count, 'check-in')} so far.`,
    reward: (v: { title: string }) =>
      `You've earned a reward: ${v.title} — the QR code is in your Rewards tab.`,
    levelUp: (v: { level: number }) => `And you've reached level ${v.level}!`,
    milestone: (v: { list: string }) => `New milestone: ${v.list}.`,
    done: alts<{ name: string; place: string }>(
      (v) => `You're checked in at **${v.place}**, ${v.name}.`,
      (v) => `Done — checked in at **${v.place}**.`,
      (v) => `Checked in at **${v.place}**. Nice one, ${v.name}.`,
    ),
  },

  /** While a conversation stays supportive after a risk response; `line` is the crisis line. */
  support: {
    hello: alts<Name>(
      (v) => `Hi ${v.name}. I'm glad you're here. How are you feeling right now?`,
      (v) => `Hello ${v.name} — it's good to hear from you. How are you doing at the moment, honestly?`,
    ),
    talk: alts<Name>(
      (v) => `Of course, ${v.name}. I'm here, and there's no rush. What's on your mind right now?`,
      (v) =>
        `I'm right here, ${v.name}. We can talk about anything you like — or nothing in particular. How are you feeling at this moment?`,
      (v) =>
        `Yes, let's talk, ${v.name}. I'm an AI, but I'm listening. What's been the hardest part of today?`,
    ),
    thanks: alts<Name>(
      (v) => `I'm glad you're still talking to me, ${v.name}. How are you feeling now?`,
      (v) =>
        `Thank you for staying with me, ${v.name}. Is there anything that would make the next hour a little easier?`,
    ),
    heard: alts<{ name: string; line: string }>(
      (v) =>
        `Thank you for telling me, ${v.name}. That sounds really heavy. I'm here to keep talking, and if it gets too much, ${v.line} is there any time, day or night.`,
      (v) =>
        `I hear you, ${v.name}. Whatever you're feeling makes sense, and you don't have to carry it alone — talking to someone at ${v.line} can help, any time. Would you like to tell me more?`,
      (v) =>
        `I'm listening, ${v.name}. Take your time. If you'd like a person to talk to right now, ${v.line} is free and there around the clock.`,
    ),
  },

  /** A mood check-in, recorded. */
  mood: {
    noted: ["I've noted it in your mood log.", 'Noted in your mood log.'],
    trendUp: 'Your last few check-ins have been trending up.',
    trendDown: 'Your last few check-ins have been lower than before; be gentle with yourself.',
    low: alts<Name>(
      (v) => `I'm sorry it's a hard day, ${v.name}.`,
      (v) => `Thank you for telling me, ${v.name}. That sounds tough.`,
      (v) => `That sounds heavy, ${v.name}.`,
    ),
    offerBreathing: 'Would a one-minute breathing exercise help? Say **yes** and we can do it together.',
    offerGrounding: 'Would you like to try a short grounding exercise, or just talk for a bit?',
    middling: alts<Name>(
      (v) => `Thanks for checking in, ${v.name}.`,
      (v) => `Okay, ${v.name} — a middling day.`,
    ),
    middlingAsk: 'Is there anything that would make today a little easier?',
    good: alts<Name>(
      (v) => `That's good to hear, ${v.name}!`,
      (v) => `Lovely, ${v.name}.`,
    ),
    goodAsk: 'Want to make the most of it — maybe somewhere calm nearby, or keep your streak going?',
    /** After a breathing exercise started on panic words. */
    panicSafety:
      "If the tightness is crushing, spreads to your arm or jaw, or you can't catch your breath at all, call your local emergency number now.",
  },

  /**
   * The dialogue moves of issue 16: a reminder moved or cancelled by chat, a mentor meant by "her"
   * or "the second one" among several, how busy a place is, a proposal asked again after a request
   * in between.
   */
  moves: {
    reminderMoved: alts<{ name: string; title: string; when: string }>(
      (v) => `Done, ${v.name} — "${v.title}" now goes off on ${v.when}.`,
      (v) => `Moved. I'll remind you on ${v.when}: "${v.title}".`,
    ),
    reminderCancelled: (v: { name: string; title: string; when: string }) =>
      `Done, ${v.name} — I've cancelled "${v.title}" (${v.when}). It won't go off.`,
    reminderFailed: (v: { name: string; error: string }) =>
      `I couldn't change that reminder, ${v.name}: ${v.error}`,
    noReminders: (v: Name) => `You don't have any reminders waiting to go off, ${v.name}.`,
    whichReminder: 'Which reminder do you mean?',
    reminderLine: (v: { n: number; title: string; when: string }) => `${v.n}. **${v.title}** — ${v.when}`,
    reminderWhen: (v: { title: string }) =>
      `When should "${v.title}" go off instead? For example "at 10" or "tomorrow at 9am".`,
    reminderPast: (v: Name) => `That time has already passed, ${v.name}. When should it go off instead?`,
    reminderKept: (v: Name) => `Okay, ${v.name} — I've left your reminder as it is.`,
    /** A pronoun or "the other one" with several mentors in view. */
    whichMentor: (v: { name: string; names: string }) => `Which of them do you mean, ${v.name}: ${v.names}?`,
    /** How busy a place is: `traits` says how it usually is. */
    crowd: (v: { place: string; traits: string }) =>
      `I can't see live numbers for **${v.place}**, but it's ${v.traits}.`,
    crowdUnknown: (v: { place: string }) =>
      `I can't see how busy **${v.place}** is right now, and it hasn't been rated for crowds yet.`,
    usually: {
      quiet: 'usually quiet — people rate it as a low-stress place',
      medium: 'usually moderately busy — calmer at off-peak times',
      busy: 'often busy — early or late in the day tends to be calmer',
    },
    quietZone: ' There is a quiet zone if you need a break.',
    quietHours: ' It has quiet hours, if you would rather avoid a crowd.',
    openUntil: (v: { when: string }) => ` It's open now, until ${v.when}.`,
    closedNow: (v: { when: string }) => ` It's closed right now (next opening: ${v.when}).`,
    /** Before a session ("remind me an hour before"): what the reminder says. */
    sessionSoon: (v: { mentor: string }) => `Your session with ${v.mentor}`,
    /** "Cool", "nice", "ok" with nothing waiting for an answer. */
    ack: alts<Name>(
      (v) => `👍 Anything else I can do for you, ${v.name}?`,
      (v) => `Glad that helps, ${v.name}. I'm here if you need anything.`,
    ),
    /** A proposal asked again after a request made in between. */
    stillOpen: (v: { summary: string }) =>
      `And shall I still ${lowerFirst(v.summary)}? Say **yes** to confirm.`,
  },

  /**
   * The guided exercises' words (src/assistant/exercises.ts keeps their timing): box breathing's
   * first round says more than the three after it; the other two have one text per step.
   */
  exercises: {
    breathing: {
      title: 'Box breathing, about one minute',
      intro:
        "Let's breathe together for a minute. Sit or stand however is comfortable, and let your shoulders drop.",
      firstIn: 'Breathe in slowly through your nose… 2… 3… 4',
      in: 'In… 2… 3… 4',
      hold: 'Hold… 2… 3… 4',
      firstOut: 'Breathe out gently through your mouth… 2… 3… 4',
      out: 'Out… 2… 3… 4',
      outro: 'Well done. Notice how your body feels now. We can do another round whenever you like.',
    },
    grounding: {
      title: '5-4-3-2-1 grounding',
      intro: "Let's bring you back to the here and now, one sense at a time. Take your time with each.",
      steps: [
        'Look around and name 5 things you can see.',
        'Notice 4 things you can feel: your feet on the floor, your clothes, the air.',
        'Listen for 3 things you can hear, near or far.',
        'Find 2 things you can smell, or two smells you like.',
        'Name 1 thing you can taste, or take a sip of water.',
      ],
      outro: "You're here, and you did it. How do you feel now?",
    },
    body_scan: {
      title: 'A short body scan, about two minutes',
      intro: "Let's slowly move our attention through the body. Nothing to change, just notice.",
      steps: [
        'Close your eyes if that feels okay, and take one slow breath.',
        'Notice your feet and legs. Let them be heavy.',
        'Move up to your stomach and chest. Feel them rise and fall.',
        'Notice your hands, arms and shoulders. Let the shoulders soften.',
        'Relax your jaw, your forehead, the space around your eyes.',
        'Take in your whole body at once, breathing gently.',
      ],
      outro: 'When you are ready, open your eyes. Thank you for taking this time for yourself.',
    },
  },

  /** A tool's failure in words, by code (src/assistant/tools/failures.ts): what to do next, never a code. */
  failures: {
    invalid_arguments: 'Some details were missing or unclear; say it again with the place or time.',
    unknown_tool: "I tried something I can't do; ask me another way.",
    one_at_a_time: "I can only suggest one thing at a time; let's take them one by one.",
    invalid_payload: 'Some details were missing or unclear; say it again with the place or time.',
    unauthorized: 'Your sign-in has expired; sign in again, then ask me once more.',
    forbidden: "That isn't allowed.",
    not_found: "I couldn't find that.",
    conflict: 'That clashes with something already there.',
    consent_required: 'Please agree to how your data is used first, then ask me again.',
    rate_limited: "That's a lot at once; try again in a minute.",
    unprocessable: "That couldn't be done as asked.",
    unavailable: 'A service is unavailable; try again shortly.',
    internal: 'Something went wrong on my side; try again in a moment.',
    cannot_book_self: "You can't book a session with yourself.",
    cannot_flag_own: "You can't flag your own review.",
    cannot_review_self: "You can't review yourself.",
    counter_only: 'Only the staff at the counter can do that.',
    email_taken: 'An account with that e-mail already exists.',
    impossible_travel:
      "That's too far from your last check-in to have got there yet; check in once you're there.",
    in_past: 'That time has already passed; pick one in the future.',
    invalid_credentials: "That e-mail or password isn't right.",
    invalid_password: "That password isn't right.",
    location_needed: 'Share your location or name a town so I can look nearby.',
    location_not_found: "I couldn't find that place; try its name as it's listed.",
    mentor_exists: 'You already have a mentor profile.',
    mentor_only: 'Only the mentor can do that.',
    mentor_unavailable: "That mentor isn't taking bookings right now; try another mentor.",
    not_your_place: "That place isn't yours to change.",
    own_reward: 'That reward belongs to someone else.',
    proposal_not_open: 'That suggestion has expired; ask again.',
    review_exists: "You've already reviewed that; change your review instead.",
    reward_already_redeemed: 'That reward has already been used.',
    reward_expired: 'That reward has expired.',
    reward_not_found: "I couldn't find that reward.",
    reward_wrong_place: 'That reward can only be used at the place that gave it.',
    session_not_ended: "That session hasn't ended yet.",
    session_not_scheduled: 'That session is no longer scheduled.',
    session_not_started: "That session hasn't started yet.",
    session_type_not_offered: "That mentor doesn't meet that way; try in person or virtual instead.",
    slot_taken: 'That time is taken; pick another.',
    staff_only: "Only the place's staff can do that.",
    too_far: "You're too far from that place to check in; try again when you're there.",
    unknown_city: "I don't know places in that town yet; try a nearby city.",
    user_busy: 'You already have a session then; pick another time.',
    username_taken: 'That username is taken; pick another.',
    weak_password: 'That password is too easy to guess; choose a longer one.',
  } satisfies Record<FailureCode, string>,
  /** The journey's milestones by id (src/domain/journey/milestones.ts), as the user reads them. */
  /** "Which café did you check me in at?", "what time was that again?": what was just done. */
  recap: {
    checkedIn: (v: { name: string; place: string }) => `You're checked in at **${v.place}**, ${v.name}.`,
    booked: (v: { name: string; mentor: string; when: string }) =>
      `Your session with **${v.mentor}** is on ${v.when}, ${v.name}.`,
    reminder: (v: { name: string; what: string; when: string }) =>
      `Your reminder "${v.what}" is set for ${v.when}, ${v.name}.`,
    nothing: (v: Name) =>
      `I haven't booked, set or checked in anything for you just now, ${v.name}. Would you like me to?`,
  },
  milestoneTitles: {
    first_check_in: 'First check-in',
    first_gym_visit: 'First gym visit',
    first_coffee_redeemed: 'First coffee redeemed',
    first_mentor_session: 'First mentor session',
    streak_3: 'A 3-day streak',
    streak_7: 'A 7-day streak',
    streak_14: 'A 14-day streak',
    check_ins_10: '10 check-ins',
    check_ins_25: '25 check-ins',
    check_ins_50: '50 check-ins',
    level_2: 'Reached level 2',
    level_3: 'Reached level 3',
    level_4: 'Reached level 4',
    level_5: 'Reached level 5',
  },
};

/** Said in English when the message is in a language the companion does not speak yet. */
export const notSpoken = (v: Name) =>
  `Sorry, ${v.name} — for now I speak English, Spanish, French and German.`;
