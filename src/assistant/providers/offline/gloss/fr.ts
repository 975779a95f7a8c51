import { knownPlaceNames } from '../../../../domain/locations/find-by-name.ts';
import type { Gloss } from './types.ts';

/** Numbers in words, where they count hours or minutes ("à trois heures", "dans deux heures"). */
const numbers: readonly (readonly [string, number])[] = [
  ['une?', 1],
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
  ['cinq', 5],
  ['six', 6],
  ['sept', 7],
  ['huit', 8],
  ['neuf', 9],
  ['dix', 10],
  ['onze', 11],
  ['douze', 12],
  ['quinze', 15],
  ['vingt', 20],
  ['trente', 30],
];

/**
 * Every number from 0 to 59 as said in words (folded; hyphens or spaces: "dix-sept", "vingt et
 * une", "trente-cinq"), for hours and minutes dictated in full ("à dix-sept heures trente").
 */
const units = ['zero', 'une?', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const teens = [
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix[- ]sept',
  'dix[- ]huit',
  'dix[- ]neuf',
];
const tens = ['', '', 'vingt', 'trente', 'quarante', 'cinquante'];
const spelled: readonly (readonly [string, number])[] = Array.from({ length: 60 }, (_, n) => {
  const [t, u] = [Math.floor(n / 10), n % 10];
  const word =
    n < 10
      ? units[n]!
      : n < 20
        ? teens[n - 10]!
        : u === 0
          ? tens[t]!
          : u === 1
            ? `${tens[t]}(?:[- ]et[- ]|[- ])une?`
            : `${tens[t]}[- ]${units[u]}`;
  return [word, n] as const;
})
  // The longest first: "vingt et une" before "vingt", "dix-sept" before "dix".
  .sort((a, b) => b[0].length - a[0].length);
const two = (n: number) => String(n).padStart(2, '0');

/**
 * Sixty to ninety-nine, only ever a count of minutes ("dans nonante minutes"): as France says them
 * ("soixante-dix", "quatre-vingt-dix") and as Belgium and Switzerland do ("septante", "huitante",
 * "octante", "nonante"), hyphens or spaces, "et un" or not.
 */
const bigTens: readonly (readonly [number, string])[] = [
  [60, 'soixante'],
  [70, 'septante'],
  [80, 'huitante|octante|quatre[- ]vingts?'],
  [90, 'nonante'],
];
const sixtyToNinetyNine: readonly (readonly [string, number])[] = [
  ...bigTens.flatMap(([ten, words]) =>
    Array.from({ length: 10 }, (_, u) => {
      const unit = u === 0 ? '' : u === 1 ? '(?:[- ]et[- ]|[- ])une?' : `[- ]${units[u]}`;
      // "quatre-vingts" takes its s alone ("quatre-vingt-deux").
      const stem = ten === 80 && u > 0 ? 'huitante|octante|quatre[- ]vingt' : words;
      return [`(?:${stem})${unit}`, ten + u] as const;
    }),
  ),
  // Seventy and ninety as sixty and eighty with ten to nineteen: "soixante et onze", "quatre-vingt-dix-sept".
  ...teens.flatMap((teen, i) => [
    [`soixante(?:[- ]et[- ]|[- ])${teen}`, 70 + i] as const,
    [`quatre[- ]vingt[- ]${teen}`, 90 + i] as const,
  ]),
].sort((a, b) => b[0].length - a[0].length);

/** "Dix heures moins dix": the hour before, at its minute (5:50 for "six heures moins dix"). */
const toTheHour = Array.from({ length: 23 }, (_, i) => i + 1).flatMap((h) =>
  [5, 10, 15, 20, 25].map(
    (m) =>
      [
        new RegExp(
          `\\b${h} ?(?:h|heures?) moins ${m === 15 ? '(?:le )?(?:quart|15)' : `0?${m}`}\\b(?! ?(?:minutes?|mins?))`,
          'g',
        ),
        `${h - 1 || 12} heures ${60 - m}`,
      ] as const,
  ),
);

const months: readonly (readonly [string, string])[] = [
  ['janvier', 'january'],
  ['fevrier', 'february'],
  ['mars', 'march'],
  ['avril', 'april'],
  ['mai', 'may'],
  ['juin', 'june'],
  ['juillet', 'july'],
  ['aout', 'august'],
  ['septembre', 'september'],
  ['octobre', 'october'],
  ['novembre', 'november'],
  ['decembre', 'december'],
];

/** Days as the companion's own summaries write them ("jeu 9 mai, 15:00") and as people text them. */
const shortDays: readonly (readonly [string, string])[] = [
  ['lun', 'lundi'],
  ['mar', 'mardi'],
  ['mer', 'mercredi'],
  ['jeu', 'jeudi'],
  ['ven', 'vendredi'],
  ['sam', 'samedi'],
  ['dim', 'dimanche'],
];
const monthWords = months.map(([w]) => w).join('|');

const weekday = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const jours = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';

/** The cities and neighbourhoods the place search knows, in French where it differs. */
const cities = [...knownPlaceNames().filter((n) => n.length >= 4), 'londres', 'edimbourg', 'nouvelle-york']
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'))
  .join('|');

/**
 * Something shown earlier pointed back at by when or where it was shown (offline/recall.ts):
 * "la mentore de tout à l'heure", "le mentor de tantôt", "le resto santé du début", "le premier café
 * que tu m'as montré". The kinds of thing, and the English each is read as.
 */
const shownKinds: readonly (readonly [french: string, english: string])[] = [
  [
    'mentors?|mentores?|coachs?|accompagnante?s?|accompagnatrices?|conseilleres?|conseillers?|intervenante?s?|personnes?|psys?|therapeutes?',
    'mentor',
  ],
  ['cafes?|salons? de the|coffee shops?|coffees?', 'cafe'],
  ['salles? de (?:sport|gym|muscu|musculation|fitness)|salles?|gyms?|clubs? de (?:sport|fitness)', 'gym'],
  [
    '(?:restos?|restaurants?|places?|endroits?|adresses?|spots?|lieux?) (?:sante|sains?|healthy|bio|pour manger sain(?:ement)?)|restos?|restaurants?|cantines?',
    'healthy food place',
  ],
  ['endroits?|lieux?|adresses?|spots?|places?', 'place'],
];
/** Said of when it was shown: earlier, at the start, or where (shown by the companion). */
const shownEarlier =
  "de tout a l'heure|de toute a l'heure|de tantot|d'avant|d'il y a (?:un instant|un moment|deux minutes|cinq minutes|tantot)|de la derniere fois|de plus tot|d'hier";
const shownAtStart = "du (?:tout )?debut|du depart|de depart|d'au debut|du commencement";
const shownBy =
  "que (?:tu|vous|t') ?(?:m'as|m'avez|as|avez|nous as|nous avez|m'a|ma|mas) (?:montree?s?|proposee?s?|conseillee?s?|recommandee?s?|citee?s?|indiquee?s?|trouvee?s?|suggeree?s?|donnee?s?|presentee?s?|envoyee?s?)|dont (?:tu m'as|vous m'avez|on a|tu as|vous avez|t'as) parle";
const firstShown = '(?:premier|premiere|1er|1ere)';
const shownBack: Gloss = shownKinds.flatMap(([french, english]) => {
  const what = `\\b(?:(?:le|la|les|l') ?)?`;
  // Places keep their own rules further down for "de tout à l'heure", "que tu m'as montré" ("the
  // cafe you listed"); these take the other ways of saying when.
  const place = english !== 'mentor';
  return [
    [
      new RegExp(
        `${what}${firstShown} (?:${french})(?: (?:${shownBy}|${shownEarlier}|${shownAtStart}))?(?: (?:en premier|au debut|tout a l'heure|tantot|plus tot|avant))?(?<=(?:${shownBy}|${shownEarlier}|${shownAtStart}|en premier|au debut|tout a l'heure|tantot|plus tot|avant))\\b`,
        'g',
      ),
      `the first ${english} you showed me`,
    ],
    [
      new RegExp(`${what}(?:${french}) (?:${shownBy}) en premier\\b`, 'g'),
      `the first ${english} you showed me`,
    ],
    [
      new RegExp(`${what}(?:${french}) (?:${shownAtStart}|(?:${shownBy}) au debut)\\b`, 'g'),
      `the ${english} from the start`,
    ],
    [
      new RegExp(
        place
          ? `${what}(?:${french}) (?:de tantot|d'il y a (?:un instant|un moment|deux minutes|cinq minutes|tantot)|de la derniere fois|de plus tot|d'hier)\\b`
          : `${what}(?:${french}) (?:${shownEarlier}|${shownBy})(?: (?:tout a l'heure|tantot|plus tot|avant))?\\b`,
        'g',
      ),
      `the ${english} from before`,
    ],
  ] as const;
});

/** French (France, Québec, Belgium, Switzerland; informal) → the English the matchers read. */
export const fr: Gloss = [
  // The apostrophe left out, as thumbs and voice keyboards do: "crises d angoisse", "j ai", "c est",
  // "l autre", "qu il", "m enregistrer", "s il te plait" (a lone letter before a word of two
  // letters or more starting with a vowel or h; not "vitamine d", "plan b", "t a 9h").
  [
    /(?<![\w'-])(?<!\b(?:don|can|won|isn|didn|doesn|wasn|aren|couldn|shouldn|wouldn|haven|hasn|weren|ain|it|that|what|there|here|let|he|she|who|where|how|i|you|we|they) )(j|d|l|m|t|s|n|c|qu|quelqu|lorsqu|puisqu|jusqu) (?!(?:at|am|an|and|is|in|on|of|or|it|if|a|eh|oh|ah|hein|ou|et|en)\b)([aeiouyh][a-z']+)\b/g,
    "$1'$2",
  ],
  // Hyphens left out of the imperative: "vas y", "allez y", "vazy" (before the yes and the go-ahead).
  // (Not "tu vas y aller", "il va y avoir du monde".)
  [
    /(?<!\b(?:tu|je|on|il|elle) )\bvas y\b(?! (?:aller|avoir|etre|arriver|penser|retourner))|\bva y(?=\s*[!.]*$)|\bvazy\b|\bvasy\b/g,
    'vas-y',
  ],
  [/\ballez y\b/g, 'allez-y'],
  // Québec "envoye !", "envoye donc", and "fonce" said to a proposal: go ahead.
  [
    /(?<=^(?:(?:oui|ouais|ouin|ok|okay|bon|ben|parfait|d'accord|dac)[,!. ]+)?)\b(?:envoye|envoie|envoye donc|fonce)\b(?=\s*[!.]*$)/g,
    'vas-y',
  ],
  [/\ballons y\b/g, 'allons-y'],
  // Québec "c'tu" ("c'est-tu", is it): "c'tu correct pour les débutants ?", "c'tu ouvert ?".
  [/\bc'?tu\b|\bc'est tu\b/g, "c'est-tu"],
  // Swiss and southern "adieu!" said to open a message is hello, not farewell ("Adieu! J'aimerais…").
  [/^adieu\b[!,. ]+(?=\S)/g, 'hello, '],
  // "À part ça, un café calme ?": besides that, another ask (not "à part" read as a place named "part ca").
  // ("and besides that, …" after a search reads as a place asked about: "also, …" does not).
  [
    /\b(?:et |pis |puis )?a part (?:ca|cela|ceci)(?=\s*,)|^(?:et |pis )?(?:sinon|autrement|aussi|egalement|en plus|par ailleurs)(?=,)/g,
    'also',
  ],
  [/\b(?:et |pis |puis )?a part (?:ca|cela|ceci)\b/g, 'besides that'],
  // What a mentor does, asked by name: "Tom fait quoi ?", "qu'est-ce que fait Lena ?", "c'est quoi la
  // spécialité de Mme Murphy ?", "Amara, elle s'occupe de quoi ?" (not "tu fais quoi", "on fait quoi").
  [
    /^(?:(?:et|bon|ok|alors|dis|sinon|pis|pis donc),? )*(?:qu'est-ce que (?:fait|font)|que fait|c'est quoi (?:la specialite|le domaine|le role|le job|le metier|le truc|la job) (?:de|d')|quelle est la specialite (?:de|d')|(?:il|elle) fait quoi(?: exactement| au juste)?,?|(?:il|elle) s'occupe de quoi,?|qu'est-ce qu'(?:il|elle) fait(?: exactement| au juste)?,?) ?((?:mme |madame |monsieur )?(?!(?:tu|on|je|vous|nous|ca|cela|il|elle|ils|elles|le|la|les|un|une|ce|cette|mon|ma|ton|ta|quoi|demain|aujourd'hui|maintenant|ici|dehors|comme|avec|pour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tonight|today|tomorrow|cet|ces|ses|des|exactement)\b)[a-z]{3,}(?: [a-z]{3,})?)\s*(\?*)\s*$/g,
    'what does $1 do$2',
  ],
  [
    /^(?:(?:et|bon|ok|alors|dis|sinon|pis),? )*((?:mme |madame |monsieur )?(?!(?:tu|on|je|vous|nous|ca|cela|il|elle|ils|elles|qui|quoi|et|bon|ok|alors|dis|sinon|pis|mais|pourquoi|comment|quand)\b)[a-z]{3,}(?: [a-z]{3,})?),? (?:(?:il|elle) )?(?:fait|s'occupe de) quoi(?: exactement| au juste| dans la vie)?\s*(\?*)\s*$/g,
    'what does $1 do$2',
  ],
  // The mentor in view, asked the same: "attends, il s'occupe de quoi exactement, lui ?", "elle fait
  // quoi, elle ?", "qu'est-ce qu'il fait au juste ?", "c'est quoi sa spécialité ?".
  [
    /^(?:(?:attends|attendez|et|bon|ok|alors|dis|sinon|pis|mais|euh|ah),? )*(?:lui,? )?(?:il (?:s'occupe de|fait) quoi|qu'est-ce qu'il fait|que fait-il|il est specialise en quoi|il bosse sur quoi|il travaille sur quoi)(?: (?:exactement|au juste|dans la vie|deja|concretement))?(?:,? lui)?\s*(\?*)\s*$/g,
    'what does he do$1',
  ],
  [
    /^(?:(?:attends|attendez|et|bon|ok|alors|dis|sinon|pis|mais|euh|ah),? )*(?:elle,? )?(?:elle (?:s'occupe de|fait) quoi|qu'est-ce qu'elle fait|que fait-elle|elle est specialisee en quoi|elle bosse sur quoi|elle travaille sur quoi)(?: (?:exactement|au juste|dans la vie|deja|concretement))?(?:,? elle)?\s*(\?*)\s*$/g,
    'what does she do$1',
  ],
  [
    /^(?:(?:attends|attendez|et|bon|ok|alors|dis|sinon|pis|mais|euh|ah),? )*(?:c'est quoi|quelle est) (?:sa specialite|son domaine|son truc)(?: (?:exactement|au juste|deja))?\s*(\?*)\s*$/g,
    'what do they do$1',
  ],
  [/(?<=^what does )(?:mme|madame)(?= [a-z])/g, 'mrs'],
  [/(?<=^what does )monsieur(?= [a-z])/g, 'mr'],
  // How far a place is: "c'est à quelle distance, le Green Bowl ?", "le Slow Pour, c'est loin ?",
  // "à combien est le Peaceful Grounds ?" (not "pas loin", near me).
  [
    /^(?:(?:et|bon|ok|alors|dis|pis),? )*(?:(?:c'est|il est|elle est|est-ce que c'est) )?(?:a quelle distance|a combien(?: de (?:metres|minutes|km))?|loin)(?: d'ici| de moi| de chez moi)?(?: (?:se trouve|est))?,? (?:le |la |l' ?)?(?!(?:ca|cela|il|elle|ici)\b)([a-z][^?.!,]*?)(?: (?:est(?:-il|-elle)?|se trouve))?\s*(\?*)\s*$/g,
    'how far is $1$2',
  ],
  [
    /^(?:(?:et|bon|ok|alors|dis|pis),? )*(?:le |la |l' ?)?(?!(?:ca|cela|il|elle|c'est|c|tu|vous|on|je)\b)([a-z][^?.!,]*?),? (?:c'est|il est|elle est|est) (?:tu )?(?:loin|a quelle distance|a combien(?: de (?:metres|minutes|km))?)(?: d'ici| de moi| de chez moi)?\s*(\?*)\s*$/g,
    'how far is $1$2',
  ],
  // Fillers before a time (Québec, young France): "pour mon souper à soir, genre 6h", "genre vers
  // 15h" say the time, not what the reminder is about; "environ 6h" is "vers 6h".
  [
    /,?\s*\b(?:genre|style)\b,?\s*(?=(?:a |vers |pour )?(?:\d{1,2} ?(?:h\b|heures?\b|:\d)|midi\b|minuit\b))/g,
    ' ',
  ],
  [
    /\b(?:environ|a peu pres|a peu pres vers|aux alentours de|autour de)\s+(?:a |vers )?(?=\d{1,2} ?(?:h\b|heures?\b|:\d))/g,
    'vers ',
  ],
  // A question tag said as courtesy at the end (Belgium: "un rappel une heure avant, savez-vous ?").
  [
    /,?\s*\b(?:savez-vous|sais-tu|vous savez|tu sais|savez vous|sais tu)\b(?=\s*[?!.]*\s*$)|(?<=,)\s*\b(?:savez-vous|sais-tu|savez vous|sais tu)\s*,/g,
    '',
  ],
  // "Entre midi et deux": the lunch break, noon to two.
  [/\bentre midi et (?:deux|2)(?: ?(?:h|heures))?\b/g, 'between 12:00 and 14:00'],
  // How one feels in French and English words (Québec, young France): "je suis full stressed",
  // "chu full brûlée", "grave stressé", "j'ai besoin d'un break", "je suis en burn-out".
  [
    /(?<=\b(?:je suis|chu|en|un|une|mon|du|le|d'un|gros|grosse|proche du|proche d'un|tres|full) )(?:en )?burn[- ]?outs?\b/g,
    'burnt out',
  ],
  [
    /\b(?:full|grave)\b(?= (?:stressee?s?|stressed|fatiguee?s?|tired|anxieu(?:x|se)|anxious|down|triste|sad|tannee?|brulee?|epuisee?|exhausted|overwhelmed|debordee?|nerveu(?:x|se)|nervous|deprimee?|depressed|angoissee?|crevee?|videe?|mal|pas bien|a boute?|a bout|burnt out|burned out|lost|perdue?|low)\b)/g,
    'tres',
  ],
  // Better, said of oneself: "ok c'est better", "ça va better", "je feel better", "c'est mieux
  // maintenant, note mon humeur" (not "c'est mieux à 16h", "c'est mieux que rien", "ce serait mieux
  // si…"; a bare "c'est mieux" only with a mood to be written down in the message).
  [
    /\b(?:c'est|ca va|je feel|je me sens|je me sens deja)(?: (?:un peu|un petit peu|deja|beaucoup|vraiment|bien|full|tres|mal|way|so much|a bit|little bit|un brin))* better\b(?! (?:a|au|pour|si|que|qu'|comme|avec|le|la|than|at|in|on|to|\d))|\bc'est(?: (?:un peu|un petit peu|deja|beaucoup|vraiment|bien|tellement))* mieux\b(?! (?:a|au|pour|si|que|qu'|comme|avec|le|la|de|d'|\d))(?=.*\b(?:humeur|mood|moral|log|note|noter|enregistre|enregistrer)\b)/g,
    'i feel better',
  ],
  // Worn out, as Québec and France say it of themselves: "chu brûlée", "je suis vidé", "lessivée".
  [
    /(?<=\b(?:je suis|je me sens|me sens|suis|chu|chui|chuis|jsuis|j'suis)(?: (?:tres|vraiment|tellement|ben|trop|completement|super|carrement|totalement))? )(?:brulee?|videe?|a boute|lessivee?|rincee?|claquee?|nazee?|cuite?)\b/g,
    'exhausted',
  ],
  [
    /\b(?:j'ai (?:vraiment |grave |tellement |juste )?besoin|il me faut|j'aurais besoin|faut que je (?:prenne|me prenne))(?: (?:d'un|d'une|de|un|une))? (?:petit |petite |vrai |bon |gros )?(?:break|pause|time[- ]?out|repos|souffler|decrocher|respirer un peu|chill)\b/g,
    'i need a break',
  ],
  // Texting, as the words it stands for, before every rule that reads them: "chui a slow pour",
  // "jsuis rendue", "g combien de jours de suite", "jai pas dormi", "slt", "ok mrc", "jveux".
  [/\b(?:chuis|chui|jsuis|jsui|jsus|j'suis|j suis)\b|\bchu\b(?= [a-z])/g, 'je suis'],
  [
    /(?<=^|[,.!?] |\b(?:et|mais|pis|ok|oui|bon|alors|donc|ben|bah) )g(?= (?:combien|besoin|pas|plus|rdv|un|une|des|mal|peur|envie|trouve|fait|oublie|rate|annule|reserve|quoi|rien|encore|deja|toujours|jamais|eu|ete|pu|vu|dit|su|le|la|les|mon|ma|mes|droit|gagne|pris|bien)\b)/g,
    "j'ai",
  ],
  [/\bjai\b/g, "j'ai"],
  [/\bslt\b/g, 'salut'],
  [/\b(?:bjr|bjour)\b/g, 'bonjour'],
  [/\bbsr\b/g, 'bonsoir'],
  [/\b(?:mrc|mrci|mci|mercii+)\b/g, 'merci'],
  [/\b(?:jveux|jvx|jveu|j'veux)\b/g, 'je veux'],
  [/\b(?:jpeux|jpx|j'peux)\b/g, 'je peux'],
  [/\b(?<=\btu )(?:px|peu)\b/g, 'peux'],
  [/\btjrs?\b/g, 'toujours'],
  [/\bya\b(?= (?:un|une|des|du|de|quelqu|pas|plus|personne|rien)\b)|\by'a\b/g, 'y a'],
  [/\bavc\b/g, 'avec'],
  // More texting: "rappel ds 1h", "c koi le…", "il est cmt", "qd", "pr", "dem1", "sam 10h" (not
  // "un ds demain", a school test; not "mer", "jeu" without an hour after them).
  [
    /\bds\b(?= (?:\d|(?:une?|deux|trois|quatre|cinq|dix|quinze|vingt|trente|quelques|la|le|les|l'|ce|cet|cette|mon|ma|mes)\b))/g,
    'dans',
  ],
  // "c" for "c'est" where a sentence starts ("slt c koi le…"), not "vitamine c quoi".
  [
    /(?<=^|[,.!?] |\b(?:et|mais|ok|bon|alors|slt|salut|dis|sinon|bjr|bonjour|hey|coucou|pis) )c (?:koi|quoi)\b/g,
    "c'est quoi",
  ],
  [
    /(?<=^|[,.!?] |\b(?:et|mais|ok|bon|alors|slt|salut|dis|sinon|bjr|bonjour|hey|coucou|pis) )c (?:comment|cmt)\b/g,
    "c'est comment",
  ],
  [
    /(?<=^|[,.!?] |\b(?:et|mais|ok|bon|alors|slt|salut|dis|sinon|bjr|bonjour|hey|coucou|pis) )c (?=(?:comment|cmt|bon|ok|parfait|correct|quand|qd|ou|qui|nul|cool|top|super|genial|mieux|possible|juste)\b)/g,
    "c'est ",
  ],
  [/\bkoi\b/g, 'quoi'],
  [/\bcmt\b/g, 'comment'],
  [/\b(?:qd|qnd|kan|kand)\b/g, 'quand'],
  [/\bpr\b(?= [a-z0-9])/g, 'pour'],
  [/\b(?:mtn|mnt)\b/g, 'maintenant'],
  [/\b(?:dem1|dm1|2m1|dmain)\b/g, 'demain'],
  [/\b(?:ojd|ajd|aujd)\b/g, "aujourd'hui"],
  [/\b(?:qqn|qqun|qlqn|qq1|kelkun|qlq1)\b/g, "quelqu'un"],
  [/\b(?:qqch|qqc|qqchose|kekchose)\b/g, 'quelque chose'],
  [/\b(?:bcp|bcq)\b/g, 'beaucoup'],
  [/^(?:dsl|dsle)\b/g, 'desole'],
  [/\b(?:pcq|pck|psk|pcke|pasq)\b/g, 'parce que'],
  [/\b(?:jvais|jvai|j'vais)\b/g, 'je vais'],
  [/\b(?:kel|kell|kelle)\b/g, 'quel'],
  [/\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:pro|proch)\b(?! ?\d)/g, '$1 prochain'],
  [/\bsemaine (?:pro|proch)\b(?! ?\d)/g, 'semaine prochaine'],
  // Days cut short as the companion writes them ("jeu 9 mai, 15:00") and people text ("sam 10h").
  ...shortDays.map(
    ([short, day]) =>
      [
        new RegExp(
          `\\b${short}\\.? (?=(?:\\d{1,2} ?(?:h|heures?)(?:\\d{2})?|\\d{1,2}:\\d{2}|\\d{1,2}(?:er)? (?:${monthWords})|a \\d|soir|matin|aprem)\\b)`,
          'g',
        ),
        `${day} `,
      ] as const,
  ),
  // Québec "à matin", "à soir": this morning, tonight ("rappelle-moi à soir à 9h").
  [/(?<!\b(?:du|de|jusqu'|au|le|un) )\ba (matin|soir)\b/g, 'ce $1'],
  // Punctuation said aloud to a voice keyboard ("… à dix heures point", "point d'interrogation"),
  // where it ends a clause: the sign, not the word ("le point", "à point", "au point" stay).
  [/ ?\bpoints? d'interrogation\b/g, '?'],
  [/ ?\bpoints? d'exclamation\b/g, '!'],
  [/ ?\bpoint[- ]virgule\b/g, ';'],
  [/ ?\b(?:point a la ligne|point final|nouvelle ligne|a la ligne)\b(?=\s*[.!?]*\s*(?:$|[a-z]))/g, '.'],
  [/ ?\bvirgule\b(?! \d| (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)\b)/g, ','],
  [
    // Three words or more before it: "good point", "the point" (English) tell nothing.
    /\s+point\b(?<=(?:\S+\s+){3}point)(?<!\b(?:le|un|au|du|ce|mon|ton|son|bon|quel|a|de|en|sur|des|les|mes|tes|ses|nos|vos|leurs|seul|deux|trois|ne|n'|pas|petit|gros|dernier|premier|the|my|your|his|her|their|our|this|that|good|fair|valid|no|any|some|what|whole|main|starting|turning|at|to)\s+point)(?=\s*[.!?]*$|\s+(?:et|puis|ensuite|merci|aussi|alors|bon|sinon|je|j'|tu|t'|il|elle|on|rappelle|trouve|note|montre|reserve|annule|fais|dis)\b)/g,
    '.',
  ],
  // "Du coup" (so, then) says nothing a request needs: "tu m'as enregistré où, du coup ?".
  [/,?\s*\bdu coup\b(?! (?:de|d')\b),?/g, ' '],
  // What was just done, asked back: "tu m'as enregistré où, du coup ?", "c'était où déjà, le
  // check-in ?", "je suis enregistrée où ?"; "c'était à quelle heure déjà ?", "tu me l'as mis à
  // quelle heure ?" (answered from what was done, not a new check-in or the sessions listed).
  [
    /\b(?:(?:tu|vous) m'(?:as|avez)(?: (?:bien|donc))? (?:enregistree?|inscrite?|pointee?|check(?:-| )?ine?e?|fait (?:le|mon) check(?:-| )?in)|(?:je suis|j'ai ete)(?: (?:bien|donc))? (?:enregistree?|inscrite?|pointee?|check(?:-| )?ine?e?)|(?:le|mon) check(?:-| )?in,? (?:c'etait|il etait|c'est)) (?:ou|a quel endroit|dans quel (?:endroit|cafe|lieu)|a quel (?:cafe|lieu)|au final ou)\b|\bou (?:est-ce que |est ce que )?(?:tu m'as|vous m'avez|tu as|j'ai ete|je suis)(?: (?:bien|donc))? (?:enregistree?|inscrite?|pointee?|check(?:-| )?ine?e?|fait (?:le|mon) check(?:-| )?in)\b|\bc'etait (?:ou|dans quel (?:endroit|cafe|lieu)|quel (?:endroit|cafe|lieu)),? (?:deja,? )?(?:le|mon) check(?:-| )?in\b/g,
    'which place did you check me in at',
  ],
  // "C'est fait même ?", "ça a marché ?", "c'est bien réservé ?", "tu l'as bien enregistré ?".
  [
    /^(?:(?:et|alors|donc|ok|bon|merci|super),? )*(?:(?:c'est|c'est bien|ca a ete|ca a bien ete|tout est|tout a ete)(?: bien)? (?:fait|enregistre|reserve|confirme|note|passe|pris en compte)|ca a (?:bien )?(?:marche|fonctionne|pris|ete pris en compte)|c'est passe|(?:tu|vous) l'(?:as|avez) (?:bien )?(?:fait|reserve|enregistre|note|mis|programme))(?: (?:meme|alors|du coup|hein|la|pour de vrai|pour de bon|finalement))*\s*\?+\s*$/g,
    'did that go through?',
  ],
  [
    /\b(?:c'etait|c'etait bien|il etait|elle etait|ca tombait)(?: (?:a|pour|vers))? (?:quelle heure|quand)\b(?:,? (?:deja|encore|au juste|exactement|du coup))?|\b(?:a|pour) quelle heure (?:c'etait|tu (?:me )?l'as (?:mise?|reservee?|bookee?|calee?|programmee?)|tu m'as (?:mise?|reservee?|bookee?|calee?|inscrite?))\b|\b(?:tu|vous) (?:me )?l'(?:as|avez) (?:mise?|reservee?|bookee?|calee?|programmee?) (?:a|pour) quelle heure\b(?:,? (?:deja|encore|au juste|exactement|du coup))?/g,
    'what time was that again',
  ],
  // Check-in misspelt: "chekin", "chek-in", "tcheck in" (not the English "check in" itself, which
  // would tell French from an English message).
  [
    /(?<=\b(?:le|mon|un|faire|fais|fait|fair|faites|me) )(?:tcheck|t?chek|t?chec|t?cheque)[- ]?in\b/g,
    'check-in',
  ],
  // Points asked of what one just did: "ça me donne des points ?", "ça rapporte des points ?", "je
  // gagne des points avec ça ?", "j'ai-tu des points pour ça ?", "est-ce que ça compte pour des
  // points ?" (the rewards; "combien de points", "mes points" are the progress, below).
  [
    /\b(?:est-ce que |est ce que )?(?:ca|cela|ceci|c'est|ce check-?in|ma visite|le check-?in|ce passage)(?: me| nous| m'| te| vous)? ?(?:donne|donnerait|donnera|rapporte|rapporterait|rapportera|fait gagner|fait avoir|compte|compterait|vaut|valent|offre)(?:-t-il|-t-elle|-tu| tu)? (?:pour )?(?:des|quelques|de|du|un|genre des)? ?(?:points?|pts|credits?|bonus)\b|\b(?:est-ce que |est ce que )?(?:je|j'|on|est-ce qu'on)(?: en)? ?(?:gagne|gagnes|obtiens|obtient|recois|recoit|accumule|cumule|ai|a|aurai|aura|marque|empoche)(?:-je|-tu| tu|-t-on)? (?:des|quelques|de|du|un|genre des)? ?(?:points?|pts|credits?|bonus)\b(?! (?:de (?:vue|suture|repere|depart|contact)|faibles|forts))|\b(?:ai-je|j'ai-tu|gagne-t-on|gagne-je|ai-je droit a) (?:des )?points\b/g,
    'what rewards do i get',
  ],
  // Formal requests by older users: the courtesy says nothing the request needs ("Serait-il
  // envisageable, si cela ne vous dérange pas, de…", "Auriez-vous l'amabilité de me le rappeler").
  [
    /\b(?:si (?:cela|ca) ne (?:vous|te) (?:derange|ennuie|gene) pas|si (?:c'est|c'etait|cela est|ce serait) possible|si possible|si (?:ca|cela) (?:se peut|(?:vous|te) va|(?:vous|te) convient))\b,?/g,
    '',
  ],
  [/^(?:euh |bon |alors )?(?:peut-etre|peut etre|ptet|p'tet|pt-etre)\b,? (?=[a-z]{3,}\b)/g, ''],
  [
    /\b(?:auriez-vous|aurais-tu|auriez vous)(?: (?:egalement|aussi|peut-etre))? (?:l'amabilite|la gentillesse|l'obligeance|la bonte) de\b|\b(?:seriez-vous|serais-tu) (?:assez )?(?:aimable|gentil(?:le)?) (?:pour|de)\b|\bje vous serais (?:tres )?(?:reconnaissante?|oblige(?:e)?) de\b|\b(?:serait-il|serait il|est-ce qu'il serait|ce serait|il serait) (?:possible|envisageable|faisable)[, ]*(?:de |d')|\bveuillez\b/g,
    'could you ',
  ],
  // Asked whether it can be done: "est-ce possible de la reporter", "ce serait possible de…",
  // "y aurait-il moyen de…", Québec "c'est-tu possible de…".
  [
    /\b(?:est-ce que |est ce que )?(?:c'est|ce serait|ca serait|ce sera|est-ce|est ce|est-il|serait-ce|c'est-tu|c'est tu|ce serait-tu)(?: (?:bien|encore|toujours|vraiment))? (?:possible|envisageable|faisable|jouable)[, ]*(?:de |d')|\b(?:est-ce qu'|est ce qu')?(?:il y a|y a|il y aurait|y aurait)(?:-t-il|-il|-tu| tu)? (?:moyen|possibilite|une possibilite) (?:de |d')/g,
    'could you ',
  ],
  [/\bje me permets de vous (?:solliciter|demander|ecrire|contacter|deranger)\b[ :,.]*/g, ''],
  // An aside before saying yes to a proposal: "avant de valider,", "avant que je dise oui :".
  [
    /\b(?:attends,? )?avant (?:de (?:dire oui|valider|confirmer|accepter|reserver|m'engager)|que je (?:dise oui|valide|confirme|reserve|m'engage))\b/g,
    'before i say yes',
  ],
  // "Je vous prie", "je vous en prie" said as courtesy at the end of a request.
  [/,? ?\bje vous (?:en )?prie\b(?=\s*[.!]*\s*$)/g, ''],
  // Appointments that are not sessions with a mentor: "ma séance de kiné", "rdv chez le dentiste"
  // (what a reminder is about, not a booking nor the list of sessions).
  [
    /\bpour (?:ma |mon |une |un |la |le )?(?:seance|rendez-vous|rendez vous|rdv|consultation) (?:de |d'|du |des |chez (?:le |la |l'|les )?|au |a la |a l')(?=(?:kine\w*|physio\w*|medecin|docteur|dentiste|osteo\w*|ophtalmo\w*|dermato\w*|gyneco\w*|orthophonist\w*|orthodontist\w*|podolog\w*|psy\w*|generaliste|coiffeu\w*|veto|veterinaire|radio\w*|prise de sang|labo\w*|banque|notaire|avocat|garage|pediatre|sage-femme|infirmier\w*|acupunct\w*|massage|reeducation|controle|vaccin\w*|impots|mairie|prefecture|sophrolog\w*)\b)/g,
    'for ',
  ],
  [
    /\b(?:ma |mon |une |un |la |le )?(?:seance|rendez-vous|rendez vous|rdv|consultation) (?:de |d'|du |des |chez (?:le |la |l'|les )?|au |a la |a l')(?=(?:kine\w*|physio\w*|medecin|docteur|dentiste|osteo\w*|ophtalmo\w*|dermato\w*|gyneco\w*|orthophonist\w*|orthodontist\w*|podolog\w*|psy\w*|generaliste|coiffeu\w*|veto|veterinaire|radio\w*|prise de sang|labo\w*|banque|notaire|avocat|garage|pediatre|sage-femme|infirmier\w*|acupunct\w*|massage|reeducation|controle|vaccin\w*|impots|mairie|prefecture|sophrolog\w*)\b)/g,
    '',
  ],
  // The earliest time that suits, and the bounds around it: "le plus tôt possible", "dès que
  // possible", "au plus tôt"; "n'importe quel jour", "pas avant 10 h", "à partir de demain", "sauf
  // vendredi" (as the English core reads them).
  [
    /\b(?:le plus tot (?:possible|que (?:tu peux|vous pouvez|possible))|au plus tot|des que possible|le plus vite possible|aussi tot que possible|des que tu peux|le premier creneau (?:libre|dispo(?:nible)?))\b/g,
    'as early as possible',
  ],
  [/\bn'importe quel jour\b/g, 'any day'],
  [/\bn'importe quel(?:le)? (?:moment|creneau|heure)\b|\bn'importe quand\b/g, 'any time'],
  [
    /\b(?:mais )?pas avant\b(?= (?:\d|(?:midi|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)\b))/g,
    'not before',
  ],
  [
    /\b(?:mais )?pas apres\b(?= (?:\d|(?:midi|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)\b))/g,
    'not after',
  ],
  [
    /\ba partir de (?=demain|apres-demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)/g,
    'from ',
  ],
  [/\bsauf (?=(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\b)/g, 'except '],
  [/\bde bonne heure\b|\btot le matin\b/g, 'early'],
  // The hour said exactly: "à 7h pile", "18h30 tapantes", "à 9 heures précises".
  [/(?<=\d ?(?:h|heures?)(?: ?\d{2})?) (?:pile|tapantes?|petantes?|precises?|sonnantes?)\b/g, ''],
  // Québec: "céduler" a session (book it), "présentement" (now), "je file pas" (not great),
  // "de la misère à dormir" (trouble sleeping).
  [/\bcedule[rz]?(?:-moi| moi)?\b/g, 'book'],
  [/\b(?:presentement|astheure|asteure)\b/g, 'maintenant'],
  [/\b(?:je|j') ?(?:ne )?file (?:pas|vraiment pas|pas fort|pas trop)\b|\bca file pas\b/g, "i'm not great"],
  [/\bde la misere a (?=dormir|m'endormir|trouver le sommeil)/g, 'du mal a '],
  // A reminder said again at another time: "et encore ce soir à 21h", "de nouveau demain à 8h".
  [
    /^(?:et |pis |puis |ah et |oh et )?(?:encore une fois|encore|de nouveau|a nouveau|rebelote|pareil|idem|une autre fois|la meme chose|aussi)[,]? (?=(?:ce |cet |cette |demain|apres-demain|apres demain|a |vers |dans |pour |lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le |\d))/g,
    'and ',
  ],
  // Back in the conversation to something shown before: "revenons au resto du début", "on revient
  // à la mentore de tantôt" (not "je retourne au café", going back there).
  [
    /\b(?:revenons|on revient|je reviens|je voudrais revenir|j'aimerais revenir|retour|pour revenir)(?: en arriere)? (?:au|a la|a l'|aux|sur le|sur la|sur l') ?(?=[a-z])/g,
    'back to ',
  ],
  ...shownBack,
  // "Back to the cafe from before, what's it like?": the place asked about.
  [
    /^(?:(?:et|bon|alors|ok|donc|sinon|dis),? )*(?:back to )?(the (?:first )?(?:cafe|gym|healthy food place|place) (?:you showed me|from before|from the start)),? (?:il|elle|ca) (?:est|a l'air|te semble|vous semble) comment\b/g,
    "what's $1 like",
  ],
  // A place pointed back at by where it was seen: "le café de tout à l'heure", "la salle que tu
  // m'as montrée", "au café de la liste" (read as "the café you listed").
  [
    /\b(?:le |la |l')(cafe|salle de sport|salle|gym|resto|restaurant|endroit|lieu|salon de the|adresse)s? (?:de la liste|de tout a l'heure|d'avant|d'en haut|que (?:tu|vous) (?:m'as|m'avez|as|avez|nous as|nous avez) (?:montree?s?|proposee?s?|donnee?s?|conseillee?s?|recommandee?s?|citee?s?|indiquee?s?|trouvee?s?)|dont (?:tu m'as|vous m'avez|on a|tu as|vous avez) parle)\b/g,
    'the $1 you listed',
  ],
  [
    /\b(au|a la|a l') (cafe|salle de sport|salle|gym|resto|restaurant|endroit|lieu|salon de the|adresse)s? (?:de la liste|de tout a l'heure|d'avant|d'en haut|que (?:tu|vous) (?:m'as|m'avez|as|avez|nous as|nous avez) (?:montree?s?|proposee?s?|donnee?s?|conseillee?s?|recommandee?s?|citee?s?|indiquee?s?|trouvee?s?)|dont (?:tu m'as|vous m'avez|on a|tu as|vous avez) parle)\b/g,
    '$1 the $2 you listed',
  ],
  // What a place is like, asked of it: "le 2e il est comment", "il est comment le Peaceful Grounds
  // déjà ?", "elle a l'air comment, la salle ?", "comment est-il à l'intérieur ?".
  [
    /\b(?:il|elle) est comment,? (?:le |la |l' ?)?(?!(?:a|au|aux|en|dedans|dehors|la-bas|de|du|pour|ce|cette|ton|ta|mon|ma)\b)([a-z][^?.!,]*?)(?:,? deja)?(?=\s*[?.!]*\s*$)/g,
    "what's $1 like",
  ],
  // A place asked about by name, texting: "c koi le green bowl", "c'est quoi le Slow Pour ?" (not
  // "c'est quoi mon niveau", "c'est quoi la sophrologie", "c'est quoi ça").
  [
    /^(?:(?:et|bon|ok|alors|dis|sinon|hey|salut|slt),? )*(?:c'est|cest|c est|c) (?:quoi|koi),? (?:le |la |l' ?|les )?(?!(?:ca|cela|ce|cet|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|nos|vos|leur|leurs|un|une|des|the|what|which|quoi|ton|la)\b)(?![^?.!]*\b(?:niveau|serie|streak|difference|sophrologie|ancrage|scan|respiration|exercice|mentore?s?|coachs?|sessions?|seances?|rdv|rendez-vous|programme|parcours|appli|application|app|nightchill|code|mot de passe|humeur|meilleure?s?|mieux|probleme|souci|truc|plan|prix|recompenses?|points?|badges?|check-?ins?|rappels?|nom|numero|adresse mail|email|heure|date|jour|temps|meteo|sens|idee|pleine conscience|coherence|panique|anxiete|stress|sommeil|insomnie|therapie|exposition)\b)([a-z][^?.!,]{2,40}?)\s*([?.!]*)\s*$/g,
    "what's $1 like$2",
  ],
  [
    /\b(?:il|elle|ca) (?:est|a l'air|te semble|vous semble) comment\b|\bcomment (?:il|elle) est\b|\bcomment est-(?:il|elle)\b/g,
    "what's it like",
  ],
  [/\b(?:il|elle|ca) (?:vaut|vaudrait) (?:quoi|le coup|la peine)\b/g, 'any good'],
  [/(?<=what's it like )a l'interieur\b|(?<=what's it like )dedans\b/g, 'inside'],
  // What one of those listed has, asked by its rank: "le deuxième a le wifi ?", "et le 2e, y a du
  // wifi ?", "la première, elle a une terrasse ?" (the ordinal read as such further down).
  [/\b(le|la) ([1-9])(?:eme|ieme|e)\b/g, '$1 $2e'],
  [
    /^(?:(?:et|pis|ok|bon|alors),? )?(?:est-ce que |est ce que )?(le |la )(premiere?|1ere?|1er|1e|deuxieme|2e|seconde?|troisieme|3e|derniere?)(?:,? (?:il|elle|ca|y))? (?:a|as|ont|il y a|y a|offre|propose)(?:-tu| tu|-t-(?:il|elle))? (?:une |un |du |des |de la |le |la |l')?(outdoor seating|terrasses?|wifi|wi-fi|prises?|parking|toilettes|douches?|vestiaires?|petits cours|small classes)\b/g,
    'does $1$2 have $3',
  ],
  // A place, then what it has: "le Hub, il a des petits cours ?", "Green Bowl, ça a une terrasse ?".
  [
    /^(?:et |pis |ok |bon )?(?:le |la |l' ?|the )?(?!(?:et|pis|mais|alors|bon|ok|oui|non|donc|sinon|dis|dites|bref)\b)([a-z][^,?.!]{1,40}?), (?:il|elle|ca) (?:a|y a|propose|offre)(?:-t-(?:il|elle))? (?:des |du |de la |de l'|le |la |les |l'|un |une )?/g,
    'does the $1 have ',
  ],
  [/\bpetits cours\b|\bcours en petits? (?:groupes?|comites?)\b/g, 'small classes'],
  // Anxiety at the gym said of oneself or of people: "les personnes anxieuses à la salle de sport",
  // "stressée à la salle", "je n'ose plus aller à la salle", "j'évite la gym depuis des mois".
  [
    /\b(?:anxieu(?:x|se|ses)|angoissee?s?|stressee?s?|nerveu(?:x|se|ses)|intimidee?s?|mal a l'aise|paniquee?s?|tendue?s?|complexee?s?) (?:a|au|en|dans|de|du|par) (?:la |une |les |le |un )?(?:salles?(?: de sport| de gym| de muscu| de musculation| de fitness)?|gym)\b/g,
    'anxious at the gym',
  ],
  [
    /\b(?:je n'|j')?ose (?:plus |pas |jamais |meme pas |toujours pas )*(?:aller|retourner|mettre les pieds|remettre les pieds|entrer|rentrer) (?:a la|au|dans la|dans une|en) (?:salles?(?: de sport| de gym| de muscu| de musculation| de fitness)?|gym)\b|\b(?:j'apprehende|j'evite|je redoute|je fuis|je crains) (?:d'aller |de retourner |d'entrer )?(?:a |dans )?(?:la|le|une) (?:salles?(?: de sport| de gym| de muscu| de musculation| de fitness)?|gym)\b/g,
    'dreading going to the gym',
  ],
  // Someone who would understand or help, asked without "qui": "quelqu'un ici comprend ça ?",
  // "quelqu'un aide pour le sommeil ?".
  [
    /\b(?:est-ce qu'|est ce qu')?(?:il y a |y a )?quelqu'? ?un (?:ici |par ici |la-dedans |sur l'appli )?(?:qui )?(?:comprend(?:rait)?|connait (?:ca|ce probleme|ce souci|ce genre de chose)|vit (?:la meme chose|ca)|a (?:deja )?vecu (?:ca|la meme chose)|est (?:deja )?passee? par la)\b/g,
    'someone who understands',
  ],
  [
    /\bquelqu'? ?un (?:ici |par ici )?(?:qui )?(?=(?:aide|aiderait|s'occupe|travaille|gere|accompagne|encadre|coache|conseille)\b)/g,
    "quelqu'un qui ",
  ],
  // Calm said of oneself is a mood, not a quiet place: "je me sens calme maintenant", "je suis plus
  // détendue", "je me sens enfin zen", "je suis apaisé" (before "calme" is read as a quiet place).
  [
    /\b(?:je me sens|je me sentais|je me suis senti(?:e)?|je suis|j'suis|chuis|me sens|je me trouve)(?: (?:un peu|plus|bien|tres|vraiment|enfin|beaucoup|deja|tellement|super|hyper|assez|plutot|vachement|maintenant|mieux|et))* (?:calmes?|tranquilles?|apaisee?s?|zen|sereine?s?|detendue?s?|relaxe(?:e)?s?|posee?s?)\b(?! (?:a|au|dans|avec|chez|en)\b)/g,
    'i feel calm',
  ],
  // How one feels said as a noun: "rien de grave, juste la fatigue", "c'est surtout le stress", "juste
  // un coup de mou", "c'est la déprime en ce moment" (the mood the companion can write down).
  ...(
    [
      ['fatigue|coup de fatigue|coup de barre|grosse fatigue|flemme', "i'm just tired"],
      ['stress|pression', "i'm just stressed"],
      ['anxiete|angoisse|inquietude', "i'm just anxious"],
      ['deprime|cafard|blues|coup de mou|moral a zero|tristesse|solitude', "i'm just a bit down"],
    ] as const
  ).map(
    ([nouns, english]) =>
      [
        new RegExp(
          `\\b(?:(?:c'est|c'etait|ca reste)(?: (?:juste|surtout|seulement|simplement|plutot|que|un peu))?|juste|surtout|seulement|simplement|rien que|plutot) (?:de |d')?(?:la |le |du |l'|un |une )?(?:petite |gros |grosse |bon |peu de |peu d')?(?:${nouns})\\b(?! (?:a|au|de|en) (?:la )?(?:salle|gym)\\b)`,
          'g',
        ),
        english,
      ] as const,
  ),
  // "…, tu peux le noter ?", "tu peux noter ça ?": the mood just said, to be written down.
  [
    /(?<!\b(?:de|pour|a|sans|d'|oublie|oublier) )\b(?:(?:tu peux|peux-tu|tu pourrais|pourrais-tu|vous pouvez|pouvez-vous|pourriez-vous) )?(?:me )?(?:l'|le |la )(?:noter|consigner|marquer)\b|\b(?:(?:tu peux|peux-tu|tu pourrais|pourrais-tu|vous pouvez|pouvez-vous|pourriez-vous) )?(?:noter|consigner|marquer) (?:ca|cela)\b|\b(?:note|notez|marque|marquez)-le\b/g,
    'can you log it',
  ],
  // "Et en attendant, …": meanwhile (not "en attendant mon rendez-vous", waiting for it).
  [
    /\b(?:et |pis |bon )?en attendant\b(?! (?:que|qu'|de|d'|le|la|les|l'|mon|ma|mes|ton|ta|son|sa|ce|cette|un|une)\b)/g,
    'meanwhile',
  ],
  // A guided exercise called a session: "on fait une petite séance de respiration ?", "une séance
  // de relaxation", "une courte session d'ancrage" (not a session booked with a mentor: "réserve une
  // séance avec Siobhán", read further down).
  [
    /\b(?:une |la |ma |notre |cette )?(?:petite |courte |mini |rapide |breve |nouvelle )?(?:seance|session|seances|sessions|moment|pause) (?:de |d')(?:respiration|relaxation|detente|meditation|coherence cardiaque|respiration guidee|meditation guidee|relaxation guidee|souffle)\b(?: guidee)?(?! (?:avec|with) [a-z])/g,
    'a breathing exercise',
  ],
  [
    /\b(?:une |la |ma |notre |cette )?(?:petite |courte |mini |rapide |breve |nouvelle )?(?:seance|session|moment) (?:d'ancrage|de grounding)\b(?! (?:avec|with) [a-z])/g,
    'a grounding exercise',
  ],
  [
    /\b(?:une |la |ma |notre |cette )?(?:petite |courte |mini |rapide |breve |nouvelle )?(?:seance|session|moment) de (?:scan|balayage) corporel\b(?! (?:avec|with) [a-z])/g,
    'a body scan',
  ],
  // An exercise to calm down, in other words: "un exercice pour me détendre", "un truc pour
  // m'apaiser", "une technique pour me calmer" (before "calme" is read as a quiet place; the
  // spelling fix reads "me calmer" as "me calme").
  [
    /\b(?:un |une |des )?(?:exercices?|techniques?|trucs?|methodes?|quelque chose)(?: (?:rapide|court|simple|de relaxation|de detente))? (?:pour|afin de|qui (?:m'aide|aide|m'aiderait) a) (?:me calmer|me calme|me detendre|m'apaiser|me relaxer|decompresser|me poser)\b/g,
    'an exercise to help me calm down',
  ],
  [
    /\b(pour|afin de|a|de|besoin de|aide(?:-moi| moi) a|m'aider a) me calme\b(?! (?:vraiment|toujours|beaucoup|bien))/g,
    '$1 me calmer',
  ],
  // A place to eat healthily, said of the place: "un endroit sain", "un resto sain", "une adresse
  // saine pour déjeuner", "un coin healthy", "quelque part de sain où manger".
  [
    /\b(?:un |une |d'un |d'une )(?:endroits?|lieux?|adresses?|restos?|restaurants?|coins?|spots?|cantines?|snacks?|bistrots?)(?: (?:ou|pour|pour aller) (?:manger|diner|dejeuner|souper|bouffer|luncher|grignoter))? (?:sains?|saines?|healthy|equilibres?|equilibrees?|bio|vegetariens?|vegetariennes?|vegans?|veganes?|veggies?|vege)\b|\bquelque part de (?:sain|healthy|bio|equilibre)\b/g,
    'a healthy food place',
  ],
  // "des restos sains", "les adresses healthy": the article kept for the rules that read it ("pis
  // des restos sains ?" after a search is another kind of place there).
  [
    /\b(?:endroits?|lieux?|adresses?|restos?|restaurants?|coins?|spots?|cantines?|snacks?|bistrots?)(?: (?:ou|pour|pour aller) (?:manger|diner|dejeuner|souper|bouffer|luncher|grignoter))? (?:sains?|saines?|healthy|equilibres?|equilibrees?|bio|vegetariens?|vegetariennes?|vegans?|veganes?|veggies?|vege)\b/g,
    'healthy food places',
  ],
  [
    /\b(?:je voudrais|j'aimerais|je veux|je souhaite|je souhaiterais|il me faut|il me faudrait|j'ai besoin d')(?= ?(?:a healthy food place|un (?:cafe|resto|restaurant|endroit|lieu|coin)|une (?:salle|gym|adresse))\b)/g,
    'i want ',
  ],
  // The meal the place is for, and when: "pour dîner ce midi", "pour le déjeuner à midi" (in
  // Belgium, Switzerland and Québec "dîner" is lunch): a place to eat, not a time to be reminded at.
  [
    /\b(?:(?:et )?pour |au |a )(?:le |un |mon )?(?:diner|dejeuner|souper|dej|lunch|repas|manger)(?: (?:de midi|a midi|ce midi|ce soir|du soir|de ce soir))?\b(?=[^?!.]*\b(?:healthy food place|endroits?|lieux?|adresses?|restos?|restaurants?|cantines?)\b)|(?<=\bhealthy food place\b[^?!.]*)\b(?:pour |au |a )(?:le |un |mon )?(?:diner|dejeuner|souper|dej|lunch|repas|manger)(?: (?:de midi|a midi|ce midi|ce soir|du soir|de ce soir))?\b/g,
    'for lunch',
  ],
  // A generic place with what it should be like: "un endroit calme", "un coin tranquille pour lire".
  [
    /(?<!\b(?:avec|ont|as|with|have|has|(?<!\by )a) (?:un |une |des )?)\b(?:un |une |des |d'un |d'une )?(?:endroits?|lieux?|spots?|coins?) (?=(?:calmes?|tranquilles?|au calme|paisibles?|silencieu(?:x|se|ses)|peinards?|pas (?:trop |tres )?(?:bruyante?s?|bondee?s?|frequentee?s?))\b)/g,
    'somewhere ',
  ],
  [/\bpaisibles?\b/g, 'quiet'],
  // An appointment arranged in formal words: "organiser un entretien avec Madame Murphy".
  [
    /\b(?:d'|j'|je )?(?:organiser|fixer|prevoir|convenir|arranger|obtenir|avoir|demander|solliciter|programmer|souhaiterais|souhaite|voudrais|aimerais|desirerais|desire) (?:d'|de )?(?:un |une )?(?:entretien|consultation|rencontre|rendez-vous|rendez vous|rdv|seance|echange)\b(?= avec\b)/g,
    'book a session',
  ],
  // Asking who could help: "quelqu'un pourrait m'aider ?", "y a-tu quelqu'un pour m'aider".
  [
    /\bquelqu'? ?un (?:(?:qui )?(?:pourrait|peut|pourra|saurait) m'? ?aider|pour m'? ?aider)\b/g,
    'someone who can help',
  ],
  // Seats outside: "une terrasse", "des places dehors".
  [/\bterrasses?\b|\b(?:places?|tables?) (?:dehors|en terrasse|a l'exterieur)\b/g, 'outdoor seating'],
  // "le slow pour coffee a une terrasse ?": what a named place has, asked.
  [
    /^(?:est-ce que |est ce que )?(?:le |la |l'? ?)?(?!(?:ils|elles|il|elle|ca|on) )(.+?) (?:a|as|ont|il y a) (?:une |un |du |des |de la |le |la )?(outdoor seating|wifi|wi-fi|prises?|parking|toilettes)\b/g,
    'does $1 have $2',
  ],
  // "à la première heure" is first thing in the morning (not "la première heure", the earlier time).
  // With the hour said beside it, the hour is the time: "demain à la première heure, à 7h".
  [
    /\b(?:a la|des la|en) premiere heure\b,?\s*(?=(?:a|vers|pour|genre|disons) (?:\d{1,2} ?(?:h\b|heures?\b|:)|sept|six|huit|cinq))/g,
    '',
  ],
  [/\b(?:a la|des la|en) premiere heure\b|\bdes le matin\b|\bdes le reveil\b/g, 'first thing'],
  // A day turned down, then the day meant in its place: "finalement mardi ça ne va pas. Mercredi vers
  // 17h30 ?", "mardi je peux pas, jeudi plutôt" (the day after is the one meant; as "pas jeudi mais
  // vendredi" below).
  [
    /\b(?:(?:finalement|en fait|au final|tout compte fait|bon),? )?(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? (?:(?:ca|ça|cela) (?:ne |n')?(?:me )?(?:va|marche|convient|joue|adonne|arrange|m'arrange|colle|fonctionne|le fait) (?:plus|pas)(?: du tout)?|je (?:ne )?(?:peux|pourrai|pourrais|suis dispo|suis disponible|suis libre) (?:plus|pas)|(?:c'est|ce sera|ca sera) (?:pas|plus) (?:possible|bon|jouable)|(?:c'est|ce sera|ca sera) (?:impossible|mort|complique))\b(?:,? (?:finalement|en fait|au final|du coup|non plus|malheureusement|desolee?))*[\s.,;:!\u2013\u2014-]*(?=(?:(?:mais|plutot|alors|et|donc|par contre),? )?(?:(?:ce|le|plutot) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres-demain|apres demain)\b)/g,
    '',
  ],
  // A day that no longer suits: "mardi ça va plus", "jeudi je peux pas", "finalement mardi ça ne va
  // pas", "mardi, ça ne me convient plus", "mardi c'est pas possible", "mardi ça m'arrange pas".
  [
    /\b(?:(?:finalement|en fait|au final|tout compte fait|bon),? )?(?:le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? (?:(?:ca|ça|cela) (?:ne |n')?(?:me )?(?:va|marche|convient|joue|adonne|arrange|m'arrange|colle|fonctionne|le fait) (?:plus|pas)(?: du tout)?|je (?:ne )?(?:peux|pourrai|pourrais|suis dispo|suis disponible|suis libre) (?:plus|pas)|(?:c'est|ce sera|ca sera) (?:pas|plus) (?:possible|bon|jouable)|(?:c'est|ce sera|ca sera) (?:impossible|mort|complique))\b/g,
    '$1 doesnt work',
  ],
  // The gym as what one fears: "le gym me fait vraiment peur", "j'ai peur d'aller à la salle".
  [
    /\b(?:le |la )?(?:gym|salle de sport|salle de muscu|salle) me (?:fait|donne|fout) (?:vraiment |tellement |trop |grave |tres |un peu )?(?:peur|l'angoisse|angoisse|la trouille|la frousse|le stress)\b/g,
    'the gym scares me',
  ],
  // Said of it with "ça" (Québec "le gym", "raide"): "le gym, ça me stresse raide", "la salle de
  // sport m'angoisse", "aller au gym ça m'intimide", "le gym me met mal à l'aise".
  [
    /\b(?![^.,;!?]*\b(?:pas|plus|jamais|du tout)\b)(?:(?:aller|retourner) (?:au|a la|dans une?) |(?:le|la|les) )?(?:gym|salles? de (?:sport|gym|muscu|musculation|fitness)|salle)(?:,? (?:ca|ce|cela))? (?:me (?:stresse|angoisse|terrifie|intimide|panique|gene|bloque|rend (?:nerveu(?:x|se)|anxieu(?:x|se)|malade)|met mal a l'aise|fait flipper|fout la trouille|fout les jetons|fait paniquer|fait stresser|fait capoter|fait freaker|fait de l'anxiete|donne de l'anxiete|fait angoisser)|m'(?:angoisse|intimide|effraie|epouvante|oppresse|inquiete|ecoeure))(?: (?:raide|vraiment|grave|trop|beaucoup|tellement|un peu|a mort|en masse|ben gros|solide|pas mal|encore|toujours|de ouf))*\b/g,
    'the gym scares me',
  ],
  [
    /\bj'? ?ai (?:peur|la trouille|la frousse|l'angoisse) (?:d'aller |de retourner )?(?:a la|au|de la|du) (?:gym|salle de sport|salle)\b/g,
    'scared of going to the gym',
  ],
  // Asking which sessions one has: "j'ai quelles séances cette semaine?", "il me reste quoi comme sessions?".
  [
    /\bil (?:me|m'?) reste quoi comme (?:sessions?|seances?|rdv|rendez-vous)\b|\b(?:est-ce qu'|est ce qu')?il (?:me|m'?) reste (?:d'autres|des|encore des) (?:sessions?|seances?|rdv|rendez-vous)\b|\b(?:est-ce que )?j'ai (?:d'autres|encore des) (?:sessions?|seances?|rdv|rendez-vous)\b/g,
    'which sessions do i have left',
  ],
  [/\bquel(?:le)?s? (?:sessions?|seances?|rdv|rendez-vous)\b/g, 'which sessions'],
  // After a cancel: "il me reste quoi ?", "qu'est-ce qui me reste ?" (not "il me reste quoi à faire").
  [
    /\b(?:et )?(?:il (?:me|m'?) reste quoi|qu'est-ce (?:qu'il|qui) (?:me )?reste|que me reste-t-il)\b(?! (?:a faire|pour|avant|comme (?:points|etapes|niveaux?)))/g,
    'which sessions do i have left',
  ],
  // "Montre-moi ce qu'il me reste", "dis-moi ce qui me reste de séances" (not "ce qu'il me reste
  // à faire", "ce qu'il me reste de points", "ce qui me reste comme récompenses").
  [
    /\bce (?:qu'il|qui) (?:me |m'|nous )?reste(?: (?:de|comme|en) (?:seances?|sessions?|rendez-vous|rdv|prevu))?\b(?! (?:a |a faire|pour|avant|comme|de|d'|du|des|en|au)\b)/g,
    'which sessions do i have left',
  ],
  // A session asked about, not booked: "j'ai bien un rendez-vous jeudi ?", "ai-je une séance demain ?".
  [
    /\b(?:est-ce que |est ce que )?(?:j'ai|j'aurais|ai-je|j'avais|je n'ai pas|j'ai pas|on a|nous avons)(?: (?:bien|toujours|encore|deja|bel et bien|pas))* (?:un|une|des|mon|ma|notre) (?:rendez-vous|rendez vous|rdv|seances?|sessions?|rencontres?)\b(?=(?:[^?.!]|\.(?!\s))*\?)/g,
    'what sessions do i have',
  ],
  // Said, not asked, before what to do with it: "j'ai une séance avec Amara vendredi à 11h. Est-ce
  // possible de la reporter…", "j'ai un rdv jeudi, tu peux le décaler ?".
  [
    /\b(?:j'ai|j'avais|nous avons|on a)(?: (?:deja|bien))? (?:un|une) (?:rendez-vous|rendez vous|rdv|seance|session|rencontre)(?: (?:de )?(?:prevue?|reservee?|calee?|booke(?:e)?))?\b/g,
    'i have a session',
  ],
  [
    /\b(?:a quelle heure|quand) (?:est|c'est|tombe|commence|a lieu) (?:deja )?(?:mon|ma|le|la) (?:rendez-vous|rendez vous|rdv|seance|session)\b|\b(?:mon|ma) (?:rendez-vous|rendez vous|rdv|seance|session)(?: (?:avec (?:elle|lui|[a-z]+)))? (?:c'est|est) (?:a )?quelle heure\b|\b(?:mon|ma) (?:rendez-vous|rendez vous|rdv|seance|session)(?: (?:avec (?:elle|lui|[a-z]+)))? c'est quand\b/g,
    'when is my session',
  ],
  // The time a booking had before it was changed: "l'heure d'avant c'était mieux".
  [
    /\b(?:l'? ?)?heure (?:d'? ?avant|precedente|d'origine|initiale|de tout a l'heure)\b|\bla premiere heure\b/g,
    'the earlier time',
  ],
  // A reminder timed from a session: "un rappel la veille à 19h", "une heure avant".
  [/\bla veille au soir\b/g, 'the evening before'],
  [/\bla veille\b/g, 'the day before'],
  // The session's own day: "le matin même à 8h", "le jour même", "ce jour-là".
  [/\ble matin meme\b|\bce matin(?:-| )la\b/g, 'the same morning'],
  [/\ble jour meme\b|\bce jour(?:-| )la\b|\ble meme jour\b/g, 'that day'],
  [/\b(?:une|1) heure avant\b/g, 'an hour before'],
  [/\bune demi-heure avant\b|\bune demi heure avant\b/g, 'half an hour before'],
  [/\b(\d{1,3}) minutes avant\b/g, '$1 minutes before'],
  // The reminder's time changed by name: "décale mon rappel à 16h", "tu peux repousser le rappel à
  // 18h ?", "change l'heure de mon rappel pour 9h", "avance mon alarme à 7h", "remets le reminder
  // à demain" (the reminder just set, moved; not a new one nor a session).
  [
    /\b(?:(?:tu peux|peux-tu|pouvez-vous|vous pouvez|pourrais-tu|pourriez-vous|tu pourrais|faudrait|il faudrait|je voudrais|j'aimerais|je veux) )?(?:decale|decalez|decaler|deplace|deplacez|deplacer|repousse|repoussez|repousser|recule|reculez|reculer|avance|avancez|avancer|change|changez|changer|modifie|modifiez|modifier|bouge|bougez|bouger|reporte|reportez|reporter|remets|remettez|remettre|mets|mettez|mettre|passe|passez|passer|reprogramme|reprogrammez|reprogrammer|retarde|retardez|retarder|decalle|decal)(?:-moi| moi)? (?:(?:l'heure|l'horaire) (?:de (?:mon |ma |ce |cette |la )|du |d')|mon |ma |le |la |ce |cette |l'|du )(?:petit |petite )?(?:rappel|reminder|alarme|alerte)\b/g,
    'move my reminder',
  ],
  [
    /(?<=\bmove my reminder) (?:a|pour|vers|au|sur) (?=demain|apres-demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/g,
    ' to ',
  ],
  // Moving a session: "la déplacer à jeudi même heure", "décaler mon rdv de mardi à mercredi".
  [
    /\bde (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) a (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/g,
    'the $1 one to $2',
  ],
  [
    /\b(?:me |nous )?(?:la|le|l') ?(?:deplacer|decaler|repousser|reporter|avancer|bouger|reprogrammer|replanifier|changer de jour|changer|modifier|reculer|basculer)\b|\b(?:deplace|decale|repousse|reporte|avance|bouge|reprogramme|replanifie|change|modifie|recule|bascule)z?-(?:la|le)(?:-moi)?\b/g,
    'move it',
  ],
  // "La passer à mercredi", "la remettre à jeudi": to another day only (not "me le passer").
  [
    /\b(?:(?:la|le|l') ?(?:passer|remettre|mettre|glisser)|(?:passe|remets|mets|glisse)z?-(?:la|le))\b(?= (?:a|au|pour|sur|vers) (?:le |ce |cette |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres|semaine)\b)/g,
    'move it',
  ],
  // "Changer celui-là pour jeudi", "tu peux bouger ça à vendredi": the one in view.
  [
    /\b(?:deplacer|decaler|repousser|reporter|avancer|bouger|changer|modifier|passer|deplace|decale|repousse|reporte|bouge|change|modifie|passe)z? (?:celui-la|celle-la|celui-ci|celle-ci|celui la|celle la|ca|cela)(?= (?:a|au|pour|sur|vers) (?:le |ce |cette |la )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres|semaine|meme|\d))/g,
    'move it',
  ],
  [
    /\b(?:deplacer|decaler|repousser|reporter|avancer|bouger|reprogrammer|replanifier|changer|modifier|passer|deplace|decale|repousse|reporte|reprogramme|bouge|change|modifie|passe)z?(?= (?:ma|la|mon|le|cette|ce) (?:seance|session|rdv|rendez-vous|rendez vous|creneau|reservation|rencontre)\b)/g,
    'move',
  ],
  [/\b(?:mon|ma) (?=rdv|rendez-vous|seance|session|creneau|reservation)/g, 'my '],
  [/(?<=\bmove (?:my |la |cette )?)reservation\b/g, 'booking'],
  [
    /(?<=\bmove\b[^.?!]*?) (?:a|pour|au|sur|vers) (?=(?:(?:le |ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|demain|apres-demain|apres demain|la semaine)\b)/g,
    ' to ',
  ],
  [
    /\b(?:tu peux )?(?:m'en )?reprendre (?:un|une)(?: (?:autre|seance|rendez-vous|rdv))?\b/g,
    'book another one',
  ],
  [/\bavec elle\b/g, 'with her'],
  [/\bavec lui\b/g, 'with him'],
  // "T'as-tu un mentor pour ça ?" (Québec), "tu aurais un coach ?", "avez-vous un café calme ?".
  [
    /\b(?:t'as-tu|t'as tu|tu as-tu|t'as|tu as|as-tu|avez-vous|vous avez|vous avez-tu|t'aurais-tu|t'aurais|tu aurais|aurais-tu|vous auriez|auriez-vous)(?= (?:un|une|des|du|de la|quelqu|quelque)\b)(?=[^.!]*\?)/g,
    'do you have',
  ],
  [
    /\b(?<=\b(?:mentor|mentore|coach|quelqu'un|quelque chose|truc|exercice|personne) )pour (?:ca|cela|ce probleme|ce souci|ce genre de chose)(?=\s*[?.!]*\s*$)/g,
    'for that',
  ],
  // Québec: "y a-tu des places santé", "pis à Toronto ?".
  [/\by (?:a|as)-tu\b/g, 'is there'],
  // "Pis des cafés ?" is "et des cafés ?" (read further down as another kind of place).
  [/^pis(?= (?:des|les|d'autres|un|une|du) )/g, 'et'],
  [/^pis\b|\bpis (?=a |au |en |avec |toi|la )/g, 'and '],
  // Québec "pis" between two asks: "note mon humeur pis dis-moi…" (not "tant pis", "de mal en pis").
  [/(?<!\b(?:tant|en|au|qui|le|du|un|les|des) )\bpis\b(?= [a-z])/g, 'and'],
  [/\b(?:des |les )?(?:places?|endroits?|adresses?|restos?) sante\b/g, 'healthy food places'],
  [
    /\ba quelle heure (?:il |elle |ca )?ferme(?:-t-il|-t-elle)?\b|\b(?:il |elle |ca )?ferme a quelle heure\b|\bjusqu'?a quelle heure (?:il |elle |c'?est )?(?:ouvert|ouvre)\b/g,
    'what time does it close',
  ],
  [
    /\ba quelle heure (?:il |elle |ca )?ouvre(?:-t-il|-t-elle)?\b|\b(?:il |elle |ca )?ouvre a quelle heure\b/g,
    'what time does it open',
  ],
  [/\bm'?exposer\b/g, 'expose myself'],
  // A plain no, said alone ("non", "non merci"): the proposal is dropped, as with "never mind".
  [
    /^(?:non|nan|non non)(?:,? (?:merci|c'est bon|pas besoin|plus besoin|ca ira|laisse(?: tomber)?|finalement|oublie|pas maintenant|pas tout de suite|pas pour l'instant|pas pour le moment|plus tard|une autre fois))*[.! ]*$/g,
    'never mind',
  ],
  // A plain yes ("ouais vas-y", "oui, c'est parfait"): English for the matchers, and French for short messages.
  [
    // Swiss "c'est tout juste", "ça joue", "en plein"; Québec "ouin", "c'est correct", "certain".
    // With more words after it: "oui, ça me convient", "parfait, on fait ça", "d'ac, je confirme".
    /^(?:oui+|ouais|ouep|ouaip|ouin|bien sur|carrement|volontiers|d'accord|d'acc|d'ac|dac|parfait|nickel|impec|ca marche|ca roule|ca joue|ca me va|ca me convient|c'est bon|c'est beau|c'est parfait|c'est correct|c'est (?:tout )?juste|tout juste|c'est ca|exactement|absolument|tout a fait|avec plaisir|en plein|vas-y|allez|allons-y|top|tiguidou|procede|procedez|c'est parti|valide|validez)(?:[ ,!.]+(?:oui|ouais|merci|merci (?:beaucoup|bien)|vas-y|allez-y|allons-y|go|ok|parfait|super|top|nickel|impec|carrement|volontiers|d'accord|ca marche|ca roule|ca joue|ca me va|ca me va (?:tres )?bien|ca me convient|c'est bon|c'est parfait|c'est beau|c'est correct|c'est (?:tout )?juste|tout juste|c'est ca|c'est note|exact|exactement|absolument|tout a fait|certain|en plein|avec plaisir|bien sur|comme ca|pour moi|on fait ca|je confirme|celui-la|celle-la|stp|svp|reserve|confirme|procede|procedez|procedons|valide|validez|je valide|c'est parti|fais-le|faites-le|on y va|reservez|reserve-le|reserve-la|reservez-le|reservez-la))*[ !.]*$/g,
    'yes',
  ],
  [/\s+\bla\b(?:,? maintenant)?(?=\s*[.!?]*$)/g, ''],
  [/\b(?:je suis |j'suis |chuis )?a bout\b/g, 'overwhelmed'],
  [/\b(?:ca|sa) va pas(?: (?:trop|tres fort|bien|top|fort|terrible))?\b(?!\s*\?)/g, "i'm not great"],
  [/\bnulle\b/g, 'nul'],
  [/\bouais\b|\bouaip\b|\bouep\b/g, 'yeah'],
  [/\bvas-y\b|\ballez-y\b/g, 'go ahead'],
  [
    /\b(?:s'il te plait|s'il vous plait|stp|svp)\b(?=.*\S)|(?<=\S.*)\s*\b(?:s'il te plait|s'il vous plait|stp|svp)\b/g,
    '',
  ],
  [
    /\ba demain\b(?=[!. ]*$)|\ba (?:plus|bientot|tantot)\b|\bbonne (?:journee|soiree|nuit|fin de journee|soire)\b/g,
    'bye',
  ],
  // A lapse of hours and a half or a quarter, in minutes: "dans une heure et demie", "dans deux
  // heures et quart", "dans 1h et demie"; "dans trois quarts d'heure".
  ...numbers
    .filter(([, n]) => n <= 12)
    .flatMap(([word, n]) =>
      (
        [
          ['demie?', 30],
          ['quart', 15],
        ] as const
      ).map(
        ([part, m]) =>
          [
            new RegExp(`\\bdans (?:${word}|${n}) ?(?:h|heures?),? et (?:${part})\\b`, 'g'),
            `in ${n * 60 + m} minutes`,
          ] as const,
      ),
    ),
  [/\bdans (?:trois|3) quarts? d'heure\b/g, 'in 45 minutes'],
  // The first hour of a window said in words, its "heures" left for the second: "entre deux et
  // quatre heures", "entre quatorze et seize heures".
  ...spelled
    .filter(([, n]) => n >= 1 && n <= 23)
    .map(
      ([word, n]) =>
        [
          new RegExp(`\\bentre (?:${word}) (?=et (?:[a-z]+(?:[- ][a-z]+)?|\\d{1,2}) ?(?:h|heures)\\b)`, 'g'),
          `entre ${n} `,
        ] as const,
    ),
  // Hours and minutes in words ("à dix-sept heures trente", "vingt et une heures", "dix heures et
  // quart"), as digits for the rules below; not a length of time ("pendant deux heures").
  // "Une heure" is one o'clock only after "à" or "vers" ("une heure avant", "d'une heure").
  [/\b(a|vers) une? (heures?|h)\b/g, '$1 1 $2'],
  ...spelled
    .filter(([, n]) => n !== 1)
    .map(
      ([word, n]) =>
        [
          new RegExp(
            // A session of thirteen hours and more is none: "le rendez-vous de dix-sept heures" is
            // at five; no number is read from inside another ("dix-sept", not its "sept").
            `(?<!\\b(?:pendant|depuis|durant|il y a|y a|ca fait|toutes les|tous les|en${n <= 12 ? '|(?:seance|session|pause|cours|marche|balade|trajet|attente|retard|rendez-vous|rdv|duree) de' : ''}) |d'|-)\\b(?:${word}) (heures?|h)\\b`,
            'g',
          ),
          `${n} $1`,
        ] as const,
    ),
  ...spelled.map(
    ([word, n]) =>
      [
        new RegExp(
          `\\b(\\d{1,2} (?:heures?|h)(?: moins)?) (?:${word})\\b(?! ?(?:minutes?|mins?|heures?|h)\\b)`,
          'g',
        ),
        `$1 ${two(n)}`,
      ] as const,
  ),
  ...[...sixtyToNinetyNine, ...spelled].map(
    ([word, n]) =>
      [new RegExp(`\\b(dans|pour|en|il y a) (?:${word}) (minutes?|mins?)\\b`, 'g'), `$1 ${n} $2`] as const,
  ),
  [/\b(\d{1,2}) ?(?:h|heures?) ?et demie?\b/g, '$1 heures 30'],
  [/\b(\d{1,2}) ?(?:h|heures?) ?et quart\b/g, '$1 heures 15'],
  ...toTheHour,
  // Lengths of time said in words are lengths still: "deux heures avant", "vingt minutes avant".
  [/\b(\d{1,2}) ?(?:heures?|h) avant\b/g, '$1 hours before'],
  [/\b(\d{1,3}) ?(?:minutes?|mins?) avant\b/g, '$1 minutes before'],
  [/\b(\d{1,2}) ?(?:heures?|h) plus tard\b/g, '$1 hours later'],
  [/\b(\d{1,2}) ?(?:heures?|h) plus tot\b/g, '$1 hours earlier'],
  // "à quatre heures de l'après-midi": the afternoon (before "après-midi" is read alone below).
  [
    /\b(?:a |vers )?(\d{1,2})(?: ?(?:h|heures?|:) ?(\d{2})?)? (?:de l'apres[- ]midi|de l'aprem|dans l'apres[- ]midi)\b/g,
    'at $1:$2pm',
  ],
  // Numbers in words where they are times or durations.
  ...numbers.map(
    ([word, n]) =>
      [
        new RegExp(`\\b(a|vers|dans|pour) (?:${word}) (heures?|h|minutes?|mins?)\\b`, 'g'),
        `$1 ${n} $2`,
      ] as const,
  ),
  // That weekday of next week: "vendredi en huit", "le jeudi d'après", "mardi de la semaine
  // prochaine", "pas ce vendredi, celui d'après" ("vendredi prochain" is read as the coming one).
  [
    new RegExp(
      `\\bpas (?:ce |cette |le )?${jours}(?:-ci| ci)?,? (?:mais )?(?:celui|le|la semaine) (?:d'apres|suivant|qui suit|en huit|prochaine|d'ensuite)\\b`,
      'g',
    ),
    '$1 next week',
  ],
  [
    new RegExp(
      `\\b(?:le )?${jours} (?:en huit|d'apres|suivant|qui suit|de la semaine (?:prochaine|d'apres|suivante)|la semaine (?:prochaine|d'apres|suivante))\\b`,
      'g',
    ),
    '$1 next week',
  ],
  // A day turned down for another: "pas ce vendredi : vendredi en huit", "pas jeudi mais vendredi",
  // "pas demain, après-demain" (the day after is the one meant).
  [
    new RegExp(
      `\\bpas (?:ce |cette |le )?(?:${jours.slice(1, -1)}|demain)(?:-ci| ci|-la| la)?\\s*(?:[:;,.!\u2013\u2014-]+\\s*(?:mais |plutot )?|\\s+(?:mais|plutot)\\s+)(?=(?:ce |cette |le |la )?(?:${jours.slice(1, -1)}|demain|apres-demain|apres demain|la semaine)\\b)`,
      'g',
    ),
    '',
  ],
  // "vendredi en huit, le 17", "mardi à 10h, le 21": the date said after the day (not "jeudi je
  // prends le 2", a pick).
  [
    new RegExp(
      `\\b((?:${jours.slice(1, -1)})(?: (?:en huit|next week|d'apres|prochain|qui vient|a \\d{1,2} ?h(?: ?\\d{2})?|a \\d{1,2}:\\d{2}))?),\\s*le (\\d{1,2})(?:er)?\\b(?! ?(?:h\\b|heures?|:|\\/|\\.\\d|sur|%|jours?|mois|semaines?|minutes?|mins?|${monthWords}))`,
      'g',
    ),
    '$1 the $2th',
  ],
  // Dates: "le 9 mai", "vendredi 10" (chrono-node and the English rules read "9 may", "friday 10th").
  ...months.map(([word, en]) => [new RegExp(`\\b${word}\\b`, 'g'), en] as const),
  [
    /\b(?:le |ce )?(\d{1,2})(?:er|ere)? (january|february|march|april|may|june|july|august|september|october|november|december)\b/g,
    '$1 $2',
  ],
  [
    new RegExp(
      `\\b${jours} (?:le )?(\\d{1,2})(?:er)?\\b(?! ?(?:h|heures?|:|\\/|sur|january|february|march|april|may|june|july|august|september|october|november|december))`,
      'g',
    ),
    '$1 $2th',
  ],
  [/\bapres-demain\b|\bapres demain\b/g, 'day after tomorrow'],
  [/\b(?:cet|cette) (?:apres-midi|apres midi|aprem)\b/g, 'this afternoon'],
  [/\bce matin\b/g, 'this morning'],
  [/\bce midi\b/g, 'today at 12:00'],
  [/\bdemain midi\b/g, 'tomorrow at 12:00'],
  [/\bapres-midi\b|\bapres midi\b|\baprem\b|\bapm\b/g, 'afternoon'],
  [/\bmidi et demie?\b/g, 'at 12:30'],
  [/\b(?:a |vers )?midi et quart\b/g, 'at 12:15'],
  [/\b(?:a |vers )?midi moins (?:le )?quart\b/g, 'at 11:45'],
  [/\b(?:a |vers )?midi\b/g, 'at 12:00'],
  [/\b(?:a |vers )?minuit\b/g, 'at midnight'],
  // A relative time before any hour: "dans 3 heures" is not "at 3".
  [/\bdans (?:une|1) demi-?e? ?heure\b|\bdans une demie heure\b/g, 'in 30 minutes'],
  [/\bdans un quart d'heure\b/g, 'in 15 minutes'],
  [/\bdans (\d{1,3}) ?(?:heures?|h|hrs?)\b/g, 'in $1 hours'],
  [/\bdans (\d{1,3}) ?(?:minutes?|mins?|mn)\b/g, 'in $1 minutes'],
  [/\bdans une heure\b/g, 'in an hour'],
  // The hour, with the time of day beside it: "demain matin à 7h30", "à 8h du soir".
  [/\b(?:a |vers )?(\d{1,2}) ?(?:h|heures?) ?et demie?\b/g, 'at $1:30'],
  [/\b(?:a |vers )?(\d{1,2}) ?(?:h|heures?) ?et quart\b/g, 'at $1:15'],
  [/\b(?:a |vers )?(\d{1,2}) ?(?:h|heures?) ?moins (?:le )?quart\b/g, 'at quarter to $1'],
  [/\b(?:matin|le matin|au matin) (?:a |vers )?(\d{1,2})(?: ?(?:h|heures?|:) ?(\d{2})?)?\b/g, 'at $1:$2am'],
  [/\b(?:a |vers )?(\d{1,2})(?: ?(?:h|heures?|:) ?(\d{2})?)? du matin\b/g, 'at $1:$2am'],
  [/\b(?:a |vers )?(\d{1,2})(?: ?(?:h|heures?|:) ?(\d{2})?)? du mat\b'?/g, 'at $1:$2am'],
  [
    /\b(?:a |vers )?(\d{1,2})(?: ?(?:h|heures?|:) ?(\d{2})?)? (?:du soir|de l'apres-midi|de l'apres midi|de l'aprem|le soir|ce soir)\b/g,
    'at $1:$2pm',
  ],
  [/(?<!at )\b(?:a |vers |pour )?(\d{1,2}) ?(?:h|hrs?|heures?) ?(\d{2})\b(?!am|pm)/g, 'at $1:$2'],
  [/\b(?:a|vers|pour) (\d{1,2}):(\d{2})\b/g, 'at $1:$2'],
  [/(?<!at )\b(?:a |vers |pour )?(\d{1,2}) ?(?:h|hrs?|heures?)\b/g, 'at $1:00'],
  [/\bce soir\b|\bcette nuit\b/g, 'tonight'],
  [/\bdemain (?:soir|au soir)\b/g, 'tomorrow evening'],
  [/\bdemain (?:matin|au matin)\b/g, 'tomorrow morning'],
  // A window of time: "entre 14h et 16h", "entre 14 et 16 heures", "entre 9h30 et 11h" (read as
  // "between 14:00 and 16:00": a time to be asked within, not the first hour booked).
  [
    /\bentre (?:at )?(\d{1,2}):(\d{2})?(am|pm)? (?:et|and) (?:at )?(\d{1,2}):(\d{2})?(am|pm)?(?![\w:])/g,
    'between $1:$2$3 and $4:$5$6',
  ],
  [/\bentre (\d{1,2}) (?:et|and) (?:at )?(\d{1,2}):(\d{2})?(am|pm)?(?![\w:])/g, 'between $1 and $2:$3$4'],
  // Times of day named by what one does then (read as hours in offline/when.ts).
  [
    /\bapres (?:le |mon )?(?:dejeuner|dej|diner du midi|repas de midi|lunch)\b|\bapres (?:manger|midi manger)\b/g,
    'after lunch',
  ],
  [
    /\bapres (?:le |mon )?(?:travail|taf|boulot|job|shift)\b|\ben sortant du (?:travail|taf|boulot)\b/g,
    'after work',
  ],
  [/\b(?:en|a la) fin de (?:la )?journee\b/g, 'at the end of the day'],
  [/\bapres (?:le |mon )?(?:diner|souper)\b/g, 'after dinner'],
  [/\bavant de (?:me coucher|dormir|aller au lit)\b|\bau coucher\b/g, 'before bed'],
  [
    /\bouverte?s? (?:maintenant|en ce moment|la|actuellement|tout de suite|a cette heure-ci|a cette heure ci)\b|\bqui (?:est|sont) ouverte?s? (?:maintenant|en ce moment)\b/g,
    'open now',
  ],
  // Back to a mentor named before: "finalement je reviens à Siobhán".
  [/\b(?:je reviens|on revient|je retourne|on retourne|retour) (?:a|avec|vers) (?=[a-z]{3,})/g, 'with '],
  // A mentor taken by name with a day or an hour: "reprenons Amara, mais jeudi à 11h", "je prends
  // Lena demain à dix heures" (not "je prends mes médicaments demain", "on prend le bus à 9h").
  [
    /\b(?:reprenons|on reprend|je reprends|prenons|on prend|je prends|je prendrai|je vais prendre|je choisis|on part sur|je pars sur|va pour|retenons|je retiens)(?= (?!(?:le|la|les|l|un|une|des|du|de|d|mes|ma|mon|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|ca|cela|tout|toute|tous|rien|soin|froid|peur|sur|cher|note|conscience|plaisir|part|garde|quoi|pas|plus|jamais|encore|deja|aussi|toujours|trop|en|y|a|au|aux|celui|celle|session|sessions|rendez|rdv|avec|with|on|at|tomorrow|today|next|this)\b)[a-z]{3,}\b[^.?!]*\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|today|tonight|day after|at \d))/g,
    'book',
  ],
  [/\b(?:un )?(?:petit )?scan (?:du|de mon) corps\b|\bscan corporel\b/g, 'body scan'],
  [/\b(?:une|cette) salle (?=(?:tranquille|calme|pour|pas)\b)/g, 'a gym '],
  [/\bpeinards?\b|\bpeinardes?\b|\bpepere\b/g, 'quiet'],
  [/\b(?:mes |les )?cafes? offerts?\b|\b(?:mes |les )?cafes? gratuits?\b/g, 'my rewards'],
  [/\bdemain\b|\bdemin\b/g, 'tomorrow'],
  [/\baujourd'?hui\b|\baujourd hui\b|\bauj\b/g, 'today'],
  [/\bhier\b/g, 'yesterday'],
  [/\b(?:la )?semaine prochaine\b/g, 'next week'],
  [new RegExp(`\\b${jours} (?:prochain|de la semaine prochaine)\\b`, 'g'), 'next $1'],
  [new RegExp(`\\b(?:ce |cette )${jours}\\b|\\b${jours} qui vient\\b`, 'g'), 'this $1$2'],
  [/\b(?:le )?lundi\b/g, 'on monday'],
  [/\b(?:le )?mardi\b/g, 'on tuesday'],
  [/\b(?:le )?mercredi\b/g, 'on wednesday'],
  [/\b(?:le )?jeudi\b/g, 'on thursday'],
  [/\b(?:le )?vendredi\b/g, 'on friday'],
  [/\b(?:le )?samedi\b/g, 'on saturday'],
  [/\b(?:le )?dimanche\b/g, 'on sunday'],
  [/\b(this|next) on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g, '$1 $2'],
  // A change of mind inside the message, a time then another: "mardi à 14h, euh non, mercredi
  // plutôt", "à 17h... non, à 18h plutôt", "lundi, enfin non, mardi", "à 9h, pardon, 10h", "jeudi
  // ou plutôt vendredi" (not "mardi, non merci", "à 10h, non ?", "mardi ou mercredi").
  [
    new RegExp(
      `(\\b(?:at \\d{1,2}:\\d{2}(?:am|pm)?|(?:on |this |next )?${weekday}|tomorrow(?: morning| evening)?|today|tonight|day after tomorrow|this (?:morning|afternoon)))\\s*(?:\\.{2,}|…|[,;:]|\\s-+|\\s[–—])?\\s*(?:(?:euh|heu|ah|oh|hum|hmm|oups|zut|mince|bon)[,.!]* )*(?:non(?: non)?|nan|pardon|enfin non|enfin|ou plutot|non plutot)(?:[,.!]* (?:attends|attendez|attend|pardon|plutot|enfin|en fait|finalement|je me trompe|je me suis trompee?|je veux dire|je voulais dire|i meant|mieux))*\\s*(?:\\.{2,}|…|[,;:]|-+|[–—])?\\s*(?:(?:plutot|finalement|en fait|mieux|disons|plus tot|i meant)[,]? )*(at \\d|on ${weekday}|this ${weekday}|next ${weekday}|${weekday}|tomorrow|today|tonight|day after|\\d{1,2}\\b)`,
      'g',
    ),
    // The time after is taken in (a lookahead would not see past what a "$" gloss matched).
    '$1, no wait, $2',
  ],
  // The correction's own "plutôt" said after it: "…, no wait, on wednesday plutot, same time".
  [/(?<=, no wait, [^,.?!]*?)\s+(?:plutot|finalement|en fait|de preference)\b/g, ''],
  [/\bmatin\b/g, 'morning'],
  [/\bsoir\b/g, 'evening'],
  [/\bje voulais dire\b|\bje veux dire\b/g, 'i meant'],
  // "en fait plutôt 13h", "finalement plutôt mardi": one change of mind said twice.
  [/\b(?:(?:en fait|finalement|tout compte fait|a la reflexion),? )+(?=plutot\b)/g, ''],
  // "plutôt 13h, je serai en retard": a new time, with a reason after it.
  [
    /^(?:(?:bon|ah|oh|euh|hmm|non|nan|ah non|oh non|euh non|no|en fait|finalement|pardon|oups),? )*plutot (?:vers )?(at \d{1,2}:\d{2}(?:am|pm)?)\s*(?=,|$|[.!?])/g,
    'make it $1 instead',
  ],
  // Changes of mind about a proposal: "plutôt samedi", "mieux à 11h", "finalement vendredi".
  [
    new RegExp(
      `\\bchange pour\\b|\\bchange a\\b|\\bdecale(?:-le|-la)? (?:a|au|pour)\\b|\\b(?:plutot|finalement|en fait|mieux|de preference) (?=(?:on )?${weekday}|tomorrow|day after|next)`,
      'g',
    ),
    'change it to ',
  ],
  [/\b(?:plutot|mieux|de preference|finalement|en fait)(?: vers)? (?=at |\d)/g, 'instead '],
  // "jeudi plutôt", "à 18h plutôt", "demain plutôt alors": the change of mind said after the time.
  [
    new RegExp(
      `\\b((?:on |this |next )?${weekday}(?: at \\d{1,2}:\\d{2}(?:am|pm)?)?|tomorrow(?: morning| evening)?|today|tonight|at \\d{1,2}:\\d{2}(?:am|pm)?),? (?:plutot|de preference)\\b`,
      'g',
    ),
    '$1 instead',
  ],
  // A lapse said again instead: "non plutôt dans 2h", "finalement dans 20 minutes".
  [
    /\b(?:plutot|mieux|de preference|finalement|en fait),? (in (?:\d{1,3}|an?|30|15) (?:hours?|minutes?))\b(?: plutot)?/g,
    '$1 instead',
  ],
  [/\b(in (?:\d{1,3}|an?) (?:hours?|minutes?)) plutot\b/g, '$1 instead'],
  // "Je me suis trompé", "je me suis planté", "erreur de ma part": a mistake owned (a change follows).
  [
    /\b(?:je me suis (?:trompee?|plantee?|gouree?|emmelee? les pinceaux)|je me trompe|erreur de ma part|c'est ma faute|ma faute|autant pour moi|au temps pour moi)\b/g,
    'my mistake',
  ],
  // "Mets-le à 9h", "remets-le, mais à 19h", "remettez-la plutôt à 18h": that time for it.
  [
    /\b(?:re)?(?:mets|mettez|mettons)(?:-le|-la|-les| le| la|-moi-le|-le-moi|-la-moi)?(?:,? (?:mais|plutot|instead|stp|svp|juste|alors|donc|pour))*,? (?=at |\d|in (?:\d|an?\b|half\b))|\b(?:disons|on dit)(?:-le|-la)? (?=at |\d|in (?:\d|an?\b|half\b))/g,
    'make it ',
  ],
  [/\bune heure plus tard\b/g, 'an hour later'],
  [/\bune heure plus tot\b/g, 'an hour earlier'],
  [/\bavec (\w+) plutot\b|\bplutot avec (\w+)\b/g, 'with $1$2 instead'],
  // Québec "laisse faire": never mind ("non, laisse faire, annule-le"), not "laisse-moi faire".
  [
    /\blaisse(?:z)? faire\b(?! (?:ca|cela|la|le|les|l'|moi|nous|un|une|des|quelqu|les autres|tes|vos)\b)/g,
    'never mind',
  ],
  [
    /\blaisse tomber\b|(?<!n')\boublie(?: ca)?\b(?! pas)|\bnon finalement\b|\bfinalement non\b|\bnon laisse\b|\bje change d'avis\b|\bj'ai change d'avis\b|\bpas besoin\b/g,
    'never mind',
  ],
  [/\bl'autre (?:mentor|mentore|personne)\b|\bquelqu'un d'autre\b/g, 'the other mentor'],
  // "nah l'autre", "et l'autre ?": the other of two listed, a place or a mentor.
  [
    /\b(?:et |pis )?(?:l'autre|l'autre endroit|l'autre cafe|l'autre salle)\b(?! (?:jour|fois|semaine|mois))/g,
    'the other one',
  ],
  // Mentors and what they help with (before "salle de sport" becomes "gym").
  // A mentor named, asked whether they are the one for something: "c'est Mme Murphy qui s'occupe du
  // sommeil ?", "c'est bien Tom pour l'anxiété à la salle ?", "Amara, c'est elle qui fait la
  // confiance en soi ?" (answered from the list; not "c'est elle qui…" alone, nor "c'est moi qui…").
  [
    /\b(?:est-ce que |est ce que )?c'est (?:bien |vraiment |aussi )?((?:mme |madame |monsieur |mr |mrs )?(?!(?:elle|lui|il|toi|moi|vous|nous|eux|ca|cela|qui|quoi|pas|bien|vrai|le|la|les|un|une|mon|ma|ton|ta|trop|tres|demain|aujourd|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|plus|moins|tout|rien|comme|pour|the|super|top|parfait|parfaite|nickel|genial|geniale|bon|bonne|ideal|ideale|cool|sympa|mieux|pratique|utile|adapte|adaptee|fait|faite|fou|facile|dur|difficile|juste|correct|correcte|important|possible|impossible|gentil|normal|vraiment|aussi|surtout|souvent|toujours|encore|deja|trop|assez|ouf|grave|nul|nulle|pareil|ca|sa|son|ses|mes|tes|nos|vos|leur|cette|ce|cet)\b)[a-z]{3,}(?: (?!qui\b|pour\b)[a-z]{3,})?) (?:qui (?:s'occupe|fait|gere|travaille|aide|bosse|connait|traite|est (?:specialisee?|experte?|la specialiste|le specialiste))(?: aussi)?(?: (?:sur|avec|pour|en|dans|a|de))?|pour)(?: (?:de la|de l'|des|du|les|le|la|l'|mes|mon|ma|a la|au))? ?(sommeil|dormir|m'endormir|insomnies?|panique|crises?|attaques?|angoisses?|anxiete|stress|confiance|estime|timidite|phobies?|salle|gym|sport|fitness|muscu|musculation|debutante?s?|respiration|respirer|meditation|mediter|pleine conscience|sophrologie|exposition|peurs?|relaxation|detente)\b/g,
    'is $1 the one for $2',
  ],
  [
    /^(?:(?:et|pis|ok|bon|alors|donc),? )?((?:mme |madame |monsieur )?(?!(?:elle|lui|il|toi|moi|ca|cela|qui|quoi|et|bon|ok|alors|donc|oui|non)\b)[a-z]{3,}(?: [a-z]{3,})?),? c'est (?:bien |vraiment |aussi )?(?:elle|lui) (?:qui (?:s'occupe|fait|gere|travaille|aide|bosse|connait|traite)(?: aussi)?(?: (?:sur|avec|pour|en|dans|a|de))?|pour)(?: (?:de la|de l'|des|du|les|le|la|l'|mes|mon|ma|a la|au))? ?(sommeil|dormir|m'endormir|insomnies?|panique|crises?|attaques?|angoisses?|anxiete|stress|confiance|estime|timidite|phobies?|salle|gym|sport|fitness|muscu|musculation|debutante?s?|respiration|respirer|meditation|mediter|pleine conscience|sophrologie|exposition|peurs?|relaxation|detente)\b/g,
    'is $1 the one for $2',
  ],
  [/(?<=\bis )(?:mme|madame)(?= [a-z]{3,} the one for\b)/g, 'mrs'],
  [/(?<=\bis )monsieur(?= [a-z]{3,} the one for\b)/g, 'mr'],
  // A mentor pointed at by what they help with: "avec celle qui s'occupe du sommeil", "celui qui
  // fait la confiance en soi", "la personne spécialisée en crises de panique", "le coach pour le
  // sport" (not "celui pour jeudi", a day).
  [
    /\b(?:avec |pour |prends |je prends |on prend )?(?:(?:celle|celui|la personne)(?:-la|-ci)? (?=pour|specialis|expert)|(?:celle|celui|la personne|le mentor|la mentore|le coach|la coach|l'accompagnante?|l'accompagnateur|l'accompagnatrice|l'intervenante?)(?:-la|-ci)? (?!pour\b))(?:qui (?:s'occupe|s'occupait|fait|faisait|gere|travaille(?: sur| avec)?|bosse(?: sur)?|aide(?: pour| avec| a| sur)?|aidait(?: pour| avec| a)?|connait|s'y connait(?: en)?|est specialisee?(?: en| dans)?|est (?:la |le )?(?:specialiste|pro|experte?)(?: de| du| des| en)?|parle|traite)|pour|specialisee? (?:en|dans)|(?:specialiste|experte?) (?:de|du|des|en))(?: (?:le|la|les|l'|du|de la|des|de l'|de|d'|en|dans))?(?! ?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres|aujourd|ce|cette|la semaine|on|this|next|tomorrow|today|tonight|day after|at|in|\d)\b)(?= ?[a-z])/g,
    'the one who helps with ',
  ],
  [
    /\bl?'?anxiete (?:a|de|en) (?:la )?(?:salle(?: de sport| de gym| de muscu)?|gym)\b|\bpeur (?:d'aller )?(?:a|de) la (?:salle|gym)\b|\bstress (?:a|de) la (?:salle|gym)\b/g,
    'gym anxiety',
  ],
  [
    /\bl?'?anxiete sociale\b|\bphobie sociale\b|\bangoisse sociale\b|\btimidite\b|\bpeur des (?:gens|autres)\b|\bpeur du regard des autres\b/g,
    'social anxiety',
  ],
  // Beginners at sport, in other words: "débutants en sport", "pour reprendre le sport".
  [
    /\b(?:les |des )?debutante?s? (?:en|au|du|de|dans le|a la) (?:sport|fitness|musculation|muscu|salle|gym)\b|\b(?:reprendre|reprends|reprend|reprennent|commencer|commence|commencent|debuter|debute|debutent|(?:me |m'y |se |s'y )?(?:re)?mettre au) (?:le |du |au |en )?(?:sport|fitness|musculation|muscu)\b/g,
    'beginner fitness',
  ],
  [/\by aurait-il\b|\by aurait il\b|\bexisterait-il\b|\bexiste-t-il\b/g, 'is there'],
  [/\bla confiance en soi\b|\bconfiance en (?:moi|soi)\b|\b(?:l'|l )?estime de (?:soi|moi)\b/g, 'confidence'],
  // "(il y a) quelqu'un qui fait de la sophrologie ?": asked, a mentor's practice.
  [
    /^(?:(?:est-ce qu'|est ce qu')?(?:il y a|y a|y a-t-il|y aurait-il|tu connais|vous connaissez) )?quelqu'un qui fait (?:de la|du|de l'|des)(?=[^?]*\?)/g,
    'someone who can help with',
  ],
  [
    /\bpleine conscience\b|\bsophrologie\b|\bpleine presence\b|\betre (?:plus )?(?:present|presente) (?:a moi|a l'instant|au moment present)\b/g,
    'mindfulness',
  ],
  // Exposure work: "des exercices d'exposition", "affronter mes peurs petit à petit".
  [
    /\b(?:des |les )?(?:exercices? d'|pratique de l'|travail d'|therapie d'|therapie par )?exposition(?: (?:progressive|graduelle|graduee))?\b/g,
    'exposure practice',
  ],
  [
    /\b(?:affronter|faire face a|me confronter a) (?:mes |ses |les |a mes )?(?:peurs?|phobies?|angoisses)\b/g,
    'face my fears',
  ],
  [/\bcoherence cardiaque\b|\btechniques? de respiration\b/g, 'breathing'],
  [
    /\b(?:peur|crainte|trouille) (?:de parler|d'aller vers|d'aborder|de rencontrer) (?:aux |les |des )?(?:gens|autres|inconnus)\b|\bmal a l'aise (?:en groupe|avec les (?:gens|autres)|en societe|en soiree|avec les inconnus)\b|\bpeur (?:du jugement|d'etre jugee?)(?: des autres)?\b/g,
    'social anxiety',
  ],
  // "Réservez-moi avec la mentore pour le sommeil": the one of that kind, not "la a mentor".
  [
    /\b(?:le |la |l')(?:accompagnante?|accompagnateur|accompagnatrice|coach|mentore?)(?= (?:pour|qui|en|sur|specialisee?)\b)/g,
    'the mentor',
  ],
  [
    /(?<!\bthe )\b(?:un |une )?(?:accompagnante?|accompagnateur|accompagnatrice|coach|mentore?)(?= (?:pour|qui|en|sur)\b)/g,
    'a mentor',
  ],
  [/\bmediter\b/g, 'meditate'],
  [/\bcrises? de panique\b|\bcrises d'angoisse\b|\battaques? de panique\b/g, 'panic attacks'],
  [/\bcrise d'angoisse\b|\bcrise d'anxiete\b/g, 'panic attack'],
  [/\bj'ai mal dormi\b|\bj'ai pas dormi\b|\bj'ai pas bien dormi\b/g, "didn't sleep well"],
  [/\bquelqu'un pour (?=le sommeil|dormir|m'endormir|les insomnies|l'insomnie)/g, 'someone who can help '],
  [/\b(?:les )?(?:cinq|5) sens\b/g, 'grounding'],
  [/\bpour le sommeil\b|\ble sommeil\b|\bsommeil\b|\bm'endormir\b|\bdormir\b|\binsomnies?\b/g, 'with sleep'],
  [/\bthe one who helps with\s+with\b/g, 'the one who helps with'],
  [/\bnot (before|after) at\b/g, 'not $1'],
  [
    /\bquelqu'un (?:qui|pour) (?:peut |pourrait |puisse )?m'aider(?: (?:avec|pour|a gerer|a|sur))?\b|\bquelqu'un qui (?:aide|aiderait|travaille|s'occupe|connait|accompagne|encadre|coache|entraine|suit|forme|conseille|s'y connait|pratique|propose|enseigne)(?: (?:avec|pour|a gerer|a|sur|de la|de l'|de|des|du|les|en))?\b|\bquelqu'un qui m'aide(?: (?:avec|pour|a gerer|a|sur))?\b|\bquelqu'un pour\b/g,
    'someone who can help with',
  ],
  [
    /\bqui peut m'aider(?: (?:avec|pour|a gerer|a|sur))?\b|\bqui pourrait m'aider(?: (?:avec|pour|a|sur))?\b/g,
    'who can help with',
  ],
  [/\bparler (?:a|avec) (?=someone)/g, ''],
  [/\bparler (?:a|avec) quelqu'un\b/g, 'someone to talk to'],
  [
    /\bquelqu'un (?:avec qui|a qui|aupres de qui) (?:en |lui |je (?:pourrais|peux) (?:en )?|pouvoir (?:en )?)?(?:parler|discuter|echanger)\b/g,
    'someone to talk to',
  ],
  [/\b(?:pour|avec|contre) (?:mon |l')?(?:anxiete|angoisse|stress)\b/g, 'with anxiety'],
  // Booking.
  [
    /\b(?:je (?:veux|voudrais|peux|pourrais|souhaiterais|souhaite)|j'aimerais|je vais) (?:prendre |avoir |caler |fixer )?(?:un )?(?:rendez-vous|rendez vous|rdv)\b/g,
    'book a session',
  ],
  [
    /\bprendre (?:un )?(?:rendez-vous|rendez vous|rdv)\b|\breserve(?:r|z)?\b(?:-moi| moi)?|\bbooke[rz]?\b(?:-moi| moi)?|\bcale(?:r)?(?:-moi| moi)?\b|\bplanifie(?:r)?\b|\bprogrammer\b/g,
    'book',
  ],
  // Booking said short: "résa tom jeudi 15h", "réza avec Lena".
  [/^(?:une )?(?:resa|reza|resas)\b/g, 'book'],
  [
    new RegExp(
      `\\bbook(?:-| )(?:la|le)\\b(?= (?:pour )?(?:on |this |next )?(?:${weekday}|tomorrow|today|tonight|at|day after))`,
      'g',
    ),
    'book her',
  ],
  [/\bbook-(?:la|le)(?:-moi|-nous)?\b/g, 'book her'],
  // The pronoun before the verb: "tu peux me la réserver demain ?", "je peux le booker jeudi ?",
  // "réservez-la-moi" (the mentor in view; "la" a mentor or her session, booked the same way).
  [/\b(?:me |nous )?la book\b/g, 'book her'],
  [/\b(?:me |nous )?le book\b/g, 'book him'],
  // Plural stays plural: "what sessions do i have" is a question, "session" a booking.
  [/\bseances\b|\brencontres\b/g, 'sessions'],
  [/\bmes (?:rendez-vous|rendez vous|rdv)\b/g, 'mes sessions'],
  [/\bmes reservations\b/g, 'my bookings'],
  [/\brendez-vous\b|\brendez vous\b|\brdv\b|\bseance\b|\brencontre\b|\bcreneau\b/g, 'session'],
  [
    /\bquelles sont mes sessions\b|\bj'ai quoi comme sessions?\b|\bqu'est-ce que j'ai comme sessions?\b|\bmes (?:prochaine?s? )?sessions?\b|\bmon prochain session\b|\bj'ai (?:quoi|quelque chose|qqch) de prevu\b|\bqu'est-ce que j'ai de prevu\b|\bmon (?:planning|agenda)\b|\bj'ai des sessions\b/g,
    'what sessions do i have',
  ],
  // "j'ai quoi d'autre comme séances ?", "combien de séances j'ai déjà ?".
  [
    /\b(?:j'ai|qu'est-ce que j'ai|est-ce que j'ai|il y a) (?:quoi |encore quoi |quelque chose )?d'autre (?:comme sessions?|de prevu|au programme|dans (?:mon|l') agenda)\b|\bquoi d'autre comme sessions?\b|\bcombien de sessions? (?:j'ai|ai-je|est-ce que j'ai|il me reste)(?: deja)?\b|\bj'ai (?:deja )?combien de sessions?\b/g,
    'what sessions do i have',
  ],
  [/\bc'est quoi what sessions do i have\b/g, 'what sessions do i have'],
  // "C'est quand déjà ?": the sessions asked about ("c'était quand ?" asks what was just done, above).
  [/\bc'est quand deja\b|\bc'est quand\b/g, 'when is my session'],
  [
    /\b(?:je (?:veux|voudrais)|j'aimerais|il faut que je|faut que je) (?:voir|voie|rencontrer)\b|\bvoir\b|\bvoie\b|\brencontrer\b/g,
    'see',
  ],
  // "la voir", "le voir": the mentor in view ("j'aimerais la voir cette semaine").
  [/\bla see\b/g, 'see her'],
  [/\ble see\b/g, 'see him'],
  [/\bles see\b/g, 'see them'],
  [
    /\b(?:un jour|un moment|dans le courant de|n'importe quand|quand tu veux) cette semaine\b|\bdans la semaine\b/g,
    'sometime this week',
  ],
  [/\bcette semaine\b/g, 'this week'],
  [/\bparler (?:a|avec) (?=\w)/g, 'talk to '],
  [
    /\b(?:est-ce que )?(?!qui\b|quelqu|personne|cela\b)(\w{3,}) est (?:dispo|disponible|libre)\b/g,
    'is $1 free',
  ],
  [/\bl'(?:annuler|annule|anuler|supprimer|decommander)\b/g, 'cancel it'],
  // Typos: "anuler", "annuller", "canseller".
  [/\b(?:anu(?:ll?)?|ann?ull|cansell?|cancell)(?:e|er|es|ez)\b/g, 'annule'],
  [/\b(?:annule|annulez|supprime|supprimez|decommande|decommandez)-(?:la|le)(?:-moi)?\b/g, 'cancel it'],
  [/\bannule(?:-la|-le| la| le|r|s)?\b|\bsupprime(?:-la|-le|r)?\b|\bdecommande(?:-la|-le|r)?\b/g, 'cancel'],
  // "Annule-le au complet", "annule tout court": the whole session, said as a plain cancel.
  [
    /(?<=\bcancel(?: it)? )(?:au complet|completement|carrement|tout court|pour de bon|definitivement|tout simplement|finalement)\b/g,
    'altogether',
  ],
  [
    /\bje (?:ne )?veux plus (?:de )?(?:la|ma|cette) session\b|\bj'ai plus besoin de (?:la|ma|cette) session\b/g,
    "i don't want the session",
  ],
  // The answer to "which one?": "celle avec Tom", "celui de jeudi".
  [/\bcelle (?:avec|de)\b|\bcelui (?:avec|de)\b/g, 'the one with'],
  [new RegExp(`\\bthe one with (on ${weekday})\\b`, 'g'), 'the one $1'],
  // One of those listed by its hour: "annule celle de 16h", "celui à 9h30", "celle qui est à 16h",
  // "celle prévue à 14h", "la séance de 16h", "le rdv d'11h" (read as "the one at 16:00").
  [/\bthe one with (at \d)/g, 'the one $1'],
  // "Et celle de Siobhán, tu peux la décaler à 11h ?": the session named by its mentor, moved.
  [
    /\bthe one with (?!(?:on|at|the|her|him|them|me|my|your|elle|lui|eux|moi|toi)\b)([a-z]{3,})\b([^.?!]*?\bmove\b)/g,
    'the $1 one$2',
  ],
  [
    /\b(?:celle|celui)(?:-la|-ci)?(?: (?:qui est|qui etait|qui tombe|prevue?|calee?|reservee?|bookee?|programmee?))? (?=at \d)/g,
    'the one ',
  ],
  [/\b(session|sessions) (?:de|d'|du) ?at (\d)/g, '$1 at $2'],
  [/\bavec\b/g, 'with'],
  [
    /\bmontre(?:-moi| moi)?(?: la liste des| les| tous les)? mentors?\b|\bliste des mentors\b/g,
    'show me the mentors',
  ],
  [/\bje peux reserver quelqu'un\b/g, 'book a mentor'],
  [/\by a(?:-t-il)? quelqu'un\b|\bil y a quelqu'un\b/g, 'is there someone who can help'],
  [/\bj'ai besoin d'(?:aide|un coup de main)\b|\bj'ai besoin qu'on m'aide\b/g, 'i need someone who can help'],
  // "C'est pour mes crises d'angoisse, t'as quelqu'un ?": someone asked for, what for said before.
  [
    /(?<=\b(?:do you have|is there|find|tu connais|vous connaissez|t'as-tu|as-tu) )quelqu'un(?=\s*[?!.]*\s*$)/g,
    'someone who can help',
  ],
  [/\btimides?\b/g, 'socially anxious'],
  // Places.
  [
    /\bou (?:est-ce que je peux|je peux|puis-je) (?:trouver|boire|prendre|manger|aller)\b/g,
    'where can i find',
  ],
  [/\bou\b(?= (?:boire|prendre|manger|trouver|aller|est-ce|y a|il y a|healthy|je peux))/g, 'where'],
  [
    /\b(?:me )?trouver\b|\btrouvez(?:-moi| moi)?\b|\btrouve(?:-moi| moi)?\b|\bcherche(?:-moi| moi)?\b|\bje cherche\b|\btu connais\b/g,
    'find',
  ],
  [/\b(?:boire|prendre) un (?:cafe|the)\b/g, 'coffee'],
  [/\bdes cafes\b|\bun cafe\b|\bcafes?\b|\bsalons? de the\b/g, 'cafe'],
  [
    /\bsalles? de (?:sport|gym|muscu|musculation|fitness)\b|\bsalle\b(?= (?:quiet|near|in|pour|pas))|\bla gym\b|\bclubs? de (?:sport|fitness)\b|\bcentres? (?:de fitness|sportifs?)\b/g,
    'gym',
  ],
  // "à la salle" said alone is the gym, after "l'anxiété à la salle" above ("le check-in à la salle ?", "pas la salle").
  [/(?<!\b(?:pas|non|plutot que|au lieu de) )\b(?:a la|de la|la) salle\b(?=\s*[.!?,]|\s*$)/g, 'the gym'],
  [
    /\bpas (?:trop |tres )?(?:de monde|bondee?s?|bruyante?s?|frequentee?s?|blindee?s?|rempli(?:e|es|s)?)\b|\bpeu (?:de monde|frequentee?s?)\b|\bou il n'y a pas (?:trop|beaucoup) de monde\b|\bou il y a pas (?:trop|beaucoup) de monde\b/g,
    'not busy',
  ],
  // "non, l'autre, le calme": the quiet one of those listed.
  [
    /\b(?:le|la|celui|celle)(?: qui est)?(?: plus)? (?:calme|tranquille|au calme)(?=\s*[.!?]*$)/g,
    'the quiet one',
  ],
  [/\bcalmes?\b|\btranquilles?\b|\bau calme\b|\bsilencieu(?:x|se|ses)\b/g, 'quiet'],
  [/\bou il (?:n'y a |y a )?not busy\b/g, 'not busy'],
  [/\b(?:a )?(?:la )?meme heure\b|\b(?:au |a )?(?:la )?meme horaire\b|\bmeme creneau\b/g, 'same time'],
  [
    /\b(?:fitness|sport|musculation|muscu|remise en forme) (?:pour|for) (?:les )?(?:debutante?s?|beginners)\b/g,
    'beginner fitness',
  ],
  [/\bdebutante?s?\b|\bje debute\b|\bpour commencer\b/g, 'beginners'],
  [
    /\bpres d'ici\b|\ba proximite\b|\bpas loin\b|\bdans le coin\b|\bautour de moi\b|\bpres de (?:moi|chez moi)\b|\bdans le quartier\b|\bpar ici\b|\bdans les environs\b|\ba cote\b/g,
    'near me',
  ],
  [
    /\bmanger (?:sain(?:ement)?|healthy|equilibre)\b|\bbouffe saine\b|\bnourriture saine\b|\brepas sains?\b|\brestos? healthy\b/g,
    'healthy food',
  ],
  [/\bou\b(?= healthy)/g, 'where'],
  [/\bsalades?\b/g, 'salad'],
  [/\blondres\b/g, 'london'],
  [/\bedimbourg\b/g, 'edinburgh'],
  [
    /^(?:et )?(?:y a|il y a)(?:-t-il)?(?: aussi)? (?:des |un |une )?(.+?) (?:la-bas|la bas|aussi)\s*\??$/g,
    'and $1 there?',
  ],
  [
    /\bet a\b|\bet en\b|\bet pour\b|\bet du cote de\b|\bet\b(?= (?:new york|edinburgh|london|dublin|berlin|amsterdam|astoria))/g,
    'what about',
  ],
  [/\bla-bas\b|\bla bas\b/g, 'there'],
  [/\bdes\b(?= gym)/g, ''],
  [new RegExp(`\\b(?:a|au|en|dans|sur|vers) (?=(?:${cities})\\b)`, 'g'), 'in '],
  [/\by a(?:-t-il)?\b|\bil y a\b/g, 'is there'],
  [
    /\bdis(?:-moi| moi)? en plus sur\b|\bdis[- ]m'en plus sur\b|\bparle(?:z)?(?:-moi| moi)?(?: un peu)? (?:de la|de l'|des|du|de)(?= ?[a-z])|\bc'est comment\b|\bcomment est\b|\b(?:des |plus d')?infos? sur\b|\btu peux m'en dire plus sur\b|\bqu'est-ce que tu sais sur\b/g,
    'tell me more about',
  ],
  // "Dis-moi où j'en suis", "tu peux me dire mes récompenses", "dites-moi ce qu'il me reste".
  [
    /\b(?:(?:tu peux|peux-tu|tu pourrais|pourrais-tu|vous pouvez|pouvez-vous|pourriez-vous) )?(?:me dire|dis(?:-moi| moi)|dites(?:-moi| moi))\b/g,
    'tell me',
  ],
  [/\ba des\b|\ba du\b(?= wifi)|\ba le wifi\b/g, 'does it have'],
  [/\by a du wifi\b/g, 'is there wifi'],
  // "ils ont des petits cours là-bas ?": the place in view, asked what it has.
  [
    /^(?:et |pis |ok )?(?:est-ce qu'|est ce qu')?(?:ils|elles|ca) (?:ont|offrent|proposent|a)(?:-tu| tu)? (?:des |du |de la |une |un )?(petits cours|small classes|petits groupes|wifi|wi-fi|terrasse|outdoor seating|zone calme|coin calme|heures (?:calmes|tranquilles))\b/g,
    'does it have $1',
  ],
  [/\bpetits groupes\b|\bcours en petits groupes\b/g, 'small classes'],
  // Check-ins, and the first or second of a list.
  [/\b(?:le|la) premiere?\b|\b(?:le|la) 1(?:er|ere)?\b|\ble numero (?:un|1)\b/g, 'the first one'],
  [/\bnumero (\d)\b|\bno (\d)\b/g, 'number $1$2'],
  [/\b(?:le|la) (?:deuxieme|seconde?)\b|\b(?:le|la) 2e\b|\ble numero (?:deux|2)\b/g, 'the second one'],
  [/\b(?:le|la) troisieme\b|\b(?:le|la) 3e\b|\ble numero (?:trois|3)\b/g, 'the third one'],
  [/\b(?:le|la) derniere?\b/g, 'the last one'],
  // Whether a place suits beginners: "le deuxième, c'tu correct pour les débutants ?", "est-ce que
  // le premier est adapté aux débutants ?", "ça convient aux débutants ?" (the place's details).
  [
    /\b(?:est-ce que |est ce que )?(the (?:first|second|third|last) one) (?:est|il est|elle est|c'est)(?:-tu| tu)? (?:(?:vraiment|bien|assez|plutot) )?(?:correcte?|bon(?:ne)?|bien|ok|adaptee?|faite?|recommandee?|ideale?|accessible|convenable|cool|le fun|l'fun|good|top|sympa) (?:pour|a|aux|avec) (?:les |des )?beginners\b/g,
    'is $1 good for beginners',
  ],
  [
    /\b(?:est-ce que |est ce que )?(?:c'est-tu|c'est|est-ce|est-il|est-elle|il est|elle est|il serait|elle serait|ca serait|ce serait|ca a l'air)(?: (?:vraiment|bien|assez|plutot))? (?:correcte?|bon(?:ne)?|bien|ok|adaptee?|faite?|recommandee?|ideale?|accessible|convenable|cool|le fun|l'fun|good|top|sympa) (?:pour|a|aux|avec) (?:les |des )?beginners\b|\b(?:est-ce que |est ce que )?(?:ca|il|elle) (?:convient|va|marche)(?:-tu| tu)? (?:pour|a|aux) (?:les |des )?beginners\b/g,
    'is it good for beginners',
  ],
  [
    // And said with "je veux", "on peut": "je veux noter mon humeur", "on peut enregistrer mon moral ?".
    /\b(?:note|noter|notons|notez|enregistre|enregistrer|enregistrez|log|logger|ajoute|ajouter|ajoutez|sauvegarde|sauvegarder|mets|mettre|mettez|inscris|inscrire|inscrivez|marque|marquer|marquez|indique|indiquer|indiquez|saisis|saisir|saisissez|rentre|rentrer|consigne|consigner|consignez|suivre|partager|partage)(?:-moi| moi)? (?=mon humeur|humeur|mon moral)/g,
    'log ',
  ],
  // Franglais: "tu peux me check in", "me faire le check-in" (then "au slow pour": where).
  [
    /\b(?:(?:tu peux|peux-tu|tu pourrais|pourrais-tu|vous pouvez|pouvez-vous|tu veux bien) )?(?<!\b(?:let|help|can you|could you|please|pls) )me (?:faire )?(?:le |un |mon )?check(?:-| )?in (?:au|a la|a l'|a|chez|dans)\b ?/g,
    'check me in at ',
  ],
  [
    /\b(?:(?:tu peux|peux-tu|tu pourrais|pourrais-tu|vous pouvez|pouvez-vous|tu veux bien) )?(?<!\b(?:let|help|can you|could you|please|pls) )me (?:faire )?(?:le |un |mon )?check(?:-| )?in\b/g,
    'check me in',
  ],
  [
    /\b(?:veuillez|pouvez-vous|pourriez-vous|merci de|tu peux|peux-tu) m'enregistrer(?: ici| la)?\b|\b(?:enregistre|note|valide)(?:-moi| moi)? (?:ma visite|mon passage|ma presence|mon arrivee)\b|\bcheck(?:-| )?moi(?:-| )?in\b|\bcheck-?in(?:-| )?moi\b/g,
    'check me in',
  ],
  [
    /\b(?:fais|faire|faites|fair|fait)(?:-moi| moi)? (?:un |mon |le )?check-?in(?: (?:a la|au|a|chez|dans))?\b|\benregistre(?:-moi| moi)?\b|\bcheck-?in (?:a la|au|a|chez|dans|at)\b|\bpointe(?:-moi| moi)?\b|\bvalide ma presence\b|\bje suis arrivee? (?:au|a|a la|chez)\b/g,
    'check me in at',
  ],
  [/\bcheck me in at (?:au|a la|a l'|a) (?=the )/g, 'check me in at '],
  [/(?<!\bdid you )\bcheck me in at(?= there| ?$| ?[.!?,])/g, 'check me in'],
  [
    /\bj'y suis\b(?! (?:allee?s?|passee?s?|retournee?s?|restee?s?|jamais|pas))|\bje suis (?:la|ici|arrivee?|rendue?|devant|dehors|juste devant)\b|\bj'suis (?:la|rendue?|devant)\b|\bchu(?:is)? (?:la|rendue?|devant|arrivee?)\b/g,
    "i'm here",
  ],
  [
    /\bje suis (?:au|a la|a|chez)\b(?! \d| quel| combien| la maison| bout| fond| l'heure| cran| plat| la ramasse| la bourre| l'aise| l'ouest| court| la rue| moitie| fleur de peau| deux doigts)|\bj'arrive (?:au|a)\b|\bje viens d'arriver (?:au|a la|a|chez)\b/g,
    "i'm at",
  ],
  [/\bje viens d'(?:y )?arriver\b|\bj'?suis dedans\b|\bje suis (?:dedans|a l'interieur)\b/g, "i'm here"],
  // One more of what was just done: "pis un autre demain midi pour mon dîner", "et une autre à 18h",
  // "encore un autre rappel jeudi" (a reminder after a reminder, a session after a booking; not
  // "un autre jour", "une autre fois", "un autre café").
  [
    /^(?:(?:et|pis|puis|ah|oh|ok|bon|aussi|and),? )*(?:encore )?(?:un|une) autre(?: (?:rappel|alarme|reminder|alerte))?\b(?! (?:fois|jour|jours|chose|truc|mentor|mentore|coach|cafe|endroit|lieu|coin|salle|gym|seance|session|rdv|rendez-vous|personne|heure|moment|semaine|mois|ville|quartier|healthy|resto|restaurant|exercise|exercice|idee|option|choix|question|probleme)\b)/g,
    'and another one',
  ],
  [/(?<=^and another one\b.*)\bpour (?=le |la |l'|les |mon |ma |mes |my |un |une |du |des )/g, 'about '],
  [/(?<=^and another one\b.*)\b(?:pour|de|d') ?(?=[a-z]+(?:er|ir|re)\b)/g, 'to '],
  // Reminders: "rappelle-moi demain à 8h d'aller courir".
  // Asked as something to make, or texted bare: "faites-moi un rappel jeudi", "tu peux me créer
  // une alarme", "rappel ds 1h boire de l'eau", "nouveau rappel : …" (not "le rappel de tantôt").
  [
    /\b(?:(?:tu peux|peux-tu|pouvez-vous|vous pouvez|pourrais-tu|pourriez-vous|tu pourrais|vous pourriez|tu veux bien|voulez-vous) )?(?:me |m')?(?:faire|fais|faites|mettre|mettez|creer|cree|creez|programmer|programme|programmez|ajouter|ajoute|ajoutez|prevoir|prevois|prevoyez)(?:-moi| moi)? (?:un |une )?(?:petit |petite |nouveau |nouvelle )?(?:rappel|alarme|alerte)\b/g,
    'remind me',
  ],
  [
    /^(?:(?:et|pis|ok|bon|alors|slt|salut|hey|coucou),? )*(?:(?:un |petit |nouveau )?rappel)\b(?! (?:de |du |d')?(?:tantot|tout a l'heure|avant|ce matin|hier))\s*:?(?= \S)/g,
    'remind me',
  ],
  [
    /\br+app?ell?e(?:-moi| moi)\b|\b(?:me (?:le|la|les) |m'en )rappeler\b|\brappel(?:ez|le)(?:-le|-la|-les)?-moi\b|\brappelez(?:-moi| moi)\b|\b(?:tu peux |peux-tu )?me rappeler\b|\bun rappel\b|\bmets(?:-moi| moi)? un rappel\b|\bfais(?:-moi| moi) penser\b|\bn'oublie pas de me rappeler\b/g,
    'remind me',
  ],
  [/\bmets(?:-moi| moi)? (?:un |une )?(?:reveil|alarme)\b/g, 'remind me'],
  // The English word in French ("je voudrais un reminder pour…", "mets-moi un reminder", "set un
  // reminder demain à 9h").
  [
    /(?<!\bmove my )\b(?:(?:je voudrais|j'aimerais|je veux|il me faut|tu peux (?:me )?(?:mettre|faire|creer|set)|mets(?:-moi| moi)?|fais(?:-moi| moi)?|set|cree(?:-moi| moi)?)\s+)?(?:un |une |le |mon |ma )?(?:petit |petite |nouveau |nouvel )?reminder\b/g,
    'remind me',
  ],
  [/\b(?:je voudrais|j'aimerais|je veux|il me faut|il me faudrait)\s+(?=remind me\b)/g, ''],
  // Asked as a statement (Belgium, Québec): "tu me rappelles d'appeler ma mère à 17h", "vous me
  // rappellerez demain" (not "tu me rappelles quelqu'un", "ça me rappelle mon enfance").
  [
    /\b(?:tu|vous|tu vas|vous allez) me rappell?(?:e|es|ez|eras|erez|erais|eriez|er)\b(?= (?:de |d'|to |que |qu'|a |at |tomorrow|today|tonight|this |next |in |dans |pour |about |le |la |on |\d))/g,
    'remind me',
  ],
  [/(?<=\bremind me\b.*)\b(?:d'y penser|de ne pas oublier|de pas oublier)\b/g, ''],
  [/(?<=\bremind me\b.*)\bpour (?=le |la |l'|les |mon |ma |mes |un |une |du |des )/g, 'about '],
  // "…un rappel pour mon rendez-vous demain à 14h30", "…pour mon appointment": an appointment of
  // theirs to be reminded of, not their sessions listed.
  [
    /(?<=\bremind me\b.*)\b(?:about|pour|de) (?:mon|ma|my) (?:appointment|rendez-vous|rendez vous|rdv|rencard|meeting|consultation|session)\b(?![^.?!]*\b(?:before|avant|veille|that day|same morning|matin meme|jour meme)\b)/g,
    'about the appointment',
  ],
  [/(?<=\bremind me\b.*)\s*:\s+(?=[a-z])/g, ' about '],
  [
    /(?<=\bremind me\b.*?)\b(?:de |d'|a |pour |que je dois |qu'il faut que je )(?=[a-z]+(?:er|ir|re)\b|meditate\b|with sleep\b)/,
    'to ',
  ],
  [/\bd'(?=appeler|aller|y aller)/g, 'to '],
  [/\bpour (?=boire|appeler|aller|manger)/g, 'to '],
  // What to be reminded of goes first, the time after: "remind me to aller courir tomorrow at 7:30am".
  [
    /\bremind me ((?:(?!\b(?:et|and)\b).)+?) (to|about) ((?:(?!\b(?:et|and)\b).)+?)\s*[?.!]*$/g,
    'remind me $2 $3 $1',
  ],
  // Journey, rewards, mood.
  // The streak asked as days counted: "g combien de jours de suite", "je suis à combien de jours
  // d'affilée", "ça fait combien de jours consécutifs".
  [
    /\b(?:(?:j'ai|je suis a|je suis rendue? a|ca fait|on est a|j'en suis a) )?combien de jours (?:de suite|d'affilee|consecutifs|sans (?:interruption|pause|arret|manquer))(?: (?:j'ai|je suis|ca fait|maintenant|deja))*\b/g,
    "what's my streak",
  ],
  // "Où j'en suis dans mon parcours", "où on en est rendu avec mon programme" (Québec): the progress.
  [
    /\b(?:ou )?(?:j'en suis|j'en es|on en est|en suis-je|j'en suis rendue?|on en est rendus?)(?: rendue?s?)? (?:dans|sur|avec|de|au niveau de|niveau) (?:mon|ma|le|la|mes|notre) (?:parcours|progression|programme|cheminement|journey|avancement|objectifs?)\b|\bou j'en suis rendue?\b/g,
    'my progress',
  ],
  // Progress asked in other words: "j'en suis où ?", "qu'est-ce que j'ai accompli jusqu'ici ?".
  [
    /\bj'en suis ou\b|\bou en suis-je\b|\bje suis a combien\b|\bqu'est-ce que j'ai (?:accompli|fait|reussi|realise|parcouru)(?: (?:jusqu'ici|jusqu'a present|jusqu'a maintenant|pour l'instant|jusque-la|depuis le debut|en tout))\b|\bce que j'ai (?:accompli|reussi|realise) (?:jusqu'ici|jusqu'a present|jusqu'a maintenant)\b|\bmon bilan\b|\bmes avancees\b|\bj'ai (?:bien )?avance\s*\?/g,
    'my progress',
  ],
  [/\bj'ai droit a quoi\b|\bqu'est-ce que j'ai droit\b/g, 'what rewards do i get'],
  [/\bma progression\b|\bmes progres\b|\bou j'en suis\b|\bmon parcours\b|\bmon avancement\b/g, 'my progress'],
  [/\bcombien de points\b|\bmes points\b|\bmes stats\b|\bstatistiques\b/g, 'my progress'],
  // The journey's level when asked for ("quel niveau ?", "mon niveau ?"), not "honte de mon niveau" at sport.
  [
    /\b(?:quel|a quel|c'est quoi (?:mon|le)|je suis a quel) niveau\b|\b(?:mon )?niveau\s*\?|^(?:et )?(?:mon )?niveau\b|\bniveau (?:du )?(?:parcours|journey|nightchill)\b/g,
    'level',
  ],
  [/\bma serie\b|\bserie\b|\bjours d'affilee\b|\bjours de suite\b/g, 'my streak'],
  [/\bmes badges\b|\bsucces\b|\bjalons\b|\betapes franchies\b/g, 'milestones'],
  [
    /\b(?:je gagne|j'ai gagne|on gagne|ca me rapporte|ca rapporte) quoi\b|\bqu'est-ce que (?:je gagne|j'ai gagne|ca me rapporte)\b|\bqu'est-ce que j'ai (?:merite|debloque)\b/g,
    'what rewards do i get',
  ],
  [/\br[ei]comp[ae]n[sc]e?s?\b|\bcafe offert\b|\bcafe gratuit\b|\bbons? d'achat\b|\bcadeaux\b/g, 'rewards'],
  [/\bmes rewards\b/g, 'my rewards'],
  [/\b(?:mon |ma )?humeur du jour\b|\bmon humeur\b|\bhumeur\b|\bmon moral\b|\bmoral\b/g, 'mood'],
  // The score with it: "mon humeur à 4 sur 5", "humeur : 3/5" (not "à 4", four o'clock).
  [
    /\b(mood)\s*[,:=]?\s*(?:(?:a |de |en )?(\d{1,2}) ?sur ?(5|10)|(?:a|de|en) (\d{1,2}) ?\/ ?(5|10))\b/g,
    '$1 $2$4/$3$5',
  ],
  [/\bmood(?: du jour| today)?\s*:?\s*([1-5])(?![\d/]| ?sur| ?:)/g, 'mood $1/5'],
  // "Mets mon humeur à 3 et…": the score, not three o'clock (not "à 3h", "à 3 heures").
  [/\bmood (?:a|de|en) ([1-5])\b(?! ?(?:h\b|heures?|:|\/|sur|\d))/g, 'mood $1/5'],
  [/\bnote\b(?= (?:my )?mood)/g, 'log'],
  [
    /\bje respire mal\b|\bj'(?:arrive|y arrive) (?:pas|plus) a respirer\b|\bje (?:n'arrive|n'y arrive) (?:pas|plus) a respirer\b|\bje manque d'air\b|\bj'etouffe\b|\bdu mal a respirer\b/g,
    "i can't breathe",
  ],
  [/\bexercice de respiration\b|\brespiration\b|\brespirer\b/g, 'breathing exercise'],
  [/\brespire[sz]?\b|\brespirons\b/g, 'breathe'],
  [/\bcombien de check-?ins?\b/g, 'how many check-ins'],
  [/\bmontre(?:z)?(?:-moi| moi|-nous)?\b/g, 'show me'],
  // "fais-moi faire un exercice": an exercise asked for, as "do a breathing exercise".
  [
    /\b(?:fais|faites)(?:-moi| moi|-nous| nous)? faire\b|\bon (?:pourrait|peut) faire\b(?= (?:un |une )?(?:breathing|exercise|body scan))/g,
    'do',
  ],
  [/\bexercice d'ancrage\b|\bancrage\b|\bm'ancrer\b|\bme recentrer\b/g, 'ground me'],
  [/\bscan corporel\b|\bbalayage corporel\b/g, 'body scan'],
  [/\bon peut faire\b|\bon fait\b|\bon pourrait faire\b/g, 'can we'],
  [/\bexercice\b/g, 'exercise'],
  // "Guide-moi pour un exercice de respiration", "accompagnez-moi dans une respiration".
  [
    /\b(?:guide|guidez|accompagne|accompagnez)(?:-moi| moi) (?:pour|dans|avec|a travers|a faire) (?:un |une |l'|le |la )?(?=(?:breathing|exercise|body scan|ground me)\b)/g,
    'guide me through a ',
  ],
  [/\b(?:aide(?:-moi| moi) a )?me calmer\b|\bcalme(?:-moi| moi)\b/g, 'help me calm down'],
  [/\bensemble\b/g, 'together'],
  [/\bavec moi\b|\bwith moi\b/g, 'with me'],
  [/\bmerci+(?: beaucoup| bien| a toi| a vous| mille fois| infiniment)?\b/g, 'thanks'],
  [/\b(?:salut|coucou|bonjour|bonsoir|hello|hey|yo|wesh|allo),? (?:ca|sa) va\b/g, 'hello how are you'],
  [
    /\bcomment (?:ca|sa) va\b|\bcomment vas-tu\b|\bcomment tu vas\b|\bquoi de neuf\b|\btu vas bien\b|\bca va toi\b|^(?:ca|sa) va\s*\?/g,
    'how are you',
  ],
  [/\bsalut\b|\bbonjour\b|\bbonsoir\b|\bcoucou\b|\bwesh\b|\ballo\b/g, 'hello'],
  [/\bciao\b|\btchao\b/g, 'bye'],
  [
    /\btu sais faire quoi\b|\bqu'est-ce que tu sais faire\b|\btu fais quoi(?: toi| dans la vie)?\b|\bqu'est-ce que tu fais\b|\btu sers a quoi\b|\ba quoi tu sers\b|\btu peux faire quoi\b|\bqu'est-ce que tu peux faire\b|\bcomment (?:ca|tu) marches?\b/g,
    'what can you do',
  ],
  [/\bt'es qui\b|\bqui es-tu\b|\btu es qui\b|\bc'est qui\b/g, 'who are you'],
  [
    /\b(?:t'es|tu es|es-tu) (?:un |une )?(?:vraie? )?(?:robot|bot|ia|humaine?|personne|machine)\b/g,
    'are you a human',
  ],
  [/\bpas trop intimidante?s?\b/g, 'not too intimidating'],
  // Panic in the body and overwhelm: the companion offers an exercise (understand.ts, exerciseIn).
  [/\b(?:j'ai )?la poitrine (?:serree|oppressee)\b|\boppression dans la poitrine\b/g, 'my chest is tight'],
  [
    /\bje respire mal\b|\bj'(?:arrive|y arrive) (?:pas|plus) a respirer\b|\bje (?:n'arrive|n'y arrive) (?:pas|plus) a respirer\b|\bje manque d'air\b|\bj'etouffe\b|\bdu mal a respirer\b/g,
    "i can't breathe",
  ],
  [
    /\bmon coeur s'emballe\b|\bmon coeur bat (?:trop |super |tres )?(?:vite|fort|a cent a l'heure|la chamade)\b|\btachycardie\b/g,
    'my heart is racing',
  ],
  [/\bje panique\b|\bpanique\b/g, 'panicking'],
  [/\b(?:debordee?|submergee?|depassee?)\b|\bje sature\b|\bje craque\b/g, 'overwhelmed'],
  // How one feels, said beside a request: "…, je suis stressée", "je suis un peu angoissé".
  [/\bje suis (?:un peu |tres |super |trop |vraiment |hyper |assez )?stressee?\b/g, "i'm stressed"],
  [
    /\bje suis (?:un peu |tres |super |trop |vraiment |hyper |assez )?(?:angoissee?|anxieu(?:x|se))\b/g,
    "i'm anxious",
  ],
  [/\bje suis (?:un peu |tres |super |trop |vraiment |hyper |assez )?nerveu(?:x|se)\b/g, "i'm nervous"],
  [
    /\btout est (?:de )?trop\b|\bc'est trop pour moi\b|\btout s'accumule\b/g,
    'everything is too much right now',
  ],
  // Six or seven o'clock on a 24-hour clock, with its minutes or not: the morning ("7h" is 07:00,
  // "7h30" is not 19:30; "19h" is the evening), unless the message says it is the evening.
  [
    /(?<!\b(?:tonight|evening|afternoon|soiree|dinner|diner|souper|night|pm)\b.*)\bat ([67]):([0-5]\d)\b(?! ?(?:am|pm|a\.m|p\.m))(?!.*\b(?:tonight|evening|afternoon|soiree|dinner|diner|souper|night)\b)/g,
    'at $1:$2am',
  ],
  // A no that goes on to say what instead ("nan, l'autre, le calme").
  [
    /^(?:nan|non|nenni)(?=\s*,|\s+(?:in \d|in an?\b|at \d|on \w+day\b|tomorrow|make it|change it|instead))/g,
    'no',
  ],
  // "Et des cafés ?", "pis des gyms ?" after a search: another kind of place where the last search
  // looked ("and any cafe there?"), not a city called "cafe".
  [
    /^(?:et|puis|sinon)\s+(?:des |les |un |une |d'autres |aussi des |du )?((?:quiet )?(?:cafe|gym|healthy food(?: places?)?)(?: quiet)?)(?: aussi| alors)?\s*(\?*)\s*$/g,
    'and any $1 there$2',
  ],
  [/\bet\b/g, 'and'],
  // "Note mon humeur à 4 puis trouve-moi un café": two asks, one after the other (not "puis-je").
  [/(?<=\S )and (?:puis|ensuite)\b(?![-'])(?= [a-z])/g, 'and then'],
  [/(?<=\S )(?<!\band )(?:puis|ensuite)\b(?![-'])(?= [a-z])/g, 'and then'],
  // "Oups, je voulais dire Amara, pas Tom": the mentor meant, and the one not meant.
  [/^(?:oups|oops|pardon|desolee?|excuse(?:z)?-moi|mince|zut)\b[,!.]*\s*(?=i meant\b)/g, 'sorry, '],
  [/(?<=\bi meant\b[^.?!]*?)(?:,? and|,)? pas\b(?= [a-z])/g, ', not'],
  // "Mon" left in what a reminder or a booking is about ("préparer mon sac de sport jeudi à 18h"):
  // "my", never Monday to the English time rules (not "mon 3pm", "mon at 10", "c'mon").
  [
    /(?<!c')\bmon\b(?= [a-z]{2,})(?! (?:at|on|in|to|or|and|morning|afternoon|evening|night|next|this)\b)/g,
    'my',
  ],
];
