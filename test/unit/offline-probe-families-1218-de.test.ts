import { describe, expect, it } from 'vitest';
import { chatLanguage } from '../../src/assistant/providers/offline/gloss/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { bySpecialization } from '../../src/assistant/providers/offline/mentor-refs.ts';
import { reminderChangeIn } from '../../src/assistant/providers/offline/reminder-moves.ts';
import { sessionMoveIn } from '../../src/assistant/providers/offline/session-moves.ts';
import { spelled } from '../../src/assistant/providers/offline/spelling.ts';
import { glossReader } from '../helpers/gloss.ts';

/**
 * The families the 2026-12-18 conversation probe found wrong in German, tested in other words: a
 * correction opened with "ne warte, Quatsch", what was just done undone ("mach das rückgängig"), a
 * mentor picked by what they help with ("die, die was mit Schlaf macht"), someone asked for "dafür",
 * "dann mit ihm" as a booking with the mentor in view, Swiss German (sessions asked in a clause, an
 * exercise, "büschen" that is not "buchen"), a feeling logged after a colon ("Trag ein: etwas
 * ruhiger"), a session named by its day before it is moved ("meinen Termin am Mittwoch
 * verschieben"), "gleicher Tag, nach dem Mittag", a learner's "bitte erinnern", "Freitag Morgen",
 * "so früh wie möglich", and what was just done asked after ("wann war das nochmal?", "in welchem
 * Café hast du mich eingecheckt?").
 */

const { when, glossed, read } = glossReader('de');

/** A reminder just set for today at 16:00. */
const lastReminder: Memory['lastReminder'] = { id: 'r1', title: 'Apotheke', at: '2030-05-06T15:00:00.000Z' };
/** A session on Wednesday 8 May at 10:00, booked before. */
const lastBooked: Memory['lastBooked'] = {
  sessionId: 's1',
  mentor: 'Lena Vogel',
  mentorId: 'm4',
  at: '2030-05-08T09:00:00.000Z',
};
const mentors = [
  { id: 'm1', name: 'Amara Okafor', specialization: ['social-anxiety', 'confidence'] },
  { id: 'm2', name: 'Tom Whitaker', specialization: ['gym-anxiety', 'beginner-fitness'] },
  { id: 'm3', name: 'Siobhán Murphy', specialization: ['mindfulness', 'breathing', 'sleep'] },
  { id: 'm4', name: 'Lena Vogel', specialization: ['exposure-practice', 'panic-attacks'] },
];

describe('a correction opened with "no, wait" and a "nonsense"', () => {
  it.each([
    ['Nee wart mal, Blödsinn, ich meinte um vier', 'no wait, i meant at 4'],
    ['ne Moment, Quatsch – ich mein halb sechs', 'no wait, i meant at 5:30'],
    ['Nein warte, Unsinn, lieber um 7', 'no wait, make it at 7'],
  ])('"%s" reads "%s" and moves the reminder', (text, english) => {
    expect(glossed(text)).toBe(english);
    expect(reminderChangeIn(glossed(text), { lastReminder })).toEqual({ kind: 'move' });
  });

  it('leaves "Quatsch" as talk where nothing is corrected', () => {
    expect(glossed('so ein Quatsch heute')).toBe('so ein quatsch today');
  });
});

describe('what was just done, undone', () => {
  it.each([
    'Ach nee, kannst du das rückgängig machen?',
    'Oh Mann, nimm das wieder zurück',
    'Kommando zurück, ich kann da doch nicht',
    'Hoppla – mach des bitte rückgängig',
    'das bitte rückgängig machen, sorry',
  ])('"%s" says undo that', (text) => {
    expect(glossed(text)).toMatch(/^(?:oops, )?undo that\b/);
  });

  it('leaves a plain "zurück" alone', () => {
    expect(glossed('ich bin gleich zurück')).not.toMatch(/undo/);
  });
});

