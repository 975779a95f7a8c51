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
 * The French gloss (offline/gloss/fr.ts) by family, as people write: each message is glossed and
 * read by the English intent layer, and its time read in London on Monday 6 May 2030, 09:00.
 */

const { read, when, glossed, changed: changedFrom } = glossReader('fr');

describe('the French gloss: times and days', () => {
  it.each([
    ['après-demain à 15h30', 'Wed 8 May, 15:30'],
    ['demain matin à 7h30', 'Tue 7 May, 07:30'],
    ['demain à 8h du soir', 'Tue 7 May, 20:00'],
    ['vendredi à 16h moins le quart', 'Fri 10 May, 15:45'],
    ['à 3 heures et demie', 'Mon 6 May, 15:30'],
    ['mardi à 9 heures', 'Tue 7 May, 09:00'],
    ['jeudi à quinze heures', 'Thu 9 May, 15:00'],
    ['dimanche midi', 'Sun 12 May, 12:00'],
    ['le 9 mai à 13h', 'Thu 9 May, 13:00'],
    ['vendredi 10 à 9h', 'Fri 10 May, 09:00'],
    ['lundi prochain 10h', 'Mon 13 May, 10:00'],
    ['dans deux heures', 'Mon 6 May, 11:00'],
    ['dans une demi-heure', 'Mon 6 May, 09:30'],
    ['ce soir à 19h30', 'Mon 6 May, 19:30'],
    ['apres demain a midi', 'Wed 8 May, 12:00'],
    ['demain après-midi', 'day only'],
    ['hier à 10h', 'past'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });

  it('changes the time on the table in the ways people say it', () => {
    const previous = new Date('2030-05-10T15:00:00Z'); // Fri 16:00 in London
    const changed = (text: string) => changedFrom(text, previous);
    expect(changed('plutôt à 17h')).toBe('Fri 10 May, 17:00');
    expect(changed('finalement jeudi')).toBe('Thu 9 May, 16:00');
    expect(changed('mets 10h')).toBe('Fri 10 May, 10:00');
    expect(changed('une heure plus tard')).toBe('Fri 10 May, 17:00');
    expect(changed('non, à 16h30')).toBe('Fri 10 May, 16:30');
    expect(changed('on peut faire 14h30 ?')).toBe('Fri 10 May, 14:30');
  });
});

describe('the French gloss: mentors and sessions', () => {
  it.each([
    'salut, je peux avoir un rdv avec amara après-demain à 15h30 ?',
    'faut que je voie siobhan demain à 20h stp',
    'est-ce que tom est dispo demain après-midi ?',
    'peux-tu me booker une rencontre avec lena jeudi à 14h?',
    'Je voudrais prendre un rendez-vous avec Lena jeudi vers 10h',
  ])('reads "%s" as a booking', (text) => {
    expect(read(text).kind).toBe('book_mentor');
  });

  it.each([
    ["j'aimerais parler à quelqu'un qui m'aide avec l'anxiété sociale", 'social anxiety'],
    ["y a quelqu'un pour l'anxiété à la salle de sport ?", 'gym anxiety'],
    ["j'arrive pas à m'endormir, qui peut m'aider ?", 'sleep'],
    ["je suis hyper timide et j'ai besoin d'aide", 'social anxiety'],
  ])('reads "%s" as a mentor search for %s', (text, topic) => {
    expect(read(text)).toEqual({ kind: 'find_mentor', specialization: topic });
  });

  it.each([
    "qu'est-ce que j'ai comme rendez-vous ?",
    "c'est quoi mon prochain rdv ?",
    "j'ai quelque chose de prévu cette semaine ?",
    'montre-moi mes réservations',
  ])('reads "%s" as asking for the sessions', (text) => {
    expect(read(text).kind).toBe('list_sessions');
  });

  it('reads cancelling, and which session', () => {
    expect(read('annule mon rdv de vendredi').kind).toBe('cancel_session');
    const sessions = [
      { id: 's1', mentor: 'Tom Whitaker', when: 'mer 8 mai, 15:00', day: 'wed' },
      { id: 's2', mentor: 'Siobhán Murphy', when: 'ven 10 mai, 10:00', day: 'fri' },
    ];
    const memory: Memory = { awaiting: 'cancel_choice', sessions };
    expect(read('celui avec siobhan', memory)).toMatchObject({ kind: 'cancel_session' });
    expect(glossed('celle de mercredi')).toBe('the one on wednesday');
  });

  it('drops a proposal said no to in the usual ways', () => {
    for (const text of ['non', 'non merci', "non c'est bon laisse", 'laisse tomber', 'finalement non']) {
      expect(glossed(text)).toMatch(/never mind/);
    }
  });
});

describe('the French gloss: places and check-ins', () => {
  it.each([
    ['y a un café tranquille dans le coin ?', { type: 'coffee', quiet: true }],
    ["je cherche une salle de gym où il n'y a pas trop de monde", { type: 'gym', quiet: true }],
    ['où boire un café à berlin ?', { type: 'coffee', city: 'berlin' }],
    ['je cherche un endroit pour manger healthy pas loin', { type: 'nutrition' }],
    ['montre-moi des salles de sport pour débutants pas loin', { type: 'gym', beginner: true }],
    ['un café calme à édimbourg svp', { type: 'coffee', quiet: true, city: 'edinburgh' }],
  ])('reads "%s" as a place search', (text, search) => {
    expect(read(text)).toMatchObject({ kind: 'find_places', ...search });
  });

  it('reads the next search as the last one changed', () => {
    const memory: Memory = { lastSearch: { type: 'coffee', quiet: false, beginner: false, city: 'Berlin' } };
    expect(read('et à kreuzberg ?', memory)).toMatchObject({
      kind: 'find_places',
      type: 'coffee',
      city: 'kreuzberg',
    });
    expect(read('y a aussi des salles de sport là-bas ?', memory)).toMatchObject({
      kind: 'find_places',
      type: 'gym',
      city: 'Berlin',
    });
  });

  it.each([
    ["le premier a l'air bien, enregistre-moi là-bas", { pick: { index: 0 } }],
    ["je viens d'arriver au slow pour", { place: 'slow pour' }],
    ['je suis au peaceful grounds là', { place: 'peaceful grounds' }],
    ["j'y suis, fais mon check-in", {}],
  ])('reads "%s" as a check-in', (text, expected) => {
    expect(read(text)).toMatchObject({ kind: 'check_in', ...expected });
  });

  it('does not check in at a score or a level ("je suis à 2 sur 5")', () => {
    expect(read("je suis a 2 sur 5 aujourd'hui").kind).toBe('mood');
    expect(read('je suis à quel niveau ?').kind).toBe('journey');
  });
});

describe('the French gloss: reminders, moods, exercises, small talk', () => {
  it.each([
    ["tu peux me rappeler demain matin à 7h30 d'aller courir ?", 'aller courir', 'Tue 7 May, 07:30'],
    ['rappelle-moi dans une heure de prendre mes médicaments', 'prendre mes médicaments', 'Mon 6 May, 10:00'],
    ['rappelle-moi demain à 9h pour le dentiste', 'le dentiste', 'Tue 7 May, 09:00'],
    ['mets un rappel vendredi 10h : rendez-vous médecin', 'rendez-vous médecin', 'Fri 10 May, 10:00'],
  ])('reads "%s" as a reminder about %s', (text, about, at) => {
    const { text: english, swaps } = glossTraced(text, 'fr');
    const intent = understand(english, {});
    expect(intent.kind).toBe('reminder');
    const what = intent.kind === 'reminder' ? intent.what : undefined;
    expect(unglossWith(what ?? '', swaps, text)).toBe(about);
    expect(when(text)).toBe(at);
  });

  it.each([
    ['note : humeur 2, je suis crevée', 2],
    ['humeur : 4', 4],
    ["mon humeur aujourd'hui : 3 sur 5", 3],
    ["ça va pas trop aujourd'hui", 2],
  ])('reads "%s" as a mood of %i', (text, score) => {
    expect(read(text)).toMatchObject({ kind: 'mood', mood: { score } });
  });

  it.each([
    ["j'en peux plus, tout s'accumule, je suis submergé", 'grounding'],
    ["tu peux me guider pour un exercice d'ancrage ?", 'grounding'],
    ["au secours j'arrive plus à respirer", 'breathing'],
    ['on respire ensemble ?', 'breathing'],
    ['et fais un body scan avec moi stp', 'body_scan'],
  ])('reads "%s" as the %s exercise', (text, exercise) => {
    expect(read(text)).toMatchObject({ kind: 'exercise', exercise });
  });

  it.each([
    ['coucou ça va ?', 'how_are_you'],
    ['tu fais quoi toi ?', 'help'],
    ["t'es un vrai humain ?", 'identity'],
    ['merci mille fois !', 'thanks'],
    ['à plus', 'bye'],
    ['bonsoir', 'greeting'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('keeps "ça va mieux" a mood, not a question', () => {
    expect(read('ça va mieux, merci').kind).not.toBe('how_are_you');
  });
});

describe('the French gloss and the language of short messages', () => {
  it.each(['merci à toi', 'ouais vas-y', "oui c'est beau", 'à plus'])('tells "%s" is French', (text) => {
    expect(wordsLanguage(text)).toBe('fr');
  });

  it.each(['ok thx', 'bye', 'healthy food', 'book tom', 'show my sessions', 'my badges', 'yes please!'])(
    'does not take English "%s" for French',
    (text) => {
      expect(wordsLanguage(text)).not.toBe('fr');
    },
  );
});
