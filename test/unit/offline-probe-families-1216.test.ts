import { describe, expect, it } from 'vitest';
import { requestsIn } from '../../src/assistant/providers/offline/compound.ts';
import { glossTraced } from '../../src/assistant/providers/offline/gloss/index.ts';
import { replyLanguageOf } from '../../src/assistant/providers/offline/i18n/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { recalled } from '../../src/assistant/providers/offline/recall.ts';
import { eveOf, onEve } from '../../src/assistant/providers/offline/session-reminder.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { isAffirmative } from '../../src/assistant/turn/proposals.ts';
import { localTime } from '../../src/domain/local-time.ts';

/**
 * Issue 16, the families the 2026-12-16 conversation probe found wrong in the shared English core,
 * tested in other words: pointing back past the last reply ("the mentor from before", "the first
 * café you showed me"), a change of mind inside the message, the gym feared in other words, and
 * yeses said as "go on" or "do the needful". The glosses have their own files.
 */

const now = new Date('2030-05-06T08:00:00Z');
const zone = 'Europe/London';
const when = (text: string) => {
  const w = parseWhen(text, now, zone);
  return w.at ? localTime(w.at.toISOString(), zone) : w.dayOnly ? 'day only' : 'none';
};

const cafes: Memory = {
  places: [
    { id: 'c1', name: 'Peaceful Grounds Café', type: 'coffee' },
    { id: 'c2', name: 'Slow Pour Coffee', type: 'coffee' },
  ],
};
const food: Memory = { places: [{ id: 'f1', name: 'Green Bowl Kitchen', type: 'nutrition' }] };
const gyms: Memory = {
  places: [{ id: 'g1', name: 'The Quiet Gym', type: 'gym' }],
  focusPlace: { id: 'g1', name: 'The Quiet Gym' },
};
const sleepMentor: Memory = {
  mentors: [{ id: 'm1', name: 'Siobhán Murphy', meets: 'virtual', specialization: ['sleep'] }],
};

describe('pointing back past the last reply', () => {
  it.each([
    ['what was the second coffee place you showed me like?', [cafes, food], 'c1'],
    ['the cafe from earlier, is it busy?', [food, cafes], 'c1'],
    ['back to the healthy place from the start, what is it like', [cafes, food], 'f1'],
  ])('"%s" is read with the list that has that kind of place', (text, earlier, first) => {
    const memory = recalled(text, gyms, earlier);
    expect(memory.places?.[0]?.id).toBe(first);
    expect(memory.focusPlace).toBeUndefined();
  });

  it('keeps the last reply when it already shows that kind, or nothing points back', () => {
    expect(recalled('the gym from before, is it open?', gyms, [cafes])).toBe(gyms);
    expect(recalled('what is the first cafe like?', gyms, [cafes])).toBe(gyms);
    expect(recalled('the mentor from before', gyms, [])).toBe(gyms);
  });

  it('finds the mentors an earlier reply listed for "the mentor you suggested"', () => {
    for (const text of ['book the mentor from before on friday', 'can i see that coach you suggested']) {
      expect(recalled(text, gyms, [cafes, sleepMentor]).mentors?.[0]?.id, text).toBe('m1');
    }
    // Mentors in the last reply are the ones meant.
    const tom: Memory = { mentors: [{ id: 'm2', name: 'Tom Whitaker', meets: 'virtual' }] };
    expect(recalled('the mentor from before', tom, [sleepMentor])).toBe(tom);
  });

  it('asks about the place pointed back at', () => {
    const memory = recalled('so how is the first café you showed me?', food, [gyms, cafes]);
    expect(understand('so how is the first café you showed me?', memory)).toMatchObject({
      kind: 'place_details',
      pick: { index: 0 },
    });
  });
});

