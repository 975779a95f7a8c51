import { describe, expect, it } from 'vitest';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { glossReader } from '../helpers/gloss.ts';

/**
 * The families the 2026-12-16 conversation probe found wrong in German, tested in other words: a
 * change of mind inside the message ("am Dienstag um 10 – nein, lieber am Mittwoch, gleiche Zeit"),
 * Swiss hours ("am 10i", "am zähni"), a mentor or a place pointed back at past the last reply ("den
 * Mentor von vorhin", "das Lokal vom Anfang", "das erste Café, das du mir gezeigt hast"), Bavarian and
 * Swiss forms ("a gsunds Essen in da Nähe", "buach ma", "buechet Sie mir … en Termin"), another kind
 * of place asked after a search ("Und Cafés?"), the streak asked ("wie viele Tage am Stück"), the gym
 * as what one fears ("im Fitnessstudio kriag i Angst"), dialect yeses ("Jo", "Basst scho"), an
 * exercise to calm down, and "meine" that is not "I mean".
 */

const { when, glossed, read } = glossReader('de');

const mentors: Memory = {
  mentors: [
    { id: 'm1', name: 'Tom Whitaker', meets: 'online', specialization: ['gym-anxiety'] },
    { id: 'm2', name: 'Siobhán Murphy', meets: 'online', specialization: ['sleep'] },
  ],
};

const searched: Memory = { lastSearch: { type: 'nutrition', quiet: false, beginner: false } };

