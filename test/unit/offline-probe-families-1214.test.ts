import { describe, expect, it } from 'vitest';
import { moodIn } from '../../src/assistant/mood-words.ts';
import { undictated } from '../../src/assistant/providers/offline/dictation.ts';
import { chosen } from '../../src/assistant/providers/offline/flow.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { spelled } from '../../src/assistant/providers/offline/spelling.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { localDate, parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { isAffirmative } from '../../src/assistant/turn/proposals.ts';

/**
 * Issue 16, the families the 2026-12-14 conversation probe found wrong in the shared English core
 * (71.2% blind: voice dictation, fragments answering the companion, corrections, formal and
 * regional users), tested in other words: punctuation and hours said aloud, a part of the day
 * between the day and the hour, scores in words, formal, regional and apologetic yeses, "the gym
 * one", a search put right. The Spanish, French and German glosses have their own files.
 */

const now = new Date('2026-05-06T08:00:00Z'); // Wednesday 6 May 2026, 09:00 in London
const zone = 'Europe/London';
const at = (text: string) => {
  const when = parseWhen(undictated(spelled(text, 'en')), now, zone).at;
  if (!when) return undefined;
  const d = localDate(when, zone);
  return `${d.day} ${d.hour}:${String(d.minute).padStart(2, '0')}`;
};

describe('what a voice keyboard writes', () => {
  it.each([
    ['set a reminder at ten p.m. to stretch', '6 22:00'],
    ['tomorrow at six thirty a.m. please', '7 6:30'],
    ['monday at four o clock', '11 16:00'],
    ['saturday at twelve in the afternoon', '9 12:00'],
    ['friday, 7 in the morning', '8 7:00'],
    ['tomorrow around eleven', '7 11:00'],
    ['thursday quarter past six in the evening', '7 18:15'],
    ['tomorrow at quarter to nine in the morning', '7 8:45'],
  ])('"%s" is day and hour %s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });

  it('reads punctuation said aloud where it ends a clause, and keeps "period" as a word', () => {
    expect(undictated('remind me at 5 to water the plants period')).toBe(
      'remind me at 5 to water the plants.',
    );
    expect(undictated('is it quiet question mark')).toBe('is it quiet?');
    expect(undictated('find a gym comma not too busy')).toBe('find a gym, not too busy');
    expect(undictated('my period started so staying in')).toBe('my period started so staying in');
    expect(undictated('the trial period ends tomorrow')).toBe('the trial period ends tomorrow');
  });

  it('leaves numbers that are not hours alone', () => {
    expect(undictated('at ten minutes past')).toBe('at ten minutes past');
    expect(undictated('give me two or three cafés')).toBe('give me two or three cafés');
  });

  it('reads the reminder behind a dictated hour', () => {
    expect(understand(undictated('remind me at eight p.m. to call grandma period'), {})).toEqual({
      kind: 'reminder',
      what: 'call grandma',
    });
  });
});

describe('a part of the day between the day and the hour', () => {
  it.each([
    ['monday morning, 9 if that works', '11 9:00'],
    ['saturday afternoon 3ish', '9 15:00'],
    ['tomorrow evening, 8', '7 20:00'],
    ['this arvo at 2', '6 14:00'],
  ])('"%s" is %s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });
});

describe('scores said in words', () => {
  it.each([
    ['put me down as two out of five today', 2],
    ['honestly four of five', 4],
    ['ponme un seis de diez', 3],
    ['aujourd’hui deux sur cinq', 2],
    ['heute eher vier von fünf', 4],
  ])('"%s" is a mood of %i', (text, score) => {
    expect(moodIn(text)?.score).toBe(score);
  });
});

describe('yeses as people say them', () => {
  it.each([
    'yes, that would be lovely, thank you kindly',
    'wonderful, yes please',
    'sorry yes, go ahead',
    'grand, yes',
    'too easy',
    'sí, se lo agradezco',
    'ta bien, dale',
    "oui, c'est juste",
    'oui je vous en prie',
    'ja, haben Sie Dank',
    'oui, allez-y',
    "oui s'il vous plaît",
    'avec plaisir',
    'ça joue',
  ])('"%s" confirms a booking', (text) => {
    expect(isAffirmative(text, 'book_mentor_session', 'Book a session with Amara Okafor')).toBe(true);
  });

  it('takes a mistyped "cancel" as a yes to a cancellation only', () => {
    expect(isAffirmative('yes cancle it, sorry', 'cancel_mentor_session')).toBe(true);
    expect(isAffirmative('yes cancle it, sorry', 'book_mentor_session')).toBe(false);
  });

  it('is not fooled by an apology alone', () => {
    expect(isAffirmative('sorry', 'book_mentor_session')).toBe(false);
    expect(isAffirmative('it would be a bother, no', 'book_mentor_session')).toBe(false);
  });
});

describe('the place meant', () => {
  const memory: Memory = {
    places: [
      { id: 'a', name: 'Bean There', type: 'coffee' },
      { id: 'b', name: 'Iron Lotus', type: 'gym' },
      { id: 'c', name: 'Leaf & Loaf', type: 'nutrition' },
    ],
  };

  it('takes "the gym one" for the one gym listed', () => {
    expect(understand('no the gym one please', memory)).toMatchObject({
      kind: 'place_details',
      pick: { index: 1 },
    });
    expect(understand('ok the healthy food one', memory)).toMatchObject({
      kind: 'place_details',
      pick: { index: 2 },
    });
  });

  it('searches for the kind asked for when a search is put right', () => {
    expect(understand('oops i meant a gym, not a cafe', {})).toMatchObject({
      kind: 'find_places',
      type: 'gym',
    });
    expect(understand('a café rather than a gym, somewhere to write', {})).toMatchObject({
      kind: 'find_places',
      type: 'coffee',
    });
  });
});

describe('a reminder written as a note', () => {
  it.each([
    ['remind me 6pm: water the plants', 'water the plants'],
    ['reminder friday 10am: pharmacy', 'pharmacy'],
    ['new reminder - stretch at 5pm', 'stretch'],
  ])('"%s" is about %s', (text, what) => {
    expect(understand(text, {})).toEqual({ kind: 'reminder', what });
  });
});

describe('a listed place is chosen by a word that names it', () => {
  const listed = [{ name: 'The Quiet Gym' }, { name: 'Beginner Fitness Hub' }];
  const pickOf = (words: string) => chosen(listed, { words }, (p) => p.name)?.name;

  it('never by its article: another place named while choosing checks nobody in there', () => {
    expect(pickOf('no sorry, the slow pour')).toBeUndefined();
    expect(pickOf('the green bowl one')).toBeUndefined();
  });

  it('still by its own words', () => {
    expect(pickOf('the quiet one')).toBe('The Quiet Gym');
    expect(pickOf('beginner please')).toBe('Beginner Fitness Hub');
  });
});
