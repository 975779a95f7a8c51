import { describe, expect, it } from 'vitest';
import { requestsIn } from '../../src/assistant/providers/offline/compound.ts';
import { gloss } from '../../src/assistant/providers/offline/gloss/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { glossReader } from '../helpers/gloss.ts';

/**
 * The families the 2026-12-14 conversation probe found wrong in German (69.9% blind), tested in
 * other words: the clock said in words and dictated ("zehn vor sechs abends", Austrian "viertel
 * drei", "um neunzehn Uhr fünfzehn"), punctuation spoken into a phone ("Punkt", "Komma",
 * "Fragezeichen"), polite requests, mentors asked for by topic in other words, fragments that lean
 * on the turn before, progress, rewards, sessions and moves asked in other words, and two requests
 * in one message.
 */

const { when, glossed } = glossReader('de');
const read = (text: string, memory: Memory = {}) => understand(gloss(text, 'de'), memory);

describe('the clock said in words', () => {
  it.each([
    ['morgen um zehn vor sechs abends', 'Tue 7 May, 17:50'],
    ['am Donnerstag um dreiviertel neun abends', 'Thu 9 May, 20:45'],
    ['übermorgen um viertel drei am Nachmittag', 'Wed 8 May, 14:15'],
    ['Freitag um zwanzig nach zehn', 'Fri 10 May, 10:20'],
    ['morgen um fünf vor halb fünf nachmittags', 'Tue 7 May, 16:25'],
    ['am Mittwoch um neunzehn Uhr fünfzehn', 'Wed 8 May, 19:15'],
    ['heute um sechzehn Uhr', 'Mon 6 May, 16:00'],
    ['morgen um Punkt acht Uhr abends', 'Tue 7 May, 20:00'],
    ['Donnerstag um zwölf Uhr mittags', 'Thu 9 May, 12:00'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('keeps a quarter of an hour a duration, not a time', () => {
    expect(glossed('in einer Viertelstunde')).toBe('in 15 minutes');
    expect(glossed('eine viertel Stunde warten')).not.toMatch(/\d/);
  });
});

describe('punctuation spoken into a phone', () => {
  it('reads it as the sign at a clause end, and "Punkt acht" as a time', () => {
    expect(glossed('erinnere mich morgen um neun an die Post Punkt')).toBe(
      'remind me about post tomorrow at 9.',
    );
    expect(glossed('wo ist das nächste Café Fragezeichen')).toMatch(/\?$/);
    expect(glossed('hallo Komma such mir ein Café')).toMatch(/^hello,/);
    expect(when('morgen Punkt neun Uhr')).toBe('Tue 7 May, 09:00');
  });

  it('splits two dictated sentences, each with its own time', () => {
    const parts = requestsIn(
      gloss('erinnere mich um sieben an den Abwasch Punkt zeig mir meine Serie Punkt', 'de'),
      {},
    );
    expect(parts?.map((p) => understand(p, {}).kind)).toEqual(['reminder', 'journey']);
    expect(parts?.[0]).toMatch(/at 7/);
  });
});

describe('polite requests', () => {
  it.each([
    'Ich hätte gerne gewusst, ob Frau Okafor am Freitag um elf Zeit hat',
    'Dürfte ich Sie bitten, mir bei Herrn Whitaker für Montag um neun einen Termin auszumachen?',
  ])('"%s" books', (text) => {
    expect(read(text).kind).toBe('book_mentor');
  });

  it.each([
    ['Hätten Sie die Güte, mich morgen um acht an den Arzt zu erinnern?', 'reminder'],
    ['Könnten Sie mir bitte sagen, wie weit ich inzwischen bin?', 'journey'],
    ['Würden Sie bitte meinen Termin am Donnerstag stornieren?', 'cancel_session'],
  ] as const)('"%s" is %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('reads what the reminder is about without the infinitive', () => {
    expect(read('Hätten Sie die Güte, mich heute um vier an die Post zu erinnern?')).toEqual({
      kind: 'reminder',
      what: 'post',
    });
  });
});

describe('mentors asked for by topic in other words', () => {
  it.each([
    ['gäbe es vielleicht jemanden, mit dem ich Expositionsübungen üben könnte?', 'exposure practice'],
    ['ich würde gern mit jemandem über Meditation reden', 'mindfulness'],
    ['wer hilft bei sozialen Ängsten?', 'social anxiety'],
    ['gibt es jemanden für Einsteiger beim Training?', 'beginner fitness'],
    ['ich will endlich wieder mit Sport anfangen, kennst du wen?', 'beginner fitness'],
  ])('"%s" looks for %s', (text, topic) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: topic });
  });
});

describe('fragments that lean on the turn before', () => {
  it.each([
    ['und für Schlaf?', 'sleep'],
    ['oder bei Panikattacken?', 'panic attacks'],
  ])('"%s" asks mentors for %s', (text, topic) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: topic });
  });

  it('reads "das andre" and "das ruhige" as places pointed at', () => {
    expect(glossed('nö, das andre')).toMatch(/the other one/);
    expect(glossed('dann doch das andere, das ruhige')).toMatch(/the other one, the quiet one/);
  });

  it('reads a search corrected by the kind of place meant', () => {
    expect(read('sorry, ich hab ein Kaffeehaus gemeint, kein Fitnessstudio')).toMatchObject({
      kind: 'find_places',
      type: 'coffee',
    });
    expect(read('ich meinte ein Fitnessstudio')).toMatchObject({ kind: 'find_places', type: 'gym' });
    expect(read('ich hab halt Angst vorm Training').kind).not.toBe('find_places');
  });
});

describe('progress, rewards, sessions and moves in other words', () => {
  it.each([
    ['wie weit bin ich denn jetzt?', 'journey'],
    ['zeig mal, was ich bisher erreicht hab', 'journey'],
    ['wo steh ich gerade?', 'journey'],
    ['hab ich mir schon was verdient?', 'rewards'],
    ['zeig mir die Belonungen', 'rewards'],
    ['hab ich morgen eigentlich einen Termin?', 'list_sessions'],
    ['steht der Termin mit Tom am Freitag noch?', 'list_sessions'],
    ['wann genau ist nochmal mein Termin?', 'list_sessions'],
    ['welche Uhrzeit hat der Termin bei ihm?', 'list_sessions'],
    ['kannst du den Termin am Mittwoch stornirn', 'cancel_session'],
  ] as const)('"%s" is %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('reads a move with its verb last', () => {
    expect(glossed('kannst du sie mir auf Donnerstag zur selben Zeit legen?')).toMatch(
      /move it to thursday same time/,
    );
    expect(glossed('bitte den Termin auf Montag verschieben')).toMatch(/move my session to monday/);
  });

  it('does not take a free slot asked about for a session of ones own', () => {
    expect(read('ist der Termin mit Tom morgen noch frei?').kind).not.toBe('list_sessions');
  });
});

describe('two requests in one message', () => {
  it.each([
    ['erinnere mich um drei an die Pause und such mir ein ruhiges Café', ['reminder', 'find_places']],
    ['mir geht es mies, trag das als Stimmung ein und mach eine Atemübung mit mir', ['mood', 'exercise']],
  ] as const)('"%s" is %s', (text, kinds) => {
    const parts = requestsIn(gloss(text, 'de'), {});
    expect(parts?.map((p) => understand(p, {}).kind)).toEqual(kinds);
  });
});
