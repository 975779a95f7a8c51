import { describe, expect, it } from 'vitest';
import { moodIn as moodReading } from '../../src/assistant/mood-words.ts';
import { requestsIn } from '../../src/assistant/providers/offline/compound.ts';
import { gloss } from '../../src/assistant/providers/offline/gloss/index.ts';
import { replyLanguageOf } from '../../src/assistant/providers/offline/i18n/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { sessionMoveIn, withoutSessionDay } from '../../src/assistant/providers/offline/session-moves.ts';
import { eveOf, minutesBefore } from '../../src/assistant/providers/offline/session-reminder.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { changeWhen } from '../../src/assistant/providers/offline/when.ts';
import { placeNameAsked } from '../../src/assistant/providers/offline/words.ts';
import { asksFor, namesPlace } from '../../src/assistant/turn/consent.ts';
import { isAffirmative, isNegative } from '../../src/assistant/turn/proposals.ts';
import { cities } from '../../src/db/seed/cities.ts';
import { gazetteer, namesOf, sampledCities } from '../../src/domain/locations/gazetteer.ts';

/**
 * Issue 16, the families the 2026-12-07 conversation probe found wrong, each read the general way:
 * a neighbourhood or a city of the languages spoken known by any of its names, a filter added to
 * the last search, a place pointed at ("that gym"), a reminder said as the rest of the last one, a
 * check-in and a logged mood in one message, yeses of several words, a "no" that changes the
 * booking, and a message's language told by its own words when a name outweighs them.
 */

const read = (text: string, lang: 'en' | 'es' | 'fr' | 'de', memory: Memory = {}) =>
  understand(gloss(text, lang), memory);

describe('places known by name', () => {
  it('knows the large cities of the languages spoken, and the other names people use', () => {
    const named = (word: string) =>
      gazetteer.find(
        (c) => namesOf(c).includes(word) || c.neighbourhoods.some((n) => namesOf(n).includes(word)),
      )?.name;
    expect(named('Malasaña')).toBe('Madrid');
    expect(named('Montmartre')).toBe('Paris');
    expect(named('Camden')).toBe('London');
    expect(named('Wien')).toBe('Vienna');
    expect(named('Londres')).toBe('London');
  });

  it('seeds sample places in the sampled cities only', () => {
    expect(cities.map((c) => c.name)).toEqual(sampledCities.map((c) => c.name));
    expect(cities.some((c) => c.name === 'Paris')).toBe(false);
  });

  it.each([
    ['busco un gimnasio tranquilo en malasaña', 'es', 'malasana'],
    ['une salle de sport tranquille à montmartre', 'fr', 'montmartre'],
    ['gym in camden thats not too busy', 'en', 'camden'],
    ['quiet gym in the east village', 'en', 'east village'],
  ] as const)('"%s" searches there', (text, lang, city) => {
    expect(read(text, lang)).toMatchObject({ kind: 'find_places', quiet: true, city });
  });
});

describe('what was just listed or searched', () => {
  const lastSearch = { type: 'gym' as const, quiet: true, beginner: false };
  it.each([
    ['anything beginner friendly near me?', 'en'],
    ['y alguno para principiantes por aqui cerca?', 'es'],
    ['und was für anfänger hier in der nähe', 'de'],
  ] as const)('"%s" adds the beginner filter to the last search', (text, lang) => {
    expect(read(text, lang, { lastSearch })).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      quiet: true,
      beginner: true,
    });
  });

  const places = [
    { id: 'p1', name: 'Peaceful Grounds Café', type: 'coffee' as const },
    { id: 'p2', name: 'The Quiet Gym', type: 'gym' as const },
  ];
  it.each([
    ['tell me about that gym', 'en'],
    ['cuéntame más de ese gimnasio', 'es'],
    ['parle-moi de cette salle', 'fr'],
    ['erzähl mir mehr über das studio', 'de'],
  ] as const)('"%s" asks about the one gym listed', (text, lang) => {
    expect(read(text, lang, { places })).toMatchObject({ kind: 'place_details', pick: { index: 1 } });
  });

  it('does not guess among two of that kind', () => {
    const two = [...places, { id: 'p3', name: 'Beginner Fitness Hub', type: 'gym' as const }];
    expect(read('tell me about that gym', 'en', { places: two })).not.toMatchObject({
      kind: 'place_details',
      pick: { index: expect.any(Number) },
    });
  });

  it('never takes "thanks" for the city it asked for', () => {
    expect(read('mil gracias', 'es', { awaiting: 'location' }).kind).toBe('thanks');
  });
});

