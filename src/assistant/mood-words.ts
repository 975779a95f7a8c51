/**
 * How people say how they feel, read into the mood log's 1-5 score: by number ("2/5", "3 out of
 * 5", "un 2 sur 5", "4 von 5") or in words of English, Spanish, French and German ("pretty low",
 * "bajoneada", "bof", "geht so"). Lower case, accents folded. Used by the offline companion to
 * understand a mood check-in and by the consent rule (a mood the user stated is recorded at once).
 */

import { foldText as fold } from '../domain/text.ts';

export interface MoodReading {
  score: number;
  /** The words that told it ("pretty low"), or the number ("2/5"). */
  feeling: string;
}

/** "2/5", "2 out of 5", "3 of 5", "2 sur 5", "2 von 5", "2 de 5", "a 2 today" after a mood word. */
const NUMBER = /(?:^|[^\d/])([1-5])(?:[.,]5)? ?(?:\/ ?5|(?:out )?of 5|sur 5|von 5|de 5|su 5)(?![\d])/;

/** Out of ten, as many people rate a day: "4/10", "3 out of 10", "6 sur 10", "3 von 10", "un 7 de 10". */
const NUMBER_OF_TEN =
  /(?:^|[^\d/])(10|[0-9])(?:[.,]5)? ?(?:\/ ?10|(?:out )?of 10|sur 10|von 10|de 10|su 10)(?![\d])/;

/** The log's 1-5 score for a rating out of ten: 1-2 → 1, 3-4 → 2 … 9-10 → 5. */
const fromTen = (n: number) => Math.min(5, Math.max(1, Math.ceil(n / 2)));

