import { describe, expect, it } from 'vitest';
import { gloss } from '../../src/assistant/providers/offline/gloss/index.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { parseDuration, parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { isAffirmative, isNegative } from '../../src/assistant/turn/proposals.ts';

/** Friday 3 May 2030, 10:00 in London (09:00 UTC), 05:00 in New York. */
const now = new Date('2030-05-03T09:00:00Z');
const at = (text: string, zone = 'Europe/London') => parseWhen(text, now, zone).at?.toISOString();

describe('reading times in the user’s own zone', () => {
  it.each([
    ['tomorrow at 3pm', 'Europe/London', '2030-05-04T14:00:00.000Z'],
    ['tomorrow at 3pm', 'America/New_York', '2030-05-04T19:00:00.000Z'],
    ['day after tomorrow at 11', 'Europe/London', '2030-05-05T10:00:00.000Z'],
    ['tomorrow at 3:30', 'Europe/London', '2030-05-04T14:30:00.000Z'],
    ['Friday 10:30', 'Europe/London', '2030-05-03T09:30:00.000Z'],
    ['friday at 8:30', 'Europe/London', '2030-05-10T07:30:00.000Z'],
    ['next monday 9am', 'Europe/London', '2030-05-06T08:00:00.000Z'],
    ['on Sunday at noon', 'Australia/Sydney', '2030-05-05T02:00:00.000Z'],
    ['tonight at 8', 'Europe/London', '2030-05-03T19:00:00.000Z'],
    ['at 5', 'Europe/London', '2030-05-03T16:00:00.000Z'],
    ['at 9', 'Europe/London', '2030-05-04T08:00:00.000Z'],
    ['in 20 minutes', 'Europe/London', '2030-05-03T09:20:00.000Z'],
    ['in an hour', 'Europe/London', '2030-05-03T10:00:00.000Z'],
    ['in half an hour', 'Europe/London', '2030-05-03T09:30:00.000Z'],
  ])('%s in %s is %s', (text, zone, expected) => {
    expect(at(text, zone)).toBe(expected);
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    // London moves to BST on Sunday 31 March 2030: 15:00 that day is 14:00 UTC, the day before 15:00 UTC.
    const before = new Date('2030-03-29T12:00:00Z');
    expect(parseWhen('tomorrow at 3pm', before, 'Europe/London').at?.toISOString()).toBe(
      '2030-03-30T15:00:00.000Z',
    );
    expect(parseWhen('sunday at 3pm', before, 'Europe/London').at?.toISOString()).toBe(
      '2030-03-31T14:00:00.000Z',
    );
  });

  it('knows a day without a time, "now", and no time at all', () => {
    expect(parseWhen('tomorrow', now, 'UTC')).toMatchObject({ dayOnly: true, dayNamed: true });
    expect(parseWhen('tomorrow', now, 'UTC').at).toBeUndefined();
    expect(parseWhen('right now please', now, 'UTC')).toEqual({ at: now, now: true });
    expect(parseWhen('book a mentor', now, 'UTC')).toEqual({});
  });

  it('reads durations', () => {
    expect(parseDuration('for 30 minutes')).toBe(30);
    expect(parseDuration('half an hour')).toBe(30);
    expect(parseDuration('an hour and a half')).toBe(90);
    expect(parseDuration('for 45 mins')).toBe(45);
    expect(parseDuration('tomorrow at 3')).toBeUndefined();
  });
});

describe('yes and no to a proposal', () => {
  it.each(['yes', 'Yes please!', 'yep', 'sure, go ahead', 'ok', 'sounds good', 'do it', "yes, that's right"])(
    '"%s" confirms anything',
    (text) => expect(isAffirmative(text, 'book_mentor_session')).toBe(true),
  );
  it('accepts naming the action only for that action', () => {
    expect(isAffirmative('book it', 'book_mentor_session')).toBe(true);
    expect(isAffirmative('cancel it', 'cancel_mentor_session')).toBe(true);
    expect(isAffirmative('cancel it', 'book_mentor_session')).toBe(false);
    expect(isAffirmative('book it', 'cancel_mentor_session')).toBe(false);
  });
  it.each([
    ['sí porfa', 'book_mentor_session'],
    ['genial, sí', 'book_mentor_session'],
    ["oui c'est bon", 'book_mentor_session'],
    ['sí, cancélala', 'cancel_mentor_session'],
    ['ja, absagen', 'cancel_mentor_session'],
    ['yep thats it', 'create_reminder'],
  ])('"%s" is a yes to %s, in any of the four languages', (text, tool) =>
    expect(isAffirmative(text, tool)).toBe(true),
  );
  it('takes the words of the proposal itself as part of a yes, and another act’s verb as a new request', () => {
    const summary = 'Book a 60-minute virtual session with Tom Whitaker on Fri 10 May, 15:00';
    expect(isAffirmative('ok, go ahead with the Tom booking', 'book_mentor_session', summary)).toBe(true);
    expect(isAffirmative('ok, go ahead with the Amara booking', 'book_mentor_session', summary)).toBe(false);
    expect(isAffirmative('sí, cancélala', 'book_mentor_session', summary)).toBe(false);
    expect(isAffirmative('ja, absagen', 'book_mentor_session', summary)).toBe(false);
  });
  it.each(['yes but at 4pm instead', 'what about Friday?', 'maybe', 'yesterday was hard'])(
    '"%s" is not a plain yes',
    (text) => expect(isAffirmative(text, 'book_mentor_session')).toBe(false),
  );
  it.each(['no', 'No thanks', 'not now', 'wait', 'nope, never mind'])('"%s" declines', (text) =>
    expect(isNegative(text)).toBe(true),
  );
});