describe('a reminder said as the rest of the last one', () => {
  const lastReminder = { id: 'r1', title: 'tomar agua', at: '2030-05-06T19:00:00Z' };
  it.each([
    ['y mañana a las 9 llamar a mi madre', 'es', 'madre'],
    ["et dans 2 heures de boire de l'eau", 'fr', "boire de l'eau"],
    ['und morgen um 8 an den zahnarzt', 'de', 'zahnarzt'],
    ['and at 5 to call dad', 'en', 'call dad'],
  ] as const)('"%s" is another reminder', (text, lang, about) => {
    const intent = read(text, lang, { lastReminder });
    expect(intent.kind).toBe('reminder');
    expect(intent.kind === 'reminder' && intent.what).toContain(about);
  });

  it('is not one without a reminder just set', () => {
    expect(read('and tomorrow at 9 call my mum', 'en').kind).not.toBe('reminder');
  });
});

describe('a check-in and a mood to log in one message', () => {
  it.each([
    ['check me in at the quiet gym, feeling pretty good today log that', 'en'],
    ['check-in à the quiet gym, et je me sens à 3/5', 'fr'],
    ['check mich im the quiet gym ein und stimmung 4/5', 'de'],
  ] as const)('"%s" is two requests', (text, lang) => {
    const parts = requestsIn(gloss(text, lang), {});
    expect(parts).toHaveLength(2);
    expect(parts!.map((p) => understand(p, {}).kind)).toEqual(['check_in', 'mood']);
  });

  it.each([
    'check me in at the quiet gym, feeling anxious',
    'i have panic attacks, can i book someone tonight at 7pm?',
    'find a quiet cafe and a gym',
  ])('"%s" stays one', (text) => {
    expect(requestsIn(text, {})).toBeUndefined();
  });
});

describe('yes and no to a proposal', () => {
  it.each(['ça marche', "d'acc", 'ok ça marche merci', 'de acuerdo', 'geht klar', 'works for me'])(
    '"%s" is a yes',
    (text) => {
      expect(isAffirmative(text, 'book_mentor_session', 'Book a session with Amara Okafor')).toBe(true);
    },
  );
  it.each(['ça marche pas', 'de acuerdo pero con tom'])('"%s" is not', (text) => {
    expect(isAffirmative(text, 'book_mentor_session', 'Book a session with Amara Okafor')).toBe(false);
  });
  it.each(['no espera, mejor con amara', 'non plutôt vendredi', 'nein, lieber mit tom'])(
    '"%s" changes the booking rather than refusing it',
    (text) => {
      expect(isNegative(text)).toBe(false);
    },
  );
  it('a plain no is still a no', () => {
    expect(isNegative('no gracias')).toBe(true);
  });
});

describe("a message's language, when a name outweighs its words", () => {
  it.each([
    ['reserve tom whitaker mercredi 14h30', 'fr'],
    ['registrame en peacefull grounds', 'es'],
    ['hazme check in en slow pour', 'es'],
    ['checke mich bei peacefull grounds cafe ein', 'de'],
    ['can you book tom whitaker on wednesday at 2:30', 'en'],
  ] as const)('"%s" is %s', (text, lang) => {
    expect(replyLanguageOf(text, {}).lang).toBe(lang);
  });
});

describe('a place named with a slip', () => {
  it('names Peaceful Grounds Café as "peacefull grounds", not as "grounds" alone or another place', () => {
    expect(namesPlace('Peaceful Grounds Café', 'checkin at peacefull grounds cafe')).toBe(true);
    expect(namesPlace('Peaceful Grounds Café', 'check me in at grounds')).toBe(false);
    expect(namesPlace('Slow Pour Coffee', 'check me in at peacefull grounds')).toBe(false);
  });
});

/**
 * The families the 2026-12-08 probe found wrong (blind: 76.6% of its turns right), read the same
 * general way.
 */
