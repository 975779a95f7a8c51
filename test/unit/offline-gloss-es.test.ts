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
 * The Spanish gloss (offline/gloss/es.ts) by family, as people write: each message is glossed and
 * read by the English intent layer, and its time read in London on Monday 6 May 2030, 09:00.
 */

const { read, when, changed: changedFrom } = glossReader('es');

describe('the Spanish gloss: times and days', () => {
  it.each([
    ['el jueves a las cinco y media de la tarde', 'Thu 9 May, 17:30'],
    ['pasado mañana a las diez de la mañana', 'Wed 8 May, 10:00'],
    ['el viernes a las 18h', 'Fri 10 May, 18:00'],
    ['el sábado a las 17.30 hs', 'Sat 11 May, 17:30'],
    ['mañana a las 5 menos cuarto', 'Tue 7 May, 16:45'],
    ['el miércoles a la una', 'Wed 8 May, 13:00'],
    ['el domingo a mediodía', 'Sun 12 May, 12:00'],
    ['mañana tipo 6 de la tarde', 'Tue 7 May, 18:00'],
    ['el martes 14 a las 9', 'Tue 14 May, 09:00'],
    ['el 15 de mayo a las 11', 'Wed 15 May, 11:00'],
    ['el lunes que viene a las 10', 'Mon 13 May, 10:00'],
    ['dentro de dos horas', 'Mon 6 May, 11:00'],
    ['en media hora', 'Mon 6 May, 09:30'],
    ['dentro de 45 minutos', 'Mon 6 May, 09:45'],
    ['el vierns a las 4 d la tarde', 'Fri 10 May, 16:00'],
    ['el jueves por la tarde', 'day only'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('leaves "mi" and other Spanish words out of chrono-node\'s weekday guesses', () => {
    expect(when('quiero hablar con alguien sobre mi ansiedad')).toBe('none');
  });

  it('changes the time on the table in the ways people say it', () => {
    const previous = new Date('2030-05-10T15:00:00Z'); // Fri 16:00 in London
    const changed = (text: string) => changedFrom(text, previous);
    expect(changed('mejor a las 5')).toBe('Fri 10 May, 17:00');
    expect(changed('mejor el jueves')).toBe('Thu 9 May, 16:00');
    expect(changed('¿puede ser a las 11?')).toBe('Fri 10 May, 11:00');
    expect(changed('cámbiala para el lunes que viene')).toBe('Mon 13 May, 16:00');
    expect(changed('y si lo hacemos una hora más tarde?')).toBe('Fri 10 May, 17:00');
    expect(changed('mejor mañana a la misma hora')).toBe('Tue 7 May, 16:00');
  });
});

describe('the Spanish gloss: what is asked for', () => {
  it.each([
    ['agéndame con siobhan dentro de 3 horas', 'book_mentor'],
    ['quisiera pedir una cita con Lena el martes 14 a las 9', 'book_mentor'],
    ['¿amara puede el jueves a las 5?', 'book_mentor'],
    ['hay hueco con siobhan el viernes por la mañana?', 'book_mentor'],
    ['necesito hablar con alguien sobre mi ansiedad social', 'find_mentor'],
    ['me da miedo ir al gimnasio, alguien me puede ayudar?', 'find_mentor'],
    ['tengo alguna sesion esta semana?', 'list_sessions'],
    ['a qué hora la tengo?', 'list_sessions'],
    ['ya no puedo ir a la cita con amara, cancélamela', 'cancel_session'],
    ['quiero cancelar mi reserva', 'cancel_session'],
    ['recuérdame mañana a las 8 llamar al médico', 'reminder'],
    ['estoy desbordada, tengo demasiadas cosas encima', 'exercise'],
    ['me está dando un ataque de pánico, no puedo respirar', 'exercise'],
    ['ando re ansioso, me ayudás a respirar?', 'exercise'],
    ['¿cuántos días llevo de racha?', 'journey'],
    ['tengo algún café gratis?', 'rewards'],
    ['qué cosas puedes hacer por mí?', 'help'],
    ['eres una persona real?', 'identity'],
    ['¡muchas gracias, muy amable!', 'thanks'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('reads the topic a mentor should help with', () => {
    expect(read('me da miedo ir al gimnasio, alguien me puede ayudar?')).toMatchObject({
      specialization: 'gym anxiety',
    });
    expect(read('hay mentores para el insomnio?')).toMatchObject({ specialization: 'sleep' });
    expect(read('necesito a alguien que me ayude con los ataques de pánico')).toMatchObject({
      kind: 'find_mentor',
      specialization: 'panic attacks',
    });
  });

  it('reads places: the kind, quiet after the noun, a city in Spanish, near me', () => {
    expect(read('hay alguna cafetería tranquila por aquí cerca?')).toMatchObject({
      kind: 'find_places',
      type: 'coffee',
      quiet: true,
      city: undefined,
    });
    expect(read('gimnasios para novatos en Londres')).toMatchObject({
      type: 'gym',
      beginner: true,
      city: 'london',
    });
    expect(read('quiero comer algo saludable en Nueva York')).toMatchObject({
      type: 'nutrition',
      city: 'new york',
    });
  });

  it('reads a follow-up on the last search, and a pick from a list', () => {
    const searched: Memory = {
      places: [
        { id: 'p', name: 'Peaceful Grounds Café' },
        { id: 'q', name: 'Slow Pour Coffee' },
      ],
      lastSearch: { type: 'coffee', quiet: false, beginner: false, city: 'Berlin' },
    };
    expect(read('¿y en Manchester?', searched)).toMatchObject({ kind: 'find_places', city: 'manchester' });
    expect(read('y gimnasios?', searched)).toMatchObject({ type: 'gym', city: 'Berlin' });
    expect(read('háblame del primero', searched)).toMatchObject({
      kind: 'place_details',
      pick: { index: 0 },
    });
    expect(read('regístrame en el segundo', searched)).toMatchObject({
      kind: 'check_in',
      pick: { index: 1 },
    });
    expect(read('estoy en el Slow Pour', searched)).toMatchObject({ kind: 'check_in', place: 'slow pour' });
  });

  it('reads a score out of five and keeps the mood words Spanish', () => {
    expect(read('mi ánimo hoy es un 2')).toMatchObject({ kind: 'mood', mood: { score: 2 } });
    expect(read('me siento un 2 sobre 5')).toMatchObject({ kind: 'mood', mood: { score: 2 } });
    expect(read('estoy super estresado')).toMatchObject({
      kind: 'mood',
      mood: { score: 2, feeling: 'estresado' },
    });
    expect(read('estoy reventada')).toMatchObject({ kind: 'mood', mood: { feeling: 'cansada' } });
    expect(read('estoy nerviosa por la sesión de mañana')).toMatchObject({ kind: 'mood' });
  });
});

describe('the Spanish gloss: reminders in the user’s words', () => {
  const about = (text: string) => {
    const { text: english, swaps } = glossTraced(text, 'es');
    const intent = understand(english, {});
    if (intent.kind !== 'reminder' || !intent.what) return undefined;
    return unglossWith(intent.what, swaps, text);
  };

  it('keeps what the reminder is about, wherever the time is said', () => {
    expect(about('recuérdame el domingo a mediodía que tengo que hacer la compra')).toBe('hacer la compra');
    expect(about('ponme una alarma a las 10 de la noche para tomar la medicación')).toBe(
      'tomar la medicación',
    );
    expect(about('quiero un recordatorio el lunes a las 9 para ir al gimnasio')).toBe('ir al gimnasio');
    expect(about('recuérdame en 20 minutos que saque la ropa')).toBe('saque la ropa');
    expect(about('recuérdame a las 5 llamar a mi madre')).toBe('llamar a mi madre');
  });

  it('reads the time of a reminder', () => {
    expect(when('ponme una alarma a las 10 de la noche para tomar la medicación')).toBe('Mon 6 May, 22:00');
    expect(when('prográmame un recordatorio para mañana a las 9: llamar al banco')).toBe('Tue 7 May, 09:00');
  });
});

describe('the Spanish gloss leaves English alone', () => {
  it('never takes a short English message for Spanish by its words', () => {
    for (const text of [
      '3pm is fine',
      'make it 4pm',
      '10am',
      'cancel it',
      'actually cancel that',
      'lets goooo',
      'hey',
      'check in',
      'sydney gyms',
      'tomorrow at 1pm',
      'the first one',
    ])
      expect(wordsLanguage(text), text).not.toBe('es');
  });

  it('tells a short Spanish message by its words', () => {
    expect(wordsLanguage('siii gracias')).toBe('es');
    expect(wordsLanguage('cancélala porfa')).toBe('es');
  });
});