describe('a mentor of those listed, by what they help with', () => {
  it.each([
    ['Bei der, die sich um Schlaf kümmert', 'book the sleep mentor', 'Siobhán Murphy'],
    ['dann den, der bei Fitness hilft', 'book the gym mentor', 'Tom Whitaker'],
    ['Ich nehm die Schlaf-Mentorin', 'book the sleep mentor', 'Siobhán Murphy'],
    ['Die für Schlafprobleme bitte', 'book the sleep mentor', 'Siobhán Murphy'],
    ['mit der, die was mit Panikattacken macht', 'book the panic attacks mentor', 'Lena Vogel'],
    ['zu dem, der sich mit Selbstvertrauen auskennt', 'book the confidence mentor', 'Amara Okafor'],
  ])('"%s" reads "%s" (%s)', (text, english, name) => {
    expect(glossed(text)).toBe(english);
    expect(read(text).kind).toBe('book_mentor');
    expect(bySpecialization(mentors, glossed(text))?.name).toBe(name);
  });

  it('asks about one without booking, and never reads panic felt', () => {
    expect(glossed('Erzähl mir mehr über die, die mit Panik hilft')).toBe(
      'tell me more about the panic attacks mentor',
    );
    expect(read('Erzähl mir mehr über die, die mit Panik hilft').kind).not.toBe('exercise');
  });

  it.each(['die mit dem Hund', 'Mit ihr hab ich schlechte Erfahrungen', 'der Typ im Café'])(
    'leaves "%s" without a mentor',
    (text) => {
      expect(glossed(text)).not.toMatch(/mentor|book/);
    },
  );
});

describe('someone for what was just said', () => {
  it.each([
    ['Ich schlafe seit Wochen mies. Gibt’s da jemanden für?', 'sleep'],
    ['Panikattacken in der Bahn – hast du jemanden für sowas?', 'panic attacks'],
    ['Im Gym krieg ich immer Panik. Gibt es dafür einen Mentor?', 'gym anxiety'],
  ])('"%s" looks for %s', (text, specialization) => {
    expect(glossed(text)).toMatch(/is there someone for that\?$/);
    expect(read(text)).toMatchObject({ kind: 'find_mentor', specialization });
  });

  it('keeps "gibt es jemanden, der …" its own reading', () => {
    expect(glossed('Gibt es jemanden, der bei Schlafproblemen hilft?')).not.toMatch(/for that/);
  });
});

describe('"dann mit ihm": a booking with the mentor in view', () => {
  it.each([
    ['Gut, dann bei ihr, Freitag um 10', 'book her, friday at 10', 'Fri 10 May, 10:00'],
    ['ok, mit ihm übermorgen um drei', 'book him day after tomorrow at 3', 'Wed 8 May, 15:00'],
    ['Alles klar, dann mit ihr morgen nach der Arbeit', 'book her tomorrow after work', 'Tue 7 May, 18:00'],
  ])('"%s" reads "%s"', (text, english, at) => {
    expect(glossed(text)).toBe(english);
    expect(read(text).kind).toBe('book_mentor');
    expect(when(text)).toBe(at);
  });

  it('leaves a mentor talked about unbooked', () => {
    expect(glossed('Mit ihm hab ich gute Erfahrungen gemacht')).not.toMatch(/book/);
  });
});

describe('Swiss German', () => {
  it.each([
    'Hoi, chasch mer säge, was ich no für Termine ha?',
    'Sag mal, welche Termine ich diese Woche hab?',
    'Weisch, welchi Termin i no ha?',
  ])('"%s" lists the sessions', (text) => {
    expect(read(text).kind).toBe('list_sessions');
  });

  it.each([
    'Hoi zäme, ich bi hüt chli gstresst. Chasch mit mir e Atemüebig mache?',
    'Sali, bi echli müed. Chönnted mir e churzi Atemüebig mache?',
  ])('"%s" asks for a breathing exercise, in German', (text) => {
    expect(read(text)).toMatchObject({ kind: 'exercise', exercise: 'breathing' });
    expect(chatLanguage(text, 'en')).toBe('de');
  });

  it('reads Swiss words only where they are Swiss', () => {
    expect(glossed('ich hab meinen Hut vergessen')).not.toMatch(/today/);
    expect(glossed('Merci. Bin es bitzli truurig')).toBe('merci. bin ein bisschen traurig');
  });

  it('keeps northern "büschen" (a bit) from being "buchen"', () => {
    expect(spelled('Bin büschen schlapp heute', 'de')).toBe('Bin büschen schlapp heute');
    expect(spelled('bitte buchn', 'de')).toBe('bitte buchen');
  });
});

