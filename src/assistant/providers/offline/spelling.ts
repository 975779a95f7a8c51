import { foldText as fold } from '../../../domain/text.ts';
import type { ChatLanguage } from './gloss/index.ts';

/**
 * Typing slips on the words the companion's matchers turn on ("chek me in", "remnd me", "cancle my
 * sesh", "breathng excercise", "rapelle moi", "panikatacken"), put right before the message is
 * read. A word is changed only when it is not a word the companion knows and exactly one of them
 * is one slip away: a letter left out, a letter too many, or two letters swapped. A letter typed
 * for another is not a slip here: "look" must never become "book". Words that are one slip from a
 * keyword and mean something else ("quite", "steak", "movie", "mall") are kept as written, and so
 * is every word under four letters, every name and number. The crisis check reads the message as
 * written, never this.
 */

const keywords: Record<ChatLanguage, string> = {
  en:
    'check cancel session sessions remind reminder reminders coffee cafe cafes places place around nearby ' +
    'breathing breathe exercise beginner beginners healthy booked booking tonight tomorrow rewards reward ' +
    'journey streak mentor mentors quiet morning evening afternoon panic attack attacks anxiety sleep ' +
    'anyone someone anything something please thanks lunch small classes minutes hours outdoor seating ' +
    'details second mood today move reschedule appointment instead actually before nervous anxious ' +
    'stressed confidence social walk monday tuesday wednesday thursday friday saturday sunday ' +
    'grounding meditation hour minute week progress',
  es:
    'registrame recuerdame recordame recordatorio sesion sesiones cafeteria cafeterias gimnasio tranquilo ' +
    'tranquila cerca mentor mentora quiero quise decir manana tarde noche lunes martes miercoles jueves ' +
    'viernes sabado domingo cancelar cancela cancelala reserva reservar reservame agendar agendalo ansiedad ' +
    'panico dormir sueno principiantes saludable comida ejercicio respiracion animo recompensas ayuda ' +
    'ayudame alguien semana perdon mejor quiero',
  fr:
    'rappelle rappeler enregistre seance seances session cafe cafes salle calme calmes tranquille proche ' +
    'mentor mentore sommeil dormir reserve reserver annule annuler demain soir matin lundi mardi mercredi ' +
    'jeudi vendredi samedi dimanche meditation respiration exercice anxiete panique debutants sain manger ' +
    'humeur recompenses quelqu aider semaine heure terrasse pardon finalement aujourd',
  de:
    'erinnere erinnerung termin termine sitzung sitzungen ruhig ruhiges ruhige fitnessstudio mentorin mentor ' +
    'morgen heute abend montag dienstag mittwoch donnerstag freitag samstag sonntag panikattacken ' +
    'panikattacke schlafen schlaf buchen absagen stornieren verschieben atemubung ubung anfanger gesund ' +
    'essen stimmung belohnungen jemand helfen woche uhrzeit bitte danke eintragen einchecken',
};

/** Chat shorthand for those words, as typed ("tonite", "sesh", "kiero", "qqn"). */
const shorthand: Record<ChatLanguage, Record<string, string>> = {
  en: {
    tonite: 'tonight',
    '2nite': 'tonight',
    sesh: 'session',
    seshs: 'sessions',
    hav: 'have',
    tmrw: 'tomorrow',
    // Australian: "this arvo", "thursday arvo".
    arvo: 'afternoon',
  },
  es: { kiero: 'quiero', kise: 'quise', q: 'que', tmb: 'tambien', xq: 'porque', pq: 'porque' },
  fr: { qqn: "quelqu'un", qqch: 'quelque chose' },
  de: { morgn: 'morgen', hab: 'habe', nen: 'einen' },
};

/** Words one slip from a keyword that are words of their own. */
const keep: Record<ChatLanguage, string> = {
  en:
    'quite quit steak movie mall round health launch eating fist mourning form thank seep wall walks ' +
    'moved mover cheek chick chuck cafes sleet shoot bookings moods moody sleepy sleeps rewarded classed ' +
    'classy mentos breath lease placed mother bother others',
  es: 'tardes noches horas ahora puede pueden puedes ayudar quiere quieres semanas martes marte',
  fr: 'sale sales saint soire heures demains matins aide porche calmer semaines mentors',
  // Northern "büschen" (a bit) is not "buchen".
  de: 'esse messen heut helfe bitter danken abends morgens buche gesunde ruhiger buschen',
};

interface Speller {
  /** The keywords, and the words kept as written. */
  known: ReadonlySet<string>;
  keywords: ReadonlySet<string>;
  /** Every keyword with one letter left out, to the keyword(s) it comes from. */
  shortened: ReadonlyMap<string, readonly string[]>;
}

const spellers = new Map<ChatLanguage, Speller>();

function spellerFor(language: ChatLanguage): Speller {
  let s = spellers.get(language);
  if (s) return s;
  const words = keywords[language].split(' ').filter(Boolean);
  const shortened = new Map<string, string[]>();
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      const short = w.slice(0, i) + w.slice(i + 1);
      const from = shortened.get(short) ?? [];
      if (!from.includes(w)) from.push(w);
      shortened.set(short, from);
    }
  }
  s = { known: new Set([...words, ...keep[language].split(' ')]), keywords: new Set(words), shortened };
  spellers.set(language, s);
  return s;
}

/** The one keyword `word` is a slip of, if there is exactly one. */
function slipOf(word: string, s: Speller): string | undefined {
  const found = new Set<string>();
  // A letter left out: "chek" is "check" without a c.
  for (const w of s.shortened.get(word) ?? []) found.add(w);
  for (let i = 0; i < word.length; i++) {
    // A letter too many: "excercise" is "exercise" with a c.
    const fewer = word.slice(0, i) + word.slice(i + 1);
    if (s.keywords.has(fewer)) found.add(fewer);
    // Two letters swapped: "cancle", "moev".
    if (i + 1 < word.length) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (swapped !== word && s.keywords.has(swapped)) found.add(swapped);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The message with slips on the companion's keywords put right, folded as the glosses read it. */
export function spelled(text: string, language: ChatLanguage): string {
  const s = spellerFor(language);
  let changed = false;
  const short = shorthand[language];
  const out = text.replace(/[\p{L}\p{N}']+/gu, (raw) => {
    const word = fold(raw);
    const said = short[word];
    if (said) {
      changed = true;
      return said;
    }
    if (word.length < 4 || !/^[a-z]+$/.test(word) || s.known.has(word)) return raw;
    const right = slipOf(word, s);
    if (!right) return raw;
    changed = true;
    return right;
  });
  return changed ? out : text;
}