describe('moods to log', () => {
  it.each([
    ['rough morning tbh. log me as a 2', 2],
    ['ya pasó. anota mi ánimo como 3 porfa', 3],
    ['log my mood as a 4 while ur at it', 4],
    ["bof, je me sens un peu à plat aujourd'hui. tu peux le noter ?", 2],
  ])('"%s" states a mood of %d', (text, score) => {
    expect(moodReading(text)?.score).toBe(score);
  });

  it('does not read a particle of one language as a mood word of another ("bin dann mal im gym")', () => {
    expect(moodReading('alles klar, bin dann mal im gym.')).toBeUndefined();
    expect(moodReading('me siento muy mal')?.score).toBe(1);
    expect(moodReading('estoy mal')?.score).toBe(2);
  });

  it('logs no mood said in passing beside other requests', () => {
    const text =
      'honestly im scared of looking stupid. any beginner friendly gyms near me? and is there a mentor for gym anxiety';
    expect(requestsIn(text, {})?.map((p) => understand(p, {}).kind)).toEqual(['find_places', 'find_mentor']);
  });
});

describe('a reminder answered with its time and what it is about', () => {
  it.each([
    ['tomorrow 8am, pack gym bag', 'en', 'pack gym bag'],
    ['en 45 minutos, tomar agua', 'es', 'tomar agua'],
    ['dans 2h, appeler ma mère', 'fr', 'appeler ma mere'],
    ['um viertel nach sechs heute abend, mama anrufen', 'de', 'mama anrufen'],
  ] as const)('"%s" is about %s', (text, lang, about) => {
    expect(read(text, lang, { awaiting: 'reminder_time' })).toEqual({ kind: 'reminder', what: about });
  });

  it.each([
    ['recuérdame algo en un rato', 'es'],
    ['erinnere mich an was später', 'de'],
    ['remind me of something later', 'en'],
  ] as const)('"%s" has no subject yet', (text, lang) => {
    expect(read(text, lang)).toEqual({ kind: 'reminder', what: undefined });
  });
});

describe('places asked about by name', () => {
  it.each([
    ["c'est comment green bowl kitchen ? j'hésite à y aller ce midi", 'fr', 'green bowl kitchen'],
    ['qué onda con peaceful grounds, tiene wifi? quiero ir a trabajar', 'es', 'peaceful grounds'],
    ['wie ist das beginner fitness hub so? bin noch nicht dort', 'de', 'beginner fitness hub'],
  ] as const)('"%s" asks about %s', (text, lang, name) => {
    const intent = read(text, lang);
    expect(intent.kind).toBe('place_details');
    expect(placeNameAsked(gloss(text, lang))).toBe(name);
  });

  it('on the way is not there: no check-in asked for', () => {
    expect(asksFor('check_in', 'cómo es the quiet gym? voy para allá pero todavía no llegué')).toBe(false);
    expect(asksFor('check_in', "i'm on my way, not there yet")).toBe(false);
    expect(asksFor('check_in', 'ya llegué')).toBe(true);
    expect(read('cómo es the quiet gym? voy para allá pero todavía no llegué', 'es').kind).toBe(
      'place_details',
    );
  });

  it('a known city named beats "there" in a follow-up', () => {
    const lastSearch = { type: 'coffee' as const, quiet: true, beginner: false, city: 'manchester' };
    expect(read("what about edinburgh, i'm there after", 'en', { lastSearch })).toMatchObject({
      kind: 'find_places',
      city: 'edinburgh',
    });
    expect(read('and gyms there?', 'en', { lastSearch })).toMatchObject({ city: 'manchester', type: 'gym' });
  });
});

describe('mentors by what people say they struggle with', () => {
  it.each([
    [
      "je cherche quelqu'un pour m'aider à m'exposer petit à petit à ce qui me fait peur",
      'fr',
      'exposure practice',
    ],
    [
      'ich trau mich nicht ins fitnessstudio, alle gucken immer. gibts nen mentor dafür?',
      'de',
      'gym anxiety',
    ],
    ['und gibts jemand, der sich mit fitness für anfänger auskennt?', 'de', 'beginner fitness'],
    ["i need help with confidence, like speaking up in meetings. who'd be good", 'en', 'confidence'],
    ['ich schlaf sit wuche schlecht, wer cha mir da hälfe?', 'de', 'sleep'],
  ] as const)('"%s" looks for %s', (text, lang, specialization) => {
    expect(read(text, lang)).toEqual({ kind: 'find_mentor', specialization });
  });
});

