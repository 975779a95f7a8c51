import { describe, expect, it } from 'vitest';
import { moodIn, scoreAnswer } from '../../src/assistant/mood-words.ts';
import { replyLanguageOf } from '../../src/assistant/providers/offline/i18n/index.ts';
import { sessionMoveIn } from '../../src/assistant/providers/offline/session-moves.ts';
import { changeWhen, parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { asksFor } from '../../src/assistant/turn/consent.ts';

/**
 * Issue 16, this round's follow-ups, matcher by matcher: a booked session moved by chat, a reminder
 * change the user's own words asked for, chrono-node's German parser kept off English, mood scores
 * said in Spanish, French and German, and the conversation's language kept on a short message.
 */

/** Monday 6 May 2030, 09:00 in London. */
const now = new Date('2030-05-06T08:00:00Z');
const zone = 'Europe/London';
const friday3pm = new Date('2030-05-10T14:00:00Z');
const booked = { sessionId: 's1', mentor: 'Amara Okafor', at: friday3pm.toISOString() };

describe('a booked session moved by chat', () => {
  it.each([
    ['move my session with Amara to 5pm', {}],
    ['can you reschedule my appointment to thursday', {}],
    ['move the friday one to 2pm', {}],
    ['push it an hour later', { lastBooked: booked }],
    ['can we do thursday instead', { lastBooked: booked }],
    ['make it 5pm', { lastBooked: booked }],
  ])('"%s" moves one', (text, memory) => {
    expect(sessionMoveIn(text, memory)).toBe(true);
  });

  it.each([
    ['make it 5pm', {}],
    [
      'can we do thursday instead',
      { lastBooked: booked, pending: { tool: 'book_mentor_session', input: {} } },
    ],
    ['remind me an hour later', { lastBooked: booked }],
    ['cancel my session with Amara', {}],
    ['book amara friday at 5pm', {}],
  ])('"%s" moves none', (text, memory) => {
    expect(sessionMoveIn(text, memory)).toBe(false);
  });

  it('keeps what the message does not change', () => {
    const to = (text: string) => changeWhen(text, friday3pm, now, zone)?.at?.toISOString();
    expect(to('move my session with amara to 5pm')).toBe('2030-05-10T16:00:00.000Z');
    expect(to('push it an hour later')).toBe('2030-05-10T15:00:00.000Z');
    expect(to('can we do thursday instead')).toBe('2030-05-09T14:00:00.000Z');
  });
});

describe('a change of a reminder asked for in the user’s own words', () => {
  it.each([
    ['update_reminder', 'change my reminder to 10'],
    ['update_reminder', 'move the water reminder to thursday'],
    ['update_reminder', 'cambia mi recordatorio a las 10'],
    ['update_reminder', 'verschieb meine Erinnerung auf 10 Uhr'],
    ['cancel_reminder', 'cancel the water reminder'],
    ['cancel_reminder', "i don't need that reminder anymore"],
    ['cancel_reminder', 'annule mon rappel'],
    ['cancel_reminder', 'lösche die Erinnerung'],
  ] as const)('%s: "%s" asks for it', (tool, text) => {
    expect(asksFor(tool, text)).toBe(true);
  });

  it.each([
    ['update_reminder', 'actually make it 10'],
    ['update_reminder', 'wait no 8pm'],
    ['cancel_reminder', 'scratch that'],
    ['cancel_reminder', 'cancel my session with Amara'],
  ] as const)('%s: "%s" names no reminder, so it is proposed', (tool, text) => {
    expect(asksFor(tool, text)).toBe(false);
  });

  it('reads a move of a session as asked for only with a move word', () => {
    expect(asksFor('reschedule_mentor_session', 'move my session with Amara to 5pm')).toBe(true);
    expect(asksFor('reschedule_mentor_session', 'can we do thursday instead')).toBe(true);
    expect(asksFor('reschedule_mentor_session', "I can't make friday")).toBe(false);
  });
});

describe('chrono-node’s German, French and Spanish parsers run only on text in that language', () => {
  it.each([
    ['do 4:30', { at: '2030-05-06T15:30:00.000Z' }],
    ['gut so', {}],
    ['ok do 5', {}],
    ['so 3pm then', { at: '2030-05-06T14:00:00.000Z' }],
    ['mo 3pm?', { at: '2030-05-06T14:00:00.000Z' }],
    ['do fr 3pm', { at: '2030-05-06T14:00:00.000Z' }],
  ])('"%s" names no weekday', (text, expected) => {
    const w = parseWhen(text, now, zone);
    expect({
      ...(w.at ? { at: w.at.toISOString() } : {}),
      ...(w.dayNamed ? { dayNamed: true } : {}),
    }).toEqual(expected);
  });

  it('still reads times written in those languages', () => {
    const at = (text: string) => parseWhen(text, now, zone).at?.toISOString();
    expect(at('morgen um 10 Uhr')).toBe('2030-05-07T09:00:00.000Z');
    expect(at('am Freitag um 16 Uhr')).toBe('2030-05-10T15:00:00.000Z');
    expect(at('demain à 15h')).toBe('2030-05-07T14:00:00.000Z');
    expect(at('el viernes a las 16:00')).toBe('2030-05-10T15:00:00.000Z');
  });
});

describe('mood scores said in Spanish, French and German', () => {
  it.each([
    ['stimmung 2', 2],
    ['humeur 3 sur 5', 3],
    ['me siento un 2/5', 2],
    ['heute so 2 von 5', 2],
    ['mon humeur: 2', 2],
    ['mi animo un 3', 3],
    ['meine Stimmung heute 4', 4],
    ['feeling like a 2 today', 2],
  ])('"%s" is %i out of 5', (text, score) => {
    expect(moodIn(text)).toEqual({ score, feeling: `${score}/5` });
  });

  it.each(["i'm 5 minutes away", 'ich bin 5 minuten weg', 'mood swings at 3am?'])(
    '"%s" is no mood',
    (text) => {
      expect(moodIn(text)).toBeUndefined();
    },
  );

  it('reads a bare score as the answer to "from 1 to 5?"', () => {
    expect(['un 2', 'a 3', 'ein 2', 'like a 2 today', '4'].map((t) => scoreAnswer(t)?.score)).toEqual([
      2, 3, 2, 2, 4,
    ]);
    expect(scoreAnswer('at 2')).toBeUndefined();
    expect(scoreAnswer('2 people')).toBeUndefined();
  });

  it('knows sleeping badly in each language', () => {
    expect(["j'ai mal dormi", 'he dormido mal', 'schlecht geschlafen'].map((t) => moodIn(t)?.score)).toEqual([
      2, 2, 2,
    ]);
  });
});

describe('the language of a short message', () => {
  it.each([
    ['ok gracias', undefined, 'es'],
    // A thanks borrowed from another language keeps the conversation's (Swiss German "merci"),
    // unless ELD reads that language too ("gracias" in an English conversation).
    ['merci!', 'es', 'es'],
    ['ja, merci vielmal', 'de', 'de'],
    ['merci!', undefined, 'fr'],
    ['gracias', 'en', 'es'],
    ['danke dir', undefined, 'de'],
    ['ja bitte', 'de', 'de'],
    ['si claro', 'es', 'es'],
    ['a green bowl', 'fr', 'fr'],
    ['ok thanks', 'es', 'es'],
    ['Slow Pour please', 'de', 'de'],
  ] as const)('"%s" in a %s conversation is answered in %s', (text, lang, expected) => {
    expect(replyLanguageOf(text, lang ? { lang } : {})).toEqual({ lang: expected, unsupported: false });
  });

  it('changes language on a message clearly in another one', () => {
    expect(replyLanguageOf('Hi, can you find me a quiet café nearby?', { lang: 'es' }).lang).toBe('en');
    expect(replyLanguageOf('Kannst du mir ein ruhiges Café in der Nähe suchen?', { lang: 'fr' }).lang).toBe(
      'de',
    );
  });
});
