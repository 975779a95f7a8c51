import { describe, expect, it } from 'vitest';
import { replyLanguageOf } from '../../src/assistant/providers/offline/i18n/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { reminderChangeIn } from '../../src/assistant/providers/offline/reminder-moves.ts';
import { sessionMoveIn } from '../../src/assistant/providers/offline/session-moves.ts';
import { glossReader } from '../helpers/gloss.ts';

/**
 * The French families the 2026-12-19 conversation probe found wrong (80% of its French turns
 * blind), tested in other words than the probe's: the apostrophe and the hyphen left out ("crises
 * d angoisse", "vas y"), Québec "envoye" and "c'tu", Swiss "adieu!" as hello, a session picked by
 * its hour ("celle de 9h30"), feelings in French and English words ("full stressed", "un break",
 * "c'est better"), worn out as Québec says it ("brûlée", "vidée"), one more reminder ("pis un
 * autre…"), points asked of what was just done, a window of time ("entre 14h et 16h", "entre midi
 * et deux"), a reminder moved by name or to a lapse ("décale mon rappel", "mettez plutôt dans deux
 * heures"), "à part ça," before another ask, whether a listed place suits beginners, a mentor booked
 * with the pronoun before the verb ("me la réserver"), and a session named by its mentor, moved.
 * Each with a harmless twin the gloss must leave.
 */

const { read, glossed, when } = glossReader('fr');

describe('the apostrophe left out', () => {
  it.each([
    'est ce qu il y a qqn pour les crises d angoisse ?',
    'c est pour mes crises d angoisse, t as quelqu un ?',
    'j ai besoin d aide pour mes crises d angoisse',
  ])('"%s" looks for a mentor for panic attacks', (text) => {
    expect(read(text)).toMatchObject({ kind: 'find_mentor', specialization: 'panic attacks' });
  });

  it.each(['vitamine d en poudre', 'le plan b', 'la lettre j a la fin'])('leaves "%s"', (text) => {
    expect(glossed(text)).not.toContain("'");
  });
});

describe('go ahead, said without its hyphen or as Québec says it', () => {
  it.each(['ok vas y', 'oui allez y', 'vazy', 'ouais envoye', 'envoye donc'])('"%s" is a yes', (text) => {
    expect(glossed(text)).toMatch(/^(?:yes|ok go ahead)$/);
  });

  it.each(['tu vas y aller ce soir ?', 'il va y avoir du monde', 'envoie-moi la liste', 'je fonce au gym'])(
    'leaves "%s"',
    (text) => {
      expect(glossed(text)).not.toMatch(/\byes\b|go ahead|vas-y/);
    },
  );
});

describe('a session picked by its hour', () => {
  it.each([
    ['supprime celui de 9h30', 'the one at 9:30'],
    ['annule celle qui est à 11h', 'the one at 11:00'],
    ['je veux annuler le rendez-vous de dix-sept heures', 'session at 17:00'],
    ['décommande celle prévue à 14h', 'the one at 14:00'],
  ])('"%s" reads "%s"', (text, english) => {
    expect(glossed(text)).toContain(english);
    expect(read(text).kind).toBe('cancel_session');
  });

  it.each([
    ['celle de jeudi', 'the one on thursday'],
    ['celui avec Tom', 'the one with tom'],
  ])('keeps "%s" a day or a name', (text, english) => {
    expect(glossed(text)).toBe(english);
  });
});

describe('feelings in French and English words', () => {
  it.each([
    'chu full tired, faut que je prenne un break',
    "je suis grave stressée, j'ai vraiment besoin d'une pause",
    'je me sens full down, il me faut un break',
  ])('"%s" is answered in French, a mood', (text) => {
    expect(replyLanguageOf(text, {}).lang).toBe('fr');
    expect(read(text).kind).toBe('mood');
  });

  it('keeps an English message English', () => {
    expect(replyLanguageOf("i'm full of energy today, thanks", {}).lang).toBe('en');
  });

  it.each([
    'ça va un peu better, tu peux noter mon humeur ?',
    'je feel better, enregistre mon humeur',
    "c'est mieux maintenant, note mon moral",
  ])('"%s" logs a better mood', (text) => {
    expect(read(text)).toMatchObject({ kind: 'mood', mood: { score: 4 } });
  });

  it.each(["c'est mieux à 16h", "c'est better que rien", 'ce serait mieux si tu notais mon humeur demain'])(
    'leaves "%s"',
    (text) => {
      expect(glossed(text)).not.toContain('i feel better');
    },
  );
});

