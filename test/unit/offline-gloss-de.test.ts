import { describe, expect, it } from 'vitest';
import {
  glossTraced,
  unglossWith,
  wordsLanguage,
} from '../../src/assistant/providers/offline/gloss/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { glossReader } from '../helpers/gloss.ts';

/**
 * The German gloss (offline/gloss/de.ts) by family, as people write: each message is glossed and
 * read by the English intent layer, and its time read in London on Monday 6 May 2030, 09:00.
 */

const { read, when, glossed, changed: changedFrom } = glossReader('de');

describe('the German gloss: times and days', () => {
  it.each([
    ['übermorgen um 15:30', 'Wed 8 May, 15:30'],
    ['morgen um halb vier', 'Tue 7 May, 15:30'],
    ['am Freitag um Viertel nach drei', 'Fri 10 May, 15:15'],
    ['freitag um viertel vor vier', 'Fri 10 May, 15:45'],
    ['mittwoch um elf', 'Wed 8 May, 11:00'],
    ['morgen früh um 7:30', 'Tue 7 May, 07:30'],
    ['morgen um 8 Uhr abends', 'Tue 7 May, 20:00'],
    ['Donnerstag um 14.30', 'Thu 9 May, 14:30'],
    ['sonntag mittag', 'Sun 12 May, 12:00'],
    ['am 9. Mai um 13 Uhr', 'Thu 9 May, 13:00'],
    ['Freitag, den 10. um 9', 'Fri 10 May, 09:00'],
    ['in zwei Stunden', 'Mon 6 May, 11:00'],
    ['in einer halben Stunde', 'Mon 6 May, 09:30'],
    ['heute abend um 9', 'Mon 6 May, 21:00'],
    ['uebermorgen um 14 uhr', 'Wed 8 May, 14:00'],
    ['donnerstag nachmittag', 'day only'],
    ['gestern um 10', 'past'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('changes the time on the table in the ways people say it', () => {
    const previous = new Date('2030-05-10T15:00:00Z'); // Fri 16:00 in London
    const changed = (text: string) => changedFrom(text, previous);
    expect(changed('lieber um 5')).toBe('Fri 10 May, 17:00');
    expect(changed('doch lieber Donnerstag')).toBe('Thu 9 May, 16:00');
    expect(changed('mach 10 Uhr draus')).toBe('Fri 10 May, 10:00');
    expect(changed('geht auch eine Stunde später?')).toBe('Fri 10 May, 17:00');
    expect(changed('nee, um halb fünf')).toBe('Fri 10 May, 16:30');
    expect(changed('können wir 14:30 machen?')).toBe('Fri 10 May, 14:30');
  });
});

describe('the German gloss: mentors and sessions', () => {
  it.each([
    'ich möchte nächsten dienstag um 10:30 zu amara',
    'Kann ich diese Woche noch mit Tom sprechen, Freitag um Viertel nach drei?',
    'hat tom morgen nachmittag zeit?',
    'brauche n termin bei siobhan morgen um 20 uhr pls',
    'servus, hätt gern an termin mit da lena am mittwoch um 14.30',
  ])('reads "%s" as a booking', (text) => {
    expect(read(text).kind).toBe('book_mentor');
  });

  it.each([
    ['ich bräuchte jemanden, der mir mit sozialer angst hilft', 'social anxiety'],
    ['gibts jemanden für angst im fitnessstudio?', 'gym anxiety'],
    ['Ich habe Probleme beim Einschlafen, wer kann mir helfen?', 'sleep'],
    ['gibt es mentoren für achtsamkeit?', 'mindfulness'],
    ['ich bin total schüchtern und brauch hilfe', 'social anxiety'],
  ])('reads "%s" as a mentor search for %s', (text, topic) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: topic });
  });

  it.each([
    'was steht bei mir an?',
    'welche termine stehen an?',
    'hab ich diese woche noch was?',
    'wann ist nochmal mein termin bei tom?',
    'zeig mir meine buchungen',
  ])('reads "%s" as asking for the sessions', (text) => {
    expect(read(text).kind).toBe('list_sessions');
  });

  it('reads cancelling, and which session, in German word order', () => {
    expect(read('kannst du den termin stornieren?').kind).toBe('cancel_session');
    expect(read('sag bitte den termin am mittwoch ab').kind).toBe('cancel_session');
    const sessions = [
      { id: 's1', mentor: 'Tom Whitaker', when: 'Mi, 8 Mai, 15:00', day: 'wed' },
      { id: 's2', mentor: 'Siobhán Murphy', when: 'Fr, 10 Mai, 10:00', day: 'fri' },
    ];
    const memory: Memory = { awaiting: 'cancel_choice', sessions };
    expect(read('den am mittwoch', memory)).toMatchObject({ kind: 'cancel_session' });
    expect(glossed('den am mittwoch')).toBe('the one on wednesday');
  });

  it('drops a proposal said no to in the usual ways', () => {
    for (const text of ['nein', 'ne passt doch nicht, lass mal', 'vergiss es', 'nee danke']) {
      expect(glossed(text)).toMatch(/never mind/);
    }
  });
});