describe('a feeling logged after a colon', () => {
  it.each([
    ['Notier mal: eher entspannter', 4],
    ['Schreib auf – ein bisschen besser', 4],
    ['Trag bitte ein: wieder gelassener', 4],
    ['Trag ein: etwas schlechter', 2],
    ['notier: total müde', 2],
  ])('"%s" logs %i', (text, score) => {
    expect(read(text)).toMatchObject({ kind: 'mood', mood: { score } });
  });

  it('leaves "trag ein, dass …" to its own reading', () => {
    expect(glossed('Trag ein, dass ich nervös bin')).toBe('log my mood: nervos');
  });
});

describe('a session named by its day, before it is moved', () => {
  it.each([
    ['Ich würde gern meinen Termin am Mittwoch verlegen', 'i need to move my wednesday session'],
    [
      'Kann ich die Sitzung vom Mittwoch mit Lena verschieben?',
      'i need to move my wednesday session with lena?',
    ],
    ['Könnten wir meinen Termin verschieben?', 'i need to move my session?'],
  ])('"%s" reads "%s" (the time still to be asked)', (text, english) => {
    expect(glossed(text)).toBe(english);
    expect(sessionMoveIn(glossed(text), { lastBooked })).toBe(true);
  });

  it('moves it where "auf" says', () => {
    expect(glossed('ich muss meinen Termin am Mittwoch auf Freitag legen')).toBe(
      'move my wednesday session to friday',
    );
    // Not a mentor called "Montag" ("meinen Termin von Montag …").
    expect(glossed('meinen Termin von Montag auf Dienstag verschieben')).toMatch(/the monday one to tuesday/);
    expect(sessionMoveIn(glossed('meinen Termin von Montag auf Dienstag verschieben'), { lastBooked })).toBe(
      true,
    );
  });
});

describe('the same day, after lunch', () => {
  it.each([
    ['gleicher Tag, nach dem Mittag', 'same day, after lunch'],
    ['selber Tag, irgendwann nach dem Mittagessen, such dir was aus', 'same day, sometime after lunch'],
    ['Am Donnerstag nach dem Mittag, ist mir egal wann', 'on thursday after lunch'],
  ])('"%s" reads "%s"', (text, english) => {
    expect(glossed(text)).toBe(english);
  });

  it('keeps noon where it is said', () => {
    expect(when('heute Mittag')).toBe('Mon 6 May, 12:00');
  });
});

describe('a learner’s "bitte erinnern", and "Freitag Morgen"', () => {
  it.each([
    ['Bitte erinnern Freitag Morgen 8 Uhr', 'Fri 10 May, 08:00'],
    ['erinnern Mittwoch Abend 20 Uhr, Tabletten', 'Wed 8 May, 20:00'],
    ['Und erinner mich Donnerstagabend um 7 an den Müll', 'Thu 9 May, 19:00'],
  ])('"%s" is a reminder at %s', (text, at) => {
    expect(read(text).kind).toBe('reminder');
    expect(when(text)).toBe(at);
  });
});

describe('the earliest time that suits', () => {
  it.each([
    ['Übermorgen, möglichst früh', 'day after tomorrow, as early as possible'],
    ['Donnerstag, frühestmöglich', 'thursday, as early as possible'],
  ])('"%s" reads "%s"', (text, english) => {
    expect(glossed(text)).toBe(english);
  });
});

describe('what was just done, asked after', () => {
  it.each([
    ['In welchem Café hast du mich eingecheckt?', 'which place did you check me in at?', 'check_in'],
    ['wo bin ich jetzt eingecheckt?', 'where did you check me in?', 'check_in'],
    ['Um wie viel Uhr war das gleich nochmal?', 'what time was that again?', undefined],
    ['Hat das mit dem Termin geklappt?', 'did that go through?', undefined],
    ['Für wann hast du den Termin gebucht?', 'what time did you book it?', 'booking'],
    ['und wann hast du die Erinnerung eingestellt?', 'and what time did you set the reminder?', 'reminder'],
  ])('"%s" reads "%s"', (text, english, about) => {
    expect(glossed(text)).toBe(english);
    expect(read(text)).toEqual({ kind: 'recap', about });
  });

  it('keeps "wann ist der nochmal?" a question about the sessions', () => {
    expect(glossed('wann ist der nochmal?')).toBe('when is my session again?');
    expect(read('wann ist der Termin gleich nochmal?').kind).toBe('list_sessions');
    expect(glossed('hast du schon einen Mentor für mich?')).not.toMatch(/did you/);
  });
});
