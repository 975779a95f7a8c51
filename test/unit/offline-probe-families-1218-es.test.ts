import { describe, expect, it } from 'vitest';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { reminderChangeIn } from '../../src/assistant/providers/offline/reminder-moves.ts';
import { moveTarget, sessionMoveIn } from '../../src/assistant/providers/offline/session-moves.ts';
import { localTime } from '../../src/domain/local-time.ts';
import { glossReader } from '../helpers/gloss.ts';

/**
 * Issue 16, the Spanish families the 2026-12-18 conversation probe found wrong (75.6% of its
 * Spanish turns blind), tested in other words than the probe's: a mentor chosen from those listed
 * by what they help with ("la que sabe de meditación"), what was just done asked back ("¿dónde me
 * fichaste?", "¿para qué hora quedó?"), "k" typed for "qu" and the check-in misspelt, one more place
 * of another kind ("¿y alguno pa' comer sano?"), a reminder set with "ponme uno", "un reminder" or
 * "otro", the mentor in view with "entonces", a topic taken up as what suits, what was just done
 * taken back ("deshazlo", "olvida lo último"), a session moved rather than cancelled ("más bien
 * pásela… del mismo día"), sleeping badly as a mentor's topic, and a mentor's speciality asked.
 * Each with a harmless twin the gloss must leave.
 */

const { read, glossed, when, now, zone } = glossReader('es');
const at = (d: Date | undefined) => (d ? localTime(d.toISOString(), zone) : undefined);

const mentors: Memory['mentors'] = [
  { id: 'a', name: 'Amara Okafor', meets: 'both', specialization: ['social-anxiety', 'confidence'] },
  { id: 't', name: 'Tom Whitaker', meets: 'both', specialization: ['gym-anxiety', 'beginner-fitness'] },
  { id: 's', name: 'Siobhán Murphy', meets: 'both', specialization: ['mindfulness', 'breathing', 'sleep'] },
  { id: 'l', name: 'Lena Vogel', meets: 'both', specialization: ['exposure-practice', 'panic-attacks'] },
];

describe('a mentor chosen from those listed by what they help with', () => {
  const choosing: Memory = { lang: 'es', awaiting: 'booking_mentor', mentors };

  it.each([
    'con la que sabe de meditación',
    'el que lleva lo del insomnio',
    'la chica que ve lo de dormir',
    'con la especialista en sueño',
    'la que lleva lo de la respiración',
    'la del sueño, porfa',
  ])('"%s" picks the mentor who helps with it', (text) => {
    expect(glossed(text)).toMatch(/\bthe mentor who does (?:sleep|mindfulness|breathing)\b/);
    expect(read(text, choosing)).toMatchObject({ kind: 'book_mentor', pick: { words: 'siobhan murphy' } });
  });

  it.each([
    ['el que sabe de ansiedad social', /\bthe mentor who does social anxiety\b/],
    ['la que trabaja el miedo al gimnasio', /\bthe mentor who does gym anxiety\b/],
    ['con el del gimnasio', /\bthe mentor who does gym anxiety\b/],
    ['el que ve lo del gym', /\bthe mentor who does gym anxiety\b/],
    ['la que lleva lo de empezar a hacer deporte', /\bthe mentor who does beginner fitness\b/],
    ['la de los ataques de pánico', /\bthe mentor who does panic attacks\b/],
  ])('"%s" names the topic in the words mentors are tagged by', (text, english) => {
    expect(glossed(text)).toMatch(english);
    // Never panic felt now: no exercise started for a mentor's topic.
    expect(read(text, choosing).kind).not.toBe('exercise');
  });

  it.each([
    'regístrame en el de principiantes',
    'el que tiene horas tranquilas, ¿qué tal?',
    'la del jueves',
    'la que tiene terraza',
  ])('"%s" picks no mentor', (text) => {
    expect(glossed(text)).not.toMatch(/\bmentor who does\b/);
  });

  it.each([
    'necesito hablar con alguien, duermo fatal',
    'no pego ojo, ¿hay algún mentor que me ayude?',
    '¿alguien que me ayude? no duermo nada',
  ])('"%s" asks for a mentor for sleep', (text) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: 'sleep' });
  });
});