describe('what the offline companion makes of a message', () => {
  const kind = (text: string) => understand(text, {}).kind;
  it.each([
    ["I'm scared of the gym, who can help?", 'gym anxiety'],
    ['which mentor helps with panic attacks?', 'panic attacks'],
    ['I get nervous talking to people, is there a mentor for that?', 'social anxiety'],
    ['is there a mentor who teaches breathing techniques?', 'breathing'],
    ['mentor for beginner fitness', 'beginner fitness'],
  ])('"%s" asks for a mentor in %s', (text, topic) =>
    expect(understand(text, {})).toMatchObject({ kind: 'find_mentor', specialization: topic }),
  );
  it('changes one part of the last search, found or not: a city, the kind of place, or around the phone', () => {
    const memory = {
      lastSearch: { type: 'gym' as const, quiet: false, beginner: false, city: 'manchester' },
    };
    expect(understand('and in sydney', memory)).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      city: 'sydney',
    });
    expect(understand('and cafes there?', memory)).toMatchObject({
      kind: 'find_places',
      type: 'coffee',
      city: 'manchester',
    });
    expect(understand("sorry no, near me – I've shared my location now", memory)).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      city: undefined,
    });
  });
  it('reads "check me in there" after a search as a check-in at the place in view, not another search', () => {
    const memory = { lastSearch: { type: 'coffee' as const, quiet: true, beginner: false } };
    expect(understand('check me in there', memory)).toMatchObject({ kind: 'check_in', place: undefined });
    expect(understand(gloss('check mich da ein', 'de'), memory)).toMatchObject({ kind: 'check_in' });
  });
  it.each([
    ['registra mi ánimo: bastante bajo', 'es', 'mood'],
    ['note mon humeur : plutôt bas', 'fr', 'mood'],
    ['trag meine Stimmung ein: ziemlich mies', 'de', 'mood'],
    ["j'ai la poitrine serrée, je respire mal, mon cœur s'emballe", 'fr', 'exercise'],
    ['meine Brust ist eng, ich krieg kaum Luft, Herzrasen', 'de', 'exercise'],
    ['estoy agobiadísima, todo es demasiado', 'es', 'exercise'],
    ['Fitnessstudio für Anfänger', 'de', 'find_places'],
    ['une salle de sport pas trop intimidante', 'fr', 'find_places'],
  ] as const)('"%s" (%s) is read as %s', (text, lang, kind) =>
    expect(understand(gloss(text, lang), {}).kind).toBe(kind),
  );
  it.each([
    ['que sesiones tengo?', 'es'],
    ["j'ai quoi comme séances ?", 'fr'],
    ['welche Termine hab ich?', 'de'],
  ] as const)('"%s" asks for the sessions booked', (text, lang) =>
    expect(understand(gloss(text, lang), {}).kind).toBe('list_sessions'),
  );
  it.each([
    ['any quiet cafés near me?', 'find_places'],
    ['find a beginner friendly gym in Manchester', 'find_places'],
    ['where can I get a smoothie', 'find_places'],
    ['check me in at Quiet Beans', 'check_in'],
    ["I'm at the gym, feeling anxious", 'check_in'],
    ["what's my streak", 'journey'],
    ['what level am I', 'journey'],
    ['any rewards?', 'rewards'],
    ['I need a mentor for social anxiety', 'find_mentor'],
    ['book a mentor tomorrow at 3pm', 'book_mentor'],
    ['cancel my session with Sam', 'cancel_session'],
    ['when is my next session?', 'list_sessions'],
    ['remind me to drink water in 20 minutes', 'reminder'],
    ['hello', 'greeting'],
    ['thanks!', 'thanks'],
    ['are you a bot?', 'identity'],
    ['what can you do?', 'help'],
    ["I'm feeling anxious today", 'mood'],
    ['feeling 2/5 today', 'mood'],
    ['can we do a breathing exercise?', 'exercise'],
    ['the capital of Peru', 'unknown'],
  ])('"%s" is %s', (text, expected) => expect(kind(text)).toBe(expected));

  it('reads the place, the mood and the filters', () => {
    expect(understand('Check me in at Quiet Beans, feeling calm', {})).toMatchObject({
      kind: 'check_in',
      place: 'Quiet Beans',
      mood: 'calm',
    });
    expect(understand('quiet beginner gyms in Manchester open now', {})).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      quiet: true,
      beginner: true,
      openNow: true,
      city: 'manchester',
    });
  });

  it('reads an answer in the light of the question it asked', () => {
    const places = [
      { id: 'a', name: 'Riverside Café' },
      { id: 'b', name: 'Riverside Gym' },
    ];
    expect(understand('the second one', { awaiting: 'check_in_place', places })).toMatchObject({
      kind: 'check_in',
      pick: { index: 1 },
    });
    expect(understand('Leeds', { awaiting: 'location' })).toEqual({ kind: 'location_answer', city: 'leeds' });
    expect(understand('tomorrow at 9', { awaiting: 'booking_time' }).kind).toBe('book_mentor');
    expect(understand("what's my streak?", { awaiting: 'booking_time' }).kind).toBe('journey');
  });
});