describe('a change of mind inside the message', () => {
  it.each([
    ['see amara thursday at 10, no wait, friday', 'Fri 10 May, 10:00'],
    ['book it for 4pm tomorrow, actually no, make it 5', 'Tue 7 May, 17:00'],
    ['wednesday at 2... sorry, i mean thursday', 'Thu 9 May, 14:00'],
    ['friday at 9, or rather 10', 'Fri 10 May, 10:00'],
    ['at 3 tomorrow no no at 4', 'Tue 7 May, 16:00'],
  ])('"%s" is %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('keeps what a reminder is about, without the correction', () => {
    expect(understand('remind me at 7 to water the plants, no wait, make that 8', {})).toMatchObject({
      kind: 'reminder',
      what: 'water the plants',
    });
    expect(understand('remind me to text sam, no wait, to text jo, at 6', {})).toMatchObject({
      kind: 'reminder',
      what: 'text jo',
    });
  });

  it('takes the request after it when it is one on its own', () => {
    expect(
      understand('remind me to leave at 5, actually no, find me a quiet cafe instead', {}),
    ).toMatchObject({ kind: 'find_places', type: 'coffee' });
    expect(understand('book tom for friday, no wait, what are my sessions?', {}).kind).toBe('list_sessions');
  });

  it('leaves a message with no change of mind as it was', () => {
    expect(when('no problem, friday at 3')).toBe('Fri 10 May, 15:00');
    expect(when('i know, wait for me at 6')).toBe('Mon 6 May, 18:00');
  });
});

describe('the gym feared, in other words', () => {
  it.each([
    'gyms scare me stiff, is there a mentor who gets it?',
    'the gym is so intimidating, any mentor for that?',
    'is there a mentor for my fear of the gym',
    'the gym always makes me anxious, got a mentor?',
  ])('"%s" looks for a gym-anxiety mentor', (text) => {
    expect(understand(text, {})).toMatchObject({ kind: 'find_mentor', specialization: 'gym anxiety' });
  });

  it('leaves a gym that makes someone happy alone', () => {
    expect(understand('the gym makes me happy, any mentor for sleep?', {})).toMatchObject({
      specialization: 'sleep',
    });
  });
});

describe('yeses said in a few words', () => {
  it.each(['yeah go on', 'go on', 'please do the needful', 'ok go on then'])('"%s" confirms', (text) => {
    expect(isAffirmative(text, 'book_mentor_session')).toBe(true);
  });
  it.each(['go on, tell me more about her', 'go on without me'])('"%s" does not', (text) => {
    expect(isAffirmative(text, 'book_mentor_session')).toBe(false);
  });
});

describe('asks said in other words', () => {
  it.each(["i'd love to note down how i'm feeling today", 'can i keep track of my feelings here?'])(
    '"%s" asks for the mood first',
    (text) => {
      expect(understand(text, {}).kind).toBe('mood_ask');
    },
  );

  it('"first timer" asks for beginner-friendly places', () => {
    expect(understand('first-timer here, any gyms near me that are not rammed?', {})).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      beginner: true,
    });
  });

  it('"tell us about" asks about a listed place', () => {
    const memory: Memory = { places: [...(cafes.places ?? []), ...(gyms.places ?? [])] };
    expect(understand('tell us about the quiet gym', memory).kind).toBe('place_details');
  });

  it.each(['and gyms?', 'what about some cafes', 'and healthy food?'])(
    '"%s" after a search asks for another kind, not a city of that name',
    (text) => {
      const intent = understand(text, { lastSearch: { type: 'coffee', quiet: false, beginner: false } });
      expect(intent).toMatchObject({ kind: 'find_places' });
      expect(intent).not.toHaveProperty('city', expect.any(String));
    },
  );

  it.each([
    [
      'could you find me a calm coffee shop nearby, and also let me know my rewards?',
      ['find_places', 'rewards'],
    ],
    ['show my sessions and also suggest a mentor for sleep', ['list_sessions', 'find_mentor']],
  ])('"%s" is two requests', (text, kinds) => {
    expect(requestsIn(text, {})?.map((p) => understand(p, {}).kind)).toEqual(kinds);
  });
});

describe('a place of one kind pointed back at', () => {
  const both: Memory = { places: [...(cafes.places ?? []), ...(food.places ?? [])] };
  it.each([
    ["back to the healthy food place from the start, what's it like?", 2],
    ['the second cafe you showed me?', 1],
  ])('"%s" asks about place %s', (text, index) => {
    expect(understand(text, both)).toMatchObject({ kind: 'place_details', pick: { index } });
  });

  it('never guesses among two of that kind: the one in focus, or none (asked)', () => {
    const text = 'the cafe from before, is it quiet?';
    expect(understand(text, both)).toMatchObject({ kind: 'place_details', pick: { words: text } });
    expect(understand(text, both)).not.toHaveProperty('pick.index');
    const focused = { ...both, focusPlace: { id: 'c2', name: 'Slow Pour Coffee' } };
    expect(understand(text, focused)).toMatchObject({ kind: 'place_details', pick: { index: 1 } });
  });

  it('checks in at the one place of that kind', () => {
    expect(understand('check me in at the healthy place from before', both)).toMatchObject({
      kind: 'check_in',
      pick: { index: 2 },
    });
    expect(understand("i'm at the cafe from the start", food)).toMatchObject({ kind: 'check_in' });
  });
});

