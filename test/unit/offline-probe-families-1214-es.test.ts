import { describe, expect, it } from 'vitest';
import { requestsIn } from '../../src/assistant/providers/offline/compound.ts';
import { gloss } from '../../src/assistant/providers/offline/gloss/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { glossReader } from '../helpers/gloss.ts';

/**
 * The families the 2026-12-14 conversation probe found wrong in Spanish (82.5% blind), tested in
 * other words: hours in words on a 24-hour clock and "p. m." dictated, punctuation spoken into a
 * phone ("punto", "coma", "signo de interrogación"), Caribbean and seseo spellings ("ehtoy",
 * "canselar", "recompenza"), polite requests, mentors asked for by topic in other words, fragments
 * that lean on the turn before, progress, rewards, sessions and moves asked in other words, and two
 * requests in one message.
 */

const { when, glossed } = glossReader('es');
const read = (text: string, memory: Memory = {}) => understand(gloss(text, 'es'), memory);

describe('hours in words', () => {
  it.each([
    ['el jueves a las diecinueve cuarenta y cinco', 'Thu 9 May, 19:45'],
    ['mañana a las dieciséis horas', 'Tue 7 May, 16:00'],
    ['el viernes a las veinte y media', 'Fri 10 May, 20:30'],
    ['el martes a las ocho menos veinte de la tarde', 'Tue 7 May, 19:40'],
    ['mañana a eso de las seis de la tarde', 'Tue 7 May, 18:00'],
    ['el miércoles a las 9 p. m.', 'Wed 8 May, 21:00'],
    ['el sábado a las diez en punto de la noche', 'Sat 11 May, 22:00'],
    ['el lunes 13 a las doce del mediodía', 'Mon 13 May, 12:00'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });
});

describe('punctuation spoken into a phone', () => {
  it('reads it as the sign at a clause end, and keeps "a punto de", "en punto"', () => {
    expect(glossed('recuérdame mañana a las nueve regar las plantas punto')).toBe(
      'remind me to regar las plantas. tomorrow at 9',
    );
    expect(glossed('hay un gimnasio cerca signo de interrogación')).toMatch(/\?$/);
    expect(glossed('hola coma búscame un café')).toMatch(/^hello,/);
    expect(glossed('estoy a punto de salir')).toBe('estoy a punto de salir');
    expect(glossed('quedamos en el punto de encuentro')).toMatch(/punto de encuentro/);
  });

  it('splits two dictated sentences, each with its own time', () => {
    const parts = requestsIn(
      gloss('recuérdame a las siete regar las plantas punto enséñame mi racha punto', 'es'),
      {},
    );
    expect(parts?.map((p) => understand(p, {}).kind)).toEqual(['reminder', 'journey']);
    expect(parts?.[0]).toMatch(/at 7/);
  });
});

describe('spellings of the Caribbean and of seseo', () => {
  it('logs a mood said with a breathed s and a dropped d', () => {
    expect(read('ehtoy agotaíta, ¿me apuntas el ánimo?')).toMatchObject({ kind: 'mood' });
    expect(read('¿me registras el ánimo como bajito?')).toMatchObject({ kind: 'mood', mood: { score: 2 } });
  });

  it.each([
    ['canselame la sesión del martes', 'cancel_session'],
    ['¿cuántas recompenzas tengo?', 'rewards'],
    ['nesesito un ejersicio de respiración', 'exercise'],
  ] as const)('"%s" is %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('polite requests', () => {
  it.each([
    'Le agradecería que me concertara una cita con el señor Whitaker el martes a las diez',
    '¿Sería posible que me reservara una sesión con la señora Vogel el jueves a las cuatro de la tarde?',
  ])('"%s" books', (text) => {
    expect(read(text).kind).toBe('book_mentor');
  });

  it.each([
    ['¿Sería tan amable de recordármelo el domingo a las siete de la tarde?', 'reminder'],
    ['Disculpe, ¿me podría indicar cuánto he avanzado?', 'journey'],
    ['¿Sería tan amable de cancelármela?', 'cancel_session'],
  ] as const)('"%s" is %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('mentors asked for by topic in other words', () => {
  it.each([
    ['¿hay alguien que dé clases de meditación?', 'mindfulness'],
    ['¿habría alguien con quien trabajar la autoestima?', 'confidence'],
    ['¿alguien para terapia de exposición?', 'exposure practice'],
    ['quiero empezar a hacer ejercicio, ¿hay alguien que me ayude?', 'beginner fitness'],
    ['¿algún mentor para principiantes en el deporte?', 'beginner fitness'],
  ])('"%s" looks for %s', (text, topic) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: topic });
  });
});

describe('fragments that lean on the turn before', () => {
  it.each([
    ['¿y para la autoestima?', 'confidence'],
    ['¿y alguno para el pánico?', 'panic attacks'],
  ])('"%s" asks mentors for %s', (text, topic) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: topic });
  });

  it('reads "la otra, la tranquila" as places pointed at', () => {
    expect(glossed('no, el otro, el tranquilo')).toMatch(/the other one, the quiet one/);
  });
});

describe('progress, rewards, sessions and moves in other words', () => {
  it.each([
    ['¿hasta dónde he llegado?', 'journey'],
    ['¿qué llevo conseguido en total?', 'journey'],
    ['¿ya me gané algún premio?', 'rewards'],
    ['¿sigo teniendo la cita del viernes?', 'list_sessions'],
    ['¿cuándo me toca con Lena?', 'list_sessions'],
  ] as const)('"%s" is %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('reads a move to another day, keeping "next"', () => {
    expect(glossed('¿se podría pasarla al martes a la misma hora?')).toMatch(/move it to tuesday same time/);
    expect(glossed('muévela al lunes que viene')).not.toMatch(/move it to monday que/);
  });
});

describe('two requests in one message', () => {
  it.each([
    ['recuérdame a las cinco estirar y búscame un gimnasio tranquilo', ['reminder', 'find_places']],
    ['hoy estoy fatal, apúntalo y hagamos un ejercicio de respiración', ['mood', 'exercise']],
  ] as const)('"%s" is %s', (text, kinds) => {
    const parts = requestsIn(gloss(text, 'es'), {});
    expect(parts?.map((p) => understand(p, {}).kind)).toEqual(kinds);
  });

  it('keeps the reminder its own time', () => {
    const parts = requestsIn(
      gloss('recuérdame a las cinco estirar y búscame un gimnasio tranquilo', 'es'),
      {},
    );
    expect(parts?.[0]).toMatch(/at 5/);
  });
});