describe('a change of mind inside the message', () => {
  it.each([
    ['am Dienstag um 10 – nein, lieber am Mittwoch, gleiche Zeit', 'Wed 8 May, 10:00'],
    ['Freitag um 5, äh nee, um 6', 'Fri 10 May, 18:00'],
    ['morgen um 9... Moment, um 10', 'Tue 7 May, 10:00'],
    ['am Montag um 14 Uhr, ne, am Dienstag', 'Tue 7 May, 14:00'],
    ['am Mittwoch um 10, sorry, ich meine am Donnerstag', 'Thu 9 May, 10:00'],
    ['Donnerstag, oder nein, Freitag um 11', 'Fri 10 May, 11:00'],
    ['am Zischtig am 10i, nei, am Mittwuch, gliichi Ziit', 'Wed 8 May, 10:00'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('puts "no wait" before the correction', () => {
    expect(glossed('am Dienstag um 10 – nein, lieber am Mittwoch, gleiche Zeit')).toBe(
      'on tuesday at 10, no wait, on wednesday, same time',
    );
  });

  it.each(['Freitag um 10, nein danke', 'am Montag ne Sitzung um 10', 'um 10 ne halbe Stunde'])(
    'leaves "%s" without a change of mind',
    (text) => {
      expect(glossed(text)).not.toMatch(/no wait/);
    },
  );
});

describe('Swiss and Bavarian hours', () => {
  it.each([
    ['am Fritig am 10i', 'Fri 10 May, 10:00'],
    ['am Fritig am zähni', 'Fri 10 May, 10:00'],
    ['morn am drüü', 'Tue 7 May, 15:00'],
    ['Freitag um 3 am Nammittag', 'Fri 10 May, 15:00'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('keeps a date a date', () => {
    expect(when('am 10. Mai um 9')).toBe('Fri 10 May, 09:00');
  });
});

describe('a mentor pointed back at', () => {
  it.each([
    ['Basst, dann buach ma den Mentor von vorhin, Freitag um 3 am Nachmittag', 'the mentor from before'],
    ['Buch mir bitte einen Termin bei der Mentorin von vorhin, morgen um 10', 'with the mentor from before'],
    ['Ich nehm die Mentorin, die du mir vorhin gezeigt hast', 'book the mentor you showed me'],
  ])('"%s" books %s', (text, words) => {
    expect(glossed(text)).toContain(words);
    expect(read(text, mentors).kind).toBe('book_mentor');
  });

  it('keeps the topic of a mentor pointed back at', () => {
    expect(glossed('die Schlafmentorin von vorhin bitte')).toBe('the sleep-mentor from before');
  });

  it('leaves a search told about alone', () => {
    expect(glossed('ich hab vorhin einen Mentor gesucht')).not.toMatch(/from before/);
  });
});

describe('a place pointed back at', () => {
  it('reads a place to eat from the start', () => {
    expect(glossed('Zurück zum Lokal vom Anfang, wie ist das?')).toBe(
      "back to the healthy food place from the start, what's it like?",
    );
    expect(glossed('und das Restaurant von ganz am Anfang')).toBe(
      'and the healthy food place from the start',
    );
  });

  it('reads the first of a kind shown', () => {
    expect(glossed('Wie war nochmal das erste Café, das du mir gezeigt hast?')).toBe(
      'how is the first cafe you showed me?',
    );
    expect(read('Wie war nochmal das erste Café, das du mir gezeigt hast?').kind).toBe('place_details');
  });

  it('reads a place asked about from before, and checks in at one as before', () => {
    expect(glossed('hat das Studio von vorhin Duschen?')).toMatch(/^does the gym from before have/);
    expect(glossed('check mich im Café von vorhin ein')).toBe('check me in there');
  });
});

describe('Bavarian and Swiss forms', () => {
  it('reads places asked for in dialect', () => {
    expect(read('Und a gsunds Essen in da Nähe?')).toMatchObject({ kind: 'find_places', type: 'nutrition' });
    expect(read('Und a ruhigs Studio in da Nähe?')).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      quiet: true,
    });
    expect(glossed('such ma a Tattoo-Studio')).not.toMatch(/gym/);
  });

  it('reads a mentor asked for', () => {
    expect(glossed('Gibt’s do an Mentor?')).toBe('is there a mentor?');
  });

  it('reads a Swiss booking with its time', () => {
    const text = 'Guet, dänn buechet Sie mir bi de Schlaf-Mentorin en Termin am Fritig am 10i';
    expect(read(text, mentors)).toMatchObject({ kind: 'book_mentor', specialization: 'sleep' });
    expect(when(text)).toBe('Fri 10 May, 10:00');
  });
});

describe('another kind of place after a search', () => {
  it.each([
    ['Und Cafés?', 'coffee'],
    ['und Fitnessstudios?', 'gym'],
    ['Und was ist mit Gyms?', 'gym'],
    ['und was Gesundes?', 'nutrition'],
  ])('"%s" searches %s, not a town', (text, type) => {
    const intent = read(text, searched);
    expect(intent).toMatchObject({ kind: 'find_places', type });
    expect(intent).not.toHaveProperty('city', expect.anything());
  });

  it('keeps a town named', () => {
    expect(read('Und Cafés in Wien?', searched)).toMatchObject({ kind: 'find_places', city: 'wien' });
  });
});

describe('the streak asked', () => {
  it.each([
    'wie viele tage am stück bin ich?',
    'Wie viele Tage hintereinander war ich schon da?',
    'wia vui Dog am Stück?',
    'wie lange bin ich schon am Stück dabei?',
  ])('"%s" shows the streak', (text) => {
    expect(read(text)).toEqual({ kind: 'journey', focus: 'streak' });
  });

  it('leaves days in a row told about alone', () => {
    expect(read('ich war drei Tage am Stück krank').kind).not.toBe('journey');
  });
});

describe('the gym as what one fears', () => {
  it.each([
    'Im Fitnessstudio kriag i Angst. Gibt’s do an Mentor?',
    'ich krieg im Gym immer Panik, kennt das jemand?',
    'Fitnessstudios stressen mich, gibt es da jemanden?',
  ])('"%s" looks for gym anxiety', (text) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: 'gym anxiety' });
  });

  it('leaves a fear gone alone', () => {
    expect(glossed('im Fitnessstudio hab ich keine Angst mehr')).not.toMatch(/scares/);
  });
});

describe('yes in dialect', () => {
  it.each(['Jo', 'Ja, passt', 'Basst scho', 'Jawoi', 'Jo eh', 'Ja gärn', 'Isch guet', 'Ja, mach ma so'])(
    '"%s" is yes',
    (text) => {
      expect(glossed(text)).toBe('yes');
    },
  );

  it.each(['ja, aber erst morgen', 'Jo, i mog ned'])('"%s" is more than yes', (text) => {
    expect(glossed(text)).not.toBe('yes');
  });
});

describe('an exercise to calm down', () => {
  it.each([
    'hast du eine kurze Übung, um runterzukommen?',
    'Gib mir was zum Runterkommen',
    'hilf mir runterzukommen',
    'i muas obakemma',
  ])('"%s" starts an exercise', (text) => {
    expect(read(text).kind).toBe('exercise');
  });

  it('leaves a place to relax a place', () => {
    expect(read('ich such was zum Entspannen in der Nähe').kind).not.toBe('exercise');
  });
});

describe('"meine" as my', () => {
  it('reads a mood to note, not "I mean"', () => {
    expect(glossed('kann ich meine Stimmung notieren?')).not.toMatch(/meant/);
    expect(read('kann ich meine Stimmung notieren?').kind).toBe('mood_ask');
    expect(glossed('ich meine Mittwoch')).toBe('i meant wednesday');
  });
});