describe('a reminder on the day of the session in view', () => {
  const session = new Date('2030-05-08T12:00:00Z'); // Wed 8 May, 13:00 in London
  it.each([
    ['remind me that day at 10 to bring my notes', 'Wed 8 May, 10:00'],
    ['ping me the same morning', 'Wed 8 May, 08:00'],
    ['remind me on the day', 'Wed 8 May, 09:00'],
    ['remind me the day before at 8pm', 'Tue 7 May, 20:00'],
  ])('"%s" is due %s', (text, due) => {
    expect(onEve(text)).toBe(true);
    expect(localTime(eveOf(text, session, now, zone)!.toISOString(), zone)).toBe(due);
  });

  it('keeps what it is about without the day words', () => {
    expect(understand('remind me that day at 10 to bring my notes', {})).toMatchObject({
      kind: 'reminder',
      what: 'bring my notes',
    });
    expect(onEve('remind me the day after tomorrow')).toBe(false);
  });
});

describe('a listed place asked about by name after a search', () => {
  const listed: Memory = { ...cafes, lastSearch: { type: 'coffee', quiet: true, beginner: false } };
  it.each(['what about the slow pour coffee?', 'and slow pour?', 'ok and peaceful grounds, is it quiet?'])(
    '"%s" asks about it, not for places in a city of that name',
    (text) => {
      expect(understand(text, listed).kind).toBe('place_details');
    },
  );
  it('"and in leeds?" is still the same search in Leeds', () => {
    expect(understand('and in leeds?', listed)).toMatchObject({ kind: 'find_places', city: 'leeds' });
  });
});

describe('a listed place picked by its kind alone', () => {
  const mixed: Memory = { places: [...(cafes.places ?? []), ...(gyms.places ?? [])] };
  it.each(['nah the gym one', 'ok the gym one?', 'the gym place'])('"%s" asks about the one gym', (text) => {
    expect(understand(text, mixed)).toMatchObject({ kind: 'place_details', pick: { index: 2 } });
  });
  it('asks nothing of two of that kind', () => {
    expect(understand('the cafe one', mixed)).not.toMatchObject({
      kind: 'place_details',
      pick: { index: 0 },
    });
  });
});

describe('a short Spanish message the language library reads as Portuguese', () => {
  it.each(['cafés cerca?', 'hay gimnasios cerca?'])('"%s" is answered in Spanish', (text) => {
    expect(replyLanguageOf(text, {})).toEqual({ lang: 'es', unsupported: false });
  });
  it.each(['quero um café perto daqui', 'ciao, c’è una palestra vicino?'])(
    '"%s" is still a language it does not speak yet',
    (text) => {
      expect(replyLanguageOf(text, {}).unsupported).toBe(true);
    },
  );
});

describe('a cancellation on the table moved to another session, in other languages', () => {
  const pending: Memory = {
    pending: { tool: 'cancel_mentor_session', input: {} },
    sessions: [
      { id: 's1', mentor: 'Lena Vogel', when: 'tomorrow', day: 'tue' },
      { id: 's2', mentor: 'Tom Whitaker', when: 'Thursday', day: 'thu' },
    ],
  };
  it.each([
    ['es', 'Espera, no, la del jueves. La de mañana la dejo'],
    ['de', 'moment, nein, den am donnerstag. morgen bleibt'],
    ['en', 'hang on, no, the thursday one. tomorrow stays'],
  ] as const)('%s "%s" picks the one said first', (lang, text) => {
    const english = lang === 'en' ? text : glossTraced(text, lang).text;
    const intent = understand(english, pending);
    expect(intent.kind).toBe('cancel_session');
    expect(intent).toMatchObject({ pick: { words: expect.stringContaining('thursday') } });
    expect(intent).not.toMatchObject({ pick: { words: expect.stringContaining('tomorrow') } });
  });
});

describe('what a reminder is about, without its time said in words', () => {
  it.each([
    ['remind me to go there for lunch at half twelve', 'go there for lunch'],
    ['remind me at quarter past 3 to call mum', 'call mum'],
    ['remind me to take my pills at noon', 'take my pills'],
    ['remind me about the half marathon at 6', 'the half marathon'],
  ])('"%s" is about "%s"', (text, what) => {
    expect(understand(text, {})).toMatchObject({ kind: 'reminder', what });
  });
});
