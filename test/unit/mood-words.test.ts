import { describe, expect, it } from 'vitest';
import { moodIn } from '../../src/assistant/mood-words.ts';
import { chatLanguage, gloss } from '../../src/assistant/providers/offline/gloss/index.ts';
import { changeWhen, parseWhen } from '../../src/assistant/providers/offline/when.ts';

describe('moods as people say them', () => {
  it('reads a number out of five anywhere, in four languages', () => {
    expect(moodIn('feeling 2/5 today')).toEqual({ score: 2, feeling: '2/5' });
    expect(moodIn('honestly a 3 out of 5')).toMatchObject({ score: 3 });
    expect(moodIn('je suis à 2 sur 5 aujourd’hui')).toMatchObject({ score: 2 });
    expect(moodIn('mir gehts heute so 2 von 5')).toMatchObject({ score: 2 });
    expect(moodIn('hoy estoy un 4 de 5 😊')).toMatchObject({ score: 4 });
  });

  it('reads mood words after "I feel", "I\'m", or alone in a short message, never in other talk', () => {
    expect(moodIn('pretty low')).toMatchObject({ score: 2, feeling: 'pretty low' });
    expect(moodIn("i'm not great")).toMatchObject({ score: 2, feeling: 'not great' });
    expect(moodIn('i feel great')).toMatchObject({ score: 5 });
    expect(moodIn('me siento fatal hoy')).toMatchObject({ score: 1 });
    expect(moodIn('mir geht es nicht so gut')).toMatchObject({ score: 2 });
    expect(moodIn('bof')).toMatchObject({ score: 3 });
    for (const text of [
      "i'm at peaceful grounds café",
      'ok thx',
      'great!',
      'is the café good?',
      "i'm not anxious",
      'check me in at the quiet gym',
    ])
      expect(moodIn(text), text).toBeUndefined();
  });
});

describe('times changed in conversation', () => {
  const now = new Date('2030-05-06T08:00:00Z'); // Monday 09:00 in London
  const tz = 'Europe/London';
  const previous = new Date('2030-05-08T13:00:00Z'); // Wednesday 14:00 in London
  const local = (d: Date | undefined) =>
    d?.toLocaleString('en-GB', {
      timeZone: tz,
      weekday: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });

  it('keeps the day when only the time changes, and the time when only the day does', () => {
    expect(local(changeWhen('make it 4pm', previous, now, tz)?.at)).toBe('Wed 8, 16:00');
    expect(local(changeWhen('can we do 11 instead', previous, now, tz)?.at)).toBe('Wed 8, 11:00');
    expect(local(changeWhen('change it to thursday', previous, now, tz)?.at)).toBe('Thu 9, 14:00');
    expect(local(changeWhen('push it an hour later', previous, now, tz)?.at)).toBe('Wed 8, 15:00');
    expect(local(changeWhen('same time next monday', previous, now, tz)?.at)).toBe('Mon 13, 14:00');
    expect(changeWhen('yesterday at 4pm', previous, now, tz)).toEqual({
      past: true,
      time: { hour: 16, minute: 0 },
    });
    expect(changeWhen('with amara instead', previous, now, tz)).toBeUndefined();
  });

  it('reads days of the month, "half past", "quarter to" and the day after tomorrow', () => {
    expect(local(parseWhen('a session with lena on the 9th at 11', now, tz).at)).toBe('Thu 9, 11:00');
    expect(local(parseWhen('book lena monday 13th at 3pm', now, tz).at)).toBe('Mon 13, 15:00');
    expect(local(parseWhen('half past three on thursday', now, tz).at)).toBe('Thu 9, 15:30');
    expect(local(parseWhen('thursday at quarter to five', now, tz).at)).toBe('Thu 9, 16:45');
    expect(local(parseWhen('day after tomorrow at 3pm', now, tz).at)).toBe('Wed 8, 15:00');
    expect(local(parseWhen('remind me at 5:30 to leave work', now, tz).at)).toBe('Mon 6, 17:30');
  });
});

describe('Spanish, French and German read by the English matchers', () => {
  it('tells the language, a short message by its words', () => {
    expect(chatLanguage('reservame una sesion con siobhan manana a las 10')).toBe('es');
    expect(chatLanguage('gracias')).toBe('es');
    expect(chatLanguage('merci !')).toBe('fr');
    expect(chatLanguage('danke dir')).toBe('de');
    expect(chatLanguage('ok', 'fr')).toBe('fr');
    expect(chatLanguage('find me a quiet cafe please')).toBe('en');
    // Answers are kept per text and conversation language: the same "ok" in another conversation.
    expect(chatLanguage('ok', 'de')).toBe('de');
    expect(chatLanguage('ok', 'fr')).toBe('fr');
    expect(chatLanguage('gracias', 'de')).toBe('es');
  });

  it('glosses the words the matchers know and leaves names and reminders as written', () => {
    // The time goes after the task, so the title is the task alone; "mi" is glossed, and given back
    // in the user's words when the reminder is written (unglossWith: "llamar a mi madre").
    expect(gloss('recuérdame a las 5 llamar a mi madre', 'es')).toBe('remind me to llamar a my madre at 5');
    expect(gloss('termin mit tom whitacker morgen um halb vier', 'de')).toBe(
      'book with tom whitacker tomorrow at 3:30',
    );
    expect(gloss('rdv avec lena jeudi a 14h30', 'fr')).toBe('session with lena on thursday at 14:30');
    expect(gloss('find me a quiet cafe', 'en')).toBe('find me a quiet cafe');
  });
});