describe('what was just done, asked back', () => {
  it.each([
    '¿en qué gimnasio me registraste?',
    'oye, ¿dónde me fichaste al final?',
    '¿y en cuál me has hecho el check-in?',
    '¿en qué sitio me registró, perdone?',
  ])('"%s" asks where the check-in was', (text) => {
    expect(glossed(text)).toMatch(/\bwhich place did you check me in at\b/);
    expect(read(text)).toMatchObject({ kind: 'recap', about: 'check_in' });
  });

  it.each([
    ['¿para qué hora quedó?', /\bwhat time was that again\b/],
    ['¿y a qué hora me lo pusiste?', /\bwhat time was that again\b/],
    ['perdona, ¿a qué hora te pedí?', /\bwhat time was that again\b/],
    ['¿ya me la agendaste?', /\bdid you book it\b/],
    ['¿se guardó bien?', /\bdid that go through\b/],
    ['¿ya quedó apuntado?', /\bdid that go through\b/],
  ])('"%s" asks what was done', (text, english) => {
    expect(glossed(text)).toMatch(english);
    expect(read(text).kind).toBe('recap');
  });

  // A session named, or "¿cuándo es?": the sessions (listed, or the one just booked), never "what
  // was that" of whatever was done last.
  it.each([
    '¿a qué hora es mi sesión con Amara?',
    '¿cuándo es?',
    'espera, ¿a qué hora quedó mi sesión con Lena?',
  ])('"%s" asks about the sessions', (text) => {
    expect(glossed(text)).not.toMatch(/\bwhat time was that again\b/);
    expect(read(text)).toSatisfy(
      (i: { kind: string; about?: string }) =>
        i.kind === 'list_sessions' || (i.kind === 'recap' && i.about === 'booking'),
    );
  });

  it('"regístrame en el Slow Pour" checks in, asking nothing back', () => {
    expect(read('regístrame en el Slow Pour').kind).toBe('check_in');
  });
});

describe('"k" typed for "qu", and the check-in misspelt', () => {
  it.each([
    ['kiero un gym trankilo cerca', 'gym'],
    ['kisiera una cafetería trankila porfa', 'coffee'],
  ])('"%s" is a quiet search', (text, type) => {
    expect(read(text)).toMatchObject({ kind: 'find_places', type, quiet: true });
  });

  it.each([
    ['rejistrame en el green bowl, ya llegué', 'green bowl'],
    ['regitrame en Slow Pour', 'slow pour'],
    ['regístreme en Peaceful Grounds', 'peaceful grounds'],
    ['haceme el chequin en el green bowl', 'green bowl'],
    ['¿me puedes registrar en el Slow Pour?', 'slow pour'],
    ['quisiera ficharme en Peaceful Grounds, ya estoy', 'peaceful grounds'],
  ])('"%s" checks in at %s', (text, place) => {
    expect(read(text)).toMatchObject({ kind: 'check_in', place });
  });

  it('"quiero registrarme en la app" checks in nowhere', () => {
    expect(read('quiero registrarme en la app').kind).not.toBe('check_in');
  });

  it('leaves a name with a k as written', () => {
    expect(glossed('quiero reservar con Tom Whitaker, porke me cae bien')).toMatch(
      /\bwhitaker\b.*\bporque\b/,
    );
  });
});

describe('one more place, of another kind, said as "one for" what one does there', () => {
  const searched: Memory = { lang: 'es', lastSearch: { type: 'coffee', quiet: true, beginner: false } };

  it.each([
    ["¿y alguno pa' comer sano?", 'nutrition'],
    ['e uno donde comer algo sano', 'nutrition'],
    ['y otro para entrenar?', 'gym'],
    ['¿y una para tomar un cafecito?', 'coffee'],
    ['¿y otra cafetería?', 'coffee'],
  ])('"%s" searches again for %s', (text, type) => {
    const intent = read(text, searched);
    expect(intent).toMatchObject({ kind: 'find_places', type });
    expect((intent as { city?: string }).city).toBeUndefined();
  });

  it.each(['y uno para mí', 'y otro día te cuento'])('"%s" is no search', (text) => {
    expect(glossed(text)).not.toMatch(/\bwhat about\b/);
  });
});

describe('a reminder set with "ponme uno", "un reminder", or "otro"', () => {
  it.each([
    ['pon uno para el sábado a las diez para regar las plantas', 'regar las plantas', 'Sat 11 May, 10:00'],
    ["mejor ponme uno pa'l jueves a las siete de la tarde pa' ir al gym", 'ir al gym', 'Thu 9 May, 19:00'],
    ['ponme un reminder mañana at 9 am para llamar al dentista', 'llamar al dentista', 'Tue 7 May, 09:00'],
  ])('"%s" sets a reminder to %s', (text, what, time) => {
    expect(read(text)).toMatchObject({ kind: 'reminder', what });
    expect(when(text)).toBe(time);
  });

  it('"…el viernes at 6 pm" sets one at that time (English mixed in)', () => {
    expect(read('y ponme un reminder el viernes at 6 pm')).toMatchObject({ kind: 'reminder' });
    expect(when('y ponme un reminder el viernes at 6 pm')).toBe('Fri 10 May, 18:00');
  });

  const reminded: Memory = {
    lang: 'es',
    lastReminder: { id: 'r1', title: 'tomar la pastilla', at: '2030-05-06T19:00:00.000Z' },
  };
  it.each([
    ['y otro para el domingo a las once', 'tomar la pastilla', 'Sun 12 May, 11:00'],
    ['otra más el miércoles a las 8 de la noche para llamar a mi tía', 'llamar a my tía', 'Wed 8 May, 20:00'],
    ['ponme otro el viernes a las 9', 'tomar la pastilla', 'Fri 10 May, 09:00'],
  ])('"%s" is one more reminder', (text, what, time) => {
    expect(read(text, reminded)).toMatchObject({ kind: 'reminder' });
    expect(fold((read(text, reminded) as { what?: string }).what)).toBe(fold(what));
    expect(when(text)).toBe(time);
  });

  it.each(['ponme uno de esos ejercicios', 'otro día te cuento', 'pon otra canción'])(
    '"%s" sets no reminder',
    (text) => {
      expect(read(text).kind).not.toBe('reminder');
    },
  );
});

