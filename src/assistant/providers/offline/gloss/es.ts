import type { Gloss } from './types.ts';

/**
 * Spanish (Spain, Latin America, informal) → the English the offline companion's matchers read.
 * Lower case, accents folded ("mañana" is "manana"). Order matters: the spelling is tidied first
 * (typos, chat shorthand, number words), then times and days (so "de la mañana" is not
 * "tomorrow"), then longer phrases before the words inside them; "con", "en" and "y" go last.
 * Names, places and the words of a reminder pass through unchanged. Spanish mood words stay as
 * written: mood-words.ts reads them, and what a mood log records is the user's own word.
 * Every pattern starts from a Spanish word, never an English one, so a short English message
 * is never taken for Spanish (gloss/index.ts, `wordsLanguage`).
 */

/** Hours and minutes in words, as they follow "a las", "en", "dentro de". */
const hourWords: Record<string, number> = {
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  // Past noon on a 24-hour clock, as dictated ("a las diecisiete horas", "a las veinte treinta").
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiuna: 21,
  veintidos: 22,
  veintitres: 23,
};
const amountWords: Record<string, number> = {
  'cuarenta y cinco': 45,
  veinticinco: 25,
  veinte: 20,
  quince: 15,
  treinta: 30,
  cuarenta: 40,
  diez: 10,
  cinco: 5,
  dos: 2,
  tres: 3,
  cuatro: 4,
  seis: 6,
  un: 1,
  una: 1,
};
const minuteWords: Record<string, string> = {
  'cuarenta y cinco': '45',
  cincuenta: '50',
  cuarenta: '40',
  treinta: '30',
  quince: '15',
  cinco: '05',
  diez: '10',
  cuarto: '15',
  veinte: '20',
  veinticinco: '25',
  media: '30',
};

const days = 'lunes|martes|miercoles|jueves|viernes|sabado|domingo';
const english: Record<string, string> = {
  lunes: 'monday',
  martes: 'tuesday',
  miercoles: 'wednesday',
  jueves: 'thursday',
  viernes: 'friday',
  sabado: 'saturday',
  domingo: 'sunday',
};
const months: Record<string, string> = {
  enero: 'january',
  febrero: 'february',
  marzo: 'march',
  abril: 'april',
  mayo: 'may',
  junio: 'june',
  julio: 'july',
  agosto: 'august',
  septiembre: 'september',
  setiembre: 'september',
  octubre: 'october',
  noviembre: 'november',
  diciembre: 'december',
};
const monthNames = Object.keys(months).join('|');
/** The days of the month in words, longest first ("veintiuno" before "uno"). */
const dayWords: Record<string, number> = Object.fromEntries([
  ['treinta y uno', 31],
  ['treinta', 30],
  ['veintinueve', 29],
  ['veintiocho', 28],
  ['veintisiete', 27],
  ['veintiseis', 26],
  ['veinticinco', 25],
  ['veinticuatro', 24],
  ['veintitres', 23],
  ['veintidos', 22],
  ['veintiuno', 21],
  ['veinte', 20],
  ['diecinueve', 19],
  ['dieciocho', 18],
  ['diecisiete', 17],
  ['dieciseis', 16],
  ['quince', 15],
  ['catorce', 14],
  ['trece', 13],
  ['doce', 12],
  ['once', 11],
  ['diez', 10],
  ['nueve', 9],
  ['ocho', 8],
  ['siete', 7],
  ['seis', 6],
  ['cinco', 5],
  ['cuatro', 4],
  ['tres', 3],
  ['dos', 2],
  ['primero', 1],
  ['uno', 1],
]);

const entries = <T>(o: Record<string, T>) => Object.entries(o);

/**
 * A session moved, as Spain and Latin America say it: "pasar", "cambiar", "mover", "correr" (Río
 * de la Plata), "reprogramar", "aplazar", "atrasar", "adelantar"; the verb alone or with its
 * object ("pásamela", "córrela", "cámbiemela", "moverla"), in the tú, vos and usted forms.
 */
const moveStem = '(?:pas|cambi|reprogram|aplaz|atras|adelant)';
// Not the subjunctive alone ("después de que pase la cita" moves nothing).
const moveVerb = `(?:${moveStem}(?:ar|a|as|ame|eme|arme|arias|aria|amos)|(?:muev|mov)(?:er|e|es|eme|ame|erme|erias|eria|emos)|corr(?:er|e|es|eme|ame|erme|erias|eria|emos))`;
const moveVerbIt = `(?:${moveStem}(?:ar|a|e)(?:me|nos|se)?(?:la|lo)|(?:muev|mov)(?:er|e|a)(?:me|nos|se)?(?:la|lo)|corr(?:er|e|a)(?:me|nos|se)?(?:la|lo))`;
/** "Me la pasás", "¿la podemos cambiar?", "me lo corrés": the object before the verb. */
const itMoveVerb = `(?:(?:me|nos|se) )?(?:la|lo) (?:(?:puedes|podes|podrias|podria|puede|pudieras|pudiera|podemos|podriamos|podras|podra) (?:pasar|cambiar|mover|correr|reprogramar|aplazar|atrasar|adelantar)|${moveStem}(?:as|a|es|e|arias|aria|amos|aremos)|(?:muev|mov)(?:es|e|as|a|erias|eria|emos)|corr(?:es|e|as|a|erias|eria|emos))`;
/** Where a session goes, said after the verb: a day, an hour, "la misma hora", a lapse. */
const moveTo =
  '(?= (?:al|a el|el|pal|para|para el|para la|a las|a la|a|en|dentro|hasta|mas|un|una|media|\\d)\\b)';

/** What a mentor helps with, as said before it is glossed ("lo del sueño" → sleep). */
const mentorTopic =
  '(?:sueno|dormir|insomnio|descanso|ansiedad|timidez|hablar en publico|gimnasio|gym|gim|miedo al|deporte|ejercicio|fitness|entrenar|principiantes|panico|ataques|crisis|mindfulness|meditacion|meditar|respiracion|respirar|confianza|autoestima|exposicion|exponerse)\\b';

/**
 * A mentor pointed at by what they do: "la que lleva lo de", "el que sabe de", "la chica que ve",
 * "la especialista en", "el experto en" (the topic follows).
 */
const whoDoes =
  '(?:con )?(?:el|la|er) (?:(?:mentora?|chica|chico|senora?|persona|muchach[oa]) )?(?:(?:que|q) (?:me |te )?(?:lleva|llevaba|ve|trata|trabaja|sabe(?: mas)? de|entiende(?: mas)? de|conoce de|se encarga de|se dedica a|esta con|es (?:de|experta? en|especialista en|buen[oa] (?:con|para|en))|va de|ayuda con|puede ayudar con|ayudaria con|maneja|atiende|toca|da|hace|ensena|se especializa en|esta especializad[oa] en|esta metid[oa] en)|(?:especialista|experta?|entendid[oa]) (?:en|de))(?: (?:todo )?lo (?:de|del)| de| del| con| en)?(?: (?:el|la|los|las|mi|mis))?';

/**
 * Words that are not a mentor's name after "¿qué hace…?" or "¿quién es…?": "¿qué hace falta?",
 * "¿quién es el siguiente?", "¿y esto qué hace?".
 */
const notAName =
  '(?:falta|calor|frio|fresco|sol|tiempo|buen|mal|bueno|malo|aqui|alli|ahi|aca|eso|esto|esta|este|ese|esa|aquel|aquella|el|la|los|las|lo|un|una|uno|usted|ustedes|ella|ellos|ellas|nadie|alguien|nada|algo|mucho|poco|bien|ahora|hoy|manana|luego|cada|todo|toda|todos|cual|que|quien|tu|mi|su|app|aplicacion|mentora?|mentores|gente|gimnasio|gym|cafe|cafeteria|sitio|lugar|local|restaurante)';

/** Hours said in words or digits, and the units after a number that make it a lapse, not an hour. */
const hourSaid = '(\\d{1,2}(?:[:.]\\d{2})?)';
const hourMark = '(?: ?(?:h|hs|hrs|horas))?';
const dayPart = '(?: (?:de la|por la|en la) (?:manana|tarde|noche))?';
const hourNames = `\\d{1,2}|${Object.keys(hourWords).join('|')}`;
const lapseUnit =
  '(?:horas?|minutos?|mins?|dias?|semanas?|meses|personas?|veces|euros?|km|kilometros?|metros?|anos?)\\b';

/** The same, without the words a place could be named by ("el del gimnasio", "el de principiantes"). */
const personalTopic =
  '(?:sueno|dormir|insomnio|descanso|ansiedad|timidez|hablar en publico|panico|ataques|crisis|mindfulness|meditacion|meditar|respiracion|respirar|confianza|autoestima|exposicion|exponerse)\\b';