describe('worn out, as Québec and France say it', () => {
  it.each(['je suis complètement vidée', 'chu full brûlé', 'je me sens lessivé'])(
    '"%s" is a low mood',
    (text) => {
      expect(read(text)).toMatchObject({ kind: 'mood', mood: { score: 2 } });
    },
  );

  it.each(['le steak est brûlé', 'la bouteille est vide'])('leaves "%s"', (text) => {
    expect(read(text).kind).not.toBe('mood');
  });
});

describe('one more reminder', () => {
  const memory = {
    lastReminder: { id: 'r1', title: 'mon souper', at: '2030-05-06T17:00:00.000Z' },
  } as Memory;

  it.each([
    ['et une autre jeudi à 18h pour appeler maman', 'appeler maman', 'Thu 9 May, 18:00'],
    ['encore un autre rappel à 21h pour sortir le chien', 'sortir le chien', 'Mon 6 May, 21:00'],
    ['puis un autre demain à 8h pour mon café', 'my cafe', 'Tue 7 May, 08:00'],
  ])('"%s" reminds about %s at %s', (text, what, time) => {
    expect(read(text, memory)).toEqual({ kind: 'reminder', what });
    expect(when(text)).toBe(time);
  });

  it.each(['un autre jour peut-être', 'et un autre café ?', 'une autre fois'])('leaves "%s"', (text) => {
    expect(glossed(text)).not.toContain('another one');
  });
});

describe('points asked of what was just done', () => {
  it.each([
    'ça rapporte des points ?',
    'je gagne des points avec ça ?',
    "j'ai-tu des points pour ça ?",
    'est-ce que ma visite compte pour des points ?',
    'on a des points ?',
  ])('"%s" lists the rewards', (text) => {
    expect(read(text).kind).toBe('rewards');
  });

  it('keeps the points counted the progress', () => {
    expect(read("combien de points j'ai ?").kind).toBe('journey');
  });

  it.each(["j'ai des points de suture", "c'est quoi les points forts du café ?"])('leaves "%s"', (text) => {
    expect(read(text).kind).not.toBe('rewards');
  });
});

describe('a window of time', () => {
  it.each([
    ['je peux voir Amara jeudi entre 9h30 et 11h ?', 'between 9:30 and 11:00'],
    ['entre quatorze et seize heures, ça me va', 'between 14 and 16:00'],
    ["entre deux et quatre heures de l'après-midi", 'between 2 and 4pm'],
    ['je suis libre entre midi et deux', 'between 12:00 and 14:00'],
  ])('"%s" reads "%s"', (text, english) => {
    expect(glossed(text)).toContain(english);
  });

  it.each(['entre nous, je stresse', 'entre deux et trois personnes'])('leaves "%s"', (text) => {
    expect(glossed(text)).not.toContain('between');
  });
});

describe("a reminder's time changed", () => {
  const memory = {
    lastReminder: { id: 'r1', title: 'prendre mes médicaments', at: '2030-05-06T09:30:00.000Z' },
  } as Memory;

  it.each([
    ['tu peux repousser le rappel à 18h ?', 'Mon 6 May, 18:00'],
    ['avance mon alarme à 9h45', 'Mon 6 May, 09:45'],
    ["change l'heure de mon rappel pour 17h", 'Mon 6 May, 17:00'],
    ['non, mets-le plutôt dans trois heures', 'Mon 6 May, 12:00'],
    ['remettez-le dans une heure et demie', 'Mon 6 May, 10:30'],
  ])('"%s" moves it to %s', (text, time) => {
    expect(reminderChangeIn(glossed(text), memory)).toEqual({ kind: 'move' });
    expect(when(text)).toBe(time);
  });

  it.each(['mets du sel dans la soupe', 'rappelle-moi de décaler mon rendez-vous'])('leaves "%s"', (text) => {
    expect(glossed(text)).not.toMatch(/move my reminder|make it/);
  });
});

