import { describe, expect, it } from 'vitest';
import { fold, mentionedIn } from '../../src/assistant/providers/offline/names.ts';
import { parseWhen } from '../../src/assistant/providers/offline/when.ts';

describe('names as people write them (fuse.js)', () => {
  const mentors = ['Amara Okafor', 'Tom Whitaker', 'Priya Shah'];
  const places = ['Peaceful Grounds Café', 'Quiet Beans', 'The Reading Room Coffee'];
  const id = (s: string) => s;

  it('folds case, accents and punctuation', () => {
    expect(fold("Café  Müller's!")).toBe('cafe mullers');
  });

  it('finds a name in full, in part, without accents or with a typo', () => {
    expect(mentionedIn(mentors, 'book with tom whitacker friday', id)).toEqual({ match: 'Tom Whitaker' });
    expect(mentionedIn(mentors, 'with mr whitacker please', id)).toEqual({ match: 'Tom Whitaker' });
    expect(mentionedIn(places, 'check me in at peaceful grounds cafe', id)).toEqual({
      match: 'Peaceful Grounds Café',
    });
    expect(mentionedIn(places, "i'm at quiet bean", id)).toEqual({ match: 'Quiet Beans' });
  });

  it('asks rather than guesses between two, and finds nothing in words that name nobody', () => {
    expect(mentionedIn(mentors, 'priya or amara?', id)).toEqual({ ambiguous: expect.any(Array) });
    expect(mentionedIn(mentors, 'book me a mentor for friday', id)).toBeUndefined();
    expect(mentionedIn(places, 'check me in at the cafe', id)).toBeUndefined();
  });
});

describe('times as people write them (own rules, then chrono-node)', () => {
  const now = new Date('2030-05-06T08:00:00Z'); // Monday 09:00 in London
  const at = (text: string) => parseWhen(text, now, 'Europe/London');

  it('keeps what the own rules know ("at 3" is the afternoon)', () => {
    expect(at('friday at 3').at?.toISOString()).toBe('2030-05-10T14:00:00.000Z');
    expect(at('tomorrow')).toMatchObject({ dayOnly: true, day: { year: 2030, month: 5, day: 7 } });
    expect(at('tomorrow').at).toBeUndefined();
    expect(at('now')).toMatchObject({ now: true });
  });

  it('reads German, French and Spanish, and dates the own rules do not know', () => {
    expect(at('morgen um 10 Uhr').at?.toISOString()).toBe('2030-05-07T09:00:00.000Z');
    expect(at('demain à 15h').at?.toISOString()).toBe('2030-05-07T14:00:00.000Z');
    expect(at('el viernes a las 16:00').at?.toISOString()).toBe('2030-05-10T15:00:00.000Z');
    expect(at('on May 20 at 9:30').at?.toISOString()).toBe('2030-05-20T08:30:00.000Z');
  });

  it('says a time has passed instead of moving it', () => {
    expect(at('yesterday at 4pm')).toEqual({ past: true, time: { hour: 16, minute: 0 } });
    expect(at('gestern um 16 Uhr')).toEqual({ past: true, time: { hour: 16, minute: 0 } });
  });
});