/** Words by score; a phrase wins over the single word inside it ("not great" is not "great"). */
const WORDS: Record<number, readonly string[]> = {
  1: [
    ...[
      'awful',
      'terrible',
      'horrible',
      'miserable',
      'dreadful',
      'the worst',
      'really low',
      'very low',
      'so low',
      'rock bottom',
    ],
    ...['really bad', 'very bad', 'so bad', 'really down', 'wrecked', 'devastated', 'hopeless'],
    ...['fatal', 'muy mal', 'hecho polvo', 'hecha polvo', 'por los suelos', 'muy bajo', 'muy baja'],
    ...['tres bas', 'tres basse'],
    // Regional: Québec "à boutte", "je file pas pantoute"; Río de la Plata "para el orto"; Spain "hecho mierda".
    ...[
      'a boutte',
      'file pas pantoute',
      'au bout du rouleau',
      'para el orto',
      'hecho mierda',
      'hecha mierda',
    ],
    ...['tres mal', 'au plus bas', 'nul', 'super mal', 'trop mal'],
    ...[
      'sehr schlecht',
      'richtig schlecht',
      'beschissen',
      'total mies',
      'am boden',
      'furchtbar',
      'schrecklich',
    ],
  ],
  2: [
    ...[
      'low',
      'down',
      'sad',
      'anxious',
      'stressed',
      'worried',
      'nervous',
      'overwhelmed',
      'lonely',
      'not great',
      'not good',
      'not so good',
    ],
    ...[
      'pretty low',
      'bit low',
      'a bit down',
      'bad',
      'rough',
      'crap',
      'crappy',
      'shit',
      'shitty',
      'blue',
      'upset',
      'scared',
      'on edge',
    ],
    ...[
      'exhausted',
      'drained',
      'burnt out',
      'burned out',
      "didn't sleep",
      'didnt sleep',
      'slept badly',
      "couldn't sleep",
      'couldnt sleep',
    ],
    ...[
      'mal',
      'triste',
      'ansioso',
      'ansiosa',
      'estresado',
      'estresada',
      'agobiado',
      'agobiada',
      'bajoneado',
      'bajoneada',
      'de bajon',
      'nervioso',
      'nerviosa',
      'preocupado',
      'preocupada',
      'solo',
      'sola',
      'cansado',
      'cansada',
      'no muy bien',
      'bastante bajo',
      'bastante baja',
      'un poco bajo',
      'un poco baja',
      'algo bajo',
      'algo baja',
    ],
    ...['anxieux', 'anxieuse', 'inquiet', 'inquiete', 'fatiguee'],
    ...['mal dormi', 'dormi mal', 'he dormido mal', 'dormi mal', 'schlecht geschlafen', 'kaum geschlafen'],
    ...['plutot bas', 'plutot basse', 'un peu bas', 'un peu basse', 'assez bas', 'assez basse'],
    ...[
      'angoisse',
      'angoissee',
      'stresse',
      'stressee',
      'deprime',
      'deprimee',
      'pas bien',
      'pas top',
      'pas terrible',
      'pas ouf',
      'creve',
      'crevee',
      'epuise',
      'epuisee',
      'inquiet',
      'inquiete',
      'seul',
      'seule',
      'a plat',
    ],
    // Regional: Québec "je file pas", "magané", "tanné"; Mexican "agüitado"; Austrian and Swiss
    // "ned guat", "nid guet"; "schlecht drauf".
    ...['file pas', 'pas la forme', 'pas en forme', 'le cafard', 'tanne', 'tannee', 'magane', 'maganee'],
    ...['ecoeure', 'ecoeuree', 'aguitado', 'aguitada', 'ned guat', 'ned so guat', 'nid guet', 'nid so guet'],
    ...['schlecht drauf', 'mies drauf', 'nicht gut drauf'],
    ...[
      'schlecht',
      'mies',
      'traurig',
      'angstlich',
      'aengstlich',
      'gestresst',
      'nervos',
      'nervoes',
      'uberfordert',
      'ueberfordert',
      'einsam',
      'nicht gut',
      'nicht so gut',
      'mude',
      'muede',
      'erschopft',
      'erschoepft',
      'kaputt',
    ],
  ],
  3: [
    ...[
      'okay',
      'ok',
      'alright',
      'all right',
      'fine',
      'meh',
      'so-so',
      'so so',
      'not bad',
      'average',
      'neutral',
      'tired',
      'mixed',
      'in between',
      'could be better',
    ],
    ...['regular', 'mas o menos', 'normal', 'ahi vamos', 'ahi ando', 'tirando', 'ni fu ni fa', 'maso'],
    ...['bof', 'ca va', 'moyen', 'comme ci comme ca', 'couci-couca', 'pas mal'],
    ...['geht so', 'naja', 'mittel', 'passt schon', 'ganz okay', 'so lala'],
  ],
  4: [
    ...[
      'good',
      'better',
      'calm',
      'relaxed',
      'pretty good',
      'quite good',
      'content',
      'positive',
      'hopeful',
      'motivated',
      'rested',
      'chill',
    ],
    ...[
      'bien',
      'mejor',
      'tranquilo',
      'tranquila',
      'relajado',
      'relajada',
      'contento',
      'contenta',
      'motivado',
      'motivada',
    ],
    ...[
      'mieux',
      'calme',
      'detendu',
      'detendue',
      'content',
      'contente',
      'motive',
      'motivee',
      'serein',
      'sereine',
    ],
    ...['gut', 'besser', 'ruhig', 'entspannt', 'zufrieden', 'motiviert', 'ganz gut', 'recht gut'],
  ],
  5: [
    ...[
      'great',
      'amazing',
      'fantastic',
      'excellent',
      'wonderful',
      'brilliant',
      'awesome',
      'really good',
      'very good',
      'so good',
      'on top of the world',
      'happy',
    ],
    ...['genial', 'muy bien', 'super bien', 'increible', 'feliz', 'de maravilla', 'fenomenal'],
    ...['super', 'genial', 'tres bien', 'trop bien', 'au top', 'heureux', 'heureuse', 'excellent', 'parfait'],
    ...['toll', 'sehr gut', 'klasse', 'prima', 'glucklich', 'gluecklich', 'wunderbar', 'bestens', 'mega'],
  ],
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every phrase with its score, longest first, so "not great" is found before "great". */
const PHRASES = Object.entries(WORDS)
  .flatMap(([score, words]) => words.map((w) => ({ w, score: Number(score) })))
  .sort((a, b) => b.w.length - a.w.length);
const PHRASE = new RegExp(`(?:^|[^a-z'])(${PHRASES.map((p) => escapeRegExp(p.w)).join('|')})(?=$|[^a-z])`);
const scoreOf = new Map(PHRASES.map((p) => [p.w, p.score] as const));

/**
 * Where a message says how the writer feels: "i feel", "i'm", "feeling", "my mood", "me siento",
 * "estoy", "je me sens", "je suis", "ça va", "ich fühle mich", "mir geht's", "bin". The mood word
 * must follow within a few words ("i'm pretty low today", not "i'm at peaceful grounds").
 */
const FRAME =
  /\b(?:i feel|i'?m feeling|i am feeling|i'?ve been feeling|feeling|feel|i'?m|i am|im|i'?ve been|mood(?: is)?|me siento|me encuentro|estoy|ando|je me sens|je suis|j'suis|chuis|ca va|ich fuhle mich|ich fuehle mich|mir geht'?s|mir geht es|ich bin|bin|(?:mi )?animo|estado de animo|(?:mon )?humeur(?: du jour)?|(?:meine )?stimmung(?: heute)?)\b/g;
const FRAME_REACH = 4;

/**
 * A score said after a frame that can only be about a mood, with no "/5": "mood 2", "stimmung 2",
 * "humeur 3", "me siento un 2", "feeling like a 2 today". Not after "i'm" or "ich bin", where a
 * number is a time or a count ("i'm 5 minutes away").
 */
const SCORE_FRAME =
  /\b(?:(?:log|note|put|record|track|add|give)(?: a| an)?(?= [1-5] (?:for|as) (?:my |the |today'?s )?mood)|trag(?:e)?(?: bitte| mal)?(?: eine| ne| n)?(?= [1-5] ein\b)|(?:log|note|put|mark|save|track|record|anota|apunta|apuntame|anotame|pon|ponme|marca|marcame|note|notes?|mets|trag|schreib|notier)(?: me| moi| mich| my mood| mi animo| mon humeur| meine stimmung| today| it| that| the day)?(?: down)? (?:as|como|comme|als|at|mit|avec|con|en)|(?:my )?mood(?:'?s| is| ist| est| es| today| today is)?|(?:meine )?stimmung(?: heute| ist)?|(?:mon )?humeur(?: du jour| est| aujourd'hui)?|(?:mi )?animo|estado de animo|i feel|i'?m feeling|i am feeling|feeling|me siento|je me sens|ich fuhle mich|ich fuehle mich|mir geht'?s|mir geht es)(?: (?:like|about|around|maybe|so|un|una|a|an|ein|eine|une|a un|bei|auf|à|a|as|como|comme|als|at|mit|avec|con|en|in|to|de|que|that|estoy|ando|i'?m|je suis|suis|bin|heute|today|hoy|aujourd'hui|ist|es|est))* (10|[1-9])(?![\d:.,]| ?(?:h\b|am|pm|uhr|min|hours?|heures?|horas?|stunden?|km|m\b|%|o'?clock))/;

/** A score alone, answering "from 1 to 5?": "2", "un 2", "a 3", "ein 2", "like a 2 today". */
const BARE_SCORE =
  /^(?:(?:like|maybe|about|around|probably|prob|honestly|un|una|a|an|ein|eine|une|so|eher|plutot|como)\s+)*([1-5])(?:\s+(?:today|tbh|heute|hoy|aujourd'hui|ish))?$/;

/** A score alone, as the answer to the companion's "how are you, from 1 to 5?". */
export function scoreAnswer(text: string): MoodReading | undefined {
  const t = fold(text)
    .replace(/[!.,;:?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = BARE_SCORE.exec(t);
  return m ? { score: Number(m[1]), feeling: `${m[1]}/5` } : undefined;
}

/** Words that alone answer something else ("ok", "great!" after a booking): a mood only in a frame. */
const AMBIGUOUS = new Set([
  'ok',
  'okay',
  'fine',
  'alright',
  'all right',
  'good',
  'great',
  'better',
  'normal',
  'super',
  'genial',
  'bien',
  'gut',
  'mal',
  'down',
  'low',
  'bad',
  'awesome',
  'perfect',
  'parfait',
  'happy',
  'chill',
  'nul',
  'toll',
  'prima',
  'klasse',
  'mega',
  'excellent',
]);

/** Words that may stand between a frame and an ambiguous mood word ("me siento muy mal"); or none. */
const INTENSIFIERS =
  /^(?:(?:as|like|really|so|very|pretty|quite|kinda|kind of|a bit|a little|a little bit|a touch|a tad|slightly|somewhat|super|rather|muy|bastante|un poco|algo|tan|medio|tres|assez|un peu|vraiment|trop|plutot|sehr|ziemlich|echt|etwas|voll|total|richtig|ganz|nicht so)\s*)*$/;

/** A bare mood word as the whole message ("meh", "pretty low", "bof", "geht so"). */
const BARE_MAX_WORDS = 3;

const negatedBefore = (t: string, at: number) =>
  /\b(?:not|no|never|nicht|kein|pas|nunca)\s*$/.test(t.slice(Math.max(0, at - 12), at));

/** Numbers up to ten in words, in the four languages (folded), as said in a score. */
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  [
    'zero one two three four five six seven eight nine ten',
    'cero uno dos tres cuatro cinco seis siete ocho nueve diez',
    'zero un deux trois quatre cinq six sept huit neuf dix',
    'null eins zwei drei vier funf sechs sieben acht neun zehn',
  ].flatMap((words) => words.split(' ').map((w, i) => [w, i] as const)),
);
Object.assign(NUMBER_WORDS, { una: 1, une: 1, ein: 1, eine: 1, fuenf: 5 });
const numberWord = Object.keys(NUMBER_WORDS).join('|');
/** "three out of five", "trois sur cinq", "drei von fünf", "siete de diez": the score in digits. */
const SCORE_IN_WORDS = new RegExp(
  `\\b(${numberWord}|\\d{1,2}) (out of|of|over|sur|de|von|auf|su) (${numberWord}|\\d{1,2})\\b`,
  'g',
);
const digitsOf = (w: string) => String(NUMBER_WORDS[w] ?? w);

/**
 * How the writer says they feel, if the message says it: a number out of five anywhere, a mood
 * word a few words after a frame about themselves ("i'm pretty low", "feeling anxious"), or a
 * short message that is only a mood ("meh", "pretty low"). Questions read as nothing.
 */
export function moodIn(text: string): MoodReading | undefined {
  const t = fold(text)
    .replace(/[!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SCORE_IN_WORDS, (_, a: string, of: string, b: string) => `${digitsOf(a)} ${of} ${digitsOf(b)}`);
  const n = NUMBER.exec(t);
  if (n) return { score: Number(n[1]), feeling: `${n[1]}/5` };
  const ten = NUMBER_OF_TEN.exec(t);
  if (ten) return { score: fromTen(Number(ten[1])), feeling: `${ten[1]}/10` };
  // "put my mood down as a 7", "anota mi ánimo como un 7": past five, the scale can only be ten.
  const framed = SCORE_FRAME.exec(t);
  if (framed) {
    const said = Number(framed[1]);
    return said > 5 ? { score: fromTen(said), feeling: `${said}/10` } : { score: said, feeling: `${said}/5` };
  }
  // A question states no mood; what was said before it may ("bof, je me sens à plat. tu peux le
  // noter ?").
  if (/\?$/.test(fold(text))) {
    // "je suis super anxieuse aujourd'hui, tu peux noter mon humeur ?": the asking to log it, taken off.
    const asked =
      /,?\s*(?:(?:can|could) you|tu peux|peux-tu|tu pourrais|(?:me )?puedes|podrias|kannst du|konntest du|koenntest du)\s+(?:please\s+)?(?:log|note|record|track|save|noter|enregistrer|anotar(?:lo)?|apuntar(?:lo)?|eintragen|notieren|festhalten)\b[^.!?]*\?$/;
    const stated = fold(text)
      .replace(asked, '.')
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => !/\?$/.test(sentence))
      .join(' ');
    return stated && stated !== fold(text) ? moodIn(stated) : undefined;
  }
  const found = (from: number): (MoodReading & { at: number }) | undefined => {
    const m = PHRASE.exec(t.slice(from));
    if (!m) return undefined;
    const word = m[1]!;
    const at = from + m.index + (m[0].length - word.length);
    if (negatedBefore(t, at) && !word.startsWith('not')) return undefined;
    // Spanish "bien" before a mood word is "very" ("ando bien agüitada", "estoy bien cansado"), as
    // "super" and "mega" are in every language ("je suis super anxieuse", "mega gestresst").
    if (word === 'bien' || word === 'super' || word === 'mega') {
      const next = found(at + word.length);
      if (next && next.at === at + word.length + 1) return next;
    }
    return { score: scoreOf.get(word) ?? 3, feeling: word, at };
  };
  for (const f of t.matchAll(FRAME)) {
    const end = f.index + f[0].length;
    // "i'm at peaceful grounds", "estoy en el gym": a place, not a feeling.
    // ("I'm a bit down" is a feeling: "a" is "at" only in French and Spanish.)
    if (
      /^ (?:at|in|@|en|a(?! (?:bit|little|tad|lot|touch)\b)|au|im|in der|bei|on my way)\b/.test(t.slice(end))
    )
      continue;
    const reading = found(end);
    if (!reading) continue;
    const between = t.slice(end, reading.at).trim();
    // "bin dann mal im gym": a word that is a mood in one language and a particle in another
    // ("mal", "gut") counts after a frame only with nothing or an intensifier between.
    const plain = !AMBIGUOUS.has(reading.feeling) || INTENSIFIERS.test(between);
    if ((between === '' ? 0 : between.split(' ').length) <= FRAME_REACH && plain) {
      return { score: reading.score, feeling: reading.feeling };
    }
  }
  if (t.split(' ').length <= BARE_MAX_WORDS) {
    const reading = found(0);
    if (reading && !AMBIGUOUS.has(reading.feeling)) return { score: reading.score, feeling: reading.feeling };
  }
  return undefined;
}
