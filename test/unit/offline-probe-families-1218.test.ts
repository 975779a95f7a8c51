import { describe, expect, it } from 'vitest';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { standardEnglish } from '../../src/assistant/providers/offline/regional.ts';
import { reminderChangeIn } from '../../src/assistant/providers/offline/reminder-moves.ts';
import { sessionMoveIn } from '../../src/assistant/providers/offline/session-moves.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { changeWhen, parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { isAffirmative } from '../../src/assistant/turn/proposals.ts';
import { localTime } from '../../src/domain/local-time.ts';

/**
 * Issue 16, the families the 2026-12-18 conversation probe found wrong in the shared English core,
 * tested in other words: hours said in words ("at five", "seventeen hundred", "six-ish"), a
 * greeting that is not the part of the day meant ("Morning! … at 7"), asking what was just done, a
 * mentor of those listed chosen by what they help with, a reminder changed after "scratch that",
 * a move said over a cancellation on the table, yeses with more words, Scots words. The dialogue
 * moves are tested over the socket in test/integration/assistant-moves.test.ts.
 */

const now = new Date('2030-05-06T08:00:00Z');
const zone = 'Europe/London';
const when = (text: string) => {
  const w = parseWhen(text, now, zone);
  return w.at ? localTime(w.at.toISOString(), zone) : w.dayOnly ? 'day only' : w.past ? 'past' : 'none';
};

describe('hours said in words', () => {
  it.each([
    ['friday at six', 'Fri 10 May, 18:00'],
    ['wednesday, four-ish', 'Wed 8 May, 16:00'],
    ['tomorrow around eleven', 'Tue 7 May, 11:00'],
    ['tomorrow at nineteen hundred hours', 'Tue 7 May, 19:00'],
    ['thursday at eight in the evening', 'Thu 9 May, 20:00'],
    ['remind me to ring my sister tomorrow at quarter past seven at night', 'Tue 7 May, 19:15'],
  ])('"%s" is %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it.each(['one of them at the gym', 'in two days', 'for three people', 'can we do one more'])(
    '"%s" names no hour',
    (text) => {
      expect(when(text)).not.toMatch(/\d\d:\d\d/);
    },
  );

  it('changes a time to an hour said in words ("make it twelve", "make it sixteen hundred")', () => {
    const from = new Date('2030-05-07T09:00:00Z');
    const at = (text: string) => changeWhen(text, from, now, zone)?.at?.toISOString();
    expect(at('make it twelve')).toBe('2030-05-07T11:00:00.000Z');
    expect(at('make it sixteen hundred')).toBe('2030-05-07T15:00:00.000Z');
  });
});

describe('a greeting is not the part of the day meant', () => {
  it.each([
    ['Morning! remind me tomorrow at 6 to take the bins out', 'Tue 7 May, 18:00'],
    ['Good evening, book Tom for Friday at 10', 'Fri 10 May, 10:00'],
    ['hey good morning, remind me to stretch tomorrow at quarter past six at night', 'Tue 7 May, 18:15'],
  ])('"%s" is %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('keeps "morning" that says when ("morning at 7 tomorrow")', () => {
    expect(when('morning at 7 tomorrow')).toBe('Tue 7 May, 07:00');
  });
});

describe('asking what was just done', () => {
  it.each([
    ['where did you check me in?', 'check_in'],
    ['which spot did you sign me in at again?', 'check_in'],
    ['did the reminder actually go through?', 'reminder'],
    ['sorry, when was that again?', undefined],
    ['did you book it?', 'booking'],
  ])('"%s" is a recap about %s', (text, about) => {
    expect(understand(text, {})).toEqual({ kind: 'recap', about });
  });

  it('a listed session asked about by its mentor ("when is the one with Amara?")', () => {
    const memory: Memory = {
      sessions: [{ id: 's1', mentor: 'Amara Okafor', when: 'Fri 10 May, 15:00', at: '2030-05-10T14:00:00Z' }],
    };
    expect(understand('when is the one with amara?', memory)).toEqual({ kind: 'recap', about: 'booking' });
    expect(understand('when is my session with amara?', {})).toMatchObject({ kind: 'list_sessions' });
  });

  it('"what time is it?" asks the clock, not what was done', () => {
    expect(understand('what time is it?', {}).kind).not.toBe('recap');
  });
});

