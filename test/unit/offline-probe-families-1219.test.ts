import { describe, expect, it } from 'vitest';
import { moodIn } from '../../src/assistant/mood-words.ts';
import { replyLanguageOf } from '../../src/assistant/providers/offline/i18n/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { mentorAboutIn } from '../../src/assistant/providers/offline/mentor-about.ts';
import { reminderChangeIn } from '../../src/assistant/providers/offline/reminder-moves.ts';
import { sessionByName, sessionMoveIn } from '../../src/assistant/providers/offline/session-moves.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { byHourSaid, onThatDay, parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { isAffirmative } from '../../src/assistant/turn/proposals.ts';
import { localTime } from '../../src/domain/local-time.ts';

/**
 * Issue 16, the families the 2026-12-19 conversation probe found wrong in the shared English core,
 * tested in other words: a session pointed out by its hour ("the 10am one"), a mentor asked about
 * by name before booking ("who's Amara?", "is Siobhán the one for sleep?"), a span of hours or
 * "after work" asked back instead of guessed, a time given with its reason ("I finish at 6 so
 * 6:30"), "an hour and a half", "by 7", a reminder put back after it was cancelled, "that same
 * day", a session named by its mentor and moved "same time", a mood logged in words ("log that I'm
 * a bit better"), one-word asks ("breathing?", "appointments?"), points asked for, and a message
 * the language library reads as Dutch answered in German. The moves are also run over the socket
 * by the conversation evaluation (test/eval/conversation-probes/2026-12-19.jsonl).
 */

const now = new Date('2030-05-06T08:00:00Z');
const zone = 'Europe/London';
const when = (text: string) => {
  const w = parseWhen(text, now, zone);
  return w.at ? localTime(w.at.toISOString(), zone) : w.dayOnly ? 'day only' : w.past ? 'past' : 'none';
};

const sessions = [
  { id: 'a', mentor: 'Amara Okafor', when: 'Tue 7 May, 16:00' },
  { id: 't', mentor: 'Tom Whitaker', when: 'Thu 9 May, 10:00' },
  { id: 's', mentor: 'Siobhán Murphy', when: 'Thu 9 May, 16:30' },
];

describe('a session pointed out by its hour', () => {
  it.each([
    ['cancel the 10am one', ['t']],
    ['the one at 10 please', ['t']],
    ["drop my 10 o'clock", ['t']],
    ['the session at 4:30', ['s']],
    ['the one at 4', ['a']],
    ['the 16:00 one', ['a']],
  ])('"%s" is %j', (text, ids) => {
    expect(byHourSaid(sessions, text).map((s) => s.id)).toEqual(ids);
  });

  it.each(['my 3 kids are off school', 'the 2 of us', 'cancel the one with Tom', 'in 4 hours'])(
    '"%s" points at no hour',
    (text) => {
      expect(byHourSaid(sessions, text)).toEqual([]);
    },
  );
});

describe('a mentor asked about by name', () => {
  const listed: Memory = {
    mentors: [{ id: 's', name: 'Siobhán Murphy', meets: 'both', specialization: ['sleep'] }],
    focusMentor: { id: 's', name: 'Siobhán Murphy' },
  };
  it.each([
    ["who's Amara Okafor?", 'amara okafor'],
    ['what does Lena actually do?', 'lena'],
    ['what is Tom good for', 'tom'],
    ['does Amara help with confidence stuff? ', 'amara'],
    ['is Dr Murphy the one who does sleep?', 'murphy'],
  ])('"%s" asks about %s', (text, who) => {
    expect(mentorAboutIn(text.toLowerCase(), {})).toMatchObject({ kind: 'mentor_about', who });
  });

  it('"is he the gym one?" asks about the mentor in view', () => {
    expect(mentorAboutIn('wait, is she the sleep one?', listed)).toMatchObject({
      who: 'she',
      topic: 'sleep',
    });
    expect(mentorAboutIn('is amara the confidence mentor?', {})).toMatchObject({ who: 'amara' });
    expect(mentorAboutIn('is this the right one?', listed)).toBeUndefined();
  });

  it('a pronoun asks about the mentor in view, and the topic asked is kept', () => {
    expect(mentorAboutIn("what's she good for, sleep?", listed)).toMatchObject({
      who: 'she',
      topic: 'sleep',
    });
    expect(mentorAboutIn("what's she good for?", {})).toBeUndefined();
  });

  it.each([
    'what does it do',
    "who's free on friday",
    "who's coming tonight?",
    'who is responsible for this',
    'who is online now',
    'who is good for sleep',
    'what does this app do',
    'is the quiet gym the one with showers?',
  ])('"%s" asks about no mentor by name', (text) => {
    expect(understand(text, {}).kind).not.toBe('mentor_about');
  });

  it('is not a panic exercise ("is Lena the one for panic attacks?")', () => {
    expect(understand('is lena the one for panic attacks?', {}).kind).toBe('mentor_about');
  });
});