export const es: Gloss = [
  // Punctuation spoken into a phone ("sacar la basura punto", "coma", "signo de interrogación"):
  // the sign itself. "En punto" is o'clock, "a punto de" about to, "punto de encuentro" a place.
  [/\s*\b(?:signo de |cierra |cerrar )?interrogacion\b/g, '?'],
  [/\s*\b(?:signo de |cierra |cerrar )?exclamacion\b/g, '!'],
  [/\s*\bpunto y coma\b/g, ';'],
  [/\s*\bdos puntos\b(?= [a-z])/g, ':'],
  [
    /(?<!\b(?:en|a|al|un|el|mi|su|tu|este|ese|buen|ningun|cada|hasta|y))\s+\bpunto(?: (?:final|y aparte|y seguido))?\b(?! (?:de|del|com|\d))/g,
    '.',
  ],
  [
    /(?<!\b(?:que|no|se|lo|la|le|me|te|en|un|una|el|y|a|o|ni|mas|cuando|si|donde|quien))\s+\bcoma\b(?= [a-z]|\s*$)/g,
    ',',
  ],
  // "a las 7 p.m.", "9 a. m.": the part of the day in Spanish words, read with the hour below.
  [/\b((?:a las|a la|las|sobre las|hacia las|tipo) \d{1,2}(?:[:.]\d{2})?) ?p\. ?m\b\.?/g, '$1 de la tarde'],
  [/\b((?:a las|a la|las|sobre las|hacia las|tipo) \d{1,2}(?:[:.]\d{2})?) ?a\. ?m\b\.?/g, '$1 de la manana'],
  // A window of time rather than a time: "entre 2 y 4", "entre las dos y las cuatro de la tarde",
  // "de 10 a 12", "desde las 14h hasta las 16h" ("between 2 and 4"), read before "2 y 4" is 2:04
  // and "16h" is at 16:00. Not a lapse ("entre 2 y 4 horas", "de dos a tres días").
  ...entries(hourWords).flatMap(([w, n]): [RegExp, string][] => [
    [
      new RegExp(
        `(?<=\\b(?:entre (?:las |la )?|(?:de|desde) (?:las |la )))${w}\\b(?= (?:y|a|hasta) (?:las |la )?(?:${hourNames})\\b(?! ${lapseUnit}))`,
        'g',
      ),
      String(n),
    ],
    [
      new RegExp(
        `(?<=\\b(?:entre|de|desde) (?:las |la )?\\d{1,2}(?:[:.]\\d{2})? (?:y|a|hasta) (?:las |la )?)${w}\\b(?! ${lapseUnit})`,
        'g',
      ),
      String(n),
    ],
  ]),
  // "De 3 a 5" without "las" is French as much as Spanish ("de 14h à 16h"): only with no "h".
  ...(
    [
      ['(?:de la|por la|en la) (?:tarde|noche)', '', 'pm', 'pm'],
      ['(?:de la|por la|en la) (?:manana|madrugada)', '(?=12\\b)', 'am', 'pm'],
      ['(?:de la|por la|en la) (?:manana|madrugada)', '', 'am', 'am'],
      ['', '', '', ''],
    ] as const
  ).map(([part, last, from, to]): [RegExp, string] => [
    new RegExp(
      `\\b(?:entre (?:las |la )?${hourSaid}${hourMark}${dayPart} y (?:las |la )?|(?:de (?:las|la)|desde(?: las| la)?) ${hourSaid}${hourMark}${dayPart} (?:a|hasta) (?:las |la )?|de (?!1 a (?:5|10)\\b)${hourSaid} (?:a|hasta) (?=\\d{1,2}(?:[:.]\\d{2})?(?! ?(?:h|hs|hrs)\\b)))${last}${hourSaid}(?! ?${lapseUnit})(?: ?(?:h|hs|hrs)\\b)?${part ? ` ${part}` : ''}\\b`,
      'g',
    ),
    `between $1$2$3${from} and $4${to}`,
  ]),
  // What was just done, asked back (recap.ts): "¿en cuál me registraste?", "¿en qué cafetería me has
  // fichado?", "¿a qué hora era al final?", "¿a qué hora te dije?", "¿ya me lo reservaste?", "¿se
  // guardó?". Not a session named ("¿a qué hora era mi sesión?" lists them) nor "¿cuándo es?".
  [
    /\b(?:y )?(?:en|a) (?:cual|que (?:sitio|lugar|local|cafe|cafeteria|gimnasio|gym|gim|restaurante|place))(?: (?:es|fue|era))?(?: (?:que|donde))? (?:me )?(?:registraste|registro|has registrado|ha registrado|habias registrado|fichaste|ficho|has fichado|ha fichado|checkeaste|chequeaste|marcaste|has marcado|apuntaste|(?:hiciste|hizo|has hecho|ha hecho) (?:el )?check ?-?in)\b|\b(?:y )?donde (?:me )?(?:registraste|registro|has registrado|ha registrado|fichaste|ficho|has fichado|ha fichado|checkeaste|chequeaste|marcaste|(?:hiciste|hizo|has hecho|ha hecho) (?:el )?check ?-?in)\b/g,
    'which place did you check me in at',
  ],
  [
    /\b(?:y )?(?:a que hora|para que hora|que dia|para que dia|para cuando|cuando)(?: (?:es|era|fue|quedo|quedamos|dijimos|te dije|te pedi|dije|pedi|me (?:lo|la) (?:pusiste|reservaste|dejaste|apuntaste)|(?:lo|la) (?:pusiste|reservaste|dejaste|apuntaste)))(?: (?:al final|entonces|eso|esa|esto|lo que (?:te )?(?:dije|pedi|reservaste|pusiste)))?\b(?= *(?:[?.!,]|$))(?<!\b(?:es|cuando era))/g,
    'what time was that again',
  ],
  [/\b(?:ya )?(?:me )?(?:lo|la) (?:reservaste|agendaste|has reservado|has agendado)\b/g, 'did you book it'],
  [
    /\b(?:ya )?(?:me )?(?:lo|la) (?:apuntaste|guardaste|pusiste|programaste|has apuntado|has guardado|has puesto)\b(?= *(?:[?.!,]|$))/g,
    'did you set it',
  ],
  [
    /\b(?:ya )?(?:esta|quedo|salio|se hizo) (?:hecho|guardado|reservado|lista?|apuntado|registrado|confirmado|bien)\b(?= *[?])|\b(?:se )?(?:guardo|registro|funciono)(?: (?:bien|eso))?\s*(?=[?])/g,
    'did that go through',
  ],
  // How far a place is: "¿a cuántos metros está el Green Bowl?", "¿a qué distancia queda Slow
  // Pour?", "¿qué tan lejos está el gym?", "¿está muy lejos el Green Bowl?", "¿el Hub queda lejos?"
  // ("how far is the green bowl").
  [
    /\b(?:a cuant[oa]s (?:metros|kilometros|km|kms|minutos|min|cuadras|manzanas|pasos|calles)|a que distancia|(?:que|cuan) (?:tan )?lejos|cuanto (?:hay|falta|queda)(?: de aqui| desde aqui)? hasta(?! (?:el |la )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|finde|fin|sesion|cita|proxim[oa]|mi|tu)\b))(?: (?:de aqui|de mi|desde aqui|de donde estoy))?(?: (?:esta|queda|me queda|nos queda|estan|quedan|se encuentra))?(?: (?:de aqui|de mi|desde aqui|de donde estoy))? (?:el|la|los|las)(?= (?!(?:primer|segund|tercer|cuart|ultim|otr)[oa]?\b)[a-z0-9])|^[¿]?(?:y )?(?:esta|queda|estan|quedan) (?:muy |mas |tan |demasiado )?lejos (?:de aqui |de mi )?(?:el|la|los|las)(?= (?!(?:primer|segund|tercer|cuart|ultim|otr)[oa]?\b)[a-z0-9])/g,
    'how far is the',
  ],
  [
    /\b(?:a cuant[oa]s (?:metros|kilometros|km|kms|minutos|min|cuadras|manzanas|pasos|calles)|a que distancia|(?:que|cuan) (?:tan )?lejos|cuanto (?:hay|falta|queda)(?: de aqui| desde aqui)? hasta(?! (?:el |la )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|finde|fin|sesion|cita|proxim[oa]|mi|tu)\b))(?: (?:de aqui|de mi|desde aqui|de donde estoy))?(?: (?:esta|queda|me queda|nos queda|estan|quedan|se encuentra))?(?: (?:de aqui|de mi|desde aqui|de donde estoy))?(?= (?!(?:esta|queda|estan|quedan)\b)[a-z0-9])|^[¿]?(?:y )?(?:esta|queda|estan|quedan) (?:muy |mas |tan |demasiado )?lejos(?: de aqui| de mi)?(?= [a-z0-9])/g,
    'how far is',
  ],
  [
    /\b(?:a cuant[oa]s (?:metros|kilometros|km|kms|minutos|min|cuadras|manzanas|pasos|calles)|a que distancia|(?:que|cuan) (?:tan )?lejos)(?: (?:esta|queda|me queda|estan|quedan|se encuentra))?(?: (?:de aqui|de mi|desde aqui|de donde estoy))?(?=\s*[?.!]*\s*$)/g,
    'how far is it',
  ],
  [
    /^[¿]?(?:y |oye |che )?(el|la|los|las) ([a-z0-9][a-z0-9'&. -]{1,40}?) (?:esta|queda|estan|quedan) (?:muy |mas |tan |demasiado )?lejos(?: de aqui| de mi)?(?=\s*[?.!]*\s*$)/g,
    'how far is the $2',
  ],
  // A mentor listed, asked whether they are the one for a topic: "¿La señora Murphy es la
  // especialista en sueño, verdad?", "¿Tom es el del gimnasio?", "entonces Amara es la de la
  // ansiedad social, ¿no?" ("is mrs murphy the one for sleep"). The title first, in English.
  [
    /(?<=^[¿]?(?:(?:y|entonces|o sea|pero|vale|perdona|perdone|disculpe),? )?)(?:la )?(?:senora|sra\.?)(?= [a-z]{3,}(?: [a-z]{3,})? es )/g,
    'mrs',
  ],
  [
    /(?<=^[¿]?(?:(?:y|entonces|o sea|pero|vale|perdona|perdone|disculpe),? )?)(?:el )?(?:senor|sr\.?)(?= [a-z]{3,}(?: [a-z]{3,})? es )/g,
    'mr',
  ],
  [
    /(?<=^[¿]?(?:(?:y|entonces|o sea|pero|vale|perdona|perdone|disculpe),? )?)(?:la |el )?(?:doctora|doctor|dra\.?|dr\.?)(?= [a-z]{3,}(?: [a-z]{3,})? es )/g,
    'dr',
  ],
  [
    /^[¿]?(?:(?:y|entonces|o sea|pero|vale|perdona|perdone|disculpe),? )?((?:(?:mrs|mr|dr) )?[a-z]{3,}(?: [a-z]{3,})?) es (?:el|la|er) (?:de|del|de la|que lleva lo del|que lleva lo de|que ve lo del|que ve lo de|especialista en|experta? en) (?:miedo al |ansiedad en el |ansiedad del )?(?:gimnasio|gym|gim)\b/g,
    'is $1 the one for gym anxiety',
  ],
  // A mentor chosen from those listed by what they help with: "con la que lleva lo del sueño", "el
  // que sabe de ansiedad social", "la que trabaja el miedo al gimnasio", "con el del gimnasio", "la
  // de los ataques de pánico" (the topic itself is glossed below: "the mentor who does sleep").
  // The gym's fears and starting to exercise first, in the words mentors are tagged by.
  [
    new RegExp(
      `\\b${whoDoes} (?:(?:el |al )?(?:miedo|temor|panico|nervios|verguenza) (?:al?|del?|con el|de ir al) )?(?:gimnasio|gym|gim)\\b`,
      'g',
    ),
    'with the mentor who does gym anxiety',
  ],
  [
    new RegExp(
      `\\b${whoDoes} (?:(?:empezar|arrancar|comenzar) (?:a |con )?(?:hacer )?)?(?:deporte|ejercicio|entrenar|principiantes|fitness)\\b`,
      'g',
    ),
    'with the mentor who does beginner fitness',
  ],
  [new RegExp(`\\b${whoDoes}(?= ${mentorTopic})`, 'g'), 'with the mentor who does'],
  // "El de los ataques de pánico", "la del sueño"; the gym's only with "con" ("con el del
  // gimnasio"), since "regístrame en el de principiantes" is a place.
  [/\bcon (?:el|la|er) (?:de|del|de la) (?:gimnasio|gym|gim)\b/g, 'with the mentor who does gym anxiety'],
  [
    new RegExp(`\\bcon (?:el|la|er) (?:de|del|de la|de los|de las)(?= ${mentorTopic})`, 'g'),
    'with the mentor who does',
  ],
  [
    new RegExp(
      `(?<!\\b(?:en|a|al|para|por|cerca de)\\s)\\b(?:el|la|er) (?:de|del|de la|de los|de las)(?= ${personalTopic})`,
      'g',
    ),
    'the mentor who does',
  ],
  [
    /^[¿]?(?:(?:y|entonces|o sea|pero|vale|perdona|perdone|disculpe),? )?((?:(?:mrs|mr|dr) )?(?!(?:mi|tu|su|el|ella|eso|esto|esta|este|ese|esa|quien|cual|que)\b)[a-z]{3,}(?: [a-z]{3,})?) es (?:with )?the mentor who does\b/g,
    'is $1 the one for',
  ],
  // What a mentor named does, asked: "¿qué hace Tom Whitaker exactamente?", "¿a qué se dedica
  // Lena?", "¿Amara qué hace?", "¿de qué va Siobhán?", "¿cuál es la especialidad de Tom?", "¿quién
  // es Lena Vogel?" (the English layer looks the name up). Not "¿qué hace falta?" nor "¿qué hace
  // el gimnasio?": a name, alone before the end of the question.
  [
    new RegExp(
      `\\b(?:(?:que|ke|k|q) hace|a (?:que|ke|k|q) se dedica|de (?:que|ke|k|q) va|con que (?:ayuda|trabaja)|en que (?:me )?(?:puede ayudar|ayuda|trabaja)|que ofrece|en que (?:esta|es) (?:especializad[oa]|experta?|especialista)|en que se especializa|cual es la especialidad de|que especialidad tiene|de que es (?:especialista|experta?))(?: (?:exactamente|concretamente|realmente))? (?:(?:el|la) (?:senora|senor|senorita|sra|sr|mentora?|doctora?|dra|dr) )?(?!${notAName}\\b)([a-z]{3,}(?: [a-z]{3,})?)(?: (?:exactamente|concretamente|realmente))?(?=\\s*[?.!]*\\s*$)`,
      'g',
    ),
    'what does $1 do',
  ],
  [
    new RegExp(
      `^(?:[¿¡]?(?:y|hola|oye|vale|ok|bueno|perdona|perdon|disculpa|disculpe),? )?[¿¡]?(?:y )?(?!${notAName}\\b)([a-z]{3,}(?: [a-z]{3,})?),? (?:(?:que|ke|k|q) hace|a (?:que|ke|k|q) se dedica|de (?:que|ke|k|q) va|que ofrece|en que (?:me )?(?:puede ayudar|ayuda))(?: (?:exactamente|concretamente|realmente))?(?=\\s*[?.!]*\\s*$)`,
      'g',
    ),
    'what does $1 do',
  ],
  [
    new RegExp(
      `\\b(?:quien|kien|qien) es (?:(?:el|la) (?:senora|senor|senorita|sra|sr|mentora?) )?(?!${notAName}\\b)([a-z]{3,}(?: [a-z]{3,})?)(?=\\s*[?.!,]*\\s*(?:$|y |que ))`,
      'g',
    ),
    'who is $1',
  ],
  // What a mentor helps with, asked before choosing: "¿y ella de qué es especialista?", "¿en qué
  // está especializado?", "¿cuál es su especialidad?", "¿él qué lleva?", "¿de qué sabe ella?".
  [
    /\b(?:y )?(?:(?:el|ella|usted) )?(?:de que es (?:especialista|experta?|el especialista|la especialista)|en que (?:esta|es) (?:especializad[oa]|experta?|especialista)|en que se especializa|que especialidad tiene|cual es su especialidad|de que sabe|con que (?:ayuda|me puede ayudar|trabaja)|de que va(?! (?:esto|eso|la cosa|todo)\b))(?: (?:el|ella|usted|exactamente))?\b|\b(?:y )?(?:el|ella) (?:que|con que) (?:lleva|hace|trata|ayuda|trabaja)\b(?= *[?])|\b(?:y )?que (?:lleva|hace|trata) (?:el|ella)\b(?= *[?])/g,
    'what does she specialise in',
  ],
  // A mentor's topic taken up as what suits ("lo de los ataques de pánico me viene bien", "eso del
  // sueño es justo lo que necesito", "lo de la ansiedad social me sirve"): the choice, not the
  // topic asked for again (nor panic felt now).
  [
    /\b(?:lo|eso) (?:de|del|que dices de|que dijiste de|que lleva de)\b[^.,;!?]{1,50}? (?:me (?:viene|vendria|va|iria|queda) (?:muy |super )?(?:bien|genial|perfecto|de perlas|de maravilla)|me (?:sirve|serviria|interesa|encaja|cuadra|late|va)|es (?:justo |justamente |exactamente )?lo que (?:necesito|busco|buscaba|me hace falta))\b/g,
    'that suits me',
  ],
  // One more reminder, said as the rest of the last: "y otro recordatorio el miércoles a las 8 de la noche".
  [/\b(?:otro|otra|un nuevo|una nueva) (?:recordatorio|aviso|alarma)\b/g, 'another reminder'],
  // "Y otro también para mañana a las 6", "otra para el jueves": one more of what was just set or
  // booked (the companion tells which from what it did last).
  [
    new RegExp(
      `^(?:y |e )?(?:otro|otra|uno mas|una mas)(?: mas)?(?: tambien)?(?: (?:para|pa'?))?(?=,? (?:manana|hoy|pasado|el |este |esta |a las |a la |en |dentro |\\d|(?:${days})\\b))`,
      'g',
    ),
    'another',
  ],
  // The reminder set before, pointed back at: "el recordatorio de antes, ponlo a las 8", "el aviso
  // que te pedí". Said with a change ("cámbiale la hora al recordatorio"), "the reminder" too.
  [
    /\b(?:el|ese|del|al|mi) (?:recordatorio|aviso)(?: ese)? (?:de antes|anterior|de hace un rato|de (?:esta manana|ayer)|que (?:te )?(?:pedi|puse|dije|programe|programamos|pusimos|hicimos|creamos|acabo de poner))\b|\b(?:la|esa|mi) alarma(?: esa)? (?:de antes|anterior|de hace un rato|que (?:te )?(?:pedi|puse|dije|programe|pusimos))\b/g,
    'the reminder from before',
  ],
  [
    /\b(?:cambia|cambiale|cambiar|cambiarle|cambiame) la hora (?:al|del|de)(?= (?:recordatorio|aviso)\b)/g,
    'cambia el',
  ],
  [
    /\b(?:el|ese|mi|al|del) (?:recordatorio|aviso) (?:de|del|para|sobre) (?:la |el |los |las |mi |mis )?(?=[a-z]{3,}\b.*\b(?:ponlo|ponmelo|ponelo|pongalo|cambialo|cambiamelo|cambielo|muevelo|movelo|pasalo|pasamelo|atrasalo|adelantalo)\b)|(?<=\b(?:cambia|cambiale|mueve|pasa|atrasa|adelanta|cambiame|pasame|moveme)\b.*)\b(?:el|ese|mi|al|del) (?:recordatorio|aviso) (?:de|del|para|sobre) (?:la |el |los |las |mi |mis )?(?=[a-z]{3,}\b)/g,
    'the reminder about ',
  ],
  [/\bthe reminder about ([a-z]{3,})\b/g, 'the $1 reminder'],
  [
    /\b(?:el|ese|mi|al|del) (?:recordatorio|aviso)\b(?! (?:para|de|que|sobre)\b)(?=.*\b(?:ponlo|ponmelo|ponelo|pongalo|cambialo|cambiamelo|cambielo|muevelo|movelo|pasalo|pasamelo|atrasalo|adelantalo|cambia|cambiale|mueve|pasa|atrasa|adelanta)\b)|(?<=\b(?:cambia|cambiale|mueve|pasa|atrasa|adelanta|cambiame|pasame|moveme)\b.*)\b(?:el|ese|mi|al|del) (?:recordatorio|aviso)\b(?! (?:para|de|que|sobre)\b)/g,
    'the reminder',
  ],
  // "Vuélvelo a poner a las 11", "ponlo otra vez", "ponlo de vuelta", "regrésalo" (Mexico),
  // "reactívalo", "vuelve a poner el recordatorio": what was just dropped, set again ("put it back").
  [
    /\b(?:vuelve|volve|vuelva)(?:lo|la|melo|mela) a (?:poner|activar|programar|crear|agendar|encender)(?:lo|la|melo|mela)?\b|\b(?:vuelve|volve|vuelva) a (?:poner|activar|programar|crear|agendar|encender)(?:lo|la|melo|mela)\b|\b(?:ponlo|ponla|ponmelo|ponmela|ponelo|ponela|pongalo|pongala|activalo|activala|programalo|programala|dejalo|dejala) (?:otra vez|de nuevo|nuevamente|como estaba|de vuelta)\b|\b(?:reactiva|reactive|recupera|recupere|restaura|restaure|regresa|regrese|devuelve|devuelva)(?:lo|la|melo|mela)\b/g,
    'put it back',
  ],
  [
    /\b(?:vuelve|volve|vuelva) a (?:poner|activar|programar|crear)(?:me)? (?:el|mi|ese|la|esa) (?:recordatorio|aviso|alarma)\b/g,
    'put the reminder back',
  ],
  // "Olvídate del recordatorio", "borra el aviso", "quita la alarma": the reminder dropped.
  [
    /\b(?:olvida(?:te)?|olvide(?:se)?|olvidate) (?:del?|el|ese|mi|lo del|de la|la|esa|de esa|de ese|de mi) (?:recordatorio|aviso|alarma)\b/g,
    'forget the reminder',
  ],
  [
    /\b(?:borra(?:me)?|quita(?:me)?|elimina(?:me)?|anula(?:me)?|cancela(?:me)?|borre|quite|elimine|anule|cancele) (?:el|ese|mi|la|esa) (?:recordatorio|aviso|alarma)\b/g,
    'cancel the reminder',
  ],
  // "Hazlo a las 11", "ponlo a las 8", "pónmelo para el jueves", "póngalo en una hora": what was
  // just set, moved there.
  [
    /\b(?:ponlo|ponla|ponmelo|ponmela|ponelo|ponela|pongalo|pongala|pongamelo|pongamela|hazlo|hazla|hacelo|hacela|hagalo|hagala|hazmelo|hazmela|dejalo|dejala|dejamelo)(?= (?:a las|a la|para las|para la|para el|para|al|el|en|dentro|manana|hoy|pasado|mas|\d))/g,
    'make it',
  ],
  // "A las 8 mejor": "mejor" after the time is "instead".
  [
    new RegExp(
      `(?<=\\b(?:\\d{1,2}(?:[:.]\\d{2})?|${days}|manana|hoy|horas?|minutos?|tarde|noche)),? mejor\\b(?= *[?.!]* *$)`,
      'g',
    ),
    ' instead',
  ],
  // The same again at another time: "y otra vez esta noche", "de nuevo el viernes".
  [/\b(?:otra vez|una vez mas|de nuevo|nuevamente)\b/g, 'again'],
  // A day or hour ruled out beside the one meant: "mejor al jueves, no al miércoles", "el lunes,
  // no el martes" (the one before is meant), "no el martes, sino el miércoles" (the one after).
  // With a pause after "no" it is a change of mind instead, read below ("el lunes, no, el martes").
  // Said alone, with no booking or reminder asked in the same words ("uy no, espera, el viernes, no el
  // jueves, a la misma hora"), it changes what is in view: "friday instead".
  [
    new RegExp(
      `(?<!\\b(?:(?:reserv|agend|book|recuerd|record|avis|remind|apunta|anota)\\w*|(?:con|ver a|quedar con) (?!la misma|el mismo)[a-z]{3,})\\b.*)(?<=\\b(?:\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:h|hs|am|pm))?|${days}|manana|hoy|tarde|noche|mediodia|semana|finde|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))\\s*,\\s*(?:y )?no (?:(?:el|la|las|al|a la|a las|a|para el|para la|para las|para|en)\\s+(?:${days}|manana|pasado manana|hoy|\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:h|hs))?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|${days}|manana|pasado manana|hoy)\\b(?: (?:a las|a la) (?:\\d{1,2}(?:[:.]\\d{2})?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\\b)?(?!,? (?:sino|si no)\\b)(?!.*\\b(?:reserv|agend|recuerd|record|avis|apunta|anota)\\w*)`,
      'g',
    ),
    ' instead',
  ],
  [
    new RegExp(
      `(?<=\\b(?:\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:h|hs|am|pm))?|${days}|manana|hoy|tarde|noche|mediodia|semana|finde|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))\\s*,\\s*(?:y )?no (?:(?:el|la|las|al|a la|a las|a|para el|para la|para las|para|en)\\s+(?:${days}|manana|pasado manana|hoy|\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:h|hs))?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|${days}|manana|pasado manana|hoy)\\b(?: (?:a las|a la) (?:\\d{1,2}(?:[:.]\\d{2})?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\\b)?(?!,? (?:sino|si no)\\b)`,
      'g',
    ),
    '',
  ],
  // "Este viernes no, el siguiente", "no este viernes sino el otro": that weekday of next week.
  [
    new RegExp(
      `\\b(?:no )?(?:este|esta|el) (${days}) no,? (?:sino |mejor )?(?:el|la) (?:siguiente|otro|de despues|de la semana siguiente|de la otra semana)\\b|\\bno (?:este|esta|el) (${days}),? sino (?:el|la) (?:siguiente|otro|de despues)\\b`,
      'g',
    ),
    '$1$2 de la semana siguiente',
  ],
  [
    new RegExp(
      `\\bno (?:(?:el|la|las|al|a la|a las|para el|para la|para)\\s+)?(?:este |esta )?(?:${days}|manana|hoy|\\d{1,2}(?:[:.]\\d{2})?)\\b(?: (?:a las|a la) \\d{1,2}(?:[:.]\\d{2})?)?,? sino\\s+`,
      'g',
    ),
    '',
  ],
  // A change of mind inside the message, after the day or hour it corrects: "el martes a las 11?
  // No, pará, mejor el miércoles", "a las 5... digo, a las 6", "el lunes, perdón, el martes",
  // "mañana, mentira, pasado". Only between a time and another (not "el martes no puedo").
  [
    new RegExp(
      `(?<=\\b(?:\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:h|hs|am|pm|a\\.m\\.|p\\.m\\.))?|${days}|manana|hoy|tarde|noche|mediodia|semana|finde|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))\\s*[?.!,;:…-]*\\s+(?:(?:uy|ay|ah|eh|ehh|mmm?|bueno|o),? )?(?:no+|nop|nah|perdon|perdona|perdone|digo|que digo|mejor dicho|corrijo|rectifico|me equivoque|mentira|quise decir|quiero decir|espera|esperate|pera)(?:[\\s,.!;:…-]+(?:no|para|pera|espera|esperate|perdon|perdona|digo|que digo|mejor dicho|mentira|me equivoque|quise decir))*[\\s,.!;:…-]+(?:(?:mejor|mas bien|prefiero|preferiria|mejor que sea|que sea|ponlo|ponla|pon)\\s+)?(?=(?:(?:el|la|las|para el|para la|para|al|a|en|a la misma|mejor)\\s+)?(?:\\d|${days}|manana|pasado|hoy|esta (?:tarde|noche)|misma hora|mismo horario|a las|a la una|la una|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|mediodia)\\b)`,
      'g',
    ),
    ', no wait, ',
  ],
  // The same with "bueno" or "o sea" after a pause: "el finde... bueno, el viernes a mediodía",
  // "a las 5, o sea, a las 6" (not "el martes a las 5, bueno, si se puede").
  [
    new RegExp(
      `(?<=\\b(?:\\d{1,2}(?:[:.]\\d{2})?(?: ?(?:h|hs|am|pm))?|${days}|manana|hoy|tarde|noche|mediodia|semana|finde|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))\\s*[?.!,;:…-]+\\s*(?:(?:uy|ay|ah|eh|mmm?),? )?(?:bueno|o sea|mas bien|digamos)[\\s,.!;:…-]+(?:(?:mejor|mas bien|que sea)\\s+)?(?=(?:(?:el|la|las|para el|para la|para|al|a|en)\\s+)?(?:\\d|${days}|manana|pasado|hoy|esta (?:tarde|noche)|a las|a la una|mediodia)\\b)`,
      'g',
    ),
    ', no wait, ',
  ],
  // A mentor shown earlier, pointed back at: "con la mentora de antes", "el mentor que me
  // recomendaste", Andalusian "er mentó de antes" (recall.ts reads "the mentor from before").
  [
    /\b(?:el|la|al|del|er|ese|esa|aquel|aquella) (?:mentora?|mento|coach|especialista|chica|chico|persona)(?: (?:ese|esa|aquel|aquella))? (?:de antes|de hace un rato|de (?:esta manana|ayer)|anterior|del principio|del comienzo|del inicio|de primeras|que (?:me |nos )?(?:dijiste|mostraste|ensenaste|recomendaste|pasaste|nombraste|sugeriste|propusiste|comentaste|mencionaste|diste)|que (?:vimos|miramos|hablamos|salio))(?: antes| al principio)?\b/g,
    'the mentor from before',
  ],
  [
    /\bcon (?:el|la|er) (?:de antes|de hace un rato|que me (?:dijiste|recomendaste|sugeriste|propusiste))\b/g,
    'with the mentor from before',
  ],
  // A place named before, pointed back at: "el gimnasio de antes", "la cafetería que me dijiste";
  // "el sitio de antes" is the place in view.
  [
    /\b(?:el|la|al|del) (cafeterias?|cafes?|gimnasios?|gym|gim|restaurantes?)(?: (?:ese|esa|aquel|aquella))? (?:de antes|de hace un rato|de (?:esta manana|ayer)|anterior|que (?:me )?(?:dijiste|mostraste|ensenaste|recomendaste|pasaste|nombraste)|que (?:vimos|miramos|hablamos))\b/g,
    'the $1 you told me about',
  ],
  [
    /\b(?:el|al|del) (?:sitio|lugar|local|restaurante)(?: ese| aquel)? (?:de comida|de comer|para comer)(?: sana| saludable)? (?:de antes|de hace un rato|anterior|que (?:me )?(?:dijiste|mostraste|ensenaste|recomendaste|pasaste|nombraste)|que (?:vimos|miramos|hablamos))(?: antes)?\b/g,
    'the food place you told me about',
  ],
  [
    /\b(?:el|al|del) (?:sitio|lugar|local)(?: ese| aquel)? (?:de antes|de hace un rato|anterior|que (?:me )?(?:dijiste|mostraste|ensenaste|recomendaste|pasaste|nombraste)|que (?:vimos|miramos|hablamos))\b|\b(?:el mismo sitio|el mismo lugar)\b/g,
    'that place',
  ],
  [
    /\b(the (?:cafeterias?|cafes?|gimnasios?|gym|gim|restaurantes?|food place) you told me about) antes\b/g,
    '$1',
  ],
  // A place shown earlier, pointed at by its rank: "el primer café que me enseñaste", "el segundo
  // gimnasio que vimos", "la primera del principio" (the ranks are read below: "the first cafe you
  // showed me", "the first one from the start").
  [
    /(?<=\b(?:el|la|lo|al|del) (?:primer[oa]?|segund[oa]|tercer[oa]?|ultim[oa])(?: (?:cafeterias?|cafes?|cafecitos?|gimnasios?|gym|gim|sitio|lugar|local|restaurantes?|opcion)(?: (?:de|para|pa) (?:comida|comer|come)(?: sana| sano| saludable)?| sanos?| saludables?)?)?) (?:que (?:me |nos )?(?:dijiste|mostraste|ensenaste|recomendaste|pasaste|nombraste|sugeriste|pusiste|diste|encontraste|buscaste)|que (?:vimos|miramos|salio|hablamos))(?: antes| al principio| primero)?\b/g,
    ' you showed me',
  ],
  [
    /(?<=\b(?:el|la|lo|al|del) (?:primer[oa]?|segund[oa]|tercer[oa]?|ultim[oa])(?: (?:cafeterias?|cafes?|cafecitos?|gimnasios?|gym|gim|sitio|lugar|local|restaurantes?|opcion)(?: (?:de|para|pa) (?:comida|comer|come)(?: sana| sano| saludable)?| sanos?| saludables?)?)?) (?:de antes|de hace un rato|anterior)\b/g,
    ' from before',
  ],
  [
    /(?<=\b(?:el|la|lo|al|del) (?:primer[oa]?|segund[oa]|tercer[oa]?|ultim[oa])(?: (?:cafeterias?|cafes?|cafecitos?|gimnasios?|gym|gim|sitio|lugar|local|restaurantes?|opcion)(?: (?:de|para|pa) (?:comida|comer|come)(?: sana| sano| saludable)?| sanos?| saludables?)?)?) (?:del principio|del comienzo|del inicio|de primeras)\b/g,
    ' from the start',
  ],
  // The day of a session in view: "recuérdame ese día a las 10", "el mismo día por la mañana".
  [/\b(?:ese|aquel|el|del|al|para el) mismo dia\b|\b(?:ese|aquel) dia\b/g, 'that day'],
  [/\b(?:el )?dia de (?:la|mi|esa) (?:sesion|cita|turno|reserva)\b/g, 'on the day of the session'],
  // A mentor to be seen some day not yet chosen: "me gustaría verla algún día de esta semana".
  [/\b(?:me gustaria|quiero|quisiera|querria|necesito|podria|puedo) ver(la|le|lo)\b/g, 'i want to see $1'],
  [/(?<=\bi want to see )la\b/g, 'her'],
  [/(?<=\bi want to see )l[eo]\b/g, 'him'],
  [
    /\b(?:algun|un|cualquier) dia (?:de )?(esta semana|la semana que viene|la proxima semana)\b|\b(esta semana|la semana que viene|la proxima semana),? (?:algun|cualquier) dia\b/g,
    'sometime $1$2',
  ],
  // Formal courtesy around a request, which asks nothing itself: "si es tan amable", "si no es
  // molestia", "si fuera posible" (left out, so a reminder's words do not end in it).
  [
    /,?\s*\bsi (?:es|eres|fuera|fueras|fuese|seria|serias) (?:usted )?tan (?:amable|amabl[ea]|linda|lindo|gentil)\b|,?\s*\bsi no (?:es|fuera|le es) (?:mucha )?molestia\b|,?\s*\bsi (?:es|fuera|fuese) posible\b|,?\s*\bsi (?:me )?hace el favor\b/g,
    '',
  ],
  // One listed place pointed at by what it has: "en el café que tiene zona tranquila", "el que
  // tiene horas tranquilas, ¿qué tal?", "la cafetería con terraza" (words.ts, amenityPick).
  [/\bzonas? (?:tranquilas?|silenciosas?|de silencio|quiet)\b/g, 'quiet zone'],
  [/\bhoras? (?:tranquilas?|de calma|de silencio|quiet|valle)\b/g, 'quiet hours'],
  [
    /\b(?:el|la) (?:que|q|con)(?: (?:tiene|tenga|tienen|hay))?(?: (?:una|un|la|el|las|los))? (?=(?:quiet zone|quiet hours|clases (?:pequenas|reducidas)|grupos (?:pequenos|reducidos)|terrazas?|mesas? (?:afuera|fuera)|wi-?fi)\b)/g,
    'the one with ',
  ],
  [
    /\b(?:el|la) (cafe|cafeteria|gimnasio|gym|gim|sitio|lugar|local) (?:que|q|con)(?: (?:tiene|tenga|tienen|hay))?(?: (?:una|un|la|el|las|los))? (quiet zone|quiet hours|clases (?:pequenas|reducidas)|grupos (?:pequenos|reducidos)|terrazas?|mesas? (?:afuera|fuera)|wi-?fi)\b/g,
    'the $1 with $2',
  ],
  [
    /\b(the (?:one|cafe|cafeteria|gimnasio|gym|gim|sitio|lugar|local) with (?:quiet zone|quiet hours|clases (?:pequenas|reducidas)|grupos (?:pequenos|reducidos)|terrazas?|mesas? (?:afuera|fuera)|wi-?fi)),? (?:que tal|como es|como esta|que onda|es bueno|esta bien|vale la pena)\b/g,
    'tell me more about $1',
  ],
  // "¿El 2 tiene wifi?", "¿y la 3ª tiene terraza?": a listed place by its number ("number 2").
  [
    /^[¿¡]?(?:y |oye |che |wey )?(?:el|la) (?:numero |num |n )?([1-9])(?:º|ª|o|a)?,? (tiene|tienen|hay)\b/g,
    'number $1 $2',
  ],
  // "¿el slow pour tiene terraza?": what a named place has, asked.
  [
    /^[¿¡]?(?:y |oye |che |wey )?(?:el|la|los|las) (?!que\b|alguno\b|alguna\b)(.+?) (?:tiene|tienen) (?:una |un |algo de )?(?:terrazas?|mesas? (?:afuera|fuera))\b/g,
    'does the $1 have outdoor seating',
  ],
  [
    /^[¿¡]?(?:y |oye |che |wey )?(?:el |la |los |las )?(?!que\b|alguno\b|alguna\b)(.+?) (?:tiene|tienen) (?:una |un |algo de )?(?:terrazas?|mesas? (?:afuera|fuera))\b/g,
    'does $1 have outdoor seating',
  ],
  [
    /^[¿¡]?(?:y |oye |che |wey )?(?:el|la|los|las) (?!que\b|alguno\b|alguna\b)(.+?) (?:tiene|tienen) (?:una |un |algo de )?(wifi|wi-fi|enchufes|parking|banos?)\b/g,
    'does the $1 have $2',
  ],
  [
    /^[¿¡]?(?:y |oye |che |wey )?(?:el |la |los |las )?(?!que\b|alguno\b|alguna\b)(.+?) (?:tiene|tienen) (?:una |un |algo de )?(wifi|wi-fi|enchufes|parking|banos?)\b/g,
    'does $1 have $2',
  ],
  // "¿El Hub tiene clases pequeñas?", "¿la cafetería tiene sitio para sentarse?": what a place
  // pointed at by its article has (not a mentor's time: "¿Tom tiene hueco?").
  [
    /^[¿¡]?(?:y |oye |che |wey )?(?:el|la|los|las) (?!que\b|alguno\b|alguna\b|mentora?\b|session\b|sesion\b|cita\b)([a-z][a-z' -]{1,40}?) (?:tiene|tienen|ofrece|ofrecen|hay) (?!(?:algo )?(?:libre|disponible|disponibilidad|huecos?|un hueco|tiempo|hora|citas?|sesion(?:es)?)\b)(?:una |un |unas |unos |algo de )?([a-z][a-z ]*?)\s*[?.!]*$/g,
    'does the $1 have $2',
  ],
  [
    /\bclases? (?:pequenas?|reducidas?|con poca gente)\b|\bgrupos? (?:pequenos?|reducidos?)\b/g,
    'small classes',
  ],
  // Seats outside: "¿el slow pour tiene terraza?".
  [/\bterrazas?\b|\bmesas? (?:afuera|fuera|al aire libre)\b|\bsitio (?:afuera|fuera)\b/g, 'outdoor seating'],
  // A day that no longer suits: "el martes ya no me va", "el jueves no puedo".
  [
    /\b(?:el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:ya )?no (?:me (?:va|viene bien|sirve|queda bien|cuadra)|puedo|me da)(?: mas)?\b/g,
    '$1 doesnt work',
  ],
  // The gym as what one fears: "me da terror ir al gimnasio".
  [
    /\bme (?:da|dan|pone|genera|produce) (?:mucho |muchisimo |un )?(?:miedo|terror|panico|ansiedad|nervios|cosa|verguenza) (?:ir (?:al|a un) |el |al )?(?:gym|gimnasio|gim)\b/g,
    'the gym scares me',
  ],
  // The gym put off: "llevo meses sin atreverme a ir al gimnasio", "no me animo a volver al gym".
  [
    /\b(?:sin atreverme|no me atrevo|no me animo|sin animarme|no me veo capaz de|no soy capaz de|me cuesta(?: mucho)?|me da corte)(?: a)? (?:ir|entrar|volver|pisar|apuntarme)(?: (?:al|a un|en el|en un|un|el))? (?:gym|gimnasio|gim)s?\b/g,
    'scared of the gym',
  ],
  [
    /\b(?:tengo |le tengo )?(?:miedo|terror|panico) (?:de ir |a ir )?(?:al|del) (?:gym|gimnasio|gim)\b/g,
    'scared of the gym',
  ],
  // The time a booking had before it was changed: "déjalo a la hora de antes".
  [
    /\b(?:la )?hora (?:de antes|anterior|de primero|que (?:dije|dijimos) (?:antes|primero))\b|\bla (?:primera|otra) hora\b/g,
    'the earlier time',
  ],
  // A reminder timed from a session: "recuérdame una hora antes", "el día antes a las 8".
  ...entries(amountWords).map(([w, n]): [RegExp, string] => [
    new RegExp(`\\b${w} (minutos?|horas?) (antes|despues|mas tarde|mas temprano)\\b`, 'g'),
    `${n} $1 $2`,
  ]),
  [
    /(?<=\b(?:(?:recuerd|record|avis)(?:a|e|ar)(?:me|mel[oa]|nos)|me lo (?:recuerdas|recuerda|avisas|avisa)|remind me)\b.*)\b(?:una|1) hora antes\b/g,
    'an hour before',
  ],
  [
    /(?<=\b(?:(?:recuerd|record|avis)(?:a|e|ar)(?:me|mel[oa]|nos)|me lo (?:recuerdas|recuerda|avisas|avisa)|remind me)\b.*)\bmedia hora antes\b/g,
    'half an hour before',
  ],
  // (A pattern with "$" is replaced again inside its own match, gloss/index.ts: what it looks
  // back to is matched, not looked behind at.)
  [
    /(\b(?:(?:recuerd|record|avis)(?:a|e|ar)(?:me|mel[oa]|nos)|me lo (?:recuerdas|recuerda|avisas|avisa)|remind me)\b.*?)\b(\d{1,3}) minutos? antes\b/g,
    '$1$2 minutes before',
  ],
  [
    /(\b(?:(?:recuerd|record|avis)(?:a|e|ar)(?:me|mel[oa]|nos)|me lo (?:recuerdas|recuerda|avisas|avisa)|remind me)\b.*?)\b(\d{1,2}) horas antes\b/g,
    '$1$2 hours before',
  ],
  [/\bel dia (?:antes|anterior)\b|\bla vispera\b/g, 'the day before'],
  // The session's own day: "esa misma mañana", "el mismo día".
  [/\b(?:esa|la) misma manana\b/g, 'the same morning'],
  [/\b(?:ese|el) mismo dia\b/g, 'that day'],
  [/\bla noche (?:antes|anterior)\b/g, 'the night before'],
  // Moving a session: "pasar mi sesión del miércoles al jueves", "muévela a las 5", "cambiar la cita".
  [
    /\bdel (lunes|martes|miercoles|jueves|viernes|sabado|domingo) al (lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b/g,
    'the $1 one to $2',
  ],
  [
    new RegExp(
      `\\b(?:(?:me|nos|le) )?(?:${moveVerb}|muevo)(?= (?:mi|la|el|my|esa|ese) (?:sesion|cita|reunion|turno|reserva)\\b| (?:la|el) (?:de|con) (?!(?:las?|los?|el|este|esta)\\b)[a-z]{3,}\\b| (?:la|el) de las? (?:\\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\\b)`,
      'g',
    ),
    'move',
  ],
  [new RegExp(`\\b${itMoveVerb}\\b${moveTo}`, 'g'), 'move it'],
  // "¿sería posible pasarla al jueves a la misma hora?", "¿me la pasás al jueves?": to that day.
  ...entries(english).map(([es, en]): [RegExp, string] => [
    new RegExp(
      `\\b(?:${moveVerbIt}|move it) (?:al|para el|a el|el|pal) ${es}\\b(?! (?:que viene|proximo|siguiente|de la|\\d))`,
      'g',
    ),
    `move it to ${en}`,
  ]),
  [new RegExp(`\\b${moveVerbIt}\\b`, 'g'), 'move it'],
  // Asked of the companion: "¿puede usted pasarla…?", "¿podemos cambiarla…?", "¿sería posible…?".
  [
    /\b(?:(?:me|nos) )?(?:puedes|podes|podrias|podria|puede|pudieras|pudiera)(?: usted)?(?= move\b)|\b(?:seria|sera|es) posible(?= move\b)|\bse (?:podria|puede)(?= move\b)/g,
    'could you',
  ],
  [
    /\bmove it (?:al |para el |el )?(?=(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:que viene|proximo|siguiente)\b)/g,
    'move it to ',
  ],
  [/\b(?:podemos|podriamos|podamos)(?= move\b)|\b(?:y |o )?(?:que tal )?si(?= move it\b)/g, 'can we'],
  // "Muévala para las tres", "pásala pa las 5": to that hour.
  [
    /\bmove it (?:para|pa) (?:las |la )?(?=(?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b)/g,
    'move it a las ',
  ],
  // "Mejor no, muévela al viernes", "no, pensándolo bien, pásala al jueves": not what was proposed
  // (a cancellation), a move instead.
  [
    /^(?:(?:no|bueno|pues|vale|ok|ay|uy|mmm+),? )*(?:mejor no|mejor que no|no mejor|al final no|pensandolo bien|pensandolo mejor|bien pensado)\b,?(?= (?:(?:mejor|mas bien),? )?(?:move|could you move|can we move)\b)/g,
    'no, actually',
  ],
  [/\bno, actually (?:mejor|mas bien),? (?=move|could you move|can we move)/g, 'no, actually '],
  // "Y la de Amara, ¿la puedes pasar al jueves?", "pasa la de Lena al viernes", "la sesión de Tom,
  // muévela": the session with that mentor, moved ("the amara session"; a pattern with "$" cannot look
  // around its match, so the words are marked first).
  [
    new RegExp(
      `\\b(?:la|el|esa|ese|mi) (?:(?:sesion|cita|turno|reserva) )?(?:de|con) (?=(?!(?:las?|los?|el|manana|hoy|pasado|este|esta|${days})\\b)[a-z]{3,}\\b.*\\b(?:move it|move)\\b)|(?<=\\bmove\\b.*)\\b(?:la|el|esa|ese|mi) (?:(?:sesion|cita|turno|reserva) )?(?:de|con) (?=(?!(?:las?|los?|el|manana|hoy|pasado|este|esta|${days})\\b)[a-z]{3,}\\b)`,
      'g',
    ),
    'sesion-de ',
  ],
  [
    new RegExp(
      `\\bsesion-de ([a-z]{3,})(?: (?!(?:move|could|can|and|the|to|on|para|pal|manana|hoy|pasado|${days})\\b)[a-z]{3,})?\\b`,
      'g',
    ),
    'the $1 session',
  ],
  ...entries(english).map(([es, en]): [RegExp, string] => [
    new RegExp(
      `(?<=\\bmove\\b.*)\\b(?:al|para el|pal|a el) ${es}\\b(?! (?:que viene|proximo|siguiente|de la|\\d))`,
      'g',
    ),
    `to ${en}`,
  ]),
  // "Más bien muévala…", "mejor, en vez de cancelarla, pásala…": rather than what was just said.
  [
    /^(?:(?:no|bueno|pues|vale|ok|entonces|ay|uy),? )*(?:mejor|mas bien|en cambio|en vez de eso|en lugar de eso)\b,?(?= (?:move|could you move|can we move)\b)/g,
    'actually',
  ],
  // "Tengo una sesión con Siobhán el miércoles por la mañana… ¿podría pasarla al jueves?": the
  // session moved, named by its day ("my session with siobhan, the wednesday one").
  [
    /\b(?:tengo|teniamos|tenemos) (?:(?:una|mi|la) )?(?:sesion|cita|turno|reserva) con(?= [a-z]+(?: [a-z]+)? (?:el|para el|este) [a-z]+\b.*\bmove\b)/g,
    'my session with',
  ],
  [
    new RegExp(
      `\\bmy session with ([a-z]+(?: [a-z]+)?) (?:el|para el|este) (${days})\\b(?: (?:por|en|de) la (?:manana|tarde|noche))?`,
      'g',
    ),
    'my session with $1, the $2 one',
  ],
  // A doctor's appointment is no session: "me ha surgido una cita médica".
  [
    /\b(?:una |la |mi )?cita (?:medica|con el medico|con la medica|con el doctor|con la doctora|del medico|con el dentista|en el hospital|del hospital)\b/g,
    'a doctor visit',
  ],
  // "21hs", "a eso de las 9hs" (Río de la Plata): an hour on the clock.
  [/\b(\d{1,2})[:.](\d{2}) ?hs\b/g, '$1:$2'],
  // An hour on a 24-hour clock with its "h" ("a las 7h", "8hs", "9 horas"): from 6 to 11 it is the
  // morning, as written (not "a las 7", which the companion's rules read; "21h" is 21:00).
  [
    /\b(?:(?:a las|las|sobre las|hacia las|a eso de las|tipo las|tipo a las|tipo) )?(0?[6-9]|1[01])(?:[:.](\d{2}))? ?(?:h|hs|hrs|horas)\b(?!\d)(?! ?(?:de|por|en) la (?:tarde|noche|manana|madrugada))/g,
    'at $1:$2am',
  ],
  [
    /(?<![\d:.])\b(?:(?:a las|las|sobre las|hacia las|a eso de las|tipo las|tipo a las) )?(?!(?:0?[6-9]|1[01]) ?hs?\b)(\d{1,2}) ?hs?\b(?!\d)(?! ?(?:de|por|en) la (?:tarde|noche|manana|madrugada))/g,
    'at $1:00',
  ],
  [/\btipo (?=(?:a las |at )?\d)/g, 'around '],
  // "qué onda con Peaceful Grounds, tiene wifi?": asking about something, not "how are you".
  [/\bque (?:onda|tal) con\b/g, 'what about'],
  [
    /\ba que hora (?:cierra|cierran)\b|\bhasta que hora (?:abre|abren|esta abierto)\b/g,
    'what time does it close',
  ],
  [/\ba que hora (?:abre|abren)\b/g, 'what time does it open'],
  // Spelling: Spanish punctuation, letters typed twice, chat shorthand and common typos.
  [/[¿¡]/g, ''],
  // Chilean "po" and Mexican "nomás" closing a sentence add nothing ("gracias po", "salir a
  // caminar po", "resérvame nomás"): left out, so a reminder's words do not end in them.
  [/,?\s+\b(?:po|pue|nomas|noma)\b(?=\s*(?:[,.!?;]|$))/g, ''],
  // "Lena, el jueves a las 11, ¿se puede?": whether it can be done, asked after it.
  [
    /\b(?:se puede|se podra|se podria|es posible|sera posible|puede ser|podra ser|podria ser)(?=\s*\?*\s*$)/g,
    'is that possible',
  ],
  // "¿Y ese Green Bol qué tal?", "¿qué tal ese Green Bowl?": a place just named, asked about
  // ("ese día", "esa sesión" are not places).
  [
    /^(?:y |e |oye |che |wey |mmm+,? |vale,? |ok,? |bueno,? )?(?:ese|esa|aquel|aquella) (?!(?:dia|semana|finde|fin de semana|mes|ano|rato|tiempo|momento|trabajo|curro|sesion|cita|turno|mentora?|ejercicio|recordatorio|plan|primer[oa]?|segund[oa]|tercer[oa]?|ultim[oa]|otr[oa])\b)([a-z0-9][a-z0-9'&. -]{1,40}?),? (?:que tal|como es|como esta|que tal es|que tal esta|que onda)\s*([?.!]*)\s*$/g,
    'how is $1$2',
  ],
  [
    /^(?:y |e |oye |che |wey |mmm+,? |vale,? |ok,? |bueno,? )?(?:que tal|como es|como esta|que onda con) (?:ese|esa|aquel|aquella) (?!(?:dia|semana|finde|fin de semana|mes|ano|rato|tiempo|momento|trabajo|curro|sesion|cita|turno|mentora?|ejercicio|recordatorio|plan|primer[oa]?|segund[oa]|tercer[oa]?|ultim[oa]|otr[oa])\b)([a-z0-9][a-z0-9'&. -]{1,40}?)\s*([?.!]*)\s*$/g,
    'how is $1$2',
  ],
  // "ke tal el green bowl", "q tal la cafetería?", "qtal el hub", "k onda el slow pour": what a
  // named place is like, asked in texting (not "¿qué tal?" alone, nor of a day or a session).
  [/\b(?:ke|k|q|qe) ?(tal|onda)\b/g, 'que $1'],
  [/\b(?:cmo|komo|cm|kmo)\b(?= (?:es|esta|son)\b)/g, 'como'],
  [
    /^(?:y |e |i |oye |che |wey |mmm+,? |vale,? |ok,? |bueno,? |hola,? )?(?:que|ke|k|q|qe) ?(?:tal|onda)(?: (?:es|esta|son|estan))?,? (el|la|los|las) (?!(?:dia|semana|finde|fin|mes|ano|rato|tiempo|clima|momento|trabajo|curro|laburo|sesion|cita|turno|reserva|mentora?|ejercicio|recordatorio|plan|viaje|examen|partido|peli|pelicula|familia|progreso|racha|nivel|animo|humor|app|aplicacion|lunes|martes|miercoles|jueves|viernes|sabado|domingo|primer[oa]?|segund[oa]|tercer[oa]?|ultim[oa]|otr[oa])\b)([a-z0-9][a-z0-9'&. -]{1,40}?)\s*([?.!]*)\s*$/g,
    'how is the $2$3',
  ],
  [/\bs+i+p?\b(?<!\bsi)(?<!\bsip)/g, 'si'],
  [/\bho+la+s?\b(?<!\bhola)/g, 'hola'],
  [/\bgra+cia+s+\b(?<!\bgracias)/g, 'gracias'],
  [/\b(?:porfa|porfis|porfi|xfa|x favor|plis|pliss)\b|\bpor favor\b/g, 'please'],
  [/\bd (?=la |el |las |los )/g, 'de '],
  [/\b(?:aki|aqi|aky|akí)\b/g, 'aqui'],
  // "k" typed for "qu" in a chat ("un café trankilo", "kisiera", "porke", "kedamos el jueves"):
  // the words the companion reads, never a name ("Whitaker" keeps its k).
  [/\btrank(?=i)/g, 'tranqu'],
  [
    /\bk(?=(?:iero|ieres|iere|ieren|eremos|isiera|isieras|isiese|ise|iso|isiste|ien|ienes|eda|edan|edar|edamos|edo|edate|edarme|izas|itar|itame|italo|itala)\b)/g,
    'qu',
  ],
  [/\b(por|aun|para|pa)ke\b/g, '$1que'],
  // "Haceme el chekin", "el chequin", "chek-in": the check-in, as typed.
  [
    /\b(el|un|hacer|haceme|hazme|haz|hagame|hace|hago|mi) (?:chekin|chequin|chekim|chek ?-?in|chec ?-?in|cheq?u?e?-?in)\b/g,
    '$1 check-in',
  ],
  // "Regustrame", "rejistrame", "registame", "regístreme": the check-in asked for, a key or two off.
  [/\bres?[gj][iuyoe]?(?:st|s|t|str|sr|tr)r?[ae]me\b/g, 'registrame'],
  // Asked with a verb before it: "¿me puedes registrar en el Green Bowl?", "quisiera ficharme aquí".
  [
    /\b(?:me )?(?:puedes|podes|podrias|podria|puede|pudieras|pudiera) (?:registrar|fichar|chequear|checkear)(?:me)?\b|\b(?:quiero|quisiera|necesito|me gustaria|queria) (?:registrarme|ficharme)(?= (?:en|aqui|aca|ahi|ya)\b)(?! en (?:la |esta |tu |el )?(?:app|aplicacion|web|pagina|plataforma|cuenta|sistema)\b)/g,
    'registrame',
  ],
  [/\bke\b/g, 'que'],
  [/\b(?:xq|pq|porq)\b/g, 'porque'],
  [/\b(?:tmb|tb)\b/g, 'tambien'],
  [/\bq (?=\w)/g, 'que '],
  [/\bx (?=la |el |aqui|aca|favor)/g, 'por '],
  [/\b(?:mnn|mna|mnna|manan|mananaa)\b/g, 'manana'],
  [/\bpasao manana\b/g, 'pasado manana'],
  [/\b(?:lune|lunez|lun)\b/g, 'lunes'],
  [/\b(?:martez)\b/g, 'martes'],
  [/\b(?:miercole|mierc|miercolez|mie)\b/g, 'miercoles'],
  [/\b(?:juev|jueve|juevez|juebes)\b/g, 'jueves'],
  [/\b(?:vierns|viernez|vienres|vienes|biernes|vier|vie)\b/g, 'viernes'],
  [/\b(?:sabdo|sab|savado|sabad)\b/g, 'sabado'],
  [/\b(?:domigo|dom|domngo)\b/g, 'domingo'],
  [/\b(?:grax|grcs|grasias|gracis|graciaas)\b/g, 'gracias'],
  [/\b(?:recuerdam|recuerdalo)\b/g, 'recuerdame'],
  // Of a session, timed from it: "recuérdamelo media hora antes" (remind me half an hour before it).
  [
    /\b(?:(?:podria|podrias|puede|puedes|pudiera|pudieras|quiere|quieres) )?(?:recordarmelo|recordarmela|recuerdamelo|recuerdamela|recuerdemelo|recuerdemela|avisarmelo|avisamelo|avisemelo)\b(?=.*\bbefore\b)|\bme lo (?:podria |podrias |puede |puedes )?(?:recuerdas|recuerda|recordarias|recordaria|recordar|avisas|avisa|avisar)\b(?=.*\bbefore\b)/g,
    'remind me',
  ],
  // Of something just said: "¿podría recordármelo?", "recuérdemelo", "me lo recuerdas".
  [
    /\b(?:(?:podria|podrias|puede|puedes|pudiera|pudieras|quiere|quieres) )?(?:recordarmelo|recordarmela|recuerdamelo|recuerdamela|recuerdemelo|recuerdemela|avisarmelo|avisamelo|avisemelo)\b|\bme lo (?:podria |podrias |puede |puedes )?(?:recuerdas|recuerda|recordarias|recordaria|recordar|avisas|avisa|avisar)\b/g,
    'remind me about it',
  ],
  [/\b(?:recuerdeme|recuerdame usted|aviseme)\b/g, 'recuerdame'],
  // Caribbean and Andalusian speech as typed: the s before a consonant breathed ("ehtoy", "ehta"),
  // the d between vowels dropped ("cansaíta", "cansao"); and s, c and z written for one another
  // ("canselala", "recompenza", "nesesito").
  [/\beh(toy|ta|tas|tan|tamos|te|to|tos|tas|toy|pera|pere)\b/g, 'es$1'],
  // And the l said as r before a consonant ("argún", "arguien", "er gimnasio"), "mu" for "muy",
  // "pa" for "para", and the last r of an infinitive dropped after a preposition ("pa comé",
  // "de descansá", "sin dormí"), not "come" or "cena" said as they are.
  [/\barg(un|una|unos|unas|uien|o)\b/g, 'alg$1'],
  [/\ber\b(?= [a-z]{3,})/g, 'el'],
  [/\bmu\b(?= [a-z])/g, 'muy'],
  [
    new RegExp(`\\bpa'l\\b|\\bpal\\b(?= (?:${days}|dia|finde|fin de semana|proximo|siguiente|otro)\\b)`, 'g'),
    'para el',
  ],
  [/\bpa'?(?= [a-z])/g, 'para'],
  [/\b(para|de|a|al|sin) (com|beb|hac|corr|mov|vol|perd)e\b/g, '$1 $2er'],
  [/\b(para|de|a|al|sin) (dorm|sal|viv|escrib|sub|ped|segu|abr|dec|ir)i\b/g, '$1 $2ir'],
  [
    /\b(para|de|a|al|sin) (descans|relaj|entren|cen|almorz|camin|habl|trabaj|estudi|tom|charl|medit|respir|desayun|and|pens|empez|olvid|calm|tranquiliz)a\b/g,
    '$1 $2ar',
  ],
  [/\bmih(m[oa]s?)\b/g, 'mis$1'],
  [
    /\b(cans|agot|estres|preocup|agobi|desanim|bajone|aburr|asust|enoj|relaj|desvel|angusti|emocion|apen)a(?:dit|it|ad)?([oa])s?\b(?<!\b(?:cans|agot|estres|preocup|agobi|desanim|bajone|aburr|asust|enoj|relaj|desvel|angusti|emocion|apen)ad[oa]s?)/g,
    '$1ad$2',
  ],
  [/\b(cans|agot|estres|preocup|agobi|desanim|bajone|aburr|asust|enoj|desvel|angusti|emocion)ao\b/g, '$1ado'],
  [/\bbajit([oa])\b/g, 'un poco baj$1'],
  // "Estoy media nerviosa", "medio cansado" (Latin America): a bit.
  [
    /\b(?:estoy|ando|me siento|ya estoy) (?:medio|media) (?=[a-z]+(?:ad|id|os|iv)[oa]s?\b)/g,
    'estoy un poco ',
  ],
  [/\btristecit[oa]\b/g, 'triste'],
  [/\bcansel/g, 'cancel'],
  [/\brecompenz/g, 'recompens'],
  [/\bne(?:s|c)e(?:s|c)it/g, 'necesit'],
  [/\bejersicio/g, 'ejercicio'],
  // "¿cuánto he avanzado?", "¿qué he logrado hasta ahora?", "¿hasta dónde he llegado?".
  [
    /\b(?:cuanto|que tanto|hasta donde|como) (?:he|hemos|llevo|voy) (?:avanzado|progresado|llegado|mejorado)\b|\bque (?:he|llevo|hemos) (?:logrado|conseguido|hecho)(?: (?:hasta (?:ahora|hoy|el momento|aqui|aca)|ya|en total))?\b|\bcuanto llevo\b/g,
    'my progress',
  ],
  // "¿me he ganado algo?", "¿qué me gané?": what the check-ins earned.
  [
    /\b(?:me )?(?:he ganado|gane|gano) (?:algo|algun premio|alguna recompensa|algun cafe)\b|\bque (?:me )?(?:he ganado|gane)\b/g,
    'any rewards',
  ],
  [/\b(?:gim|gimnacio|jimnasio|gimnasi)\b/g, 'gimnasio'],
  [/\b(?:sesiom|secion|sesio)\b/g, 'sesion'],

  // Feelings said other ways: the word mood-words.ts knows, still Spanish ("reventada" is "cansada").
  [/\b(?:super|re|recontra|bien|bastante) (?=[a-z]+(?:ad|id|os|iv)[oa]s?\b)/g, 'muy '],
  [/\b(?:reventad|molid|agotad|destrozad|fundid)([oa])s?\b/g, 'cansad$1'],
  [/\bhech([oa]) (?:polvo|mierda|trizas|un trapo)\b/g, 'hech$1 polvo'],
  [/\b(?:deprimid|desanimad|hundid|bajonead|chafad)([oa])s?\b|\bdepre\b/g, 'triste'],
  [/\bnerviosisim([oa])\b/g, 'nervios$1'],
  [
    /\b(nervios[oa]|ansios[oa]|preocupad[oa]|estresad[oa]|asustad[oa]|emocionad[oa]|content[oa]|tranquil[oa]) (por|con|antes de|para) (?:la|mi|el) (?:cita|sesion|turno)\b/g,
    '$1 $2 my meeting',
  ],

  // Number words after "a las", "en", "dentro de": digits, as the time rules read them.
  [/\b(?:a las |las )?(?:doce|12)(?::00)? (?:del|de la|al) (?:mediodia|medio dia)\b/g, 'at 12:00'],
  [/\bal? (?:la )?medio ?dia\b|\bmedio ?dia\b/g, 'at 12:00'],
  [/\b(?:a (?:la )?)?medianoche\b/g, 'at midnight'],
  [/\s*\ben punto\b/g, ''],
  ...entries(hourWords).map(([w, n]): [RegExp, string] => [
    new RegExp(
      `\\b(?:a las|a la|las|sobre las|hacia las|a eso de las|tipo las|tipo a las${n === 1 ? '|la' : ''}) ${w}\\b`,
      'g',
    ),
    `a las ${n}`,
  ]),
  // "a las 17 treinta": the minutes in words, without "y".
  [
    /\ba las (\d{1,2}) (treinta|quince|cuarenta y cinco|cuarenta|cincuenta)\b(?! ?(?:minutos|mins?))/g,
    'a las $1 y $2',
  ],
  ...entries(minuteWords).map(([w, m]): [RegExp, string] => [
    new RegExp(`\\b(\\d{1,2}) y ${w}\\b`, 'g'),
    `$1:${m}`,
  ]),
  ...Array.from({ length: 12 }, (_, i): [RegExp, string] => [
    new RegExp(`\\b${i + 1} menos (?:cuarto|15)\\b`, 'g'),
    `${i === 0 ? 12 : i}:45`,
  ]),
  ...Array.from({ length: 12 }, (_, i): [RegExp, string] => [
    new RegExp(`\\b${i + 1} menos (?:diez|10)\\b`, 'g'),
    `${i === 0 ? 12 : i}:50`,
  ]),
  ...[
    ['(?:veinticinco|25)', 25],
    ['(?:veinte|20)', 20],
    ['(?:cinco|5)', 5],
  ].flatMap(([w, m]) =>
    Array.from({ length: 12 }, (_, i): [RegExp, string] => [
      new RegExp(`\\b${i + 1} menos ${w}\\b(?! ?(?:minutos|mins?))`, 'g'),
      `${i === 0 ? 12 : i}:${60 - Number(m)}`,
    ]),
  ),
  [/\b(\d{1,2}) y (\d{1,2})\b(?! ?(?:minutos|mins?|horas|\/))/g, '$1:$2'],
  [/\b(\d{1,2}):(\d)\b/g, '$1:0$2'],
  // "En una hora y cuarto", "dentro de dos horas y media", "en 1 hora y tres cuartos": in minutes.
  ...(
    [
      ['(?:una |1 )?hora', 1],
      ['(?:dos|2) horas', 2],
      ['(?:tres|3) horas', 3],
      ['(?:cuatro|4) horas', 4],
    ] as const
  ).flatMap(([hours, n]): [RegExp, string][] =>
    (
      [
        ['media', 30],
        ['cuarto', 15],
        ['tres cuartos', 45],
      ] as const
    ).map(([part, m]): [RegExp, string] => [
      new RegExp(`\\b(?:en|dentro de) ${hours} y ${part}\\b`, 'g'),
      `in ${n * 60 + m} minutes`,
    ]),
  ),
  // "en una hora y media", "dentro de 20 minutos", "en media hora": from now.
  [/\b(?:en|dentro de) (?:una )?hora y media\b/g, 'in 90 minutes'],
  // "dentro de un par de horas", "en un par de días": two.
  [/\b(en|dentro de) (?:un par de|un par|dos o tres) (horas?|minutos?|mins?|dias?|semanas?)\b/g, '$1 2 $2'],
  [/\b(?:en|dentro de) (?:un )?cuarto de hora\b/g, 'in 15 minutes'],
  [/\b(?:en|dentro de) media hora\b/g, 'in 30 minutes'],
  ...entries(amountWords).map(([w, n]): [RegExp, string] => [
    new RegExp(`\\b(en|dentro de) ${w} (horas?|minutos?|mins?|dias?|semanas?)\\b`, 'g'),
    `$1 ${n} $2`,
  ]),
  [/\b(?:en|dentro de) (\d{1,3}) ?(?:horas?|hrs?|hs?)\b/g, 'in $1 hours'],
  [/\b(?:en|dentro de) (\d{1,3}) ?(?:minutos?|mins?|min)\b/g, 'in $1 minutes'],
  [/\b(?:en|dentro de) (\d{1,2}) dias?\b/g, 'in $1 days'],
  [/\b(?:en|dentro de) (\d{1,2}) semanas?\b/g, 'in $1 weeks'],
  [/\bdentro de un rato\b|\ben un rato\b/g, 'later'],
  [/\b(?:ahorita|ahora mismo|ya mismo)\b/g, 'now'],
  [/\b(?:recuerdame|recordame|avisame) ahora\b/g, 'remind me now'],

  // Changes of mind, before the days and times they carry ("cámbialo al jueves", "mejor a las 5").
  [/\b(?:queria decir|quise decir|quiero decir|me equivoque,? (?:es|era)|perdon,? (?:es|era))\b/g, 'i meant'],
  // "Quería decir Amara, no Tom": the one ruled out is "not" him (dialogue.ts leaves him out).
  [
    /(?<=\bi meant (?:(?:con|a|el|la) )?(?!(?:que|eso|esto|otra|otro|una|uno|algo)\b)[a-z]{3,}(?: [a-z]{3,})?),? no (?=(?:(?:con|a|el|la) )?[a-z]{3,}\b)/g,
    ', not ',
  ],
  // An apology before what is asked ("Perdón, quería decir…", "Disculpe, mejor el jueves").
  [
    /(?<=^(?:(?:ay|uy|ah|oh|ups|uf),? )?)(?:perdon|perdona|perdone|perdoname|perdonad|disculpa|disculpe|disculpame|disculpeme)\b(?! (?:las|la|el|los|por) (?:molestias?|lio|confusion))/g,
    'sorry',
  ],
  [
    /\b(?:(?:cambia|cambiar|mueve|mover|cambie|mueva)(?:lo|la|mela|melo|me)?|(?:pasa|pasar|pase)(?:lo|la|mela|melo))(?: (?:la cita|la sesion|la reserva|la hora|el turno|eso))?(?: (?:a|al|para el|para|por))?(?=\s|$)/g,
    'change it to ',
  ],
  [/\b(?:mejor|prefiero|preferiria|mas bien|y si mejor|o mejor) con\b/g, 'instead with'],
  // "Mejor en 2 horas", "no, mejor a las 5", "disculpe, mejor al jueves": a new time alone, for
  // what was just set or proposed ("actually make it in 2 hours").
  [
    new RegExp(
      `(?<=^(?:(?:no|nah|uy|ay|ah|mmm+|vale|ok|bueno|pues|entonces|sorry|oye|che),? )*)(?:mejor|mas bien)\\b(?! (?:hoy|manana|ahora) no\\b)(?= (?:a las|a la|para las|para el|para la|para|el |al |manana|pasado|hoy|este|esta|in \\d|in an? |dentro|\\d|${days}))`,
      'g',
    ),
    'actually make it',
  ],
  // "Mejor hazlo a las 11", "bueno no, mejor ponlo otra vez": the same, said with its verb.
  [
    /(?<=^(?:(?:no|nah|uy|ay|ah|mmm+|vale|ok|bueno|pues|entonces|sorry|oye|che),? )*)(?:mejor|mas bien)\b,?(?= (?:make it|put it back|put the reminder back)\b)/g,
    'actually',
  ],
  // "Que sea a las 11", "mejor que sea el jueves": the new time, for what was just set or proposed.
  [
    new RegExp(
      `(?<=^(?:(?:no|nah|uy|ay|ah|mmm+|vale|ok|bueno|pues|entonces|sorry|oye|che),? )*)(?:mejor |mas bien |entonces )?que sea(?= (?:a las|a la|at|para las|para el|para la|el |al |manana|pasado|hoy|este|esta|in \\d|in an? |dentro|\\d|${days}))`,
      'g',
    ),
    'actually make it',
  ],
  [
    new RegExp(
      `\\b(?:y si mejor|o mejor|mejor|prefiero|preferiria|mas bien|que sea|y si es|y si lo hacemos|puede ser|podria ser|y si)\\b(?= (?:a las|a la|las|el |la |al |para|manana|pasado|hoy|este|esta|otro dia|a |en |in \\d|in an? |dentro|\\d|${days}))`,
      'g',
    ),
    'instead',
  ],
  [/\ben (?:vez|lugar) de(?: con)? [a-z]+\b/g, 'instead'],
  [/\ba la misma hora\b|\bmisma hora\b|\b(?:al |el |con el )?mismo horario\b/g, 'same time'],
  [/\b(?:una|1) hora (?:mas tarde|despues)\b/g, 'an hour later'],
  [/\b(?:una|1) hora antes\b|\b(?:una|1) hora mas temprano\b/g, 'an hour earlier'],
  [/\bmedia hora (?:mas tarde|despues)\b/g, 'half an hour later'],
  [/\bmedia hora antes\b|\bmedia hora mas temprano\b/g, 'half an hour earlier'],
  [/\b(\d{1,3}|dos|tres) (horas?|minutos?|mins?) (?:mas tarde|despues)\b/g, '$1 $2 later'],
  [/\b(\d{1,3}|dos|tres) (horas?|minutos?|mins?) (?:antes|mas temprano)\b/g, '$1 $2 earlier'],
  [
    /\b(?:con )?(?:la otra|el otro|otra|otro) (?:mentora?|persona|chica|chico)\b|\bcon (?:la otra|el otro)\b/g,
    'the other mentor',
  ],
  // "nah contame del otro", "¿y la otra?": the other of two listed, a place or a mentor.
  [/\b(?:del|de la|el|la) otr[oa]\b(?! (?:dia|vez|semana|mes|hora|lado))/g, 'the other one'],
  [/\b(?:con )?(?:otra persona|alguien mas|otro mentor|otra mentora)\b/g, 'someone else'],
  // What was just done, taken back: "deshaz eso", "deshacelo", "deshágalo", "revierte eso", "echa
  // eso para atrás", "da marcha atrás" (a booking: its cancellation proposed; a reminder: dropped).
  [
    /(?:\bups+,?\s+(?:no,?\s+)?)?\b(?:(?:me )?(?:lo |la )?(?:puedes|podes|podrias|podria|puede|pudieras) (?:deshacer|revertir)(?:lo|la|melo|mela)?|(?:deshaz|deshace|deshaga|revierte|revierta)(?:lo|la|melo|mela)|deshaz|(?:echa|eche)(?:lo|la)? (?:eso |esto )?(?:para|pa) atras|da(?:le)? marcha atras)(?: (?:eso|esto|lo que hiciste|lo que acabas de hacer|lo ultimo|lo de antes))?\b(?= *(?:[,.;!?]|$|(?:que|porque|pues|please|por favor|no|ya)\b))/g,
    'undo that',
  ],
  // "Olvida lo último", "bórrame el último", "quita lo último que te dije": the last thing set,
  // taken away (a reminder just set is dropped at once: consent.ts reads this gloss).
  [
    /\b(?:olvida(?:te)?(?: de)?|borra(?:me)?|quita(?:me)?|elimina(?:me)?|anula(?:me)?|cancela(?:me)?) (?:lo|el|la) (?:ultimo|ultima)(?: (?:recordatorio|aviso|que (?:te )?(?:dije|pedi|puse)))?\b/g,
    'cancel that',
  ],
  [
    /\b(?:no,? )?(?:olvidalo|olvidala|olvida(?:lo)? eso|dejalo|dejala|dejalo estar|deja(?:lo)? estar|dejemoslo|mejor no|da igual|nada,? olvidalo|al final no|no importa|no hace falta|ahora no|ahorita no|ahora mejor no|en otro momento|otro dia)\b/g,
    'never mind',
  ],

  // Times of day: "a las 5 de la tarde", "a las 18h", "17.30 hs", "sobre las 6", "tipo 5".
  [/\b(\d{1,2})h(\d{2})\b/g, '$1:$2'],
  [/\b(\d{1,2}[:.]\d{2}) ?(?:h|hs|hrs|horas)\b/g, '$1'],
  [/\b(?:a las|las|sobre las|hacia las|a eso de las|tipo) (\d{1,2}) ?(?:h|hs|hrs|horas)\b/g, 'a las $1:00'],
  [/\b(\d{1,2}) ?(?:h|hs|hrs)\b(?! ?\d)/g, '$1:00'],
  [
    /\b(?:a las|las|sobre las|hacia las|a eso de las|tipo las|tipo a las|tipo|a la) (\d{1,2}(?:[:.]\d{2})?)\b/g,
    'a las $1',
  ],
  [/\ba las 12 de la noche\b/g, 'at midnight'],
  [/\b(?:a las )?(\d{1,2})(?:[:.](\d{2}))? (?:de la|por la|en la) (?:tarde|noche)\b/g, 'at $1:$2pm'],
  [/\b(?:a las )?(\d{1,2})(?:[:.](\d{2}))? (?:de la|por la|en la) (?:manana|madrugada)\b/g, 'at $1:$2am'],
  [/\ba las (\d{1,2}(?:[:.]\d{2})?)\b/g, 'at $1'],
  [/\b(make it|put it back|put the reminder back) (?:para|pa) (at (?:\d|midnight))/g, '$1 $2'],
  // A bound rather than a time: "pero no antes de las 10", "a partir de las 4", "después de las 3",
  // "antes de las 5" ("not before 10", "after 3", "before 5").
  [/\b(?:no antes de|a partir de|desde) at (?=\d)/g, 'not before '],
  // "Lo antes posible", "lo más temprano que tengas", "cuanto antes": the earliest.
  [
    /\b(?:lo (?:antes|mas pronto|mas temprano) (?:posible|que (?:tengas|tenga|puedas|pueda|haya))|cuanto antes|lo mas temprano)\b/g,
    'as early as possible',
  ],
  // A reminder "antes de las 5" still rings at 5, as before.
  [
    /(?<!\b(?:recuerd|record|avis|remind|recordatorio|alarma)\w*\b.*)\b(?:no mas tarde de|antes de) at (?=\d)(?!.*\b(?:recuerd|record|avis|remind|recordatorio|alarma))/g,
    'before ',
  ],
  [
    /(?<!\b(?:recuerd|record|avis|remind|recordatorio|alarma)\w*\b.*)\b(?:despues de|pasadas) at (?=\d)(?!.*\b(?:recuerd|record|avis|remind|recordatorio|alarma))/g,
    'after ',
  ],
  // "la noche anterior a las ocho": in the evening.
  [/\b(the (?:night|evening) before,? )at ([1-9]|1[01])(?:[:.](\d{2}))?\b(?! ?(?:am|pm))/g, '$1at $2:$3pm'],
  [/(\d): ([a-z])/g, '$1 $2'],
  [/(\d):([ap]m)\b/g, '$1$2'],

  // Days and dates.
  [/\bpasado manana\b/g, 'day after tomorrow'],
  [/\bmanana (?:por|en|a) la manana\b|\bmanana temprano\b|\bmanana de manana\b/g, 'tomorrow morning'],
  [/\bmanana (?:por|en|a) la tarde\b/g, 'tomorrow afternoon'],
  [/\bmanana (?:por|en|a) la noche\b/g, 'tomorrow evening'],
  [/\besta manana\b/g, 'this morning'],
  [/\besta tarde\b|\bhoy (?:por|en|a) la tarde\b/g, 'this afternoon'],
  [/\besta noche\b|\bhoy (?:por|en|a) la noche\b/g, 'tonight'],
  [/\b(?:por|en|a) la manana\b/g, 'morning'],
  [/\b(?:por|en|a) la tarde\b|\bde tarde\b/g, 'afternoon'],
  [/\b(?:por|en|a) la noche\b|\bde noche\b/g, 'evening'],
  // Times of day named by what one does then (read as hours in offline/when.ts).
  [/\b(?:a )?primera hora(?: de la manana)?\b/g, 'first thing'],
  [/\bdespues de (?:comer|almorzar|la comida|el almuerzo)\b/g, 'after lunch'],
  // After work, as said from Spain to Peru: "después del curro", "al salir de la chamba", "cuando
  // salga del trabajo", "luego de la pega", "en cuanto termine de trabajar", "al salir de la oficina".
  [
    /\b(?:despues|saliendo|luego|al salir|a la salida|cuando (?:salga|salgo)|(?:en|in) cuanto (?:salga|salgo|termine|acabe)|apenas (?:salga|salgo|termine|acabe)|al (?:terminar|acabar)|cuando (?:termine|acabe))(?: de| del)? (?:(?:el |la |mi )?(?:trabajo|curro|laburo|chamba|chambeo|jale|camello|pega|oficina|jornada|turno de trabajo)|trabajar|currar|laburar|chambear|camellar)\b/g,
    'after work',
  ],
  // When work ends, said to time what comes after: "salgo a las 6", "termino de trabajar a las 5",
  // "acabo sobre las 7" ("i finish at 6").
  [
    /\b(?:(?:yo )?(?:salgo|termino|acabo|libro|plego|me desocupo)(?: (?:de trabajar|del trabajo|del curro|de la chamba|de la pega|de la oficina|de currar))?)(?= (?:a las|a la|sobre las|hacia las|como a las|tipo|a eso de las|at) )/g,
    'i finish',
  ],
  [
    /(?<=\bi finish at \d{1,2}(?::\d{2})?(?:am|pm)?),? (?:asi que|entonces|pues|o sea|por eso)(?: mejor)?(?= (?:at|make it) )/g,
    ', so',
  ],
  [/\bal final del dia\b|\ba fin de dia\b/g, 'at the end of the day'],
  [/\bdespues de cenar\b|\bdespues de la cena\b/g, 'after dinner'],
  [/\bantes de (?:dormir|acostarme|irme a dormir)\b/g, 'before bed'],
  // After a cancellation: "¿y cuál me queda?", "¿qué sesiones me quedan?".
  [/\b(?:cual|cuales|que) (?:sesion(?:es)? |cita(?:s)? )?me queda(?:n)?\b/g, 'what have i got left'],
  [
    /\b(?:me queda|tengo) (?:alguna |algun )?(?:otra |otro )?(?:sesion|cita|turno)(?:es|s)? pendientes?\b/g,
    'do i have any sessions coming up',
  ],
  [
    /\b(?:que|q) no (?:este|esten|sea|sean) (?:petao|petado|lleno|llena|llenos|a tope|abarrotado|hasta arriba|hasta los topes)\b/g,
    'not packed',
  ],
  // Back to a mentor named before: "mejor vuelvo con Siobhán".
  [/\b(?:vuelvo|volvemos|regreso) (?:con|a) (?=[a-z]{3,})/g, 'with '],
  [/\bno (?:quiero|tengo ganas de|me apetece) ver a nadie\b/g, "i don't want to see anyone"],
  [/\b(?:hazme|haceme)\b(?= (?:un|una|el|la) (?!check))/g, 'do'],
  [
    /\besc[a]ner corporal\b|\bescaneo (?:del cuerpo|corporal)\b|\brecorrido (?:por el|del) cuerpo\b/g,
    'body scan',
  ],
  [/\bsoltar (?:la )?tension(?: del cuerpo)?\b|\bdestensar(?:me)?\b/g, 'relax with a body scan'],
  // Formal: "le agradecería que me recordara…", "¿podría recordarme…?".
  [
    /\b(?:le |te )?agradeceria que me (?:recordara|recordase|avisara|avisase)\b|\b(?:podria|podrias|puede|puedes|pudiera|pudieras) recordarme\b|\bme (?:recordaria|recordarias)\b/g,
    'remind me',
  ],
  [
    /\b(?:alguien|algun[oa]|algun mentor) (?:(?:aqui|aca|por aqui|por aca|en la app) )?(?:que|q) (?:le |me |lo )?(?:sepa|sabe|entienda|entiende|comprenda|haya pasado por|haga|hace|trabaje|ensene|ensena|de clases de|da clases de|domine|explique|guie|practique|lleve)\b(?: (?:a |de |con |en |sobre )?(?:los |las |la |el )?)?/g,
    'someone who can help with ',
  ],
  [
    /\bpracticas? de exposicion\b|\bexposicion gradual\b|\b(?:ejercicios?|terapia|trabajo) de exposicion\b|\bexponerme\b/g,
    'exposure practice',
  ],
  [
    /(?<!\b(?:ataques?|crisis) )\b(para|con|de|sobre|for|does) (?:el |los |mi )?panico\b/g,
    '$1 panic attacks',
  ],
  [/\bmanana\b/g, 'tomorrow'],
  [/\bhoy\b/g, 'today'],
  [/\b(?:ayer|anteayer|antes de ayer)\b/g, 'yesterday'],
  // Next week, as said from Spain to Mexico ("la semana entrante", "la semana que entra"); "el
  // viernes de la otra semana" is next week's Friday (Mexico), never "la otra semana" alone.
  [
    /\b(?:la semana que viene|la proxima semana|la semana proxima|la semana (?:siguiente|entrante|que entra)|la siguiente semana)\b/g,
    'next week',
  ],
  [new RegExp(`(?<=\\b(?:${days}) )de la otra semana\\b`, 'g'), 'de next week'],
  [/\besta semana\b/g, 'this week'],
  [/\b(?:el |este )?(?:finde|fin de semana)\b/g, 'on saturday'],
  // The day of the month in words: "el diecisiete de mayo", "el primero de junio".
  ...entries(dayWords).map(([w, n]): [RegExp, string] => [
    new RegExp(`\\b${w}(?= de (?:${monthNames})\\b)`, 'g'),
    String(n),
  ]),
  ...entries(months).map(([es, en]): [RegExp, string] => [
    new RegExp(`\\b(?:el )?(?:dia )?(\\d{1,2}) de ${es}\\b`, 'g'),
    `on ${en} $1th`,
  ]),
  [new RegExp(`\\b(?:de |en )?(${monthNames})\\b`, 'g'), ''],
  [/\bel (?:dia )?(\d{1,2}) (at|para|por|de este|del mes)\b/g, 'on the $1th $2'],
  [/\bel dia (\d{1,2})\b/g, 'on the $1th'],
  ...entries(english).map(([es, en]): [RegExp, string] => [
    new RegExp(
      `\\b(?:el |este |esta |para el |al |del |los |hasta el )?(?:proximo |siguiente )${es}\\b|\\b(?:el |para el |al |del )?${es} (?:que viene|proximo|siguiente|de la semana que viene|de la proxima semana)\\b`,
      'g',
    ),
    `next ${en}`,
  ]),
  ...entries(english).map(([es, en]): [RegExp, string] => [
    new RegExp(`\\b(?:este|esta) ${es}\\b`, 'g'),
    `this ${en}`,
  ]),
  ...entries(english).map(([es, en]): [RegExp, string] => [
    new RegExp(
      `\\b(?:(?:para |hasta )?el |al |del |los |para )?${es} (\\d{1,2})\\b(?![:.]\\d| ?(?:pm|am))`,
      'g',
    ),
    `on ${en} the $1th`,
  ]),
  ...entries(english).map(([es, en]): [RegExp, string] => [
    new RegExp(`\\b(?:(?:para |hasta )?el |al |del |los |para )?${es}\\b`, 'g'),
    `on ${en}`,
  ]),
  [/\b(?:la|el) on (?=monday|tuesday|wednesday|thursday|friday|saturday|sunday)/g, 'the one on '],
  [
    /\b(?:la|el) (?:de|del|para) (?=(?:next|this|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))/g,
    'the one ',
  ],

  // A mentor's topic: starting sport ("empezar a hacer deporte", "principiantes en el deporte").
  [
    /\b(?:empezar|comenzar|arrancar|iniciarme|iniciar|volver|empiezo|empece|retomar) (?:a |con |en |el )?(?:hacer |practicar )?(?:deporte|ejercicio|entrenar|entrenamiento)\b|\bprincipiantes? (?:en|de|del) (?:el )?(?:deporte|ejercicio|fitness|entrenamiento)\b/g,
    'starting with fitness',
  ],
  // Places first: a kind of place, what it should be like, where ("cafeterías tranquilas").
  // After a search, another kind of place said as "one for" what one does there: "¿y uno para
  // comer sano?", "y otro pa' entrenar", "¿y alguno donde tomar un café?" (the same search, that kind).
  [
    /^\s*(?:y|e|vale y|ok y|y ahora|y tambien|tambien) (?:un |una |uno |otro |otra |alguno |alguna |algun |unos |unas |otros |otras )?(?:sitio |lugar |local |restaurante |sitios |lugares |locales |restaurantes )?(?:para|pa|de|donde) (?:comer|comida|almorzar|cenar)(?: (?:algo )?(?:sano|sana|saludable|healthy|bien|rico y sano))?\s*\??\s*$/g,
    'what about a healthy food place there',
  ],
  [
    /^\s*(?:y|e|vale y|ok y|y ahora|y tambien|tambien) (?:uno|una|otro|otra|alguno|alguna)(?: (?:sitio|lugar|local))? (?:para|pa|de|donde) (?:tomar (?:un |algo de )?cafe(?:cito)?|tomar algo|cafe)\s*\??\s*$/g,
    'what about a cafe there',
  ],
  [
    /^\s*(?:y|e|vale y|ok y|y ahora|y tambien|tambien) (?:uno|una|otro|otra|alguno|alguna)(?: (?:sitio|lugar|local))? (?:para|pa|de|donde) (?:entrenar|hacer (?:ejercicio|deporte|pesas)|ir al? (?:gym|gimnasio))\s*\??\s*$/g,
    'what about a gym there',
  ],
  [
    /^\s*(?:y|e|vale y|ok y|y ahora) (?:los |las |unos |unas |un |una |otro |otra |algun\w* )?(cafeterias?|cafes?|gimnasios?|gym)( (?:mas )?tranquil\w+| para principiantes)?(?: (?:alli|ahi|alla|tambien|por alli|por ahi))?\s*\??$/g,
    'what about $1$2 there',
  ],
  [
    /^\s*(?:y|e|vale y|ok y) (?:algun\w* |unos |unas |otros |otras |uno |una |otro |otra )?(?:mas )?(tranquil\w+|para principiantes)\s*\??$/g,
    'what about $1 there',
  ],
  [
    /^\s*y (?=(?:los |las |unos |unas |un |una |otro |otra |algun\w* )?(?:cafeterias?|cafes?|gimnasios?|gym|sitios? para comer)\b)/g,
    'what about ',
  ],
  [/\b(?:cafeterias?|cafes?|sitios? (?:para|de|donde) tomar (?:un )?cafe|cafecitos?)\b/g, 'cafe'],
  [/\bgimnasios?\b|\bsalas? de (?:pesas|fitness)\b|\bcentros? deportivos?\b/g, 'gym'],
  [/\b(?:mi |la )?primera vez\b|\bnunca he ido\b/g, 'first time'],
  [/\bhacer (?:ejercicio|deporte)\b|\bentrenar\b|\bir a entrenar\b/g, 'work out'],
  [
    /\b(?:sitio|lugar|restaurante|local)(s?) (?:para|donde) comer (?:sano|saludable|bien)\b/g,
    'healthy food place$1',
  ],
  [
    /\b(?:comer|comida|algo) (?:sano|sana|saludable|healthy)\b|\bcomer bien\b|\b(?:restaurantes?|sitios?|lugares?) (?:de comida )?(?:sanos?|saludables?|healthy)\b|\bcomida saludable\b|\bensaladas?\b|\bvegan[oa]s?\b|\bvegetarian[oa]s?\b/g,
    'healthy food',
  ],
  [
    /\b(?:tranquil[oa]s?|calmad[oa]s?|silencios[oa]s?|relajad[oa]s?(?= (?:para|donde))|sin (?:mucho )?ruido|sin (?:mucha )?gente|poco concurrid[oa]s?|poco ruidos[oa]s?|no (?:muy |tan )?(?:lleno|llena|concurrid[oa]|ruidos[oa])s?|que no (?:este|haya|tenga) (?:muy |tan )?(?:lleno|llena|mucha gente|mucho ruido)|(?:que )?no (?:sea|sean|este|esten) (?:muy |tan |demasiado |nada )?(?:ruidos[oa]s?|bullicios[oa]s?|concurrid[oa]s?|llen[oa]s?|agobiantes?|ajetread[oa]s?)|(?:que no (?:haya|tenga)|sin) (?:mucho |demasiado |tanto )?(?:jaleo|bullicio|barullo|alboroto)|con poca gente|vacio|vacia)\b/g,
    'quiet',
  ],
  // "¿el Slow Pour es muy ruidoso?": what a place is like, asked.
  [/\b(?:ruidos[oa]s?|bullicios[oa]s?)\b/g, 'noisy'],
  [
    /\b(?:para |de )?(?:principiantes?|novat[oa]s?|primerizos?|gente que empieza|los que empiezan)\b/g,
    'for beginners',
  ],
  [
    /\b(?:no (?:muy|tan)|poco|que no (?:sea|sean) (?:muy |tan )?) ?intimidantes?\b|\bque no intimiden?\b/g,
    'not too intimidating',
  ],
  // "no, la otra, la tranquila": a place pointed at by what it is like.
  [/\b(?:el|la|lo) quiet\b(?=\s*[,.!?]|\s*$)/g, 'the quiet one'],
  [
    /\b(?:cerca de (?:mi|aqui|aca|donde estoy)|por aqui(?: cerca)?|por aca(?: cerca)?|aqui cerca|cerquita|por la zona|en mi zona|a mi alrededor|en el barrio|por mi barrio|en mi barrio|por mi zona)\b/g,
    'near me',
  ],
  [/\bcerca (?:de |del )(?:la |el )?/g, 'near '],
  [/\bcerca\b/g, 'near me'],
  [/\bque hay (?=near)/g, "what's "],
  [/\b(?:un|algun|alg[uú]n|otro) (?:sitio|lugar|local|espacio)\b/g, 'a place'],
  [/\b(?:sitios|lugares|locales)\b/g, 'places'],
  [/\b(?:sitio|lugar|local)\b/g, 'place'],
  [/\bpara (?:trabajar|estudiar|leer)\b/g, 'to work'],
  [/\b(?:abiert[oa]s? (?:ahora|ya|ahorita)|que (?:este|esten) abiert[oa]s?)\b/g, 'open now'],
  [/\b(?:nueva york|nueva yor|ny)\b/g, 'new york'],
  [/\bedimburgo\b/g, 'edinburgh'],
  [/\blondres\b/g, 'london'],
  [/\bsidney\b/g, 'sydney'],

  // Mentors: who helps with what.
  [
    /\b(?:ansiedad social|fobia social|timidez|soy (?:muy )?timid[oa]|me cuesta (?:hablar con|relacionarme con|conocer a) (?:la )?gente|(?:miedo|verguenza|panico) (?:a|de) hablar (?:en publico|con gente)|hablar en publico)\b/g,
    'social anxiety',
  ],
  [
    /\b(?:miedo|verguenza|ansiedad|panico|nervios|inseguridad) (?:a|al|de|en|con|por) (?:ir al? )?(?:el |la )?gym\b|\b(?:me (?:da|dan|entra|entran) (?:mucho |mucha |un poco de )?(?:miedo|verguenza|ansiedad|panico|nervios|cosa|yuyu)|me (?:intimida|asusta|agobia|estresa|pone nervios[oa])) (?:ir al |entrar al |ir a |el |la |al )?gym\b|\bgym (?:me|nos) (?:(?:da|dan)(?: (?:mucho |mucha |muchisimo |un poco de )?(?:miedo|panico|ansiedad|verguenza|nervios|cosa|yuyu|terror|palo))?|intimida|asusta|agobia|estresa|supera|bloquea|aterra|aterroriza|pone nervios[oa]|raya|ralla)\b|\b(?:en el|en un|al ir al|cuando voy al) gym me (?:agobio|estreso|bloqueo|asusto|rayo|pongo nervios[oa]|siento (?:fatal|mal|incomod[oa]|intimidad[oa]|observad[oa]))\b|\bme (?:agobio|estreso|bloqueo|asusto|pongo nervios[oa]|siento (?:incomod[oa]|intimidad[oa]|observad[oa])) (?:en el|en un|al ir al|cuando voy al) gym\b/g,
    'gym anxiety',
  ],
  [/\b(?:ataques?|crisis) (?:de )?(?:panico|ansiedad)\b/g, 'panic attacks'],
  [/\b(?:meditacion|meditar|atencion plena|conciencia plena)\b/g, 'mindfulness'],
  [
    /\b(?:insomnio|no (?:puedo|consigo|logro) dormir|dormir (?:mejor|bien|mal)|dormir|el sueno|del sueno|sueno|(?:duermo|dormi|he dormido|estoy durmiendo|ando durmiendo) (?:fatal|mal|muy mal|malisimo|poco|poquisimo|regular|como el culo|de pena)|no (?:duermo|pego ojo|pegue ojo|he pegado ojo)(?: (?:bien|nada|nunca|casi nada))?)\b/g,
    'sleep',
  ],
  [/\b(?:autoestima|confianza en mi mism[oa]|seguridad en mi mism[oa]|confianza)\b/g, 'confidence'],
  [/\bexposicion\b/g, 'exposure'],
  // "Decime con quién puedo hablar de…", "¿con quién hablo de…?": someone for that.
  [
    /\b(?:(?:dime|decime|digame|sabes|sabrias) )?con quien (?:puedo |podria |podes |puedes |se puede |hay que )?(?:hablar|hablo|charlar|charlo|trabajar|practicar)(?: (?:de|sobre|acerca de|por|con))?(?: (?:el|la|los|las|mi|mis))?\b/g,
    'someone who can help with',
  ],
  [
    /\b(?:alguien|una persona|algun mentor|algun[oa]) (?:con quien (?:hablar|charlar|practicar|hacer|trabajar|aprender|entrenar)|para (?:hablar|practicar|trabajar))(?: (?:sobre|de|acerca de|por|con|en))?(?: (?:el|la|los|las|mi|mis))?\b|\b(?:hablar|charlar) con (?:alguien|una persona)(?: (?:sobre|de|acerca de|por))?\b/g,
    'someone who can help with',
  ],
  [
    /\b(?:alguien|algun[oa]|alguno|una persona|algun mentor|alguna mentora) (?:que|q|quien) (?:me )?(?:pueda|puede|podria|sepa|sabe|ayude|ayuden|ayuda|trabaje|trabaja)(?: ayudar(?:me)?)?\b|\b(?:alguien|algun[oa]) (?:me )?(?:puede|podria|pueda) ayudar\b|\b(?:alguien|algun[oa]) que me ayude\b|\b(?:me )?(?:puede|podria) ayudar alguien\b|\bquien (?:me )?(?:puede|podria) ayudar\b/g,
    'someone who can help',
  ],
  [
    /\b(?:y )?(?:alguno|alguna|alguien) (?:para|experto en|especialista en|que sepa de|sobre)\b/g,
    'a mentor for',
  ],
  [/\bbusco a alguien\b/g, 'looking for someone who can help'],
  [
    /\b(?:muestrame|mostrame|ensename|dime|ver|lista de|quienes son) (?:a )?(?:los |las )?mentor(?:es|as)\b/g,
    'show me the mentors',
  ],
  [/\bmentor(?:a|es|as)\b|\bacompanantes?\b/g, 'mentor'],

  // Sessions: asked for, listed, cancelled. An aside before a yes: "antes de confirmar, ¿qué tengo?".
  [/\bantes de (?:confirmar(?:la|lo)?|decir que si|reservar(?:la|lo)?|aceptar)\b/g, 'before i confirm'],
  // "¿Sesiones?", "citas?", "¿mis reservas?": the word alone lists them.
  [
    /^\s*(?:y |vale,? |ok,? )?(?:mis |las )?(?:turnos|citas|sesiones|reservas?)\s*[?!.]*\s*$/g,
    'my sessions?',
  ],
  [/\b(?:turnos|citas|sesiones)\b/g, 'sessions'],
  [/\b(?:turno|cita|sesion) con\b/g, 'session with'],
  [/\b(?:algun |un )?(?:hueco|huequito|disponibilidad)\b/g, 'session'],
  [/\b(?:turno|cita|sesion)\b/g, 'session'],
  [/\bmis (?:sessions|reservas)\b/g, 'my sessions'],
  [/\b(?:mi|la|esa|una|tu) reserva\b/g, 'booking'],
  [
    /\b(?:que|cuales|cuantas) (?:otras |mas )?(?:sessions|reservas) (?:tengo|me quedan|hay)\b|\b(?:que|cuales) son mis sessions\b|\bque tengo (?:reservado|agendado|programado|pendiente|apuntado)\b|\btengo algo (?:reservado|agendado|programado|apuntado)\b|\b(?:que|cuales) (?:otras |mas )?(?:sessions|reservas) tengo\b/g,
    'what sessions do i have',
  ],
  [
    /\b(?:sigo teniendo|todavia tengo|aun tengo|ya tengo)(?: (?:la|mi|una|el))? (?:session|reserva)\b|\btengo(?<!\b(?:recuerdame|recordame|recordarme|avisame|recordatorio)\b.*tengo) (?:alguna |algun |una |mas )?(?:session|sessions|reserva|reservas)\b|\bhay (?:alguna )?(?:session|sessions) (?:reservada|agendada)s?\b/g,
    'any sessions',
  ],
  [/\bque tengo (?=this week|today|tomorrow|next week|on )/g, 'what have i got '],
  [
    /\b(?:cuando|a que hora|que dia) (?:es|era|tengo|me toca|la tengo|lo tengo|tenia)(?: (?:mi|la|el) (?:session|reserva))?\b|\bcuando (?:es|era) (?:mi|la) (?:session|reserva)\b/g,
    'when is my session',
  ],
  [/\bsessions pendientes\b|\bproximas sessions\b/g, 'upcoming sessions'],
  [
    /\b(?:ya )?no (?:puedo|voy a poder|podre|podria) (?:ir|asistir|acudir|llegar) (?:a |al )?(?:mi |la |esa )?session\b|\bya no (?:puedo|voy a poder|podre) (?:ir|asistir|acudir)\b/g,
    'cancel my session',
  ],
  [/\bya no (?:quiero|necesito) (?:la|mi|esa) session\b/g, "i don't want the session"],
  [/\bcancel(?:ala|alo|amela|amelo|arla|arlo|ela|elo|emela|emelo|enla|enlo|armela|armelo)\b/g, 'cancel it'],
  [
    /\bcancel(?:a|ar|e|en|o|as|ame|arme|ando|acion|eme)\b|\b(?:anul|desagend|desapunt)[a-z]*\b|\bdar de baja\b|\b(?:borra|elimina|quita)(?:la|lo|me|mela)?\b/g,
    'cancel',
  ],
  // A session pointed at by its hour: "cancela la de las 7", "anula la sesión de las 16:00", "la que
  // tengo a las 5", "esa de las 4 de la tarde" ("the one at 7", "my session at 4pm").
  [
    /\b(?:la|el|esa|ese|aquella|aquel) (?:de|para|que (?:tengo|tenia|es|era|me toca|tengo reservada|tengo agendada))(?= at (?:\d|midnight))(?!.*\bmove\b)(?<!\bmove\b.*)/g,
    'the one',
  ],
  [
    /\b(?:la|el|esa|ese|aquella|aquel) (?:de|para|que (?:tengo|tenia|es|era|me toca|tengo reservada|tengo agendada))(?= at (?:\d|midnight))/g,
    'my session',
  ],
  [
    /\b(?:la|mi|esa|el|ese) session (?:de|para|que (?:tengo|tenia|es|era))(?= at (?:\d|midnight))/g,
    'my session',
  ],
  // "Quiero quitar la de las 7", "borrar la sesión de Amara": the session named, cancelled.
  [/\b(?:quitar|borrar|eliminar|quitame|borrame)(?= (?:the one|my session|the [a-z]+ session)\b)/g, 'cancel'],
  // Five senses: the 5-4-3-2-1 grounding ("el de los cinco sentidos").
  [/\b(?:(?:el|la|lo) de )?(?:los )?(?:cinco|5) sentidos\b/g, 'grounding'],
  [/(?<!\b(?:tipo|como|estilo) )\b(?:la|el) de (?:los|las|la|el) (?=[a-z]{3,})/g, 'the mentor for '],
  // "cancela la de mañana", "la de hoy": the session on that day.
  [
    /\b(?:la|el) (?:de|para) (?=tomorrow|today|tonight|day after|this (?:morning|afternoon|evening))/g,
    'the one ',
  ],
  [
    /\b(?:la|el) de (?=[a-z]{3,})(?!next|this|on |at |the |tomorrow|today|tonight|day after)/g,
    'the one with ',
  ],
  [
    /\b([a-z]{3,}) (?:puede|podria|esta libre|esta disponible)( (?:on|this|next|tomorrow|today|day after|at|in \d))/g,
    'see $1 free$2',
  ],
  [
    /\b([a-z]{3,}) (?:tiene|tendra|tendria|esta|estara) (?:libre|disponible|disponibilidad|hueco|huecos|un hueco|tiempo|algo libre)\b/g,
    'see $1 free',
  ],
  [
    /\b(?:tiene|tendra|tendria|esta|estara) (?:libre|disponible|disponibilidad|hueco|huecos|un hueco|tiempo|algo libre) ([a-z]{3,})\b/g,
    'see $1 free',
  ],
  [
    /\b(?:reserv|agend|concert)(?:al|el|amel|emel|arl)[ao]\b|\bconfirm(?:al|el|amel|emel|arl)[ao]\b/g,
    'book it',
  ],
  [
    /\b(?:reserv|agend|program|concert)(?:a|ar|ame|arme|amela|amelo|ala|alo|ale|en|o|as|es|e|eme|emela|emelo|ela|elo|ara|ase|aran|asen|aria|arias)?\b(?! (?:un |una )?(?:recordatorio|alarma|aviso|alerta))|\b(?:apunta|aparta|anota)(?:me|rme)?(?= (?:con|a una|una|un|para una|session))|\b(?:pedir|pido|pideme|sacar|saca(?:me)?|dame|me das|me puedes dar|quiero|quisiera|necesito|me gustaria) (?:una |un )?(?:session|hora)(?= con| with| para| on| at| tomorrow| today| day| next| this)/g,
    'book',
  ],
  [
    /\b(?:(?:puedo|podria|quiero|quisiera|me gustaria|necesito) )?(?:ver a|verme con|quedar con|reunirme con)\b/g,
    'see',
  ],
  [/\b(?:(?:puedo|podria|quiero|quisiera|me gustaria|necesito) )?(?:hablar|charlar) con\b/g, 'talk to'],
  // "Con él entonces, el lunes", "con ella pues", "con él mismo": the mentor in view, the words
  // that only close the choice left out.
  [
    /\bcon (?:el|ella|el mentor|la mentora)(?:,? (?:entonces|pues|mismo|misma|nomas|mejor|then|please|si|ya))+\b(?=\s*(?:$|[,.!?]|at |on |this |next |tomorrow|today|day after|in \d))/g,
    'with her',
  ],
  [
    /\bcon (?:el|ella|el mentor|la mentora)\b(?=\s*(?:$|[,.!?]|at |on |this |next |tomorrow|today|day after|in \d))/g,
    'with her',
  ],
  [/\bcon ella\b/g, 'with her'],
  [/\b(?:hazlo|hazla)\b/g, 'do it'],

  // Places again: asking about one, checking in.
  // A rank with the kind it ranks ("el primer café", "la segunda cafetería"): "the first cafe".
  ...(
    [
      ['primer[oa]?', 'first'],
      ['segund[oa]', 'second'],
      ['tercer[oa]?', 'third'],
      ['ultim[oa]', 'last'],
    ] as const
  ).map(([w, rank]): [RegExp, string] => [
    new RegExp(`\\b(?:el|la|lo|del|al) ${w} (?=(?:cafe|gym|place|healthy food|food place|mentor)\\b)`, 'g'),
    `the ${rank} `,
  ]),
  [
    /\b(?:el|la|lo|del|al) (?:primer[oa]?|1(?:º|o|a)?)\b|\b(?:el |la )?(?:numero|num|n|opcion) (?:1|uno|una)\b|^\s*primer[oa]\b/g,
    'the first one',
  ],
  [
    /\b(?:el|la|del|al) (?:segund[oa]|2(?:º|o|a)?)\b|\b(?:el |la )?(?:numero|num|n|opcion) (?:2|dos)\b|^\s*segund[oa]\b/g,
    'the second one',
  ],
  [
    /\b(?:el|la|del|al) (?:tercer[oa]?|3(?:º|o|a)?)\b|\b(?:el |la )?(?:numero|num|n|opcion) (?:3|tres)\b|^\s*tercer[oa]\b/g,
    'the third one',
  ],
  [/\b(?:el|la|del|al) (?:cuart[oa])\b|\b(?:el |la )?(?:numero|num|n|opcion) (?:4|cuatro)\b/g, 'number four'],
  [/\b(?:el|la|del|al) ultim[oa]\b|^\s*ultim[oa]\b/g, 'the last one'],
  // "el segundo qué tal", "¿qué tal el primero?", "y el último cómo es": a listed place asked about.
  [
    /\b(the (?:first|second|third|last|other) one|number four)\s*,?\s*(?:que tal|como es|como esta|que tal es|que tal esta|que onda|es bueno|esta bien|vale la pena)\b/g,
    'tell me more about $1',
  ],
  [
    /\b(?:que tal|como es|como esta|que onda con)\s*,?\s*(?=the (?:first|second|third|last|other) one|number four)/g,
    'tell me more about ',
  ],
  [
    /\b(?:cuentame|contame|hablame|dime|dame info|mas info(?:rmacion)?|info(?:rmacion)?|detalles) (?:mas )?(?:de|del|sobre|acerca de)(?: el| la)?\b|\bque (?:me )?(?:puede|puedes|podria|podrias) (?:contar|decir) (?:de|del|sobre|acerca de)(?: el| la)?\b|\b(?:que tal|como) (?:es|esta|son)(?: el| la)?\b|\b(?:que|cual es el) horario (?:de|del|tiene)\b/g,
    'tell me more about',
  ],
  [
    /\b(?:cuentame|contame|hablame|dime|info(?:rmacion)?|detalles|mas) (?:mas )?(?:de |sobre |acerca de )?(?=the (?:first|second|third|last) one|number)/g,
    'tell me more about ',
  ],
  [/\btienen?\b/g, 'does it have'],
  [/\b(?:esta|estan) abiert[oa]s?\b|\babre(?:n)? (?:ahora|hoy)\b/g, 'is it open'],
  [/\b(?:a que hora (?:abre|cierra)n?|horarios?)\b/g, 'opening hours'],
  // Asked of the companion: "¿me anotas el ánimo como bajito?" (logged as said, not asked back).
  [
    /\b(?:me |nos )?(?:anotas|apuntas|registras|guardas|pones|anotarias|apuntarias|puedes anotar|podes anotar|puedes apuntar|podrias anotar|podrias apuntar|puedes registrar)(?: (?:mi|el|como|que))? (?:animo|estado de animo|humor)(?: (?:como|de|en|con)\b)?([^?]*)\?\s*$/g,
    'log my mood as$1',
  ],
  [
    /\b(?:registra|anota|apunta|guarda|apuntame|anotame|registrame|guardame)(?: (?:mi|el|como|que))? (?:animo|estado de animo|humor|como me siento|me siento)\b/g,
    'log my mood',
  ],
  // Asked for with no score yet: "quiero registrar mi ánimo", "¿puedo apuntar cómo me siento?".
  [
    /\b(?:(?:quiero|quisiera|me gustaria|necesito|voy a|vamos a|puedo|podemos|podria|queria) )?(?:registrar|anotar|apuntar|guardar|marcar|poner)(?: (?:mi|el|lo|como))? (?:animo|estado de animo|humor|como me siento|como estoy)\b/g,
    'log my mood',
  ],
  // "hoy estoy fatal, anótalo": what was just said, logged.
  [/\b(?:anotalo|apuntalo|registralo|guardalo|anotamelo|apuntamelo)\b/g, 'log that'],
  [
    /\b(?:registra|anota|apunta|apuntame|anotame|pon)(?: que)? (?=estoy|me siento|me encuentro|hoy|today|un \d|[1-5]\b)/g,
    'log my mood: ',
  ],
  // "Anota mi ánimo como 2", "en 3", "con un 4": the score said after it.
  [/\blog my mood (?:como|en|a|con|de) (?=(?:un |una )?[1-5]\b)/g, 'log my mood '],
  // "Poné un 1 en mi ánimo", "ponle un 3 al humor": the score said before it.
  [
    /\b(?:pon|pone|ponle|ponele|poneme|ponme|ponga|pongale|anota|anotale|apunta|marca|registra)(?: (?:un|una))? ([1-5]) (?:en|a|al|de|para) (?:mi |el )?(?:animo|estado de animo|humor)\b/g,
    'log my mood $1',
  ],
  [/\blog my mood:? (?:un |una |de |es )?([1-5])\b(?! ?(?:\/|de \d|sobre))/g, 'log my mood $1/5'],
  [
    /\b(?:hazme|haz|hace(?:me)?|haceme|hacer(?:me)?|me haces|puedes hacer(?:me)?|quiero hacer|registra(?:me)?|marca(?:me)?|ficha(?:me)?|apunta(?:me)?) (?:el |un )?(?:check[- ]?in|(?:la |mi )?(?:llegada|visita)) (?:en|al|a)\b(?: el| la)?|\b(?:registrame|fichame|marcame|(?:checkea|chequea|checa|chekea)(?:me)?) (?:en|al|a)\b(?: el| la)?/g,
    'check me in at',
  ],
  [
    /\b(?:hazme|haz|hace(?:me)?|haceme|hacer(?:me)?|me haces|puedes hacer(?:me)?|quiero hacer|registra(?:me)?|marca(?:me)?|ficha(?:me)?|apunta(?:me)?) (?:el |un )?check[- ]?in\b|\b(?:registrame|fichame|marcame|(?:checkea|chequea|checa|chekea)(?:me)?)\b/g,
    'check me in',
  ],
  [
    /\b(?:ya |por fin |justo )?(?:estoy|toy|ando) (?:aqui|aca|ahi|alli)\b|\bya (?:estoy|toy)\b(?=\s*(?:$|[,.!]))|(?<!\b(?:no|nunca|todavia no|aun no) )\b(?:ya |por fin )?(?:he llegado|llegue|acabo de llegar)(?= *(?:$|[,.!?]|y ))/g,
    "i'm here",
  ],
  [
    /\b(?:ya |por fin |justo )?(?:estoy|toy|ando) (?:en|ya en)\b(?! (?:la |el )?(?:cama|casa))(?: el| la)?|(?<!\b(?:no|nunca|todavia no|aun no) )\b(?:ya |por fin )?(?:he llegado|llegue|acabo de llegar)(?: a(?: la)?| al)?\b/g,
    "i'm at",
  ],
  [/\b(?:alli|ahi|alla|aqui|aca|ese sitio|ese lugar|ese|esa)\b(?=\s*(?:$|[,.!?]|please|porfa))/g, 'there'],

  // Reminders.
  // "Ponme otro para el viernes", "pon otro a las 9": one more like the last.
  [
    /\b(?:ponme|pon|poneme|pongame|creame|crea|hazme|haceme|programame|programa) otro(?= (?:para|pa|a|al|el|tomorrow|today|tonight|day after|at|on|in|this|next|morning|afternoon|evening)\b)/g,
    'another reminder',
  ],
  // "Mejor ponme uno pa' mañana a las 8", "pon uno a las 5 para la pastilla": a reminder (uno, as
  // "un recordatorio"; "una" is a session or an alarm, read elsewhere), when a time follows.
  [
    /\b(?:mejor |y )?(?:ponme|pon|poneme|pongame|creame|hazme|haceme|programame) uno(?= (?:para|pa|a|al|el|tomorrow|today|tonight|day after|at|on|in|this|next|morning|afternoon|evening)\b)/g,
    'remind me',
  ],
  [
    /\b(?:no te olvides de |no olvides )?(?:recuerdame|recordame|recordarme|acuerdame|avisame|avisarme|me recuerdas|me avisas)\b|\b(?:ponme|pon|poneme|pongame|crea(?:me)?|hazme|haceme|programa(?:me)?|quiero|necesito) (?:un |una )?(?:recordatorio|alarma|aviso|alerta|reminder)\b|\b(?:recordatorio|no me dejes olvidar|que no se me olvide)\b/g,
    'remind me',
  ],
  [/\bremind me (?:de que|que tengo que|que debo|que hay que|que|de|para)\b/g, 'remind me to'],
  [/\b(?:que tengo que|que debo|que hay que|tengo que)\b/g, 'to'],
  [/\bpara (?=[a-z]*(?:ar|er|ir)(?:me|te|se|lo|la|le)?\b)/g, 'to '],
  // The time after "remind me" goes last, so what the reminder is about reads "to …".
  [
    /\b(remind me) (?:to )?((?:(?:(?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: the \d{1,2}th)?|day after tomorrow|tomorrow(?: morning| afternoon| evening)?|today|tonight|this (?:morning|afternoon|evening)|morning|afternoon|evening|at \d{1,2}(?::\d{2})?(?: ?(?:am|pm))?|at midnight|now|in \d+ (?:minutes|hours|days|weeks)|on the \d{1,2}th|on [a-z]+ \d{1,2}th|no wait)[,:]? ?)+)(?:to |that |que |de que |para que |para |de )?(?!(?:at|in|on|tomorrow|today|tonight|day|this|next|now|am|pm)\b|[\d:.])(\S.*?)(?=\s*,?\s*\by (?:buscame|busca|busques|encuentrame|encuentra|muestrame|ensename|dime|anota|anotame|apunta|apuntame|registra|registrame|reservame|reserva|agenda|agendame|cancela|cancelame)\b|\s*[.?!]\s+(?=\S)|$)/g,
    '$1 to $3 $2',
  ],

  // Journey and rewards.
  [/\b(?:mi |la )?racha\b|\bcuantos dias (?:llevo|seguidos)\b|\bdias seguidos\b/g, 'my streak'],
  [
    /\b(?:(?:como|que tal) (?:va|anda|sigue|esta|ves|veo) )?(?:mi |el )?(?:progreso|avance|evolucion)\b|\bcomo (?:voy|lo llevo|vamos)\b|\bque tal voy\b/g,
    'my progress',
  ],
  // The journey said as a road: "¿cómo va mi camino?", "¿qué tal mi recorrido?", "¿cómo llevo mi
  // proceso?", "¿cómo voy en mi trayectoria?".
  [
    /\b(?:(?:como|que tal) (?:va|lleva|anda|sigue|esta|ves|veo|llevo|voy (?:con|en)) |que tal )(?:mi|el) (?:camino|recorrido|trayectoria|proceso|viaje|trayecto|journey)\b(?: (?:hasta ahora|hasta el momento|por ahora|de momento))?/g,
    'how is my journey going',
  ],
  // Points for a visit: "¿me da puntos?", "¿gano puntos por venir?", "¿esto suma puntos?".
  [
    /\b(?:(?:esto|eso|venir|ir|el check-?in|la visita) )?(?:me da|me dan|da|dan|gano|ganare|gane|suma|suman|sumo|acumulo|acumula|me llevo|me dais|me das)(?: (?:algun(?:os)?|mas))? puntos\b/g,
    'do i get points',
  ],
  [/\bcuantos puntos (?:tengo|llevo|he ganado|acumulo|he acumulado)\b/g, 'how many points do i have'],
  [/\bcuantos check[- ]?ins\b/g, 'how many check-ins'],
  [/\b(?:mis |los )?(?:logros|medallas|insignias|hitos)\b/g, 'milestones'],
  [/\bmi nivel\b|\bnivel\b/g, 'level'],
  [/\b(?:recompensas?|premios?|cupon(?:es)?|cafe gratis|cafes gratis|descuentos?)\b/g, 'rewards'],
  [/\bcanjear\b|\bcanjeo\b/g, 'redeem'],

  // Moods: the score in numbers ("un 2", "3 sobre 5"); the words stay Spanish (mood-words.ts).
  [
    /\b(?:mi )?(?:estado de animo|animo|humor)(?: (?:de )?today)?(?: es| esta)?:? (?:un |una |de )?([1-5])\b(?! ?(?:\/|de \d|sobre))/g,
    'mood $1/5',
  ],
  [/\b(?:mi )?estado de animo\b|\bmi animo\b|\bmi humor\b|\banimo\b/g, 'mood'],
  [/\bdel 1 al 5,? (?:un |una )?([1-5])\b/g, '$1/5'],
  [/\b([1-5]) (?:sobre|de) (?:5|cinco)\b/g, '$1/5'],
  [
    /\b(?:un|una|en un|en una) ([1-5])\b(?![:./,]\d| ?\/| ?(?:de|sobre) \d| ?(?:horas?|minutos?|mins?|dias?|personas?|pm|am|\d))/g,
    '$1/5',
  ],

  // Panic in the body and overwhelm: the companion offers an exercise (understand.ts, exerciseIn).
  [
    /\b(?:me esta dando|me da|tengo|estoy teniendo|creo que tengo) (?:un |una )?panic attacks\b/g,
    'panic attack',
  ],
  [/\bme va a dar (?:algo|un ataque|un infarto)\b|\bme tiembla todo\b/g, 'panicking'],
  [
    /\b(?:tengo )?el pecho (?:apretado|oprimido|cerrado)\b|\b(?:opresion|presion|dolor) en el pecho\b/g,
    'my chest is tight',
  ],
  [
    /\bno (?:puedo|consigo) respirar\b|\bme falta el aire\b|\bme ahogo\b|\bme estoy ahogando\b|\bhiperventil\w*/g,
    "i can't breathe",
  ],
  [
    /\b(?:tengo )?el corazon a mil\b|\bel corazon (?:me va|me late|va|late) (?:a mil|muy (?:rapido|fuerte)|rapidisimo)\b|\bse me acelera el corazon\b|\btaquicardia\b|\bpalpitaciones\b/g,
    'my heart is racing',
  ],
  [
    /\b(?:agobiad\w*|desbordad\w*|saturad\w*|colapsad\w*|sobrepasad\w*|abrumad\w*|superad[oa])\b|\b(?:no puedo con todo|todo me supera|me supera todo|me esta superando|estoy a tope)\b/g,
    'overwhelmed',
  ],
  [/\btodo es demasiado\b|\bes demasiado\b|\bdemasiadas cosas\b/g, 'too much right now'],
  [
    /\b(?:ejercicio de respiracion|una respiracion|respiracion cuadrada|respiracion)\b/g,
    'breathing exercise',
  ],
  // "Respirar", "¿a respirar?", "respiremos un poco": the word alone asks for the exercise.
  [
    /^\s*(?:y |vale,? |ok,? |bueno,? )?(?:vamos a |a |quiero |necesito |podemos |toca )?(?:respirar|respiremos|respiramos|respira(?:cion)?)(?: (?:un poco|un rato|juntos|conmigo|contigo))?(?: please)?\s*[?!.]*\s*$/g,
    'breathing exercise',
  ],
  [/\brespirar\b/g, 'breathe'],
  [/\b(?:escaneo|recorrido) corporal\b/g, 'body scan'],
  [/\b(?:ejercicio de )?(?:anclaje|enraizamiento)\b|\btecnica (?:del )?5 ?4 ?3 ?2 ?1\b/g, 'grounding'],
  [/\b(?:ejercicio de )?relajacion\b/g, 'relaxation exercise'],
  [/\b(?:relajarme|calmarme|tranquilizarme|bajar la ansiedad|que me calme)\b/g, 'help me calm down'],
  [/\b(?:hacemos|hagamos|podemos hacer|me guias|guiame(?: con)?|llevame por)\b/g, 'can we do'],
  [/\b(?:por|para) (?:su|tu|vuestra) (?:ayuda|atencion|paciencia|tiempo)\b/g, 'for your help'],
  [/\b(?:ayudame|me ayudas|me ayudarias|me puedes ayudar|puedes ayudarme|ayuda(?:me)?)\b/g, 'help me'],
  [/\bejercicios?\b/g, 'exercise'],

  // A reminder said as the rest of the last: "y también el viernes, lo de la fisio", "temprano".
  [/\btambien\b(?=\s*[?.!]*\s*$)/g, 'too'],
  [/\btambien\b/g, 'also'],
  [/\bmas temprano\b/g, 'earlier'],
  [/\btemprano\b/g, 'early'],
  [/\blo (?:de|del)(?= (?:la|el|los|las|mi|mis|tu|su) )/g, 'about'],

  // Talk.
  // "Uy, no, deshaz eso", "ay, mejor no": a slip noticed, before what undoes it ("ups" is German
  // too: only beside "deshaz", above).
  [/^(?:uy+|huy|ay+|uf+|ostras|vaya|chale|rayos),?\s+(?=(?:no|undo|cancel|never mind)\b)/g, 'oops, '],
  // "Uy no, espera, …", "no, pera, …", "un momento, …": a pause before a change ("no wait").
  [
    /(?<=^(?:oops,? )?(?:no,? )?)(?:espera|esperate|espere|esperame|pera|aguanta|un momento|un segundo|momento)\b,?(?= \S)(?! que\b)/g,
    'wait,',
  ],
  [
    /\b(?:muchas|mil|muchisimas|un millon de) gracias\b|\bgracias\b|\b(?:te|se) lo agradezco\b|\bse agradece\b|\bmuy amable\b/g,
    'thanks',
  ],
  [/\bbuenos dias\b/g, 'good morning'],
  [/\bbuenas tardes\b/g, 'good afternoon'],
  [
    /\bbuenas noches\b(?=.*\b(?:hasta|me voy|chao|chau|adios|descansa)\b)|\b(?:hasta (?:tomorrow|luego|pronto|la proxima|otra)|nos vemos|adios|chao|chau|me voy a sleep|me voy)\b/g,
    'bye',
  ],
  [/\bbuenas noches\b/g, 'good evening'],
  [/\b(?:hola|holi|holis|buenas|ey|oye)\b/g, 'hello'],
  [
    /\b(?:que tal (?:estas|andas|vas|te va)|como (?:estas|andas|te va|va todo|va|esta usted)|que tal|que onda)\b/g,
    'how are you',
  ],
  [
    /\b(?:que|en que) (?:cosas )?(?:puedes|sabes|podes|sabes) hacer\b|\ben que (?:me )?(?:puedes|podes) ayudar\b|\bcomo funciona(?:s| esto)?\b|\bpara que (?:sirves|sirve esto)\b/g,
    'what can you do',
  ],
  [
    /\b(?:quien|que) eres\b|\beres (?:un |una )?(?:bot|robot|ia|humano|humana|persona|maquina|real)\b|\bcon quien hablo\b/g,
    'what are you',
  ],
  [/\b(?:no (?:muy|tan)|poco) intimidante?s?\b/g, 'not too intimidating'],

  // Asking for things: verbs and small words.
  [
    /\b(?:busca(?:me)?|busco|buscame|buscar|encuentra(?:me)?|encontrame|encontrar|localiza(?:me)?)\b/g,
    'find',
  ],
  [/\b(?:muestrame|mostrame|ensename|dime)\b/g, 'show me'],
  // "¿Me podría registrar y decirme qué recompensas tengo?": the second request after "y".
  [/\b(?:decirme|contarme|mostrarme|ensenarme)\b/g, 'tell me'],
  [
    /\b(?:conoces|sabes de|me recomiendas|recomiendame|recomendame|recomienda(?:s)?|me sugieres|sugiereme)\b/g,
    'recommend',
  ],
  [/\b(?:necesito|quiero|quisiera|me gustaria|me apetece)\b/g, 'i want'],
  [/\bdonde\b/g, 'where'],
  [/\bhay (?:algun|alguna|algunos|algunas|un|una)\b|\bhay\b/g, 'is there a'],
  [/\b(?:algun|alguna|algunos|algunas)\b/g, 'any'],
  [/\by en\b|\by por\b/g, 'what about'],
  [/\b(?:alli|ahi|alla)\b/g, 'there'],
  [/\balguien\b/g, 'someone'],
  // "¿Alguien que me ayude con eso?": what was just said ("with that").
  [/\bcon (?:eso|esto|ello|todo eso|todo esto|lo que te dije)\b/g, 'with that'],
  [/\bcon\b/g, 'with'],
  [/\bmis?\b/g, 'my'],
  [/\bella\b/g, 'her'],
  [
    /\b(?:en|a)\b(?= (?:new york|edinburgh|london|dublin|berlin|amsterdam|manchester|sydney|toronto|san francisco|astoria|soho|camden|brixton|kreuzberg))/g,
    'in',
  ],
  [/\ben\b(?! (?:el|la|los|las|un|una|mi|mis|tu|tus|su|sus|que|casa|serio|cuenta)\b)/g, 'in'],
  // Half past six or seven with its minutes, on a 24-hour clock: the morning ("7:30" is not 19:30),
  // unless after work ("salgo a las 6, ponlo a las 7 y media").
  [
    /(?<!\b(?:afternoon|evening|tonight|i finish|after work)\b.*)\bat ([67]):(?!00)([0-5]\d)\b(?! ?(?:am|pm|a\.m|p\.m))(?!.*\b(?:afternoon|evening|tonight|after work)\b)/g,
    'at $1:$2am',
  ],
  // "¿y para dormir?" after mentors were listed: the same asked for another topic.
  [
    /^(?:y|o|y que tal|y alguien|y alguno|y alguna) (?:para|con|de|sobre|en|with) (?:el |la |los |las )?(?=(?:mindfulness|sleep|panic attacks?|social anxiety|confidence|exposure(?: practice)?|breathing|gym anxiety|starting with fitness)\s*[?.!]*$)/g,
    'and a mentor for ',
  ],
  [/\by\b/g, 'and'],
];