describe('the mentor in view, with the words that close the choice', () => {
  const inView: Memory = { lang: 'es', mentors: [mentors[1]!], specialization: 'gym anxiety' };

  it.each([
    ['vale, con él pues, el miércoles a las cinco y cuarto', 'Wed 8 May, 17:15'],
    ['ya, con ella entonces, mañana a las diez', 'Tue 7 May, 10:00'],
    ['con él mismo, el viernes a las 12', 'Fri 10 May, 12:00'],
  ])('"%s" books the mentor in view at %s', (text, time) => {
    expect(glossed(text)).toMatch(/\bwith her\b/);
    expect(read(text, inView).kind).toBe('book_mentor');
    expect(when(text)).toBe(time);
  });

  it('"con el entonces presidente" is no pronoun', () => {
    expect(glossed('hablé con el entonces presidente')).not.toMatch(/\bwith her\b/);
  });
});

describe("a mentor's topic taken up as what suits, and their speciality asked", () => {
  it.each([
    ['eso de la ansiedad social me sirve. El lunes a las 9', 'Mon 13 May, 09:00'],
    ['Ah vale, lo del pánico me viene de perlas, a las cuatro', 'Mon 6 May, 16:00'],
    ['lo de la exposición es justo lo que necesito; el jueves a las 11', 'Thu 9 May, 11:00'],
  ])('"%s" takes the time, asking no topic again', (text, time) => {
    expect(glossed(text)).toMatch(/\bthat suits me\b/);
    expect(read(text).kind).not.toMatch(/exercise|find_mentor/);
    expect(when(text)).toBe(time);
  });

  it.each([
    '¿y él en qué está especializado?',
    '¿cuál es su especialidad?',
    '¿ella qué lleva?',
    '¿de qué sabe Lena?',
  ])('"%s" asks what the mentor helps with', (text) => {
    expect(glossed(text)).toMatch(/\bwhat does she specialise in\b/);
  });

  it.each(['¿qué lleva el bowl de quinoa?', 'lo de ayer me vino fatal'])('"%s" is neither', (text) => {
    expect(glossed(text)).not.toMatch(/\bspecialise\b|\bthat suits me\b/);
  });
});

describe('what was just done, taken back', () => {
  it.each([
    'ay no, deshazlo porfa, me surgió algo',
    'ups, ¿lo puedes deshacer?',
    'uy, échalo para atrás, que no puedo',
    'deshágalo, por favor',
  ])('"%s" undoes it', (text) => {
    expect(glossed(text)).toMatch(/\bundo that\b/);
  });

  it.each(['recuérdame deshacer la maleta mañana a las 10', 'deshaz la maleta'])(
    '"%s" undoes nothing',
    (text) => {
      expect(glossed(text)).not.toMatch(/\bundo\b/);
    },
  );

  const reminded: Memory = {
    lang: 'es',
    lastReminder: { id: 'r2', title: 'llamar a Carlos', at: '2030-05-07T17:30:00.000Z' },
  };
  it.each(['borra el último', 'olvídate de lo último que te dije', 'quita el último recordatorio'])(
    '"%s" drops the reminder just set',
    (text) => {
      expect(glossed(text)).toMatch(/^cancel that\b/);
      expect(reminderChangeIn(glossed(text), reminded)).toEqual({ kind: 'cancel' });
    },
  );
});

describe('a session moved rather than cancelled, "the same day"', () => {
  const listed: Memory = {
    lang: 'es',
    sessions: [
      {
        id: 's1',
        mentor: 'Lena Vogel',
        when: 'vie, 10 may, 11:00',
        day: 'fri',
        at: '2030-05-10T10:00:00.000Z',
      },
    ],
  };
  const from = new Date('2030-05-10T10:00:00Z');

  it.each([
    ['Mejor pásela para las cuatro de la tarde del mismo día', 'Fri 10 May, 16:00'],
    ['más bien muévela pa las 5 ese mismo día', 'Fri 10 May, 17:00'],
    ['no, en vez de eso córrela al martes a la misma hora', 'Tue 7 May, 11:00'],
  ])('"%s" moves it to %s', (text, to) => {
    const english = glossed(text);
    expect(english).toMatch(/^actually move it\b/);
    expect(sessionMoveIn(english, listed)).toBe(true);
    expect(at(moveTarget(english, from, now, zone)?.at)).toBe(to);
  });
});

const fold = (s: string | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