describe('Swiss German and Québec French, as typed', () => {
  it.each([
    ['buech mer bitte bi de siobhán am friitig am halbi vieri', 'book bei siobhan on friday at 3:30'],
    ['und was han ich suscht no für termin?', 'and what sessions do i have?'],
    ['dann buch mir den tom für montag in einer woche um 12', 'dann book den tom fur next monday at 12'],
  ])('"%s" reads as "%s"', (text, english) => {
    expect(gloss(text, 'de')).toBe(english);
  });

  it('reads "y a-tu des places santé" and "pis à toronto"', () => {
    expect(read('je m’en vais à montréal, y a-tu des places santé pour manger là-bas?', 'fr')).toMatchObject({
      kind: 'find_places',
      type: 'nutrition',
      city: 'montreal',
    });
    expect(gloss('pis à toronto?', 'fr')).toBe('and in toronto?');
  });
});

describe('yeses and languages, as typed', () => {
  it.each(['dale, confirmá', 'passt, mach ma so', "oui c'est bon pour moi", 'ja, merci vielmal'])(
    '"%s" is a yes',
    (text) => {
      expect(isAffirmative(text, 'book_mentor_session', 'Book a session with Amara Okafor')).toBe(true);
    },
  );

  it('keeps English for an English request with a German time in it', () => {
    expect(replyLanguageOf('book a session with tom whitaker morgen um 10 Uhr', {}).lang).toBe('en');
  });

  it('names Green Bowl Kitchen as "green bol", not by one generic word', () => {
    expect(namesPlace('Green Bowl Kitchen', 'haceme el check-in en green bol porfa')).toBe(true);
    expect(namesPlace('Green Bowl Kitchen', 'check me in at the kitchen')).toBe(false);
  });
});

describe('a reminder timed from a session, in four languages', () => {
  const now = new Date('2030-05-06T08:00:00Z');
  const session = new Date('2030-05-08T14:00:00Z');
  it.each([
    ['remind me the day before at 8pm', 'en', '2030-05-07T19:00:00.000Z'],
    ['peux-tu me faire un rappel la veille à 19h?', 'fr', '2030-05-07T18:00:00.000Z'],
    ['erinner mich am tag davor um 20 uhr', 'de', '2030-05-07T19:00:00.000Z'],
    ['recuérdame el día antes', 'es', '2030-05-07T17:00:00.000Z'],
  ] as const)('"%s" is due on the eve', (text, lang, due) => {
    expect(eveOf(gloss(text, lang), session, now, 'Europe/London')?.toISOString()).toBe(due);
  });

  it('reads "una hora antes" after a reminder verb as before the session', () => {
    expect(minutesBefore(gloss('recuérdame una hora antes', 'es'))).toBe(60);
    expect(minutesBefore(gloss('eine stunde vorher erinnern bitte', 'de'))).toBe(60);
    expect(eveOf('remind me at 8pm', session, now, 'Europe/London')).toBeUndefined();
  });
});

describe('moving a session in Spanish, French and German', () => {
  const lastBooked = { sessionId: 's1', mentor: 'Amara Okafor', at: '2030-05-08T14:00:00Z' };
  const from = new Date(lastBooked.at);
  const now = new Date('2030-05-06T08:00:00Z');
  it.each([
    [
      'puedo pasar mi sesión con amara del miércoles al jueves a la misma hora?',
      'es',
      '2030-05-09T14:00:00.000Z',
    ],
    ['est-ce que je peux la déplacer à jeudi même heure ?', 'fr', '2030-05-09T14:00:00.000Z'],
    [
      'kann ich meinen termin mit amara von mittwoch auf freitag um 10 verschieben?',
      'de',
      '2030-05-10T09:00:00.000Z',
    ],
    ['décale mon rdv de mercredi à vendredi', 'fr', '2030-05-10T14:00:00.000Z'],
  ] as const)('"%s" moves it to %s', (text, lang, to) => {
    const english = gloss(text, lang);
    expect(sessionMoveIn(english, { lastBooked })).toBe(true);
    const where = withoutSessionDay(english);
    expect(changeWhen(where, from, now, 'Europe/London')?.at?.toISOString()).toBe(to);
  });
});