describe('the German gloss: places and check-ins', () => {
  it.each([
    ['gibts hier in der nähe ein ruhiges café?', { type: 'coffee', quiet: true }],
    ['ich such ein fitnessstudio, wo nicht so viel los ist', { type: 'gym', quiet: true }],
    ['wo kann ich in ruhe einen kaffee trinken?', { type: 'coffee', quiet: true }],
    ['wo kann ich in berlin nen kaffee trinken?', { type: 'coffee', city: 'berlin' }],
    ['ich suche was gesundes zum essen in der nähe', { type: 'nutrition' }],
    ['zeig mir fitnessstudios für anfänger in der nähe', { type: 'gym', beginner: true }],
  ])('reads "%s" as a place search', (text, search) => {
    expect(read(text)).toMatchObject({ kind: 'find_places', ...search });
  });

  it('reads the next search as the last one changed', () => {
    const memory: Memory = { lastSearch: { type: 'coffee', quiet: false, beginner: false, city: 'Berlin' } };
    expect(read('und in neukölln?', memory)).toMatchObject({
      kind: 'find_places',
      type: 'coffee',
      city: 'neukolln',
    });
    expect(read('gibts da auch fitnessstudios?', memory)).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      city: 'Berlin',
    });
  });

  it.each([
    ['das erste klingt gut, check mich da ein', { pick: { index: 0 } }],
    ['bin grad im slow pour angekommen', { place: 'slow pour' }],
    ['ich bin jetzt im peaceful grounds', { place: 'peaceful grounds' }],
    ['bin jetzt da, einchecken bitte', {}],
  ])('reads "%s" as a check-in', (text, expected) => {
    expect(read(text)).toMatchObject({ kind: 'check_in', ...expected });
  });

  it('does not check in at a mood ("ich bin am Boden")', () => {
    expect(read('ich bin am boden zerstört').kind).not.toBe('check_in');
  });
});

describe('the German gloss: reminders, moods, exercises, small talk', () => {
  it.each([
    ['kannst du mich morgen früh um 7:30 ans joggen erinnern?', 'joggen', 'Tue 7 May, 07:30'],
    ['erinnere mich bitte in einer stunde an meine tabletten', 'meine tabletten', 'Mon 6 May, 10:00'],
    ['erinner mich heute abend um 9 ans meditieren', 'meditieren', 'Mon 6 May, 21:00'],
    ['setz eine erinnerung für freitag 10 uhr: arzttermin', 'arzttermin', 'Fri 10 May, 10:00'],
  ])('reads "%s" as a reminder about %s', (text, about, at) => {
    const { text: english, swaps } = glossTraced(text, 'de');
    const intent = understand(english, {});
    expect(intent.kind).toBe('reminder');
    const what = intent.kind === 'reminder' ? intent.what : undefined;
    expect(unglossWith(what ?? '', swaps, text)).toBe(about);
    expect(when(text)).toBe(at);
  });

  it.each([
    ['trag ein: stimmung 2, bin echt fertig', 2],
    ['stimmung: 4', 4],
    ['meine stimmung heute: 3 von 5', 3],
  ])('reads "%s" as a mood of %i', (text, score) => {
    expect(read(text)).toMatchObject({ kind: 'mood', mood: { score } });
  });

  it.each([
    ['alles wächst mir über den kopf', 'grounding'],
    ['kannst du mir eine übung zum erden zeigen?', 'grounding'],
    ['mein herz rast und ich zittere total', 'breathing'],
    ['lass uns zusammen atmen', 'breathing'],
    ['und mach bitte noch nen bodyscan mit mir', 'body_scan'],
  ])('reads "%s" as the %s exercise', (text, exercise) => {
    expect(read(text)).toMatchObject({ kind: 'exercise', exercise });
  });

  it.each([
    ['na, wie gehts?', 'how_are_you'],
    ['was machst du so?', 'help'],
    ['bist du ein echter mensch?', 'identity'],
    ['vielen lieben dank!', 'thanks'],
    ['tschüssi', 'bye'],
    ['guten morgen!', 'greeting'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('the German gloss and the language of short messages', () => {
  it.each(['danke dir', 'ja passt', 'tschüss', 'na, wie gehts?'])('tells "%s" is German', (text) => {
    expect(wordsLanguage(text)).toBe('de');
  });

  it.each(['find a gym', 'hi there', 'in 5 min', 'such a shame', 'coach', 'meditation please', 'april 5th'])(
    'does not take English "%s" for German',
    (text) => {
      expect(wordsLanguage(text)).not.toBe('de');
    },
  );
});