describe('"à part ça" before another ask', () => {
  const searched = {
    places: [{ id: 'p1', name: 'The Quiet Gym', type: 'gym', quietness: 'quiet', distanceKm: 0.2 }],
    lastSearch: { type: 'gym', quiet: false, beginner: false },
  } as Memory;

  it.each([
    ['à part cela, un café tranquille ?', 'coffee'],
    ['et à part ça, tu connais un resto sain ?', 'nutrition'],
  ])('"%s" looks for %s', (text, type) => {
    expect(read(text, searched)).toMatchObject({ kind: 'find_places', type });
  });

  it('leaves "à part ça tout va bien" no search', () => {
    expect(read('à part ça tout va bien', searched).kind).not.toBe('find_places');
  });
});

describe('whether a listed place suits beginners', () => {
  const listed = {
    places: [
      { id: 'p1', name: 'The Quiet Gym', type: 'gym', quietness: 'quiet', distanceKm: 0.2 },
      { id: 'p2', name: 'Beginner Fitness Hub', type: 'gym', quietness: 'medium', distanceKm: 0.3 },
    ],
    lastSearch: { type: 'gym', quiet: false, beginner: false },
  } as Memory;

  it.each([
    ['est-ce que le premier est adapté aux débutants ?', 0],
    ['et le 2e, ça convient aux débutants ?', 1],
    ['la dernière, c’tu bon pour les débutants ?', -1],
  ])('"%s" asks about place %d', (text, index) => {
    expect(glossed(text)).toContain('good for beginners');
    expect(read(text, listed)).toMatchObject({ kind: 'place_details', pick: { index } });
  });

  it('keeps a search for beginners a search', () => {
    expect(read('je cherche une salle pour les débutants')).toMatchObject({
      kind: 'find_places',
      beginner: true,
    });
  });
});

describe('a mentor booked with the pronoun before the verb', () => {
  it.each([
    ['je peux le booker jeudi à 10h ?', 'book him'],
    ['tu peux nous la réserver vendredi ?', 'book her'],
    ['réserve-la-moi pour lundi', 'book her'],
  ])('"%s" reads "%s"', (text, english) => {
    expect(glossed(text)).toContain(english);
    expect(read(text).kind).toBe('book_mentor');
  });

  it('leaves a table booked for a reminder', () => {
    expect(glossed('rappelle-moi de réserver une table')).not.toContain('book her');
  });
});

describe('a session named by its mentor, moved', () => {
  const cancelled = { lang: 'fr' } as Memory;
  it.each(['celle avec Tom, on peut la repousser à jeudi ?', 'et celui de Lena, tu peux le décaler à 15h ?'])(
    '"%s" moves that mentor\'s session',
    (text) => {
      expect(glossed(text)).toMatch(/\bthe (?:tom|lena) one\b/);
      expect(sessionMoveIn(glossed(text), cancelled)).toBe(true);
    },
  );

  it('leaves a session named alone', () => {
    expect(glossed('celle avec Tom')).toBe('the one with tom');
  });
});

describe('Swiss "adieu" to open a message', () => {
  it('is hello before a request', () => {
    expect(glossed('Adieu, je voudrais un rdv avec Lena demain')).toMatch(/^hello, /);
  });

  it('leaves "adieu" said alone', () => {
    expect(glossed('adieu')).toBe('adieu');
  });
});

describe('fillers and courtesy tags around a reminder', () => {
  it.each([
    ['mets-moi un rappel pour ma lessive, genre 20h', 'ma lessive', 'Mon 6 May, 20:00'],
    ["rappelle-moi d'arroser les plantes style vers 17h", 'arroser les plantes', 'Mon 6 May, 17:00'],
    ['rappelle-moi de sortir le chien, sais-tu, demain à 7h30', 'sortir le chien', 'Tue 7 May, 07:30'],
    ['un rappel demain environ à 9h pour la pharmacie, savez-vous ?', 'la pharmacie', 'Tue 7 May, 09:00'],
  ])('"%s" reminds about %s at %s', (text, what, time) => {
    expect(read(text)).toEqual({ kind: 'reminder', what });
    expect(when(text)).toBe(time);
  });

  it.each(['il fait genre 20 degrés', 'tu sais ce que je veux dire'])('leaves "%s"', (text) => {
    expect(glossed(text)).toMatch(/genre|tu sais/);
  });
});