describe('times asked back rather than guessed', () => {
  it.each([
    'book Amara on thursday between 1 and 3',
    'thursday from 10 to 12',
    'thursday 2-4pm',
    'thursday between 14:00 and 16:00',
  ])('"%s" names the day, not an hour', (text) => {
    expect(when(text)).toBe('day only');
  });

  it('"after work" for a reminder is asked, with what it is about kept', () => {
    expect(understand('remind me to water the plants once I get home from work', {})).toMatchObject({
      kind: 'reminder',
    });
    expect(when('remind me to call the bank tonight after work')).toBe('Mon 6 May, 18:00');
  });

  it.each([
    ["I'm off at 5, so make it half 5", 'Mon 6 May, 17:30'],
    ['class ends at 8pm so 8:45', 'Mon 6 May, 20:45'],
    ['in an hour and a half', 'Mon 6 May, 10:30'],
    ['tomorrow by 6am', 'Tue 7 May, 06:00'],
  ])('"%s" is %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('the earliest hour that suits is that hour on the day said, else kept for the day asked', () => {
    expect(when('the earliest you have on friday, but no earlier than 11')).toBe('Fri 10 May, 11:00');
    expect(when('thursday asap, 9:30 at the earliest')).toBe('Thu 9 May, 09:30');
    expect(parseWhen('friday please, but no earlier than 11', now, zone)).toMatchObject({
      dayOnly: true,
      time: { hour: 11, minute: 0 },
    });
    expect(parseWhen('a session with Tom this week, not before 2pm', now, zone)).toEqual({
      time: { hour: 14, minute: 0 },
    });
    expect(when('not before the weekend')).not.toMatch(/\d\d:\d\d/);
  });

  it('"that same day" is the day of what is in view', () => {
    const at = '2030-05-09T09:00:00.000Z';
    expect(when(onThatDay('book Tom that same day at 3pm', at, zone))).toBe('Thu 9 May, 15:00');
    expect(when(onThatDay('book Tom at 3pm', at, zone))).toBe('Mon 6 May, 15:00');
  });
});

describe('reminders changed, put back, repeated', () => {
  const set: Memory = { lastReminder: { id: 'r', title: 'Stretch', at: '2030-05-06T17:00:00.000Z' } };
  it.each(['better make it 7', 'rather 7:30', 'no, rather in three hours'])(
    '"%s" moves the one just set',
    (text) => {
      expect(reminderChangeIn(text, set)).toEqual({ kind: 'move' });
    },
  );

  it('"and one on friday at the same time" is another of the same', () => {
    expect(understand('and one on friday at the same time', set)).toEqual({
      kind: 'reminder',
      what: 'Stretch',
    });
  });
});

describe('a session named by its mentor and moved', () => {
  it.each(['the Amara one, can we do thursday instead', 'and the one with Tom, friday, same time'])(
    '"%s" moves that session with none in view',
    (text) => {
      expect(sessionMoveIn(text, {})).toBe(true);
    },
  );

  it.each([
    ['the tom one', 'tom'],
    ['the session with amara', 'amara'],
    ['the first one', undefined],
    ['the friday one', undefined],
    ['the cafe one, can we go there instead', undefined],
  ])('"%s" names %s', (text, name) => {
    expect(sessionByName(text)).toBe(name);
  });
});

describe('a mood logged in words', () => {
  it.each([
    ["jot down that I'm a little down", 2],
    ["log that I'm feeling a touch better", 4],
    ['log my mood as pretty good', 4],
  ])('"%s" logs a mood of %i', (text, score) => {
    expect(understand(text, {})).toMatchObject({ kind: 'mood', mood: { score } });
  });

  it('"a bit" is no place ("I\'m a bit down" is a feeling, "je suis à la gare" is not)', () => {
    expect(moodIn("I'm a bit low today")).toMatchObject({ score: 2 });
    expect(moodIn('je suis a la gare')).toBeUndefined();
  });

  it('"note that my bus is late" logs nothing and asks nothing', () => {
    expect(understand('note that my bus is late', {}).kind).toBe('unknown');
  });
});

describe('one-word asks, points, a yes said formally', () => {
  it.each([
    ['breathwork?', 'exercise'],
    ['maybe some grounding', 'exercise'],
    ['appointments?', 'list_sessions'],
    ['bookings', 'list_sessions'],
    ['will I earn any points for this?', 'rewards'],
    ['how many stamps do I have', 'rewards'],
  ])('"%s" is %s', (text, kind) => {
    expect(understand(text, {}).kind).toBe(kind);
  });

  it('"please proceed" is a yes, "sí, procede" too', () => {
    expect(isAffirmative('Yes, please proceed.', 'book_mentor_session')).toBe(true);
    expect(isAffirmative('sí, procede', 'book_mentor_session')).toBe(true);
    expect(isAffirmative('please proceed with the other one', 'book_mentor_session')).toBe(false);
  });
});

describe('a message read as another language than ours', () => {
  it('is answered in the one language of ours whose words it holds', () => {
    expect(replyLanguageOf('Was macht Tom Whitaker?', {}).lang).toBe('de');
    expect(replyLanguageOf('ok thanks', {}).lang).toBe('en');
  });
});