describe('a mentor of those listed chosen by what they help with', () => {
  const memory: Memory = {
    awaiting: 'booking_mentor',
    mentors: [
      { id: 'a', name: 'Amara Okafor', meets: 'both', specialization: ['social-anxiety', 'confidence'] },
      {
        id: 's',
        name: 'Siobhán Murphy',
        meets: 'both',
        specialization: ['mindfulness', 'breathing', 'sleep'],
      },
    ],
  };
  it.each(['the one for sleep please', 'that mentor who does the breathing stuff'])(
    '"%s" books that one',
    (text) => {
      expect(understand(text, memory)).toMatchObject({
        kind: 'book_mentor',
        pick: { words: 'siobhan murphy' },
      });
    },
  );
  it('"someone for sleep" still searches', () => {
    expect(understand('someone for sleep', memory).kind).not.toBe('book_mentor');
  });
  it.each([
    ['and is there anyone for nerves about going to the gym?', 'gym anxiety'],
    ['any mentor who helps with gym jitters', 'gym anxiety'],
  ])('"%s" asks for %s', (text, topic) => {
    expect(understand(text, {})).toMatchObject({ specialization: topic });
  });
});

describe('what a reminder is about leaves out what is left of its time', () => {
  it.each([
    ['remind me on friday at 6 pm', undefined],
    ["remind me tomorrow at 8 o'clock", undefined],
    ['remind me at 9 am sharp to stretch', 'stretch'],
    ['remind me on thursday at 7 pm to water the plants', 'water the plants'],
  ])('"%s" is about %s', (text, what) => {
    expect(understand(text, {})).toEqual({ kind: 'reminder', ...(what ? { what } : {}) });
  });
});

describe('a reminder changed after "scratch that"', () => {
  const memory: Memory = { lastReminder: { id: 'r', title: 'call gran', at: '2030-05-07T17:15:00Z' } };
  it.each([
    ['och no, scratch that, make it eighteen hundred', 'move'],
    ['ugh, scratch that, make it 7', 'move'],
    ['oops I meant half past nine, my bad', 'move'],
    ['scratch that', 'cancel'],
  ])('"%s" is a %s', (text, kind) => {
    expect(reminderChangeIn(text, memory)).toEqual({ kind });
  });
});

describe('a move said over a cancellation on the table', () => {
  const memory: Memory = { pending: { tool: 'cancel_mentor_session', input: { sessionId: 's1' } } };
  it.each(['wait, could we move it to friday instead?', 'hold on, can I push it to thursday, same time'])(
    '"%s" moves the session',
    (text) => {
      expect(sessionMoveIn(text, memory)).toBe(true);
      expect(understand(text, memory).kind).not.toBe('cancel_session');
    },
  );
  it('a cancellation with no session known stays as it was', () => {
    expect(
      sessionMoveIn('wait, could we move it to friday instead?', {
        pending: { tool: 'cancel_mentor_session', input: {} },
      }),
    ).toBe(false);
  });
});

describe('yeses with more words', () => {
  it.each([
    ['yes cancel it, sorry for all the fuss', 'cancel_mentor_session'],
    ['ja lekker, book it', 'book_mentor_session'],
    ['great, thanks a lot', 'book_mentor_session'],
    ['perfect, cheers', 'create_reminder'],
  ])('"%s" confirms %s', (text, tool) => {
    expect(isAffirmative(text, tool)).toBe(true);
  });
  it('"yes, and cancel friday" is not a yes to a booking', () => {
    expect(isAffirmative('yes, and cancel friday', 'book_mentor_session')).toBe(false);
  });
});

describe('Scots words', () => {
  it.each([
    ['can ye remind me tae walk ma dug', 'can you remind me to walk ma dug'],
    ['phone ma maw the morra', 'phone my maw tomorrow'],
    ['och naw', 'och no'],
  ])('"%s" reads "%s"', (text, standard) => {
    expect(standardEnglish(text)).toBe(standard);
  });
});