describe('what a mentor does, and whether a mentor is the one for something', () => {
  it.each([
    ['Lena fait quoi ?', 'lena'],
    ["qu'est-ce que fait Amara ?", 'amara'],
    ['c’est quoi la spécialité de Madame Murphy ?', 'murphy'],
    ['Tom, il s’occupe de quoi au juste ?', 'tom'],
  ])('"%s" asks about %s', (text, who) => {
    expect(glossed(text)).toMatch(/^what does .+ do\??$/);
    expect(read(text)).toMatchObject({ kind: 'mentor_about', who });
  });

  it.each([
    ["c'est bien Tom qui fait les débutants en sport ?", 'tom', 'beginner fitness'],
    ["c'est Mme Murphy pour le sommeil ?", 'murphy', 'sleep'],
    ["Amara, c'est elle qui s'occupe de la confiance en soi ?", 'amara', 'confidence'],
  ])('"%s" asks whether %s is the one for %s', (text, who, topic) => {
    expect(glossed(text)).toContain(' the one for ');
    expect(read(text)).toMatchObject({ kind: 'mentor_about', who, topic });
  });

  it.each([
    ["attends, qu'est-ce qu'il fait au juste, lui ?", 'what does he do?'],
    ['et elle, elle travaille sur quoi ?', 'what does she do?'],
    ["c'est quoi son domaine déjà ?", 'what do they do?'],
  ])('"%s" asks about the mentor in view ("%s")', (text, english) => {
    const inView = {
      mentors: [{ id: 'm1', name: 'Tom Whitaker', meets: 'both', specialization: ['gym-anxiety'] }],
      focusMentor: { id: 'm1', name: 'Tom Whitaker' },
    } as Memory;
    expect(glossed(text)).toBe(english);
    expect(read(text, inView).kind).toBe('mentor_about');
  });

  // (The English layer reads "is lena the one for panic attacks" as panic itself: the lead's.)
  it('reads a mentor asked about panic attacks as the English form', () => {
    expect(glossed("c'est bien Lena qui fait les crises de panique ?")).toBe(
      'is lena the one for panic attacks ?',
    );
  });

  it.each([
    'tu fais quoi ?',
    'on fait quoi ce soir ?',
    'il fait quoi comme temps demain ?',
    'il fait quoi demain ?',
    "c'est super pour les débutants",
    "c'est parfait pour moi, merci",
    "c'est maman qui fait le souper",
    "c'est moi qui décide",
    "c'est elle qui fait aussi l'anxiété sociale ?",
  ])('leaves "%s"', (text) => {
    expect(glossed(text)).not.toMatch(/what does|the one for/);
  });
});

describe('what a listed place has, asked by its rank, and how far a place is', () => {
  const listed = {
    places: [
      { id: 'p1', name: 'Peaceful Grounds Café', type: 'coffee', quietness: 'quiet', distanceKm: 0.14 },
      { id: 'p2', name: 'Slow Pour Coffee', type: 'coffee', quietness: 'medium', distanceKm: 0.19 },
      { id: 'p3', name: 'Green Bowl Kitchen', type: 'nutrition', quietness: 'quiet', distanceKm: 0.21 },
    ],
    lastSearch: { type: 'coffee', quiet: false, beginner: false },
  } as Memory;

  it.each([
    ['le 2ème a le wifi ?', 1],
    ['et la première, elle a une terrasse ?', 0],
    ['le troisième, y a du wifi ?', 2],
  ])('"%s" asks about place %d', (text, index) => {
    expect(glossed(text)).toMatch(/^does the \w+ one have /);
    expect(read(text, listed)).toMatchObject({ kind: 'place_details', pick: { index } });
  });

  it.each([
    ['le Slow Pour, c’est loin ?', 'how far is slow pour?'],
    ['à quelle distance se trouve le Green Bowl ?', 'how far is green bowl?'],
    ['c’est à combien, le Peaceful Grounds ?', 'how far is peaceful grounds?'],
  ])('"%s" reads "%s"', (text, english) => {
    expect(glossed(text)).toBe(english);
    expect(read(text, listed).kind).toBe('place_details');
  });

  it.each(['un café pas loin ?', "c'est loin ?", 'le café a du bon café'])('leaves "%s"', (text) => {
    expect(glossed(text)).not.toMatch(/how far|does the \w+ one have/);
  });
});

describe('yes, go ahead, in formal words', () => {
  it.each(['oui, allez-y, procédez', 'procédez', "parfait, c'est parti", 'oui je valide'])(
    '"%s" is a yes',
    (text) => {
      expect(glossed(text)).toBe('yes');
    },
  );

  it('leaves a question about how to proceed', () => {
    expect(glossed('comment je procède pour annuler ?')).not.toBe('yes');
  });
});
