import { englishMonths, type Gloss } from './types.ts';

/** German hours in words, as said after "um", "halb", "viertel nach" ("um elf", "halb drei"). */
const hours: readonly (readonly [string, number])[] = [
  ['eins', 1],
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['funf|fuenf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
  ['zehn', 10],
  ['elf', 11],
  ['zwolf|zwoelf', 12],
];

/** Hours past noon in words, as they are dictated on a 24-hour clock ("um siebzehn Uhr dreißig"). */
const lateHours: readonly (readonly [string, number])[] = [
  ['dreizehn', 13],
  ['vierzehn', 14],
  ['funfzehn|fuenfzehn', 15],
  ['sechzehn', 16],
  ['siebzehn', 17],
  ['achtzehn', 18],
  ['neunzehn', 19],
  ['zwanzig', 20],
  ['einundzwanzig', 21],
  ['zweiundzwanzig', 22],
  ['dreiundzwanzig', 23],
  ['vierundzwanzig', 24],
];

/** Minutes in words after "Uhr" ("vier Uhr dreißig", "sechzehn Uhr fünfzehn"). */
const minuteWords: readonly (readonly [string, string])[] = [
  ['funfundfunfzig|fuenfundfuenfzig', '55'],
  ['funfundvierzig|fuenfundvierzig', '45'],
  ['funfunddreissig|fuenfunddreissig', '35'],
  ['funfundzwanzig|fuenfundzwanzig', '25'],
  ['funfzig|fuenfzig', '50'],
  ['vierzig', '40'],
  ['dreissig', '30'],
  ['zwanzig', '20'],
  ['funfzehn|fuenfzehn', '15'],
  ['zehn', '10'],
  ['funf|fuenf', '05'],
];

/**
 * The clock said in words around an hour: "viertel nach sieben" (7:15), "viertel vor acht" and
 * "dreiviertel acht" (7:45), Austrian and East German "viertel fünf" (4:15), "zehn nach drei",
 * "fünf vor halb vier" (3:25). Each becomes "um H:MM", which the rules below give its part of the
 * day ("abends", "am Nachmittag") and read as a time.
 */
const clockSaid: readonly (readonly [string, number])[] = [
  ['funf vor halb|fuenf vor halb', -35],
  ['funf nach halb|fuenf nach halb', -25],
  ['viertel nach', 15],
  ['zwanzig nach', 20],
  ['zehn nach', 10],
  ['funf nach|fuenf nach', 5],
  ['viertel vor|dreiviertel', -15],
  ['zwanzig vor', -20],
  ['zehn vor', -10],
  ['funf vor|fuenf vor', -5],
  // "viertel fünf": a quarter of the way to five (not "eine Viertelstunde").
  ['viertel', -45],
];
const clockEntries = clockSaid.flatMap(([said, offset]) =>
  [...hours, ...lateHours].map(([word, n]) => {
    const minutes = (n * 60 + offset + 24 * 60) % (24 * 60);
    const h = Math.floor(minutes / 60) || (n === 24 ? 0 : 12);
    const at = `um ${h}:${String(minutes % 60).padStart(2, '0')}`;
    return [
      new RegExp(
        `\\b(?:um |gegen |so um |so gegen )?(?:${said}) (?:${word}|${n})\\b(?! ?(?:stunde|std|minute|min))`,
        'g',
      ),
      at,
    ] as const;
  }),
);

const months: readonly (readonly [string, string])[] = [
  ['januar|jaenner|janner', 'january'],
  ['februar', 'february'],
  ['marz|maerz', 'march'],
  ['mai', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],

  ['oktober', 'october'],
  ['dezember', 'december'],
];

/** Places in a list by position, as German says them ("die zweite", "im ersten"). */
const ordinals = [
  ['erste', 'first'],
  ['zweite', 'second'],
  ['dritte', 'third'],
  ['letzte', 'last'],
] as const;

const weekday = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** German (Germany, Austria, Switzerland; informal) → the English the matchers read. */
export const de: Gloss = [
  // Punctuation spoken into a phone at a clause's end ("an den Müll Punkt", "wie weit bin ich
  // Fragezeichen"): the sign itself. "Punkt acht" and "um Punkt neun" are times, "ein Punkt" a point.
  [/\b(um|ab|gegen|bis) punkt\b/g, '$1'],
  [/^punkt (?=\d|ein|eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf)/g, 'um '],
  [/\s*\bfragezeichen\b/g, '?'],
  [/\s*\bausrufezeichen\b/g, '!'],
  [
    /(?<!\b(?:um|ab|bis|gegen|ein|einen|einem|der|den|dem|des|zum|am|im|auf|jeder|wichtiger|guter)) \bpunkt\b(?! (?:\d|ein|eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf|uhr|fur|fuer)\b)/g,
    '.',
  ],
  [/ \bkomma\b(?! ?(?:\d|null|eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun)\b)/g, ','],
  // A correction opened with "no, wait" and a "nonsense" before what was meant: "Ne warte, Quatsch,
  // ich mein viertel nach drei", "nee wart mal, Blödsinn, um 5", "Quatsch – lieber um 6".
  [
    /^(?:(?:oh|ah|ach|och|hm+)[,.!]? )?(?:ne|nee|nein|na|noe|naa|neee+)[,.!]? (?:warte|wart|moment|stopp|stop)(?: (?:mal|kurz|mal kurz))?\b[,.!:]?/g,
    'no wait,',
  ],
  [
    /(?:^|(?<=[,.!;:–—-]) ?)(?:quatsch|blodsinn|bloedsinn|unsinn|kase|kaese|schmarrn|seich)\s*[,.!;:–—-]+\s*(?=(?:(?:ich|i) (?:mein|meine|meinte|moan|moant|han gmeint)\b|(?:um|gegen|halb|viertel|dreiviertel|lieber|besser|eher|doch|mach|nicht|net|ned|nid)\b|\d))/g,
    ' ',
  ],
  // What was just done, undone: "mach das rückgängig", "kannst du das rückgängig machen?", "nimm
  // das wieder zurück", "Kommando zurück" (after a booking the English proposes cancelling it).
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|bitte) )?(?:mach|mache|machst|machen sie|mach's|machs)(?: du)?(?: (?:das|des|es|dies|dat|bitte|doch|mal|lieber|wieder|sofort|gleich|schnell|alles|mir))* (?:ruckgangig|rueckgaengig)\b|\b(?:kannst du |konntest du |koenntest du |kannste |bitte )?(?:das|des|es|dies|dat|alles)(?: (?:bitte|doch|mal|lieber|wieder|sofort|gleich))* (?:ruckgangig|rueckgaengig) machen\b|\b(?:ruckgangig|rueckgaengig)(?: machen)?(?= ?[,.!]|$)|\bkommando (?:zuruck|zurueck)\b|\bnimm (?:das|des|es) (?:bitte )?(?:wieder |doch )?(?:zuruck|zurueck)\b/g,
    'undo that',
  ],
  [
    /^(?:(?:ach|oh|ah|och|ups|upsi|hoppla|oje|ohje|mist|mann|oh mann|verdammt|scheisse|shit|mensch|menno|nee|ne|nein|na|sorry|sorri|(?:'?t)?schuldigung)\s*[,.!–—-]*\s+)+(?=undo that)/g,
    'oops, ',
  ],
  // "Freitag Morgen", "Freitagmorgen", "Donnerstagabend": that day's part ("Morgen" after a weekday
  // is the morning, not tomorrow).
  [
    /\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(morgen|vormittag|mittag|nachmittag|abend|nacht)(s?)\b/g,
    '$1 $2$3',
  ],
  [
    /\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) (?:morgen|in der fruh|in der frueh)\b/g,
    '$1 morning',
  ],
  // What was just done, asked after (answered from it): "In welchem Café hast du mich eingecheckt?",
  // "wo hast du mich jetzt eingecheckt?", "hat das geklappt?", "hast du's wirklich gebucht?",
  // "wann hast du's eingestellt?", "für wann hast du den Termin eingetragen?".
  [
    /\b(?:in |bei |an |im )?(?:welche[mnrs]?|welchem|welchi) (?:cafe|kaffeehaus|kafi|fitnessstudio|gym|studio|lokal|ort|laden|platz|spot)s? (?:hast du|hasch du|hesch du|hesch|hast|bin ich|bin i) (?:(?:du|mich|mi|jetzt|denn|nochmal|eigentlich|gerade|grad|vorhin|dann|also) )*(?:eingecheckt|eingetragen|angemeldet|igcheckt|ycheckt)\b/g,
    'which place did you check me in at',
  ],
  [
    /\bwo (?:hast du|hasch du|hesch du|hesch|hast) (?:(?:mich|mi|jetzt|denn|nochmal|eigentlich|gerade|grad|vorhin|dann|also|genau) )*(?:eingecheckt|eingetragen|angemeldet|igcheckt|ycheckt)\b|\bwo bin (?:ich|i) (?:(?:jetzt|denn|nochmal|eigentlich|gerade|grad|genau) )*(?:eingecheckt|eingetragen|angemeldet)\b/g,
    'where did you check me in',
  ],
  [
    /\b(?:hat(?:'?s)?|ist(?:'?s)?|is)(?: (?:das|des|es|alles))?(?: (?:mit|bei) (?:der|dem|den) (?:buchung|termin|sitzung|erinnerung|check-?in|einchecken))?(?: (?:jetzt|denn|auch|wirklich|eigentlich|tatsachlich|tatsaechlich|echt|so))* (?:geklappt|funktioniert|durchgegangen|gespeichert|durch)(?: (?:mit|bei) (?:der|dem|den) (?:buchung|termin|sitzung|erinnerung|check-?in|einchecken))?(?=\s*[?.!]*$)/g,
    'did that go through',
  ],
  [
    /\b(?:wann|fur wann|fuer wann|auf wann|um wie ?viel uhr|fur welchen tag|fuer welchen tag) (?:hast du|hast|hasch du|hesch)(?:'?s| es| das| des| ihn| den| die| den termin| die sitzung| die erinnerung)?(?: (?:jetzt|denn|nochmal|eigentlich|genau|dann))* (?:gebucht|ausgemacht|reserviert)\b/g,
    'what time did you book it',
  ],
  [
    /\b(?:wann|fur wann|fuer wann|auf wann|um wie ?viel uhr|fur welchen tag|fuer welchen tag) (?:hast du|hast|hasch du|hesch)(?:'?s| es| das| des| ihn| den| die| die erinnerung| den reminder| den wecker)?(?: (?:jetzt|denn|nochmal|eigentlich|genau|dann))* (?:eingestellt|gestellt|gesetzt)\b|\b(?:wann|fur wann|fuer wann|auf wann|um wie ?viel uhr) (?:hast du|hast|hasch du|hesch) (?:die erinnerung|den reminder|den wecker)(?: (?:jetzt|denn|nochmal|eigentlich|genau|dann))* (?:eingetragen|gespeichert|gemacht)\b/g,
    'what time did you set the reminder',
  ],
  [
    /\b(?:wann|fur wann|fuer wann|auf wann|um wie ?viel uhr|fur welchen tag|fuer welchen tag) (?:hast du|hast|hasch du|hesch)(?:'?s| es| das| des| ihn| den| die)?(?: (?:jetzt|denn|nochmal|eigentlich|genau|dann))* (?:eingetragen|gespeichert)\b/g,
    'what time did you set it',
  ],
  [
    /\b(?:hast du|hast|hasch du|hesch)(?:'?s| es| das| des| ihn| den| die| den termin| die sitzung)?(?: (?:jetzt|denn|auch|wirklich|eigentlich|tatsachlich|tatsaechlich|echt|schon))* (?:gebucht|reserviert|ausgemacht|eingetragen)(?=\s*[?.!]*$)/g,
    'did you book it',
  ],
  // A mentor asked about by name and topic, before the topic forms below read it as a booking or a
  // search: "Ist Frau Murphy diejenige für den Schlaf?", "ist Tom der Richtige fürs Gym?", "Ist
  // Lena die Mentorin für Panikattacken?" ("is murphy the one for sleep?", answered from the list).
  ...(
    [
      [
        'schlaf|schlafen|einschlafen|durchschlafen|schlafprobleme[n]?|schlafstorungen|schlafstoerungen',
        'sleep',
      ],
      ['panik|panikattacken|panikattacke', 'panic attacks'],
      ['achtsamkeit|meditation|meditieren', 'mindfulness'],
      ['atmung|atmen|atemtechniken?|atemubungen?|atemuebungen?', 'breathing'],
      ['selbstvertrauen|selbstbewusstsein|selbstwert', 'confidence'],
      [
        'soziale angst|sozialangst|soziale angste|soziale aengste|schuchternheit|schuechternheit',
        'social anxiety',
      ],
      [
        'gym-?angst|angst im gym|angst im fitnessstudio|gym|fitnessstudio|fitness|sport|training|anfanger|anfaenger',
        'gym',
      ],
      [
        'konfrontation|exposition|konfrontations?(?:ubungen|uebungen)|expositions?(?:ubungen|uebungen)',
        'exposure practice',
      ],
    ] as const
  ).map(
    ([topic, english]) =>
      [
        new RegExp(
          `\\b(?:ist|is|isch)(?: (?:denn|eigentlich|also|dann|jetzt))* (?:(?:frau|herr|herrn|dr|doktor|die|der|d') )?(?!(?:das|des|dies|es|er|sie|die|der|den|dem|jemand|wer|was|mein|meine|dein|deine|sein|seine|ihr|ihre|so|hier|da|dort|termin|sitzung)\\b)([a-z]{3,}(?: (?!(?:die|der|diejenige|derjenige|denn|eigentlich|auch|wirklich|also|dann|jetzt)\\b)[a-z]{3,})?)(?: (?:denn|eigentlich|auch|wirklich|also|dann|jetzt))* (?:diejenige|derjenige|die richtige|der richtige|die|der|die person|die mentorin|der mentor|die expertin|der experte|die spezialistin|der spezialist|zustandig|zustaendig|die zustandige|die zustaendige|der zustandige|der zustaendige),? (?:fur|fuer|furs|fuers|bei|beim|mit|zum|zur|gegen) (?:(?:den|das|die|dem|meinen|meine|mein|meinem|meiner|das thema|thema) )?(?:${topic})\\b`,
          'g',
        ),
        `is $1 the one for ${english}`,
      ] as const,
  ),
  // A mentor looked up by name: "Was macht Tom Whitaker?", "was macht eigentlich Lena so?", "Wobei
  // hilft Amara?", "Was bietet Frau Murphy an?" ("what does tom whitaker do?"; not "was macht das",
  // "was macht die Arbeit").
  [
    /\b(?:und )?(?:was|wobei|womit|wofur|wofuer)(?: genau)? (?:macht|hilft|bietet|tut)(?: (?:denn|eigentlich|genau|so|nochmal|noch mal))* (?:(?:frau|herr|herrn|dr|doktor) )?(?!(?:das|des|dies|es|er|sie|man|ihr|du|ich|die|der|den|dem|mein|meine|dein|deine|sein|seine|so|hier|da|dort|dir|mir|uns|euch|jemand|wer|sowas|ein|eine|einer|kein|keine|denn|eigentlich|genau|nochmal|gerade|grad|jetzt|heute|morgen)\b)([a-z]{3,}(?: (?!(?:denn|eigentlich|eig|eigtl|genau|so|beruflich|nochmal|da|hier|dort|gerade|grad|jetzt|heute|an|am|um|mit|fur|fuer|bei)\b)[a-z]{3,})?)(?: (?:denn|eigentlich|eig|eigtl|genau|so|beruflich|nochmal|da|hier|gerade|grad|so genau|alles))*(?: an)?(?=\s*[?.!]*$)/g,
    'what does $1 do',
  ],
  [
    /\b(?:und )?(?:wer (?:ist|is|isch)(?: (?:denn|eigentlich|eig|genau|nochmal))* (?:(?:frau|herr|herrn|dr|doktor) ([a-z]{3,}(?: [a-z]{3,})?)|(?!(?:das|des|dies|es|er|sie|die|der|den|dem|mein|meine|dein|deine|sein|seine|ihr|ihre|hier|da|dort|denn|eigentlich|genau|nochmal|jetzt)\b)([a-z]{3,} (?!(?:denn|eigentlich|genau|da|hier|dort|jetzt|gerade|grad|online|zustandig|zustaendig|dran)\b)[a-z]{3,}))|was (?:fur|fuer) (?:ein|eine|einen|n|ne) (?:mentor|mentorin|coach|typ|mensch|person) (?:ist|is|isch)(?: (?:denn|eigentlich|eig|genau))* (?:(?:frau|herr|herrn|dr|doktor|die|der) )?([a-z]{3,}(?: [a-z]{3,})?))(?: (?:denn|eigentlich|eig|genau|so|nochmal))*(?=\s*[?.!]*$)/g,
    'what does $1$2$3 do',
  ],
  // "Wie läuft meine Reise bisher so?", "wie steht's um meinen Fortschritt?", "wie entwickelt sich
  // meine Reise", "wie komm ich so voran?": the journey.
  [
    /\bwie (?:lauft|laeuft|geht|gehts|steht|stehts|sieht|siehts|entwickelt sich)(?:'?s| es)?(?: (?:denn|eigentlich|so))* (?:(?:mit|um|bei) )?(?:meine[rmn]?|mei|der|die|dem|den) (?:reise|journey|fortschritte?n?|entwicklung|weg)\b(?: (?:bisher|bis jetzt|bislang|so weit|soweit|insgesamt|eigentlich|denn|so|aus|gerade|grad|momentan))*/g,
    'how is my journey going',
  ],
  [
    /\bwie (?:komme|komm|kumm) (?:ich|i)(?: (?:so|denn|eigentlich|bisher|bislang|bis jetzt|insgesamt))* (?:voran|vorwarts|vorwaerts|weiter)\b/g,
    'how am i doing',
  ],
  // How far a place is: "wie weit ist das green bowl kitchen", "wie weit weg ist das Slow Pour?",
  // "wie weit ist es bis zum Quiet Gym", "wie weit ist das?" (not "wie weit bin ich": progress).
  [
    /\bwi[ea] (?:weit|fern)(?: weg| entfernt)? (?:ist|is|isch|isses|liegt)(?: (?:es|das|des|er|sie))?(?: (?:denn|eigentlich|von hier|von mir|ungefahr|ungefaehr))*(?: (?:weg|entfernt))?(?=\s*[?.!]*$)/g,
    'how far is it',
  ],
  [
    /\bwi[ea] (?:weit|fern)(?: weg| entfernt)? (?:ist|is|isch|isses|liegt)(?: (?:es|das|des))?(?: (?:denn|eigentlich|von hier|von mir|noch|so|ungefahr|ungefaehr|zu fuss|zu fuß|mit dem rad|zu laufen))*(?: (?:weg|entfernt))?(?: bis)? (?:(?:zum|zur|zu|ins|in die|in das|nach|das|der|die|den|dem|des) )?(?!(?:ich|i|du|wir)\b)/g,
    'how far is ',
  ],
  [
    /(?<=\bhow far is \S.*?) (?:von hier|von mir|von mir aus|von hier aus|zu fuss|zu fuß|ungefahr|ungefaehr|weg|entfernt|eigentlich|denn|noch)+(?=\s*[?.!]*$)/g,
    '',
  ],
  // A correction opened with a curse: "Ach Mist, doch Freitag", "Mist – lieber um 5", "Verdammt,
  // nicht Donnerstag" (oops, and what was meant).
  [
    /^(?:(?:ach|oh|och|ah|ahh|argh|na)[,.!]? )?(?:mist|so ein mist|verdammt|verflixt|scheisse|scheiss|shit|mann|menno|oje|ohje|ups|upps|hoppla)\s*[,.!–—-]+ (?=(?:doch|lieber|eher|besser|nein|nee|ne|nicht|falsch|warte)\b|(?:am |um |den )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|ubermorgen|uebermorgen|\d))/g,
    'oops, ',
  ],
  // One weekday for another: "doch Freitag, nicht Donnerstag", "lieber am Freitag und nicht am
  // Donnerstag", "nicht Donnerstag, sondern Freitag" (the day meant, instead of the other).
  [
    /\b(?:(?:doch|lieber|eher|besser|dann|also),? )*(?:am |den )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mantig|ziischtig|zischtig|mittwuch|dunschtig|donnschtig|friitig|fritig|samschtig|sunntig),? (?:und )?(?:nicht|net|ned|nid|nich|statt|anstatt) (?:(?:mehr|am|den) )*(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mantig|ziischtig|zischtig|mittwuch|dunschtig|donnschtig|friitig|fritig|samschtig|sunntig)\b/g,
    '$1 instead of $2',
  ],
  [
    /\b(?:(?:doch|also),? )?(?:nicht|net|ned|nid|nich) (?:(?:am|den) )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mantig|ziischtig|zischtig|mittwuch|dunschtig|donnschtig|friitig|fritig|samschtig|sunntig),? (?:sondern|sondan|sonder)(?: (?:doch|lieber|eher))? (?:(?:am|den) )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mantig|ziischtig|zischtig|mittwuch|dunschtig|donnschtig|friitig|fritig|samschtig|sunntig)\b/g,
    '$2 instead of $1',
  ],
  // What one has been struggling with, said formally: "Ich leide seit einiger Zeit unter
  // Schlafstörungen", "ich kämpfe schon lange mit Panikattacken".
  [
    /\b(?:ich )?(?:leide|litt|kampfe|kaempfe|hadere|plage mich|quale mich|quaele mich)(?: (?:schon|seit (?:langem|langerem|laengerem|einiger zeit|kurzem|wochen|monaten|jahren|ewigkeiten|[a-z]+ (?:wochen|monaten|jahren|tagen))|lange|echt|sehr|stark|ziemlich|total|immer wieder|oft|in letzter zeit|zurzeit|momentan|gerade))* (?:unter|an|mit) /g,
    'i have been struggling with ',
  ],
  // Someone for it, asked formally: "Gibt es bei Ihnen jemanden, der sich damit auskennt?", "haben
  // Sie jemanden, der sich mit so etwas beschäftigt?", "kennt sich bei euch jemand damit aus?".
  [
    /\b(?:gibt(?:'?s| es)|gabe es|gaebe es|habt ihr|haben sie|hast du|kennst du|kennen sie)(?: (?:bei ihnen|bei euch|bei dir|hier|da|denn|vielleicht|eventuell|eigentlich|auch|irgendwo))* (?:jemand(?:en)?|wen|einen mentor|eine mentorin|einen coach|eine person|einen experten|eine expertin),? (?:der|die|wo|welche[rs]?) (?:sich )?(?:(?:gut|wirklich|speziell|auch|so) )*(?:damit|mit so (?:was|etwas)|mit sowas|mit dem thema|mit diesem thema|damit gut|darin|da) (?:auskennt|beschaftigt|beschaeftigt|befasst|auskennen wurde|auskennen wuerde|vertraut ist|erfahrung hat)\b|\bkennt sich (?:(?:bei ihnen|bei euch|hier|da|denn|vielleicht|eventuell|eigentlich|auch) )*(?:jemand|wer|irgendwer|irgendjemand)(?: (?:bei ihnen|bei euch|hier|da|damit|mit so was|mit sowas|mit so etwas))* aus\b/g,
    'is there someone who knows about that',
  ],
  // "Gibt es eigentlich jemanden, der bei Panikattacken hilft?", "habt ihr wen, der einem beim
  // Einschlafen helfen kann?": someone for that topic.
  [
    /\b(?:gibt(?:'?s| es)|gabe es|gaebe es|habt ihr|haben sie|hast du|kennst du|kennen sie)(?: (?:bei ihnen|bei euch|bei dir|hier|da|denn|vielleicht|eventuell|eigentlich|auch|irgendwo))* (?:jemand(?:en)?|wen|einen mentor|eine mentorin|einen coach|eine person),? (?:der|die|wo|welche[rs]?) (?:mir |uns |einem |leuten )?(?:(?:gut|wirklich|speziell|auch|vor allem) )*(?:bei|beim|mit|gegen) (?:meinen |meiner |meine |meinem |der |dem |den )?(.{2,50}?) (?:hilft|helfen kann|helfen konnte|helfen koennte|weiterhilft|weiterhelfen kann|unterstutzt|unterstuetzt)\b/g,
    'is there someone who helps with $1',
  ],
  // Points for what one did: "Krieg ich dafür Punkte?", "bekomme ich Punkte für den Check-in?",
  // "gibt's dafür Punkte?", "sammle ich damit Punkte?" (the rewards; "wie viele Punkte hab ich" is
  // the progress, below).
  [
    /\b(?:krieg|kriege|kriag|bekomm|bekomme|sammle|sammel|gibt(?:'?s| es)|gibts)(?: (?:ich|i|es|man))?(?: (?:dafur|dafuer|damit|jetzt|auch|da|denn|eigentlich|noch|dann|so))* (?:(?:ein paar|paar|irgendwelche|auch|extra) )?(?:punkte|pkt|bonuspunkte|punkterl)(?: (?:dafur|dafuer|damit|(?:fur|fuer) (?:das|den|die|den check-?in|das einchecken)(?: \S+)?))?(?=\s*[?.!]*$)/g,
    'what rewards do i get',
  ],
  // A mentor of those listed, by what they help with: "Mit der, die was mit Schlaf macht", "die,
  // die sich um Panikattacken kümmert", "bei dem für Gym-Angst", "der Schlaf-Mentorin": with "mit"
  // or "bei" a booking with that one ("book the sleep mentor"), else that one ("the sleep mentor":
  // "mentor", so that "panic" is a topic here, not panic felt).
  ...(
    [
      [
        'schlaf|schlafen|einschlafen|durchschlafen|schlafprobleme[n]?|schlafstorungen|schlafstoerungen|schlafzeug|schlafkram',
        'sleep',
      ],
      ['panik|panikattacken|panikattacke|panikzeug', 'panic attacks'],
      ['achtsamkeit|meditation|meditieren', 'mindfulness'],
      ['atmung|atmen|atemtechniken?|atemubungen?|atemuebungen?', 'breathing'],
      ['selbstvertrauen|selbstbewusstsein|selbstwert', 'confidence'],
      [
        'sozialer angst|soziale angst|sozialangst|schuchternheit|schuechternheit|angst vor leuten|angst vor menschen',
        'social anxiety',
      ],
      [
        'gym-?angst|fitnessstudio-?angst|angst im (?:gym|fitnessstudio)|fitnessstudio|gym|fitness|sport|training|anfangern|anfaengern',
        'gym',
      ],
      [
        'konfrontation|exposition|expositions?(?:ubungen|uebungen)|konfrontations?(?:ubungen|uebungen)',
        'exposure practice',
      ],
    ] as const
  ).flatMap(([topic, english]) => {
    const who =
      '(?:der|dem|den|die|diejenige[nm]?|derjenige[nm]?)(?: (?:mentor|mentorin|person|frau|herrn?|coach|coachin|typ|dame))?';
    const what = `(?:dem |der |den |das |meinem |meiner |meinen |so |thema )*(?:${topic})(?:-?(?:zeug|kram|sachen|thema|ding|geschichten?))?`;
    const doing =
      '(?:zu tun hat|macht|machen|hilft|helfen kann|kummert|kuemmert|anbietet|arbeitet|zustandig ist|zustaendig ist|spezialisiert ist|auskennt|beschaftigt|beschaeftigt|befasst|kann|drauf hat|kennt)';
    const relative = `${who},? (?:die|der|den|dem|wo|welche[rs]?) (?:sich )?(?:(?:was|etwas|viel|so|auch|eher|mehr|speziell|vor allem|hauptsachlich|hauptsaechlich|gut) )*(?:(?:mit|um|fur|fuer|bei|gegen|uber|ueber|in|zum thema) )?${what}(?: ${doing})?\\b`;
    const short = `${who} (?:fur|fuer|mit dem|mit der|mit|zum thema|zum|zur) ${what}\\b(?=\\s*[,.!?]|\\s*$| (?:bitte|dann|nehm|nehme|buchen|book)\\b)`;
    const named = `(?:der|dem|den|die) (?:${topic})-?(?:mentor|mentorin|coach|coachin|frau|tante|typ|person)\\b(?! (?:von|vom|vo|vu|aus|am)\\b|,? (?:den|die|wo) du\\b)`;
    return [relative, short, named].flatMap((form) => [
      // Said alone, it answers "which one?": that one, booked ("Die für Schlafprobleme bitte").
      [
        new RegExp(
          `^(?:(?:ok|okay|gut|ja|also|hm+|na|dann)[,.!]? )*${form}(?:,? (?:bitte|dann|gern|gerne))*\\s*[.!]*$`,
          'g',
        ),
        `book the ${english} mentor`,
      ] as const,
      [
        new RegExp(
          `\\b(?:mit|bei|zu|zur|zum|(?:dann|also|lieber|doch)(?: (?:mit|bei))?|(?:ich )?nehm(?:e)?(?: ich)?(?: (?:dann|lieber|doch))?) ${form}`,
          'g',
        ),
        `book the ${english} mentor`,
      ] as const,
      [new RegExp(`\\b${form}`, 'g'), `the ${english} mentor`] as const,
    ]);
  }),
  // "Gibt es dafür jemanden?", "gibt's da jemanden für?", "hast du jemanden für sowas?": someone for
  // what was just said.
  [
    /\b(?:gibt(?:'?s| es)|gabe es|gaebe es|hast du|habt ihr|kennst du|hat es)(?: (?:da|hier|denn|vielleicht|eventuell|auch|eigentlich|bei euch))* (?:(?:(?:dafur|dafuer|fur sowas|fuer sowas|fur so was|fuer so was|fur das|fuer das) )(?:jemand(?:en)?|wen|einen mentor|eine mentorin|einen coach)|(?:jemand(?:en)?|wen|einen mentor|eine mentorin|einen coach) (?:dafur|dafuer|fur sowas|fuer sowas|fur so was|fuer so was|fur das|fuer das))(?=\s*[?.!,]|\s*$)|\b(?:gibt(?:'?s| es)|gabe es|gaebe es|hast du|habt ihr)(?: (?:hier|denn|vielleicht|eventuell|auch|eigentlich|bei euch))* da (?:jemand(?:en)?|wen|einen mentor|eine mentorin|einen coach) (?:fur|fuer)(?=\s*[?.!,]|\s*$)/g,
    'is there someone for that',
  ],
  // "Okay, dann mit ihm, morgen um 2", "gut, bei ihr dann am Freitag": a booking with the mentor in view.
  ...(
    [
      ['ihm', 'him'],
      ['ihr', 'her'],
    ] as const
  ).flatMap(([pronoun, english]) => [
    [
      new RegExp(
        `(?:^|(?<=[,.!;:] ?))\\s*(?:(?:ok|okay|oke|gut|also|ja|na gut|alles klar|super|prima|passt|schon|dann|lieber|doch|also dann)[,.!]? )*(?:dann|lieber|doch|also) (?:mit|bei) ${pronoun}\\b`,
        'g',
      ),
      `book ${english}`,
    ] as const,
    [
      new RegExp(
        `(?:^|(?<=[,.!;:] ?))\\s*(?:(?:ok|okay|oke|gut|also|ja|na gut|alles klar|super|prima|passt)[,.!]? )+(?:mit|bei) ${pronoun}\\b`,
        'g',
      ),
      `book ${english}`,
    ] as const,
  ]),
  // "trag stimmung 4 ein", "trag meine Laune mit 3 ein": a mood to log, the verb split around it.
  // With its score: "trag mei Stimmung mit 3 ein", "setz meine Laune heute auf 2", "notier meine
  // Stimmung als ne 4", "trag ne 2 als Stimmung ein", "Stimmung mit 1 eintragen": "as N" (the
  // English reads "log my mood with 3" as a mood still to be asked).
  [
    /\b(?:trag(?:e)?|schreib(?:e)?|notier(?:e)?|setz(?:e)?|stell(?:e)?|speicher(?:e)?)(?: (?:mir|mer|ma|bitte|mal|doch|gleich|heute|heut|jetzt|kurz))* (?:die |meine |mei |meiner |mein )?(?:stimmung|laune)(?: (?:heute|heut|fur heute|fuer heute|von heute|jetzt))?(?: (?:mit|als|auf|bei))? (?:einer |eine |ner |ne |na |a |an )?([1-5](?:\/5)?)(?: von (?:5|funf|fuenf))?(?: (?:ein|auf|an))?\b/g,
    'log my mood as $1',
  ],
  [
    /\b(?:trag(?:e)?|schreib(?:e)?|notier(?:e)?|speicher(?:e)?)(?: (?:mir|mer|ma|bitte|mal|doch|gleich|heute|heut|jetzt|kurz))* (?:einer |eine |ner |ne |na |a |an )?([1-5])(?: von (?:5|funf|fuenf))? (?:als|fur|fuer|bei|in) (?:die |meine |mei |meiner |mein )?(?:stimmung|laune)(?: (?:ein|auf|an))?\b/g,
    'log my mood as $1',
  ],
  [
    /\b(?:die |meine |mei |mein )?(?:stimmung|laune)(?: (?:heute|heut|bitte|mal|doch))* (?:mit|als|auf|bei)? ?(?:einer |eine |ner |ne |na |a |an )?([1-5])(?: von (?:5|funf|fuenf))? (?:eintragen|notieren|speichern|festhalten|loggen|aufschreiben)\b/g,
    'log my mood as $1',
  ],
  [
    /\btrag(?:e)? (?:mir |mer )?(?:die |meine |mei )?(?:stimmung|laune)((?: (?:mit|als|auf))? \d(?:\/\d+)?)? ein\b/g,
    'log my mood$1',
  ],
  // A score said, then logged: "ich würde sagen eine 2 von 5. Könnten Sie das bitte eintragen",
  // "sagen wir ne 3, trag das ein", "so a 2 von 5, notier des".
  [
    /\b(?:(?:ich|i) (?:wurde|wuerde|wurd|tat|taet|dat) sagen|(?:ich|i) sag(?:e)? mal|sagen wir(?: mal)?|so)(?:,)? (?:eine |ne |na |a |so )?([1-5])(?: von (?:5|funf|fuenf)| auf (?:5|funf|fuenf)|\/5)?[.,;!]? (?:(?:(?:konnten|koennten|konnen|koennen|wurden|wuerden) sie|kannst du|konntest du|koenntest du|kannst) )?(?:(?:trag|notier|schreib|speicher)(?:e)? )?(?:das|des|es|dies)(?: (?:bitte|mal|doch|so|gleich|auch))* (?:eintragen|notieren|festhalten|speichern|loggen|aufschreiben|ein|auf)\b/g,
    'log my mood as $1',
  ],
  // "trag das als Stimmung ein", "notier das bitte als meine Laune": what was just said, logged.
  [
    /\b(?:trag(?:e)?|schreib(?:e)?|notier(?:e)?|speicher(?:e)?) (?:das|es|des|dies)(?: (?:bitte|mal|doch|gleich|auch))* (?:als|unter|bei|in) (?:meine |die |meiner |der )?(?:stimmung|laune)(?: ein| auf)?\b/g,
    'log that as my mood',
  ],
  // "Trag ein, dass ich angespannt bin", "notier mal, dass es mir mies geht": the feeling, logged.
  [
    /\b(?:trag(?:e)?|schreib(?:e)?|notier(?:e)?|speicher(?:e)?|halt(?:e)?)(?: (?:mir|mal|bitte|doch|gleich|einfach))*(?: (?:ein|auf|fest))?,? dass (?:ich|i) (?:mich )?(.{2,60}?) (?:bin|fuhle|fuehle|war)\b/g,
    'log my mood: $1',
  ],
  [
    /\b(?:trag(?:e)?|schreib(?:e)?|notier(?:e)?|speicher(?:e)?|halt(?:e)?)(?: (?:mir|mal|bitte|doch|gleich|einfach))*(?: (?:ein|auf|fest))?,? dass es mir (.{2,40}?) geht\b/g,
    'log my mood: $1',
  ],
  // The reminder's time changed by name: "Verschieb meine Erinnerung auf 16 Uhr", "kannst du die
  // Erinnerung auf morgen legen?", "stell meinen Reminder auf halb fünf", "meine Erinnerung bitte auf
  // 18 Uhr verschieben" (the reminder just set, moved: "move my reminder to …").
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|konnen sie|koennen sie|konnten sie|koennten sie|bitte) )?(?:verschieb|verschiebe|verschieben|schieb|schiebe|leg|lege|verleg|verlege|stell|stelle|setz|setze|aender|andere|aendere|ander)(?: (?:mir|mal|bitte|doch|einfach|lieber))* (?:meine[n]?|die|den|deine[n]?|mei|d'|diese[n]?) (?:erinnerung|reminder|erinnerig|wecker)(?: (?:von vorhin|von eben|von gerade|bitte|doch|mal|lieber|einfach|noch))* (?:auf|um(?! (?:eine|einer|ne|ner|\d+|zwei|drei|halbe|ein paar) )|nach(?! (?:hinten|vorne))|fur|fuer) /g,
    'move my reminder to ',
  ],
  // … or by a lapse: "Verschieb die Erinnerung um eine Stunde", "… um ne halbe Stunde nach vorne".
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|bitte) )?(?:verschieb|verschiebe|verschieben|schieb|schiebe|leg|lege|verleg|verlege|stell|stelle|setz|setze)(?: (?:mir|mal|bitte|doch|einfach|lieber))* (?:meine[n]?|die|den|deine[n]?|mei|diese[n]?) (?:erinnerung|reminder|erinnerig)(?: (?:bitte|doch|mal|lieber|einfach|noch))* um (?:(?:eine|einer|ne|ner|1) stunde) (?:nach vorne|vor|fruher|frueher)\b/g,
    'move my reminder an hour earlier',
  ],
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|bitte) )?(?:verschieb|verschiebe|verschieben|schieb|schiebe|leg|lege|verleg|verlege|stell|stelle|setz|setze)(?: (?:mir|mal|bitte|doch|einfach|lieber))* (?:meine[n]?|die|den|deine[n]?|mei|diese[n]?) (?:erinnerung|reminder|erinnerig)(?: (?:bitte|doch|mal|lieber|einfach|noch))* um (?:(?:eine|einer|ne|ner|1) stunde)(?: (?:nach hinten|spater|spaeter|raus))?\b/g,
    'move my reminder an hour later',
  ],
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|bitte) )?(?:verschieb|verschiebe|verschieben|schieb|schiebe|leg|lege|verleg|verlege|stell|stelle|setz|setze)(?: (?:mir|mal|bitte|doch|einfach|lieber))* (?:meine[n]?|die|den|deine[n]?|mei|diese[n]?) (?:erinnerung|reminder|erinnerig)(?: (?:bitte|doch|mal|lieber|einfach|noch))* um (?:(?:eine|einer|ne|ner) halbe stunde|30 minuten|dreissig minuten) (?:nach vorne|vor|fruher|frueher)\b/g,
    'move my reminder 30 minutes earlier',
  ],
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|bitte) )?(?:verschieb|verschiebe|verschieben|schieb|schiebe|leg|lege|verleg|verlege|stell|stelle|setz|setze)(?: (?:mir|mal|bitte|doch|einfach|lieber))* (?:meine[n]?|die|den|deine[n]?|mei|diese[n]?) (?:erinnerung|reminder|erinnerig)(?: (?:bitte|doch|mal|lieber|einfach|noch))* um (?:(?:eine|einer|ne|ner) halbe stunde|30 minuten|dreissig minuten)(?: (?:nach hinten|spater|spaeter|raus))?\b/g,
    'move my reminder 30 minutes later',
  ],
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|bitte) )?(?:verschieb|verschiebe|verschieben|schieb|schiebe|leg|lege|verleg|verlege|stell|stelle|setz|setze)(?: (?:mir|mal|bitte|doch|einfach|lieber))* (?:meine[n]?|die|den|deine[n]?|mei|diese[n]?) (?:erinnerung|reminder|erinnerig)(?: (?:bitte|doch|mal|lieber|einfach|noch))* um (?:(?:eine|einer|ne|ner) viertelstunde|15 minuten|funfzehn minuten|fuenfzehn minuten) (?:nach vorne|vor|fruher|frueher)\b/g,
    'move my reminder 15 minutes earlier',
  ],
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|bitte) )?(?:verschieb|verschiebe|verschieben|schieb|schiebe|leg|lege|verleg|verlege|stell|stelle|setz|setze)(?: (?:mir|mal|bitte|doch|einfach|lieber))* (?:meine[n]?|die|den|deine[n]?|mei|diese[n]?) (?:erinnerung|reminder|erinnerig)(?: (?:bitte|doch|mal|lieber|einfach|noch))* um (?:(?:eine|einer|ne|ner) viertelstunde|15 minuten|funfzehn minuten|fuenfzehn minuten)(?: (?:nach hinten|spater|spaeter|raus))?\b/g,
    'move my reminder 15 minutes later',
  ],
  [
    /\b(?:(?:kannst du|konntest du|koenntest du|kannste|konnen sie|koennen sie|konnten sie|koennten sie) )?(?:meine[n]?|die|den|deine[n]?|mei|diese[n]?) (?:erinnerung|reminder|erinnerig)(?: (?:von vorhin|von eben|von gerade|bitte|doch|mal|lieber|einfach|noch))* (?:auf|nach) ([^.?!,]{1,30}?) (?:verschieben|verlegen|legen|stellen|setzen|schieben|andern|aendern|umstellen)\b/g,
    'move my reminder to $1',
  ],
  // The reminder set before, its time changed: "Die Erinnerung von vorhin, mach sie bitte auf 8",
  // "meine Erinnerung von eben – stell die auf halb neun", "setz es um 9".
  [
    /\b(?:die|deine|meine|der|diese|dieser|mei|dei|d') (?:erinnerung|reminder)(?: (?:von|vo|vom|vu) (?:vorhin|vorher|eben|grad|gerade|gerade eben|zuvor|vori|vorig|anfang|vorhi)| von gerade eben| vom anfang)\b/g,
    'the reminder from before',
  ],
  [
    /\b(?:mach|stell|setz)(?:e)? (?:sie|es|ihn|die|das|den|des|se|de|dn|s)(?: (?:bitte|doch|lieber|mal|dann|einfach|halt|besser|stattdessen|eher|wieder|zuruck|zurueck))* (?:auf|um|fur|fuer|ab) (?=\d|(?:eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf|halb|viertel|dreiviertel)\b)/g,
    'make it um ',
  ],
  // "Trag ein: etwas ruhiger", "notier mal – müde", "schreib auf: besser als heute früh": the
  // feeling after the colon, logged.
  [
    /\b(?:trag(?:e)?|schreib(?:e)?|notier(?:e)?|speicher(?:e)?|halt(?:e)?)(?: (?:mir|mer|mal|bitte|doch|gleich|einfach|noch|kurz))*(?: (?:ein|auf|fest))?(?: (?:als (?:stimmung|laune)|fur heute|fuer heute|heute))?\s*(?::|[–—-] )\s*(?!dass\b)(?=\S)/g,
    'log my mood: ',
  ],
  // Feelings the mood words do not know by their German name, in a mood asked to be logged.
  [/(?<=\blog my mood\b.*)\b(?:angespannt|verspannt|unter strom|hibbelig)\b/g, 'on edge'],
  // Better than before, as a mood to log ("etwas ruhiger", "ein bisschen entspannter", "wohler").
  ...(
    [
      ['ruhiger|gelassener|ausgeglichener', 'calm'],
      ['entspannter|lockerer|relaxter', 'relaxed'],
      ['besser|wohler', 'better'],
      ['schlechter|mieser', 'low'],
    ] as const
  ).map(
    ([said, english]) =>
      [
        new RegExp(
          `(?<=\\blog my mood\\b.*)\\b(?:(?:etwas|bisschen|ein bisschen|ein wenig|wenig|schon|deutlich|viel|bissl|a bissl|a bisserl|eher|jetzt|wieder|doch|ein klein wenig|um einiges) )*(?:${said})\\b`,
          'g',
        ),
        english,
      ] as const,
  ),
  // A feeling by degree, as a mood to log: "trag ein, dass i heut a bissl down bin", "notier: etwas
  // müde" ("log my mood as a bit down").
  [
    /\blog my mood: (?:(?:heute|heut|jetzt|grad|gerade|momentan|today) )*(?:a bissl|a bisserl|bissl|ein bisschen|bisschen|etwas|ein wenig|ein klein wenig|leicht|ein bissel|bissel|ein bissl|e bitz|es bitzli|echli|chli|a bit|a little)(?: (?:heute|heut|jetzt|grad|gerade|momentan))?\b/g,
    'log my mood as a bit',
  ],
  [/\blog my mood: (?:(?:heute|heut|jetzt|grad|gerade|momentan) )+/g, 'log my mood: '],
  [/(?<=\blog my mood\b.*) drauf\b/g, ''],
  // A mood to log, then how it is, dictated in one breath: "ich möchte meine Stimmung eintragen mir
  // geht es heute ziemlich gut", "Laune notieren: mir geht's eher mies".
  [
    /\b(?:(?:ich )?(?:mochte|moechte|will|wollte|wurde gern|wuerde gern|wurde gerne|wuerde gerne|mocht|tat gern|taet gern)(?: (?:gern|gerne|bitte|mal|kurz|jetzt|heute))* )?(?:meine |die |mei )?(?:stimmung|laune)(?: (?:heute|jetzt|mal|kurz|bitte))* (?:eintragen|notieren|loggen|festhalten|speichern|aufschreiben|erfassen|dokumentieren)[,.:;]?\s*(?:(?:und|also|denn)[,]? )?(?:mir geht(?:'?s| es)|es geht mir|ich fuhle mich|ich fuehle mich|ich bin)(?: (?:heute|heut|jetzt|gerade|grad|momentan|eigentlich|wieder))* /g,
    'log my mood: ',
  ],
  // "Mir eher mäh": meh.
  [/\b(?:mah|maeh|meh)\b(?=\s*[.!,]|\s*$)/g, 'meh'],
  // Swiss and Bavarian forms the rest does not know ("buech mer bi de Schlafmentorin en Termin am
  // Fritig am 10i", "basst, dann buach ma", "in da Nähe", "a gsunds Essen"), into standard German.
  // Swiss hours with their "-i" ("am 10i", "am zähni", "am drüü"): a time, not a date.
  [/\b(?:am|um|gege|gegen) (\d{1,2})n?i\b/g, 'um $1'],
  ...(
    [
      ['eis|eins', 1],
      ['zwei|zwoi', 2],
      ['drui|druu|drue|drei', 3],
      ['vieri', 4],
      ['fufi|foifi|fuefi|fuufi', 5],
      ['sachsi|saechsi|sechsi', 6],
      ['sibni|siebni', 7],
      ['achti', 8],
      ['nuni|nuuni|nueni|nuenni', 9],
      ['zani|zaeni|zahni|zehni', 10],
      ['elfi', 11],
      ['zwolfi|zwoelfi', 12],
    ] as const
  ).map(
    ([word, n]) =>
      [
        new RegExp(
          `\\b(?:am|um) (?:${word})\\b(?! (?:mal|stund|stunde|stunden|minute|minuten|tag|tage))`,
          'g',
        ),
        `um ${n}`,
      ] as const,
  ),
  [/\b(?:am |i de )?(?:namittag|nomittag|nammittag|nachmittog)\b/g, 'am nachmittag'],
  [/\b(?:am |z' ?)?abig\b/g, 'am abend'],
  // Swiss everyday words ("Salü! Ich bi hüt echli müed. Chönnt ich e Atemüebig mache?", "chasch
  // mer säge, was ich für Termin ha?"): the standard German the rest reads.
  [/^(?:salu|salue|sali|hoi zame|hallo zame|gruezi mitenand|gruessech|gruessach)\b/g, 'hallo'],
  [/\b(ich|i) bi\b(?! (?:de|dr|em|ere|de[mr]|mir|dir)\b)/g, 'ich bin'],
  [
    /\bhut\b(?= (?:echli|chli|es bitz|e bitz|morge|znacht|zabig|am|nid|nit|so|ganz|voll|mega|recht|scho|no|eher|irgendwie|total|echt)\b)|(?<=\b(?:bin|isch|bisch|han|ha|hesch|gaht|goht|gohts|gahts|mer|mir)\b )hut\b/g,
    'heute',
  ],
  [
    /\b(?:echli|es bitzli|es bitz|e bitz|es bitzeli|bitzeli|bitzli)\b|(?<=\b(?:bin|isch|bisch)(?: (?:heute|scho|echt|grad|jetzt|momentan))? )chli\b/g,
    'ein bisschen',
  ],
  [/\bgstresst\b/g, 'gestresst'],
  [
    /(?:^|(?<=[,.!] ))bi(?= (?:ein bisschen|so|total|voll|mega|grad|heute|scho|echt|nid|nod|nit|mude|traurig|gestresst|einsam|fertig)\b)/g,
    'bin',
  ],
  // Swiss "mir" after a verb is "wir": "chönnted mir", "wänd mir".
  // Swiss reminders: "Chönnted Sie mich hüt am Abig as Znacht-Choche erinnere?", "chasch mi am 8i
  // as Telefon erinnere" ("as" is "ans", "erinnere" the infinitive at the end).
  [/\b(?:chonnted|chonntet|chonnet|chontet|chonntid) (?=sie\b)/g, 'konnten '],
  [/(?<=\b(?:mich|mi)\b.*)\bas (?=[a-z-]+(?: [a-z-]+)? erinner(?:e|n|a)?\s*[?.!]*$)/g, 'ans '],
  [/(?<=\b(?:mich|mi)\b.*)\berinner(?:e|a)(?=\s*[?.!]*$)/g, 'erinnern'],
  [/\b(?:chonnted|chonntet|chond|chonnd|chonnt) mir\b/g, 'konnen wir'],
  [/\bchurz(?:i|e|s)?\b/g, 'kurze'],
  [/\b(?:mued|muaed|mud)\b/g, 'mude'],
  [/\btruurig\b/g, 'traurig'],
  [/\b(?:chonnt|chont|chonnti|chonti|chonnted|chonntet|chonnet)\b/g, 'konnte'],
  [/\b(?:chasch|chansch)\b/g, 'kannst du'],
  [/\batem(?:ue|u)bige?\b/g, 'atemubung'],
  [/\b(?:uebig|ubig)\b/g, 'ubung'],
  [/(?<=\b(?:mir|mer|ma|mr)\b )(?:sage|saege|sage)\b/g, 'sagen'],
  [/\b(ich|i) (?:ha|han)\b(?! (?:ha)\b)/g, 'ich habe'],
  // Which sessions one has, asked in a clause ("chasch mer säge, was ich für Termin ha?", "sag mir,
  // welche Termine ich noch habe", "was für Termine ich diese Woche hab").
  [
    /\b(?:was|welche|welchi) (?:ich|i) (?:(?:fur|fuer|an|noch|no|so|alles|denn|eigentlich|gerade|grad|aktuell|diese woche|morgen|heute) )*(?:termine?n?|sitzung(?:en)?|sessions?|buchungen?) (?:(?:noch|so|alles|denn|eigentlich|gerade|grad|aktuell) )*(?:hab|habe|ha|han|hob|hane|hon)\b|\b(?:was (?:fur|fuer)|welche|welchi)(?: (?:noch|no|so|alles|denn|eigentlich))* (?:termine?n?|sitzung(?:en)?|sessions?|buchungen?) (?:ich|i) (?:(?:noch|no|so|alles|denn|eigentlich|gerade|grad|aktuell|diese woche|morgen|heute) )*(?:hab|habe|ha|han|hob|hane|hon)\b/g,
    'what sessions do i have',
  ],
  [/\bbasst\b/g, 'passt'],
  [/\b(?:guad|guet)\b(?=\s*[,.!]|\s*$)/g, 'gut'],
  [/\bbuach(?:e|en|n|t|st)?(?: (?:ma|mir|mia|uns))?\b/g, 'buch'],
  [/\bbuech(?:e|et|ed|eds|ed)? (?:sie|si) (?:mir|mer|mi)\b/g, 'buch'],
  [/\bbuech(?:et|ed|ed|end)\b/g, 'buch'],
  // Articles before a session or a mentor: Swiss "en Termin", Bavarian "an Termin", "a Sitzung".
  [/\b(?:en|an|oan) (?=termin\b|mentor\b|mentorin\b|coach\b|sitzig\b)/g, 'einen '],
  [/\bsitzig\b/g, 'sitzung'],
  [/\b(schlaf|panik|angst|gym|fitness)(mentor|mentorin|coach|coachin)\b/g, '$1-$2'],
  [/\b(gibt'?s|gibts|habt'?s|hobt'?s|is|isch|ist) do\b/g, '$1 da'],
  [/\bin da (?=nahe\b|naehe\b|gegend\b|umgebung\b|nachbarschaft\b)/g, 'in der '],
  [/\b(?:gsund|xund)(e[snmr]?|s)?\b/g, 'gesund$1'],
  [/\bgesunds\b/g, 'gesundes'],
  [/\b(?:kriag|griag|kriog)\b/g, 'krieg'],
  // A change of mind inside the message: "am Dienstag um 10 – nein, lieber am Mittwoch", "um 5,
  // äh nee, um 6", "Freitag... Moment, Samstag", "morgen, oder nein, übermorgen": the earlier time,
  // then "no wait" and the one meant. Only between a day or time and another ("Freitag um 10, nein
  // danke" and "am Montag ne Sitzung" stay as they are).
  [
    /(?<=\b(?:\d{1,2}(?:[:.]\d{2})?|uhr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mantig|ziischtig|zischtig|mittwuch|dunschtig|donnschtig|friitig|fritig|samschtig|sunntig|morgen|ubermorgen|uebermorgen|heute|heut|abend|abends|mittag|mittags|nachmittag|nachmittags|vormittag|vormittags|fruh|frueh|morgens|woche|wochenende)\.?)\s*(?:[-–—,;:]|\.{2,}|…|\.)?\s*(?:(?:ah|aeh|ahm|aehm|oh|ach|hm+|ups|oops|mist)[,.!]?\s+)*(?:(?:nein|nee|noe|nei|naa|neee+|warte|wart|quatsch|korrektur|korrigiere|sorry|pardon|ich mein(?:e|te)?|i mein|oder (?:nein|nee|doch nicht)|besser gesagt)\b[,.!:]?|(?:ne|na|no|halt|moment|stopp|stop)\s*[,.!:–—-])\s*(?:(?:nein|nee|warte|wart|moment|mal|halt|sorry|ich mein(?:e|te)?|i mein|doch|dann|lieber|besser|eher)\b[,.!:]?\s*)*(?=(?:am |um |gegen |ab |den |auf |zum |an |so um )?(?:\d|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mantig|ziischtig|zischtig|mittwuch|dunschtig|donnschtig|friitig|fritig|samschtig|sunntig|morgen|ubermorgen|uebermorgen|heute|nachste|naechste|kommende|halb\b|viertel\b(?! ?stunde)|dreiviertel|(?:eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf)\b|(?:die |zur |um die )?(?:gleiche|selbe|dieselbe|gleichen|selben)\b|abends|nachmittags|mittags|morgens))/g,
    ', no wait, ',
  ],
  // The day changed, the time kept: "Uhrzeit bleibt", "die Zeit bleibt gleich", "Uhrzeit wie
  // gehabt"; "lieber Donnerstag als Mittwoch" (instead of).
  [
    /\b(?:die |der )?(?:uhrzeit|zeit)(?: (?:bleibt|bleibt gleich|bleibt so|ist gleich|ist dieselbe|wie gehabt|wie vorher|wie bisher|gleich))+\b/g,
    'same time',
  ],
  [
    /(?<=\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)) als (?=(?:am |den )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)/g,
    ' instead of ',
  ],
  [
    /\b(?:gliichi|glichi|gliechi) (?:ziit|zyt|zit|uhrziit)\b|\b(?:gleiche|selbe|dieselbe) (?:stund|uhrzeit)\b|\bwie gehabt\b/g,
    'same time',
  ],
  // A mentor pointed back at by when it came up: "den Mentor von vorhin", "bei der Mentorin von
  // vorhin", "die Schlaf-Mentorin vom Anfang", "der Coach, den du mir vorhin gezeigt hast".
  ...(
    [
      ['(?:bei|mit|bi|mim) (?:(?:der|dem|de|den|da) )?', 'with the '],
      ['(?:zu|zum|zur|zu der|zu dem) ', 'to the '],
      ['(?:den|die|der|dem|de|da) ', 'the '],
    ] as const
  ).flatMap(([before, english]) => [
    [
      new RegExp(
        `\\b${before}((?:[a-z]+-?)?(?:mentor|mentorin|coach|coachin))(?: (?:von|vo|vu|aus) (?:vorhin|vorher|vori|vorig|vorhi|eben|grad|gerade|gerade eben|grad eben|zuvor|vorhin schon)| (?:vom|vum|vo|von) (?:anfang|afang|beginn)| (?:vom|vum) (?:anfang|afang|beginn)| (?:am|vom) (?:anfang|afang)| von ganz am anfang)\\b`,
        'g',
      ),
      `${english}$1 from before`,
    ] as const,
    [
      new RegExp(
        `\\b${before}((?:[a-z]+-?)?(?:mentor|mentorin|coach|coachin)),? (?:den|die|wo) du (?:mir |uns |mer )?(?:vorhin |vorher |eben |grad |gerade |zuerst |am anfang |vori )?(?:gezeigt|genannt|empfohlen|vorgeschlagen|rausgesucht|gefunden|geschickt|zeigt)(?: hast| hattest| hesch| hast du)?\\b`,
        'g',
      ),
      `${english}$1 you showed me`,
    ] as const,
  ]),
  // A place pointed back at past the last reply: "das Lokal vom Anfang", "das erste Café, das du mir
  // gezeigt hast", "zum gesunden Laden von ganz am Anfang". "Lokal" is a place to eat: the healthy
  // food kind here.
  ...(
    [
      ['(?:gesunde[nms]? )?(?:cafes?|kaffeehaus|kaffeehauser|kafi|kaffi|kaffee)', 'cafe'],
      ['(?:gesunde[nms]? )?(?:fitnessstudios?|fitnesscenter|gyms?|studios?)', 'gym'],
      [
        '(?:gesunde[nms]? )?(?:lokal|lokale|lokalchen|restaurant|restaurants|essensladen|beisl|beisel|gasthaus|wirtshaus|imbiss|salatbar|beiz)|gesunde[nms]? (?:laden|ort|platz)',
        'healthy food place',
      ],
      ['(?:laden|ort|platz|ortchen|spot)', 'place'],
    ] as const
  ).flatMap(([kind, english]) => [
    [
      new RegExp(
        `\\b(?:(?:im|ins|in dem|in das|zum|zur|beim|bei dem|das|der|die|den|dem|des|am) )(?:ruhige[nms]? )?(?:${kind})(?: (?:vom|vum|von|vo) (?:ganz )?(?:anfang|afang|beginn)| (?:von|vo) (?:ganz )?(?:am|vom) (?:anfang|afang|beginn)| ganz am anfang| (?:vom|von) (?:ganz )?vorne)\\b`,
        'g',
      ),
      `the ${english} from the start`,
    ] as const,
    // "das Café von vorhin, wie ist das?": asked about, not checked in at (that one is "dort" below).
    [
      new RegExp(
        `(?<!\\b(?:check|checke|checkst|trag|trage|tragst)\\b.*)\\b(?:(?:im|ins|in dem|in das|zum|zur|beim|bei dem|das|der|die|den|dem|des|am) )(?:ruhige[nms]? )?(?:${kind}) (?:von|vo) (?:vorhin|vorher|eben|gerade|grad|gerade eben|vori)\\b(?!.*\\b(?:ein|ii|einchecken)\\s*[.!?]*$)`,
        'g',
      ),
      `the ${english} from before`,
    ] as const,
    ...ordinals.map(
      ([nth, en]) =>
        [
          new RegExp(
            `\\b(?:(?:im|ins|zum|zur|beim|das|der|die|den|dem|des|am) )?(?:${nth}|${nth}[nrsm]) (?:${kind}),? (?:das|den|die|dem|wo|welches) du (?:mir |uns |mer )?(?:vorhin |vorher |eben |grad |gerade |zuerst |am anfang |vori )?(?:gezeigt|genannt|empfohlen|vorgeschlagen|rausgesucht|gefunden|geschickt|zeigt)(?: hast| hattest| hesch)?\\b`,
            'g',
          ),
          `the ${en} ${english} you showed me`,
        ] as const,
    ),
  ]),
  // Coming back to it: "Zurück zum Lokal vom Anfang", "nochmal zu dem Café von vorhin".
  [
    /\b(?:wie (?:war|is|isch|ist)|wie wars)(?: (?:nochmal|noch mal|denn|eigentlich|so))* (?=the (?:first |second |third |last )?[a-z ]*(?:cafe|gym|place|mentor) (?:from|you)\b)/g,
    'how is ',
  ],
  [
    /\b(?:ich )?nehm(?:e)?(?: (?:doch|dann|lieber))* (?=the (?:[a-z-]+ )?(?:mentor|mentorin|coach) (?:from|you)\b)/g,
    'book ',
  ],
  [/\bmorn\b|\bmoorn\b|\bmorgn\b|\bmrgn\b/g, 'morgen'],
  [
    /^(?:(?:ok|okay|gut|so|und|also),? )?(?:zuruck|zurueck|nochmal|noch mal) (?:zu |zum |zur )?(?=the )/g,
    'back to ',
  ],
  // The gym as what one fears, said with where: "im Fitnessstudio kriag i Angst", "ich krieg im Gym
  // immer Panik", "im Studio bin ich total nervös", "das Gym stresst mich" (not "keine Angst mehr").
  [
    /\b(?:im|ins|beim|in dem|in der|in da|im) (?:fitnessstudio|fitnesscenter|gym|studio)s? (?:krieg|kriege|bekomm|bekomme|hab|habe|han|ha|hob|bin|werd|werde|wir) (?:ich|i)(?: (?:immer|oft|oiwei|ollweil|allweil|echt|voll|total|so|richtig|sofort|gleich|mega|schnell|irgendwie|halt|eh|ziemlich|jedes mal|a bissl|bissl|ein bisschen|bisschen|leicht|regelmassig|gern|meistens))* (?:angst|panik|schiss|stress|herzrasen|nervos|nervoes|gestresst|panisch|zustande|zustaende|beklemmungen)\b/g,
    'the gym scares me',
  ],
  [
    /\b(?:ich|i) (?:krieg|kriege|bekomm|bekomme|hab|habe|han|ha|hob|bin|werd|werde|wir)(?: (?:immer|oft|oiwei|echt|voll|total|so|richtig|sofort|gleich|mega|schnell|irgendwie|halt|eh|ziemlich|jedes mal))* (?:im|in dem|beim|in der|in da) (?:fitnessstudio|fitnesscenter|gym|studio)s?(?: (?:immer|oft|oiwei|echt|voll|total|so|richtig|sofort|gleich|mega|schnell|irgendwie|halt|eh|ziemlich|jedes mal))* (?:angst|panik|schiss|stress|herzrasen|nervos|nervoes|gestresst|panisch|zustande|zustaende|beklemmungen)\b/g,
    'the gym scares me',
  ],
  [
    /\b(?:das |s |des |'s |die )?(?:gym|fitnessstudio|fitnesscenter|studio|fitnessstudios|gyms) (?:stresst|stressen|stressed|verunsichert|verunsichern|uberfordert|ueberfordert|uberfordern|ueberfordern|angstigt|aengstigt) (?:mich|mi)\b/g,
    'the gym scares me',
  ],
  // "wie viele Tage am Stück bin ich?", "wie viele Tage hintereinander war ich schon da", Bavarian
  // "wia vui Dog am Stück": the streak.
  [
    /\b(?:wie ?viele|wieviel|wie ?viel|wia ?vui|wia ?vu|wie ?vil|wie ?vill) (?:tage?|dog|tog|tag)(?: (?:bin|war|hab|habe|han|ha) (?:ich|i))?(?: (?:schon|jetzt|eigentlich|denn|bisher|mittlerweile|inzwischen|nun))* (?:am stuck|am stueck|hintereinander|nacheinander|in folge|in serie|ohne pause|ohne unterbrechung|durchgehend|in ana tour|am schtuck)\b(?: (?:bin|war|hab|habe|han) (?:ich|i))?(?: (?:schon|jetzt|eigentlich|denn|bisher|dabei|da|dort|eingecheckt|gewesen|dagewesen|hier|aktiv|gekommen|unterwegs))*/g,
    "what's my streak",
  ],
  [
    /\bwie ?lang(?:e)? (?:bin|war) (?:ich|i)(?: (?:schon|jetzt|eigentlich|denn|bisher))* (?:am stuck|am stueck|hintereinander|ohne pause|ohne unterbrechung|durchgehend)(?: (?:dabei|da|dort|aktiv|gekommen))*\b/g,
    "what's my streak",
  ],
  // Seats outside: "plätze draußen", "Terrasse", Austrian "Schanigarten".
  [
    /\b(?:platze|plaetze|sitzplatze|sitzplaetze|tische|sitze) (?:draussen|drausen|im freien)\b|\bdraussen sitzen\b|\bterrassen?\b|\b(?:schani|gast)garten\b|\bbiergarten\b/g,
    'outdoor seating',
  ],
  // Classes in small groups, asked of a gym: "kleine Kurse", "Kurse in kleinen Gruppen".
  [
    /\b(?:(?:eher |nur |so )?kleine (?:kurse|klassen|gruppen|trainingsgruppen)|kurse in kleinen gruppen|kleingruppen(?:kurse|training)?)\b/g,
    'small classes',
  ],
  // What one of those listed has, by its place in the list: "Gibt's im zweiten WLAN?", "hat das
  // erste Café auch ne Ruhezone?", "und das erste, hat's da WLAN?" ("does the second one have …").
  ...ordinals.map(
    ([nth, en]) =>
      [
        new RegExp(
          `\\b(?:gibt(?:'?s| es)|gits|hat(?:'?s| es)?|het(?:'?s)?|haben sie|habens)(?: (?:da|dort|dert|denn|auch|eigentlich))* (?:im|in dem|beim|bei dem|in der|bei der|am|das|der|die) ${nth}[nmrs]?(?: (?:cafe|gym|studio|laden|lokal|ort|fitnessstudio|kafi))?(?: (?:auch|denn|eigentlich|da|dort))* (?:(?:ein|eine|einen|an|a|n|ne|e) )?(?=outdoor seating|small classes|wlan|wifi|wi-fi|ruhezone|ruhebereich|ruhezeiten|steckdosen)`,
          'g',
        ),
        `does the ${en} one have `,
      ] as const,
  ),
  [
    /, h[ae]t(?:'?s| es| das| des| er| sie)?(?: (?:da|dort|dert|do|denn|auch|eigentlich))* (?:(?:an|a|einen|ein|ne|n|e) )?(outdoor seating|small classes|wlan|wifi|wi-fi|ruhezone|ruhebereich|ruhezeiten|steckdosen)\b/g,
    ', does it have $1',
  ],
  // "hat slow pour coffee plätze draußen?": what a named place has, asked (the verb first).
  // "hat des eigentlich an gastgarten?", "het's dert wlan?": the place in view.
  [
    /^h[ae]t'?(?: (?:das|des|der|die|den|es|er|sie|s))?(?: (?:eigentlich|denn|auch|da|dort|dert|do))* (?:(?:an|a|einen|ein|ne|n|e) )?(outdoor seating|wlan|wifi|wi-fi|steckdosen|parkplatze|toiletten|small classes|duschen|spinde)\b/g,
    'does it have $1',
  ],
  [
    /^h[ae]t (?:das |der |die |den |des )?(.+?) (?:(?:an|a|einen|ein|ne|n|e|auch) )*(outdoor seating|wlan|wifi|wi-fi|steckdosen|parkplatze|toiletten|small classes|duschen|spinde)\b/g,
    'does $1 have $2',
  ],
  // A place pointed back at by when it came up: "im Café von vorhin", "das Studio von eben", "den
  // Laden aus der Liste": the one in view ("check mich dort ein", "wie ist es dort").
  [
    /\b(?:im|in dem|ins|in das|beim|bei dem|in der|bei der|zum|zur|das|der|die|den|dem) (?:cafe|kaffeehaus|fitnessstudio|studio|gym|laden|lokal|ort|platz|restaurant|salatbar)s? (?:von (?:vorhin|eben|gerade(?: eben)?|grad|vorher|gestern)|das du (?:mir )?(?:gezeigt|genannt|empfohlen) hast)\b/g,
    'dort',
  ],
  // "das Café auf der Liste", "das Studio aus deiner Liste": the one listed place of that kind.
  [
    /\b(?:das|der|die|den|dem) (cafe|kaffeehaus|fitnessstudio|gym|restaurant|salatbar) (?:auf|aus|in|von) (?:der|deiner|dieser) liste\b/g,
    'the $1 one',
  ],
  [/\b(?:das|der|die|den|dem) studio (?:auf|aus|in|von) (?:der|deiner|dieser) liste\b/g, 'the gym one'],
  // Texted short forms, written out for the rules below: "eigtl", "vllt", "iwo", "iwie".
  [/\b(?:eigtl|eigentl)\b\.?/g, 'eigentlich'],
  [/\b(?:vllt|vlt)\b\.?/g, 'vielleicht'],
  [/\biwo\b/g, 'irgendwo'],
  [/\biwie\b/g, 'irgendwie'],
  // A place by its name, then asked about: "green bowl kitchen, wie is das so?".
  [
    /^((?:(?!(?:the|from|zuruck|zurueck|und|and|das|der|die|des|den|dem|ein|eine|es|er|sie|wie|erste|zweite|dritte|andere|lokal|anfang|vorhin|ich|i|du|mir)\b)[a-z0-9'&-]+ ){0,4}(?!(?:the|from|zuruck|zurueck|und|and|das|der|die|des|den|dem|ein|eine|es|er|sie|wie|erste|zweite|dritte|andere|lokal|anfang|vorhin|ich|i|du|mir)\b)[a-z0-9'&-]{3,}),? wie (?:is|ist|isch|isses|isn)(?: (?:das|des|der|die|es|er|sie|dort|da))?(?: (?:so|denn|nochmal|da|dort))*\s*([?.!]*)$/g,
    'how is $1$2',
  ],
  // A place asked about, the words after it: "das zweite, wie is das", "wie ist das so drinnen?".
  [
    /\bwie (?:is|ist|isch|isses)(?: (?:das|des|der|die|es|er|sie|dort|da))?(?: (?:so|denn|eigentlich|nochmal|da|dort))*(?: (?:drinnen|drin|innen))?(?=\s*[?.!]*$)/g,
    "what's it like",
  ],
  [/\bwie (?:is|ist)(?: (?:nochmal|denn|eigentlich|so|gleich))+ (?=das|der|die)/g, 'wie ist '],
  // The mentor just found, to meet: "Könnte ich den Mentor am Dienstag sehen?", "kann ich die
  // Mentorin morgen treffen?".
  [
    /\b(?:kann|konnte|koennte|darf|durfte|duerfte) (?:ich|i) (?:den|die|diesen|diese|dieser) (?:mentor|mentorin|coach|coachin)\b(.*?) (?:sehen|treffen|sprechen)\b/g,
    'could i see that mentor$1',
  ],
  // "Kann ich bei ihr was buchen?", "könnte ich mit ihm einen Termin machen?": the mentor in view.
  [
    /\b(?:kann|konnte|koennte|darf|durfte|duerfte) (?:ich|i) (?:bei|mit) (ihr|ihm)(?: (?:auch|mal|vielleicht|bitte|noch))* (?:(?:was|etwas|einen termin|nen termin|eine sitzung|ne sitzung|eine session|ne session) )?(?:buchen|ausmachen|vereinbaren|reservieren|machen)\b/g,
    'can i book $1',
  ],
  [/\bcan i book ihr\b/g, 'can i book her'],
  [/\bcan i book ihm\b/g, 'can i book him'],
  // "Ich würde sie gern irgendwann diese Woche sehen": a booking with the mentor in view, its time
  // still to be asked.
  ...(
    [
      ['sie', 'her'],
      ['ihn', 'him'],
    ] as const
  ).map(
    ([pronoun, english]) =>
      [
        new RegExp(
          `\\b(?:ich |i )?(?:wurde|wuerde|wurd|mochte|moechte|will|tat|taet) ${pronoun}(?: (?:gern|gerne|bald|mal|auch|schon))* ((?:(?!\\b(?:nicht|nie|niemals|ned|net|nimmer|kein\\w*)\\b).){0,50}?) ?(?:sehen|treffen|sprechen|buchen)\\b`,
          'g',
        ),
        `i would like to book ${english} $1`,
      ] as const,
  ),
  // "Freitag um 17 Uhr bei ihr": with the mentor in view.
  [/\bbei ihr\b/g, 'with her'],
  [/\bbei ihm\b/g, 'with him'],
  // The mentor in view: "buch ihn dann für Freitag", "buch sie nochmal" (not "buchen Sie", you).
  [/\b(?:buch|buche|reservier|reserviere) (?:ihn|ihm)\b/g, 'book him'],
  [/\b(?:buch|buche|reservier|reserviere) sie\b/g, 'book her'],
  // A session named by its day: "sag den vom Donnerstag ab", "die am Freitag".
  [
    /\b(?:den|die|das|dem) (?:vom|von|am|von am) (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/g,
    'the one on $1',
  ],
  // An aside before a yes: "Bevor ich ja sage: …", "bevor ich bestätige, …".
  [
    /\bbevor (?:ich|i) (?:ja sage|zusage|bestatige|bestaetige|das bestatige|das bestaetige|buche)\b/g,
    'before i confirm',
  ],
  // "Und nochmal heute Abend um halb neun": the same again, at another time.
  [/^((?:und|ach und|oh und|dann) )?(?:noch ?mal|nochmals|erneut)\b/g, '$1again'],
  // A session named by its day said relatively: "sag den morgen ab", "die von heute kann weg".
  [
    /\b(?:den|die) (?:von |fur |fuer )?(morgen|heute|ubermorgen|uebermorgen)\b(?=(?: (?:bitte|mal|doch|lieber|wieder))* ab\b|\s*[?.!,]|\s*$| (?:bleibt|absagen|stornieren|canceln|verschieben|streichen|kann weg)\b)/g,
    'the one $1',
  ],
  // A day that no longer suits: "donnerstag klappt nicht", "am dienstag kann i nimmer".
  [
    /\b(?:am )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) (?:klappt|passt|geht|kann (?:ich|i)) (?:(?:bei mir|mir|jetzt|doch|leider|halt|eh) )*(?:nicht|nimmer|net|ned|nid|doch nicht)(?: mehr)?\b/g,
    '$1 doesnt work',
  ],
  // The gym as what one fears: "s gym macht mer voll angst", "angst vorm fitnessstudio".
  [
    /\b(?:das |s |des |'s )?(?:gym|fitnessstudio|fitnesscenter|studio) macht (?:mir|mer|ma|mi) (?:voll |echt |total |richtig |so |ziemlich |mega )?(?:angst|schiss|panik|stress)\b/g,
    'the gym scares me',
  ],
  [
    /\b(?:angst|schiss|panik) (?:vor dem|vorm|vor'm|vor m) (?:gym|fitnessstudio|fitnesscenter)\b/g,
    'scared of the gym',
  ],
  // Asking who can help: "wer kann ma da helfen?", Swiss "gits öpper wo mir hilft?".
  [
    /\bwer kann (?:mir|ma|mer|mi|uns) (?:da |dabei |damit |bei dem |dabei vielleicht )?helfen\b/g,
    'who can help with that',
  ],
  [
    /\bgit'?s (?:opper|oepper|oeppert|oppert|ebber|ebbr|jemand|wer)\b(?: (?:wo|der|die))? (?:mir|mer|mi) (?:hilft|helfe chan|helfen kann)\b/g,
    'is there someone who can help me',
  ],
  // Asked politely, the person after what they would do together: "gäbe es eventuell jemanden, mit
  // dem ich Konfrontationsübungen machen könnte?", "ob es jemanden gibt, bei dem ich … lernen kann".
  [
    /\b(?:(?:gabe|gaebe|gibt|gibts|gibt's) (?:es )?(?:(?:eventuell|vielleicht|hier|denn|auch|eigentlich|irgendwo|wohl) )*(?:jemand(?:en)?|wen|einen mentor|eine mentorin)|ob es (?:(?:eventuell|vielleicht|hier|denn|auch|irgendwo) )*(?:jemand(?:en)?|wen|einen mentor|eine mentorin) (?:gibt|gabe|gaebe)),? (?:mit dem|mit der|bei dem|bei der|mit wem) (?:ich|i) (?:(?:bei|mit|uber|ueber|an|zu|wegen|mal|so|gemeinsam|zusammen) )*/g,
    'is there someone who can help with ',
  ],
  // Asking which sessions one has: "welche Termine hab i no?".
  [/\bwelche (?:sessions?|termine|sitzungen|einheiten)\b/g, 'which sessions'],
  // The time a booking had before it was changed: "passt eh die frühere Uhrzeit".
  [
    /\b(?:die |der )?(?:fruhere|fruehere|vorherige|erste|alte|ursprungliche|urspruengliche) (?:uhrzeit|zeit)\b|\bdie zeit (?:von )?vorher\b/g,
    'the earlier time',
  ],
  // A reminder timed from a session: "am Tag davor um 20 Uhr", "eine Stunde vorher".
  [/\b(?:am|den) (?:tag|vortag) (?:davor|vorher)\b|\bam vortag\b/g, 'the day before'],
  // The session's own day: "am selben Tag um 8", "am Morgen der Sitzung", "an dem Tag".
  [/\bam (?:selben|gleichen) morgen\b|\bam morgen (?:der sitzung|des termins|davon)\b/g, 'the same morning'],
  [/\bam (?:selben|gleichen) tag\b|\ban (?:dem|diesem) tag\b/g, 'that day'],
  [/\bam abend (?:davor|vorher)\b|\bam vorabend\b/g, 'the evening before'],
  [/\b(?:eine|1) stunde (?:vorher|davor)\b/g, 'an hour before'],
  [/\b(?:eine )?halbe stunde (?:vorher|davor)\b/g, 'half an hour before'],
  [/\b(\d{1,3}) minuten (?:vorher|davor)\b/g, '$1 minutes before'],
  // Moving a session, its verb last: "meinen Termin mit Tom von Donnerstag auf Freitag verschieben",
  // "Kannst du die Session auf Donnerstag schieben?", "Können wir den Termin auf Mittwoch legen?",
  // "Lässt sich der Termin bei Lena auf Freitag verlegen?", "kannst den auf Donnerstag verlegen?".
  [
    /\b(?:meinen|den|der|unseren|unser|mein|die|meine|unsere|diesen|diese|dieser|das|mei) (?:termin|sitzung|session|treffen|gesprach|gespraech|coaching|call)\b(?=.*\b(?:verschieben|verlegen|umlegen|schieben|legen|vorziehen|vorverlegen|setzen|packen|verlagern|umbuchen)\b)/g,
    'my session',
  ],
  [
    /\bmy session (?:bei|mit|von) (?=(?!(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen)\b)[a-z]{3,})/g,
    'my session with ',
  ],
  // The session named by its day: "ich muss meinen Termin am Mittwoch verschieben", "kann ich die
  // Sitzung vom Freitag mit Lena verlegen?", "meinen Termin am Mittwoch auf Freitag legen" ("am
  // Mittwoch" is where it is; "auf Freitag" where it goes, and without it the time is asked).
  ...((): Gloss => {
    const day = '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)';
    const name = '[a-z]{3,}(?: (?!am|vom|von|auf|nach|bitte|doch|mal|leider)[a-z]{3,})?';
    const fill =
      '(?: (?:bitte|doch|mal|leider|irgendwie|dringend|noch|jetzt|kurzfristig|lieber|eventuell|vielleicht))*';
    const asking =
      '(?:(?:(?:ich|i) (?:muss|mochte|moechte|will|wurde gern|wuerde gern|wurde gerne|wuerde gerne|sollte|musste|muesste)|(?:kann|konnte|koennte|darf) (?:ich|i)|(?:kannst|konntest|koenntest) du(?: mir)?|(?:konnen|koennen|konnten|koennten) wir) )?';
    return [
      [
        new RegExp(
          `\\b${asking}my session((?: (?:with|mit|bei) ${name})?) (?:am|vom) ${day}((?: (?:with|mit|bei) ${name})?)${fill} (?:auf|nach) ([^.?!,]{1,40}?)(?: zu)? (?:verschieben|verlegen|umlegen|schieben|umbuchen|legen)\\b`,
          'g',
        ),
        'move my $2 session$1$3 to $4',
      ],
      [
        new RegExp(
          `\\b${asking}my session((?: (?:with|mit|bei) ${name})?)(?: (?:am|vom|von|von am) ${day})?((?: (?:with|mit|bei) ${name})?)${fill} (?:verschieben|verlegen|umlegen|schieben|umbuchen)(\\s*[?.!]*)$`,
          'g',
        ),
        'i need to move my $2 session$1$3$4',
      ],
    ];
  })(),
  [
    /\bvon (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) auf (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/g,
    'the $1 one to $2',
  ],
  // Formal, the verb first: "Verschieben Sie bitte meinen Termin bei Amara auf Montag".
  [
    /\b(?:verschieben|verlegen|umlegen|schieben|legen) sie(?: (?:bitte|doch|mal|vielleicht))* (?:meinen|den|die|das|unseren|mein|meine|unsere|diesen|diese) (?:termin|sitzung|session|treffen|gesprach|gespraech)(?= (?:bei|mit|von|auf|nach|in|zu|bitte|doch|mal)\b)/g,
    'move my session',
  ],
  [/\bmove my session (?:bei|mit|von) (?=[a-z]{3,})/g, 'move my session with '],
  [
    /\b(?:verschieben|verlegen|umlegen|schieben|legen) sie(?: (?:bitte|doch|mal|vielleicht))* (?:ihn|es|den|das|die)(?: (?:bitte|doch|mal|vielleicht))* (?:auf|nach) /g,
    'move it to ',
  ],
  [
    /\b(?:verschieben|verlegen|umlegen|verschiebe|verleg|schieb) (?:ihn|sie|es)\b(?! (?:bitte |doch |mal )*(?:meinen|den|die|das|unseren|mein|meine|unsere)\b)|\b(?:ihn|sie|es) (?:verschieben|verlegen|umlegen|schieben)\b/g,
    'move it',
  ],
  [/\b(?:verschieben|verlegen|umlegen|verschiebe|verleg|umbuchen)\b/g, 'move'],
  // A session named by its mentor or its hour, then its new day: "Und den mit Tom bitte auf Freitag,
  // gleiche Zeit", "die bei Lena auf Montag verschieben", "den um 4 auf Donnerstag legen" (the verb
  // left out or said last: "move the one with tom to friday").
  [
    /\b(?:(?:verschieb|verschiebe|verleg|verlege|schieb|schiebe|leg|lege)(?: (?:mir|bitte|doch|mal))* )?(?:den|die|das)(?: (?:termin|sitzung|session))? (?:mit|bei|von) (?!(?:ihm|ihr|mir|dir|uns|euch|dem|der|den|heute|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)([a-z]{3,})(?: (?:bitte|doch|mal|dann|noch|lieber|auch|einfach))* (?:auf|nach) ((?:den |am |nachsten |naechsten |kommenden |diesen )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|ubermorgen|uebermorgen)\b)/g,
    'move the one with $1 to $2',
  ],
  [
    /\b(?:(?:verschieb|verschiebe|verleg|verlege|schieb|schiebe|leg|lege)(?: (?:mir|bitte|doch|mal))* )?(?:den|die|das)(?: (?:termin|sitzung|session))? (?:um|von) (\d{1,2}(?:[:.]\d{2})?)(?: uhr)?(?: (?:bitte|doch|mal|dann|noch|lieber|auch|einfach))* (?:auf|nach) ((?:den |am |nachsten |naechsten |kommenden |diesen )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|ubermorgen|uebermorgen)\b)/g,
    'move the one at $1 to $2',
  ],
  [
    /(?<=\bmove the one (?:with [a-z]+|at \S+) to [^.?!,]{1,40}?) (?:verschieben|verlegen|legen|schieben|umlegen|setzen|packen|tun|machen|move)\b/g,
    '',
  ],
  // The verb last: "kannst du ihn mir stattdessen auf Mittwoch zur gleichen Zeit legen?", "den
  // Termin auf Freitag verschieben", "das auf Donnerstag schieben", "den auf Freitag legen" (the one
  // in view, "den" before its new day only a pronoun).
  [
    /\b(ihn|sie|es|den|die|das|des|dies|diesen|de|ean|eam|my session(?: with [a-z]{3,}(?: (?!bitte|doch|auf|nach|zu|mal|lieber|dann|noch|vielleicht|gern|gerne)[a-z]{3,})?)?)(?: (?:mir|uns|bitte|doch|stattdessen|lieber|einfach|dann|vielleicht|noch|mal|eventuell|besser|gern|gerne))* (?:auf|nach|in) (.{1,50}?)(?: zu)? (?:legen|verlegen|verschieben|schieben|umlegen|setzen|packen|move|vorziehen|vorverlegen|verlagern)\b/g,
    'move $1 to $2',
  ],
  [/\bmove (?:ihn|sie|es|den|die|das|des|dies|diesen|de|ean|eam) to\b/g, 'move it to'],
  [
    /\bmove my session((?: with [a-z]{3,}(?: [a-z]{3,})?)?)(?: (?:bitte|doch|mal))* (?:auf|nach) /g,
    'move my session$1 to ',
  ],
  [/\bmove it (?:auf|nach) (?=\S)/g, 'move it to '],
  // Weekdays shortened as on a calendar, before a time: "tom do 15 uhr", "am Mi. um 10", "Fr 9:30".
  ...(
    [
      ['mo', 'montag'],
      ['di', 'dienstag'],
      ['mi', 'mittwoch'],
      ['do', 'donnerstag'],
      ['fr', 'freitag'],
      ['sa', 'samstag'],
      ['so', 'sonntag'],
    ] as const
  ).map(
    ([short, day]) =>
      [
        new RegExp(
          `${
            // "so", "di", "mi", "do" are also "so", "dich", "mich", "da" in dialect ("erinner mi um
            // 18 uhr", "i bin do um 5"): a weekday only after "am", with a full stop, or right before
            // the hour.
            short === 'so'
              ? '\\bam so\\.?'
              : ['di', 'mi', 'do'].includes(short)
                ? `(?:\\bam ${short}\\.?|\\b${short}\\.|\\b${short}(?= \\d))`
                : `\\b(?:am )?${short}\\.?`
          }(?! \\S+ (?:mal|x|stunden|std|minuten|min|tage|wochen|leute|personen|euro)\\b)(?= (?:um |gegen |ab |so um )?(?:\\d|(?:eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf|halb|viertel|dreiviertel)\\b))`,
          'g',
        ),
        `am ${day}`,
      ] as const,
  ),
  // Swiss German as people type it ("chasch mir de termin absäge", "buech mer bi de Siobhán am
  // Friitig am halbi vieri"): its most frequent words, into the standard German the rest reads.
  [/\bmantig\b/g, 'montag'],
  [/\bziischtig\b|\bzischtig\b/g, 'dienstag'],
  [/\bmittwuch\b/g, 'mittwoch'],
  [/\bdunschtig\b|\bdonnschtig\b/g, 'donnerstag'],
  [/\bfriitig\b|\bfritig\b/g, 'freitag'],
  [/\bsamschtig\b/g, 'samstag'],
  [/\bsunntig\b/g, 'sonntag'],
  [/\b(?:am |um )?halbi (\w+?)i\b/g, 'halb $1'],
  [/\babsage\b|\babsaege\b|\babsaga\b/g, 'absagen'],
  [/\bbuech(?:e)?\b/g, 'buch'],
  [/\bchasch\b/g, 'kannst du'],
  [/\bcha\b/g, 'kann'],
  [/\bhalfe\b|\bhaelfe\b/g, 'helfen'],
  [/\bsit (?=\w)/g, 'seit '],
  [/\bwuche\b/g, 'woche'],
  [
    /\b(?:ich )?schlafe? (?:seit [\w ]+? )?(?:(?:so|total|echt|voll|richtig|ganz|sehr|extrem|mega|momentan|gerade|grad|in letzter zeit|zurzeit) )*(?:schlecht|mies|miserabel|furchtbar|beschissen|grottig|kaum|nicht gut|nicht mehr gut|nicht mehr richtig)\b|\bschlafprobleme\b/g,
    'i sleep badly',
  ],
  [/\bbi de\b/g, 'bei'],
  [/\bmer\b/g, 'mir'],
  [/\bhan ich\b/g, 'habe ich'],
  [/\bsuscht no\b/g, 'sonst noch'],
  [
    /\bwas (?:habe|hab) ich (?:sonst |noch |sonst noch )*(?:fur|an) (?:termine?n?|sitzungen?)\b/g,
    'what sessions do i have',
  ],
  // The weekday of the week after: "den Freitag in der Woche drauf", "Freitag der nächsten Woche",
  // "übernächsten Freitag", Bavarian "in da Woch drauf": that day next week.
  [
    /\b(?:den |am |dem )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) (?:in der |in da |in de |der |von der )(?:woche|woch|wuche) (?:drauf|darauf|danach|dernach|nachher)\b/g,
    '$1 next week',
  ],
  [
    /\b(?:den |am |dem )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),? (?:der|in der|von der|in da) (?:nachsten|naechsten|kommenden|nachschten) (?:woche|woch|wuche)\b/g,
    '$1 next week',
  ],
  [
    /\b(?:den |am |dem )?(?:ubernachsten|uebernachsten|ubernachste|uebernaechste|uebernaechsten)[nr]? (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/g,
    '$1 next week',
  ],
  // "montag in einer woche": the one after next.
  [
    /\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) in (?:einer|ner) woche\b/g,
    'nachsten $1',
  ],
  [/\bmit ihr\b/g, 'with her'],
  [/\bmit ihm\b/g, 'with him'],
  [
    /\b(?:wann|um wie viel uhr|bis wann) (?:macht|schliesst|schliest|hat) (?:es |das |der |die )?/g,
    'what time does it close ',
  ],
  [
    /\btrau(?:e)? mich (?:(?:seit|schon|echt|einfach|irgendwie|gar|noch|monaten|wochen|jahren|langem|langerem|laengerem|ewig|ewigkeiten|einer|einem|zeit) )*nicht (?:mehr )?(?:ins|in das|in ein|zum|in den|in a) (?:fitnessstudio|fitnesscenter|gym|studio)\b/g,
    'scared of the gym',
  ],
  // "Versteht das hier jemand?", "gibt's wen, der das kennt?": someone who has been there.
  [
    /\b(?:versteh(?:t|en)?|kenn(?:t|en)) (?:das|des|mich|so was|sowas)(?: (?:hier|denn|vielleicht|auch|wirklich|uberhaupt|ueberhaupt))* (?:jemand|wer|einer|eine|irgendwer|irgendjemand)\b|\b(?:(?:gibt(?:'?s| es)|kennst du)(?: (?:hier|da|denn|vielleicht))* )?(?:jemand|jemanden|wen|wer|irgendwer|irgendjemand|einen|eine)(?: hier)?,? (?:der|die|wo) (?:das|des|mich|so was|sowas) (?:versteht|kennt|nachvollziehen kann)\b/g,
    'is there someone who gets that',
  ],
  // "Hilft hier jemand beim Schlaf?", "kann mir hier wer bei Panik helfen?": a mentor by topic.
  [
    /\bhilft (?:(?:hier|da|denn|vielleicht|auch|mir|uns) )*(?:jemand|wer|einer|eine|irgendwer|irgendjemand)(?: (?:hier|da|mir|auch))* (?:bei|beim|mit|gegen)\b/g,
    'who can help with',
  ],
  [
    /\bkann (?:(?:mir|hier|da|denn|vielleicht|auch) )*(?:jemand|wer|irgendwer|irgendjemand)(?: (?:hier|da|mir|auch))* (?:bei|beim|mit) (.{2,40}?) helfen\b/g,
    'who can help with $1',
  ],
  // "Klingt gut", "hört sich gut an": sounds good.
  [
    /\b(?:klingt|hort sich|hoert sich|klingt ja)(?: (?:echt|sehr|ziemlich|richtig|total|voll|doch|eigentlich|ganz))* (?:gut|super|toll|prima|nett|okay|ok|interessant|spannend)(?: an)?\b/g,
    'sounds good',
  ],
  // A bare "Atmen?", "Atmung?", "Atemübung?": a breathing exercise asked for.
  [
    /^(?:(?:und|ok|okay|hm+|also|vielleicht|dann)[,.]? )*(?:atmen|atmung|atemubung|atemuebung|atemubungen|atemuebungen|atemtechnik|atemtechniken|was zum atmen)\s*\?+\s*$/g,
    'breathing?',
  ],
  // A plain no, said alone ("nee", "nö danke"): the proposal is dropped, as with "never mind".
  [
    /^(?:nein|nee|ne|noe)(?:,? (?:danke|lieber nicht|doch nicht|jetzt nicht|jetzt doch nicht|grad nicht|gerade nicht|vielleicht spater|vielleicht spaeter|ein andermal))*[.! ]*$/g,
    'never mind',
  ],
  // The go-ahead with the verb: "Jetzt passt's, buchen", "passt so, buch's", "gut, dann buchen",
  // "ok jetzt buchen bitte", "ja, dann mach's fest" ("yes, book it": "jetzt" is no time).
  [
    /^(?:(?:ja|jo|jap|so|jetzt|gut|ok|okay|oke|alles klar|super|perfekt|prima|klasse|dann|also|genau|passt(?:'?s| es| das| so)?|(?:das|des) passt(?: so)?|(?:das )?(?:ist|is) gut|klingt gut|gut so|einverstanden)[,.!]? )*(?:(?:dann|jetzt|bitte|gleich|einfach) )*(?:buchen|buch(?:'?s| es| das| ihn| sie)?|buche(?: es| das| ihn| sie)?|mach(?:'?s| es| das)? fest|fest machen|festmachen|reservieren|reservier(?:'?s| es| das)?)(?: (?:bitte|jetzt|dann|gleich|so|sofort|ab))*\s*[.!]*$/g,
    'yes, book it',
  ],
  // A plain yes ("ja, passt", "jo gerne"): English for the matchers, and German for short messages.
  [
    /^(?:ja+|jo+|jou|joa|jap|jup|jep|jawohl|jawoi|jawui|klar|gerne?|garn|gaern|genau|passt|freilich|einverstanden|abgemacht|(?:des|das) passt|isch guet|isch gut)(?:[ ,!.]+(?:ja|jo|jap|klar|gerne?|garn|gaern|genau|passt|bitte|danke|super|so|doch|scho|schon|gut|guet|ok|okay|eh|mei|freilich|sehr gerne?|(?:des|das) passt|passt so|isch guet|isch gut|gut so|mach das(?: so)?|machen wir(?: so| das)?|mach ma(?: so| des| das)?|so machen wir(?:s| das)?|perfekt|prima|einverstanden|abgemacht|fortfahren|weitermachen|mach weiter|machen sie weiter|leg los|legen sie los|los|los gehts|los geht's|ausfuhren|ausfuehren|durchfuhren|durchfuehren|bestatigt|bestaetigt|bestatige|bestaetige|bestatigen|bestaetigen))*[ !.]*$/g,
    'yes',
  ],
  [/\bbitte(?:schon|schoen)?\b(?=.*\S)|(?<=\S.*)\s*\bbitte\b/g, ''],
  [
    /\b(?:wann|um wie ?viel uhr|um welche uhrzeit|welche uhrzeit|wie spat|wie spaet)(?: (?:genau|eigentlich|nochmal|denn|gleich))* (?:ist|war|hat|hatte|hab ich|habe ich) (?:nochmal |eigentlich |denn |gleich |jetzt |nun |genau )*(?:mein(?:e|en)?|der|die|den) (?:nachste[nr]? |naechste[nr]? )?(?:termin|sitzung)(?: (?:bei|mit) [a-z]+)?\b/g,
    'when is my session',
  ],
  // A window of time, to be asked within: "zwischen 14 und 16 Uhr", "irgendwann zwischen zwei und
  // vier", "zwischen 9:30 und 11" ("between 14:00 and 16:00", not the first hour booked).
  ...[...hours, ...lateHours].flatMap(
    ([word, n]) =>
      [
        [new RegExp(`(?<=\\bzwischen )(?:${word})\\b(?= (?:uhr )?und\\b)`, 'g'), `${n}`],
        [new RegExp(`(?<=\\bzwischen \\d{1,2}(?: uhr)? und )(?:${word})\\b`, 'g'), `${n}`],
      ] as const,
  ),
  [
    /\bzwischen (\d{1,2})[:.](\d{2})(?: ?uhr)? und (\d{1,2})[:.](\d{2})(?: ?uhr)?(?![:.]?\d)/g,
    'between $1:$2 and $3:$4',
  ],
  [
    /\bzwischen (\d{1,2})(?: ?uhr)? und (\d{1,2})[:.](\d{2})(?: ?uhr)?(?![:.]?\d)/g,
    'between $1:00 and $2:$3',
  ],
  [
    /\bzwischen (\d{1,2})[:.](\d{2})(?: ?uhr)? und (\d{1,2})(?: ?uhr)?(?![:.]?\d)/g,
    'between $1:$2 and $3:00',
  ],
  // The earliest hour that suits: "aber nicht vor zehn", "nicht früher als 9", "frühestens um 10".
  ...[...hours, ...lateHours].map(
    ([word, n]) =>
      [
        new RegExp(
          `(?<=\\b(?:nicht vor|nicht fruher als|nicht frueher als|fruhestens(?: um)?|fruehestens(?: um)?) )(?:${word})\\b`,
          'g',
        ),
        `${n}`,
      ] as const,
  ),
  [
    /\b(?:aber )?(?:bitte )?(?:nicht vor|nicht fruher als|nicht frueher als|fruhestens|fruehestens)\b/g,
    'not before',
  ],
  [/\bzwischen (1[0-2]|0?[1-9]) und (1[0-2]|0?[1-9])(?![:.]?\d| ?uhr)/g, 'between $1 and $2'],
  [/\bzwischen (\d{1,2})(?: ?uhr)? und (\d{1,2})(?: ?uhr)?(?![:.]?\d)/g, 'between $1:00 and $2:00'],
  // A date in figures: "Freitag, den 17.5.", "am 17.05.2030", "dem 3.6." ("17 may"; not "um 10.30").
  ...englishMonths.map(
    (month, i) =>
      [
        new RegExp(
          `(?<!\\b(?:um|gegen|ab|bis|von) )\\b(?:am |den |dem |der |vom |zum )?([12]\\d|3[01]|0?[1-9])\\.0?${i + 1}\\.(?:(?:20)?\\d{2}\\b)?`,
          'g',
        ),
        `$1 ${month}`,
      ] as const,
  ),
  // The clock in words ("viertel nach sieben", "viertel fünf", "zehn vor acht"), then hours past
  // noon in words ("um siebzehn Uhr", "sechzehn Uhr dreißig") and minutes after "Uhr".
  ...clockEntries,
  ...lateHours.map(
    ([word, n]) => [new RegExp(`\\b(um |gegen |bis |ab )?(?:${word}) uhr\\b`, 'g'), `$1${n} uhr`] as const,
  ),
  ...lateHours.map(
    ([word, n]) =>
      [
        new RegExp(`\\b(um|gegen) (?:${word})\\b(?! (?:minuten|stunden|tage|mal|euro|leute))`, 'g'),
        `$1 ${n}`,
      ] as const,
  ),
  // Hours in words become digits where they are times ("um elf", "halb drei", "viertel nach vier").
  ...hours.map(
    ([word, n]) =>
      [
        new RegExp(`\\b(um|gegen|halb|nach|vor|dreiviertel|in) (?:${word})\\b(?! (?:mal|sachen|dinge))`, 'g'),
        `$1 ${n}`,
      ] as const,
  ),
  ...hours.map(([word, n]) => [new RegExp(`\\b(?:${word}) uhr\\b`, 'g'), `${n} uhr`] as const),
  [/\bum ein uhr\b/g, 'um 1 uhr'],
  ...minuteWords.map(
    ([word, m]) => [new RegExp(`\\b(\\d{1,2}) uhr (?:${word})\\b`, 'g'), `$1:${m} uhr`] as const,
  ),
  // Dates: "am 9. Mai", "den 10." (chrono-node and the English rules read "9 may", "the 10th").
  ...months.map(([word, en]) => [new RegExp(`\\b(?:${word})\\b`, 'g'), en] as const),
  [
    /\b(?:am |den |dem |der |vom |zum )?(\d{1,2})\.? (january|february|march|april|may|june|july|august|september|october|november|december)\b/g,
    '$1 $2',
  ],
  [/\b(?:am|den) (\d{1,2})\.(?=\s|,|$)/g, 'the $1th'],
  [/\bubermorgen\b|\buebermorgen\b/g, 'day after tomorrow'],
  [/\bguten morgen\b/g, 'good morning'],
  [/\bguten abend\b/g, 'good evening'],
  [/\bguten tag\b/g, 'hello'],
  [/\bheute morgen\b|\bheute fruh\b|\bheute frueh\b/g, 'this morning'],
  [/\bbis morgen\b(?=[!. ]*$)/g, 'bye'],
  // "halb eins" is half past twelve, at noon unless said of the night ("um halb eins nachts").
  [
    /\b(?:um |gegen )?halb (?:eins|1)\b(?! ?(?:uhr )?(?:nachts|in der nacht|fruh|frueh|morgens|am morgen))(?: uhr)?(?: (?:am |zu )?mittags?\b)?/g,
    'at 12:30',
  ],
  [/\bum halb\b|\bgegen halb\b/g, 'halb'],
  [/\bhalb (\d{1,2})\b/g, 'half-$1'],
  [/\bhalb (eins|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwolf|zwoelf)\b/g, 'half-$1'],
  // "halb drei am Nachmittag" is 14:30: the half hour keeps the part of the day it is said with.
  [/\b(half-\w+) (?:am nachmittag|nachmittags|am abend|abends)\b/g, '$1pm'],
  [/\b(half-\w+) (?:am morgen|morgens|in der (?:fruh|frueh)|fruh|frueh|am vormittag|vormittags)\b/g, '$1am'],
  [/\b(?:um |gegen )?viertel nach (\d{1,2})\b/g, 'at quarter past $1'],
  [/\b(?:um |gegen )?(?:viertel vor|dreiviertel) (\d{1,2})\b/g, 'at quarter to $1'],
  [/\b(?:um |gegen )?zehn nach (\d{1,2})\b/g, 'at $1:10'],
  [/\b(?:um |gegen )?(?:funf|fuenf) nach (\d{1,2})\b/g, 'at $1:05'],
  [/\b(?:um |gegen )?zwanzig nach (\d{1,2})\b/g, 'at $1:20'],
  // The part of the day, then its hour after a comma: "gleich in der Früh, um 7", "abends, so um 8".
  [
    /\b(?:gleich |ganz )?(?:in der fruh|in der frueh|fruh|frueh|morgens|am morgen|am vormittag|vormittags)[,;] (?:so )?(?:um|gegen) (\d{1,2})(?:[:.](\d{2}))?(?: ?uhr| ?h)?\b/g,
    'at $1:$2am',
  ],
  [
    /\b(?:abends|am abend|nachmittags|am nachmittag)[,;] (?:so )?(?:um|gegen) (\d{1,2})(?:[:.](\d{2}))?(?: ?uhr| ?h)?\b/g,
    'at $1:$2pm',
  ],
  // A time of day beside the hour: "morgen früh um 7:30", "um 8 Uhr abends".
  [
    /\b(?:fruh|frueh|morgens|vormittags|am morgen|am vormittag|in der fruh|in der frueh) (?:um |gegen )?(\d{1,2})(?:[:.](\d{2}))?(?: ?uhr)?\b/g,
    'at $1:$2am',
  ],
  [
    /\b(?:um |gegen )?(\d{1,2})(?:[:.](\d{2}))?(?: ?uhr)? (?:morgens|fruh|frueh|vormittags|am morgen|am vormittag|in der fruh|in der frueh)\b/g,
    'at $1:$2am',
  ],
  [
    /\b(?:abends|nachmittags|am abend|am nachmittag) (?:um |gegen )?(\d{1,2})(?:[:.](\d{2}))?(?: ?uhr)?\b/g,
    'at $1:$2pm',
  ],
  [
    /\b(?:um |gegen )?(\d{1,2})(?:[:.](\d{2}))?(?: ?uhr)? (?:abends|nachmittags|am abend|am nachmittag)\b/g,
    'at $1:$2pm',
  ],
  // Texted lengths of time: "in 2 std", "in 3std" ("in 2h" is English as much, and read as it is).
  [/\bin (\d{1,3}) ?(?:std|stdn)\b\.?/g, 'in $1 hours'],
  [/(?<!at )\b(?:um |gegen )?(\d{1,2})(?: ?uhr| ?h) (\d{2})\b/g, 'at $1:$2'],
  [/(?<!at )\b(?:um |gegen )(\d{1,2})[:.](\d{2})(?: ?uhr)?(?![\d.]|am|pm)/g, 'at $1:$2'],
  [/(?<!at )\b(\d{1,2})[:.](\d{2}) ?uhr\b/g, 'at $1:$2'],
  [/\b(\d{1,2})\.(\d{2})\b(?!\.\d)/g, '$1:$2'],
  [/(?<!at |\bin )\b(?:um |gegen )?(\d{1,2}) ?(?:uhr|h)\b/g, 'at $1:00'],
  [/\b(?:um|gegen) (\d{1,2})\b/g, 'at $1'],
  // When work ends, said to answer "what time?": "Ich hab um 18 Uhr Schluss, also 18:30", "mein
  // Feierabend ist um 17 Uhr", "bin um 6 fertig, also halb sieben" ("i finish work at 18:00, so …").
  [
    /\b(?:ich |i )?(?:hab|habe|han|hob|ha|mach|mache|hab erst|habe erst)(?: (?:heute|heut|today|erst|so|ungefahr|ungefaehr|gegen))* (at \d{1,2}(?::\d{2})?(?:am|pm)?) (?:schluss|feierabend|aus|frei|dienstschluss|arbeitsschluss)\b/g,
    'i finish work $1',
  ],
  [
    /\b(?:mein |der )?(?:feierabend|schluss|dienstschluss|arbeitsschluss|arbeitsende)(?: (?:ist|is|isch))(?: (?:heute|heut|today|erst|so|ungefahr|ungefaehr|gegen))* (at \d{1,2}(?::\d{2})?(?:am|pm)?)/g,
    'i finish work $1',
  ],
  [
    /\b(?:ich |i )?(?:bin|komme|komm)(?: (?:heute|heut|today|erst|so|ungefahr|ungefaehr|gegen))* (at \d{1,2}(?::\d{2})?(?:am|pm)?) (?:fertig|raus|aus der arbeit|von der arbeit|aus dem buro|aus dem buero)\b/g,
    'i finish work $1',
  ],
  [/(?<=\bi finish work at \S+),? (?:also|dann|sprich|d\.h\.|das heisst)(?=,? (?:at )?\d)/g, ', so'],
  // "Mittag essen gehen" is having lunch, not noon ("um halb eins Mittag essen").
  [/\b(?:zu |zum )?mittag ?essen(?= gehen| zu gehen| holen| zu holen)\b/g, 'lunch'],
  [/\bat 12:00 mittags?\b/g, 'at 12:00'],
  [/\bheute mittags?\b/g, 'today at 12:00'],
  [/\bmorgen mittags?\b/g, 'tomorrow at 12:00'],
  // "nach dem Mittag" is after lunch (below), not noon.
  [/(?<!\b(?:nach|vor) (?:dem |em |m )?)\b(?:um |gegen |am )?mittags?\b/g, 'at 12:00'],
  [/\bheute abend\b|\bheut abend\b|\bheute nacht\b/g, 'tonight'],
  [/\bheute nachmittag\b/g, 'this afternoon'],
  [/\bmorgen (?:fruh|frueh)\b/g, 'tomorrow morning'],
  [/\bin (?:einer|ner|'ner) halben stunde\b|\bin einer halbstunde\b/g, 'in 30 minutes'],
  [/\bin (?:einer|ner|'ner) viertelstunde\b/g, 'in 15 minutes'],
  [
    /\bin (?:anderthalb|eineinhalb|einhalb|1[,.]5|ein ?einhalb) (?:stunden|std|h)\b|\bin (?:einer|ner|'ner|1) stunde und (?:einer halben|ner halben|dreissig minuten|30 minuten|30 min|30)\b/g,
    'in 90 minutes',
  ],
  [/\bin (\d{1,3}) (?:stunden?|std)\b/g, 'in $1 hours'],
  [/\bin (\d{1,3}) minuten\b/g, 'in $1 minutes'],
  [/\bin (?:einer|ner|'ner) stunde\b/g, 'in an hour'],
  // Times of day named by what one does then (read as hours in offline/when.ts).
  [/\bgleich (?:in der )?fruh\b|\bgleich morgens\b|\bals erstes (?:am morgen|morgens)?\b/g, 'first thing'],
  [/\bnach (?:dem |em |m )?(?:mittagessen|zmittag|essen|mittag)\b/g, 'after lunch'],
  // A day kept, the time left to the companion: "gleicher Tag, such dir was aus", "selber Tag,
  // irgendwann nachmittags", "egal wann".
  [/\b(?:(?:der |den )?(?:gleiche[rn]?|selbe[rn]?|derselbe|denselben) tag|gleichen tags)\b/g, 'same day'],
  [
    /,?\s*\b(?:such (?:dir|du) (?:was|etwas|eine zeit|ne zeit|a zeit|eine uhrzeit|selber was|einfach was) aus|(?:das |des )?(?:ist|is|isch) mir (?:egal|wurscht|wurst|gleich)(?: wann| welche (?:zeit|uhrzeit))?|egal wann|wann(?: immer)? (?:es|'s|s) dir passt|du (?:kannst|darfst) (?:es )?(?:dir )?aussuchen)\b/g,
    '',
  ],
  [
    /\birgendwann\b(?= (?:after|at|tomorrow|today|on|morning|afternoon|evening|nachmittags?|vormittags?|abends?|morgens|next|this|between))/g,
    'sometime',
  ],
  // "so früh wie möglich", "frühestmöglich", "möglichst früh": the earliest time that suits.
  [
    /\b(?:so (?:fruh|frueh) wie (?:moglich|moeglich|es geht)|(?:fruhestmoglich|fruehestmoeglich)(?:e[nr]?)?|moglichst (?:fruh|frueh)|moeglichst frueh|zum fruhestmoglichen zeitpunkt)\b/g,
    'as early as possible',
  ],
  [/\b(?:so bald wie (?:moglich|moeglich)|baldmoglichst|baldmoeglichst|asap)\b/g, 'as soon as possible'],
  [
    /\bnach (?:der |de )?arbeit\b|\bnach (?:dem |em )?feierabend\b|\bnach (?:der |de )?schicht\b/g,
    'after work',
  ],
  [/\bam ende des tages\b|\bzum feierabend\b/g, 'at the end of the day'],
  [/\bnach (?:dem |em )?(?:abendessen|znacht|znacht essen)\b/g, 'after dinner'],
  [/\bvor dem (?:schlafen(?:gehen)?|insbettgehen)\b|\bvorm schlafen(?:gehen)?\b/g, 'before bed'],
  // "was hab i jetzt noch", "was steht noch an": the sessions left.
  [/\bwas (?:hab|habe|han|ha) (?:i|ich) (?:jetzt |denn |dann )?noch\b/g, 'what have i got left'],
  [
    /\bwann is(?:t)? mei(?:ne)? (?:nachste|naechste|nachschte) (?:sitzung|termin|session)\b/g,
    'when is my next session',
  ],
  // Swiss German: "gits da in de nächi es ruhigs kafi?", "hab chli schiss".
  [/\bgit'?s\b|\bgits\b/g, 'is there'],
  [/\bin (?:de|der) (?:naechi|nachi)\b/g, 'nearby'],
  [/\bruhig(?:s|i)\b/g, 'quiet'],
  [/\b(?:kafi|kaffi)\b/g, 'cafe'],
  [/\b(?:hab|habe|ha) (?:chli |echt |voll |ein bisschen |bissl )?schiss\b/g, "i'm scared"],
  [
    /\b(?:jetzt|gerade|grad|grade|aktuell|noch) (?:offen|geoffnet|geoeffnet|auf)\b|\b(?:offen|geoffnet|geoeffnet) (?:jetzt|gerade|grad)\b/g,
    'open now',
  ],
  [/\bwas steht (\w+ )?(?:bei mir |fur mich |fuer mich )?(?:noch )?an\b/g, 'what have i got coming up $1'],
  [/\bremind (?:mich|mi)\b/g, 'remind me'],
  [
    /\b(?:die|das) mich (?:ein bisschen |ein wenig |etwas |bissl )?(?:erdet|runterholt)\b|\berden\b|\berdung\b/g,
    'grounding',
  ],
  [/\b(?:funf|fuenf|5) sinne\b/g, 'grounding'],
  [/\bich (?:suche|suchen|such)\b/g, 'find'],
  [/\bnah bei mir\b|\bin meiner (?:nahe|naehe)\b/g, 'near me'],
  // Back to a mentor named before: "doch wieder zu Siobhán", "zurück zu Tom".
  [/\b(?:doch wieder|zuruck|zurueck|wieder) zu (?=[a-z]{3,})/g, 'with '],
  [/\b(?:bammel|muffensausen|lampenfieber)\b/g, 'nervous'],
  [/^(?:heute|jetzt|grad|gerade|momentan) (?:doch |lieber )?(?:nicht|ned|net)\b/g, 'not now'],
  // An exercise against what one feels: "Hast du ne Übung gegen Nervosität?", "eine Technik bei
  // Stress", "was gegen die Aufregung" ("an exercise to calm me down").
  [
    /\b(?:(?:eine|ne|'ne|n|a|e|kurze|kleine|irgendeine|so eine|schnelle) )*(?:ubung|uebung|exercise|technik|atemtechnik|trick)(?:en)? (?:gegen|bei|fur|fuer) (?:(?:die|meine|den|meinen|diese|so|akute|akuten|starke|starken) )*(?:nervositat|nervositaet|aufregung|stress|anspannung|unruhe|innere unruhe|angst|angste|aengste|angstgefuhle|angstgefuehle|nerven|lampenfieber|grubeln|gruebeln|gedankenkreisen|gedankenkarussell|uberforderung|ueberforderung|panik)\b/g,
    'an exercise to calm me down',
  ],
  [
    /\b(?:was|etwas|irgendwas|ebbis|opis)(?: (?:kleines|schnelles|kurzes))? (?:gegen|bei) (?:(?:die|meine|den|meinen|diese|so) )*(?:nervositat|nervositaet|aufregung|anspannung|unruhe|innere unruhe|lampenfieber|grubeln|gruebeln|gedankenkreisen|gedankenkarussell)\b/g,
    'something to calm me down',
  ],
  // "eine Übung zum Runterkommen", "eine Übung, um runterzukommen", "was, damit ich mich beruhige"
  // ("was zum Entspannen in der Nähe" is a place, below).
  [
    /\b(?:(?:eine|ne|'ne|n|a|e|kurze|kleine) )*(?:ubung|uebung|exercise),? (?:zum|fur|fuer|um|damit (?:ich|i)|dass (?:ich|i)) (?:mich |mi )?(?:(?:ein bisschen|bisschen|bissl|a bissl|etwas|wieder|kurz) )*(?:runterkommen|runterzukommen|runterkomme|runterkumm|obakemma|obazkemma|owakemma|entspannen|zu entspannen|entspanne|beruhigen|zu beruhigen|beruhige|abschalten|abzuschalten|ruhiger werde|ruhig werde|ruhiger wird)\b/g,
    'something to calm me down',
  ],
  [
    /\b(?:was|etwas|ebbis|opis),? (?:zum|um|damit (?:ich|i)) (?:mich |mi )?(?:(?:ein bisschen|bisschen|bissl|a bissl|wieder|kurz) )*(?:runterkommen|runterzukommen|runterkomme|obakemma|obazkemma|owakemma|beruhigen|zu beruhigen|beruhige)\b(?! (?:in|im|bei|near|hier|um die))/g,
    'something to calm me down',
  ],
  [/\batm(?:e|en)?(?: (?:mal|kurz|bitte|doch|einfach))* mit mir\b/g, 'breathe with me'],
  // "Kannst du mir was zum Runterkommen zeigen?", "könnten Sie mir eine Atemübung beibringen?": shown.
  [
    /\b(?:kannst du|konntest du|koenntest du|kannste|konnen sie|koennen sie|konnten sie|koennten sie|magst du)(?: (?:mir|mer|ma|uns))?(?: (?:bitte|mal|vielleicht|kurz|noch))* (something to calm me down|an exercise to calm me down|(?:(?:eine|ne|a|e|kurze|kleine) )*(?:breathing exercise|atemubung|atemuebung|grounding|erdungsubung|erdungsuebung|body scan|bodyscan|entspannungsubung|entspannungsuebung|ubung|uebung))(?: (?:bitte|mal))* (?:zeigen|beibringen|geben|erklaren|erklaeren|vorschlagen|empfehlen|schicken|vormachen)\b/g,
    'can you show me $1',
  ],
  [
    /\b(?:kannst du|konntest du|koenntest du|kannste|konnen sie|koennen sie|konnten sie|koennten sie|magst du)(?: (?:mir|mer|ma|uns))?(?: (?:bitte|mal|vielleicht|kurz|noch))* (?:was|etwas|irgendwas) (?:zum entspannen|zur entspannung|zum abschalten|zum durchatmen)(?: (?:bitte|mal))* (?:zeigen|beibringen|geben|erklaren|erklaeren|vorschlagen|empfehlen|vormachen)\b/g,
    'can you show me something to calm me down',
  ],
  // Formal: "Erinnern Sie mich bitte …", "würden Sie mich erinnern".
  [
    /\berinnern sie mich(?: bitte)?\b|\b(?:wurden|wuerden|konnten|koennten) sie mich (?:bitte )?(?:daran )?erinnern\b/g,
    'remind me',
  ],
  [/\bwas (?:hab|habe) ich (?:jetzt |denn |schon )?(?:alles )?gebucht\b/g, 'what have i got booked'],
  [/\b(?:ein|das|im|ins) studio\b(?= (?:fur|fuer|in|hier|mit|das|wo)\b|\s*\?)/g, ' gym'],
  [
    /\bexpositions?(?:ubungen|uebungen|ubung|uebung|training|therapie)\b|\bkonfrontations?(?:ubungen|uebungen|training)\b/g,
    'exposure practice',
  ],
  [/\bmorgen\b/g, 'tomorrow'],
  [/\bheute\b|\bheut\b/g, 'today'],
  [/\bgestern\b/g, 'yesterday'],
  [/\bnachste woche\b|\bnaechste woche\b/g, 'next week'],
  [
    /\bnachste[nr]? (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|\bnaechste[nr]? (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/g,
    'next $1$2',
  ],
  [
    /\b(?:kommende[nr]?|diese[nr]?) (?=montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)/g,
    'this ',
  ],
  [/\bam montag\b/g, 'on monday'],
  [/\bmontag\b/g, 'monday'],
  [/\bam dienstag\b/g, 'on tuesday'],
  [/\bdienstag\b/g, 'tuesday'],
  [/\bam mittwoch\b/g, 'on wednesday'],
  [/\bmittwoch\b/g, 'wednesday'],
  [/\bam donnerstag\b/g, 'on thursday'],
  [/\bdonnerstag\b/g, 'thursday'],
  [/\bam freitag\b/g, 'on friday'],
  [/\bfreitag\b/g, 'friday'],
  [/\bam (?:samstag|sonnabend)\b/g, 'on saturday'],
  [/\bsamstag\b|\bsonnabend\b/g, 'saturday'],
  [/\bam sonntag\b/g, 'on sunday'],
  [/\bsonntag\b/g, 'sunday'],
  [/\b(?:am )?nachmittags?\b/g, 'afternoon'],
  [/\b(?:am )?vormittags?\b|\bmorgens\b|\bam morgen\b/g, 'morning'],
  [/\b(?:am )?abends?\b/g, 'evening'],
  // A search corrected: "i hab a Kaffeehaus gmeint, ka Fitnessstudio", "ich meinte ein Café, nicht
  // das Studio": the kind of place meant, looked for.
  [
    /\b(?:(?:ich|i) (?:hab|habe|ha|han) (?:doch |eigentlich |eher )?(?:(?:a|an|ein|eine|einen|n|ne|nen|das|die|den|des) )?(cafe|kaffeehaus|kaffee|fitnessstudio|fitnesstudio|studio)s? (?:gemeint|gmeint)|ich (?:meinte|mein|meine) (?:doch |eigentlich |eher )?(?:(?:a|an|ein|eine|einen|n|ne|nen|das|die|den|des) )?(cafe|kaffeehaus|kaffee|fitnessstudio|fitnesstudio)s?\b(?! ?(?:angst|-)))(?:,? (?:und )?(?:nicht|kein|keine|keinen|ka|kan|kane|net|ned) (?:(?:das|die|den|ein|eine|einen|a|an) )?(?:cafe|kaffeehaus|kaffee|fitnessstudio|fitnesstudio|studio)s?\b)?/g,
    'find a $1$2',
  ],
  // Not "kann ich meine Stimmung notieren" (my mood).
  [
    /(?<!\b(?:kann|konnte|koennte|will|soll|sollte|darf|durfte|mochte|moechte|muss|werde|wurde|wuerde|hab|habe|hast|wie|wo|wann|lass|soll|zeig|zeige|wollte) )\b(?:ich meinte|ich mein|ich meine|i mein|i meinte|i moan|i moant|i han gmeint|i hob gmoant)\b/g,
    'i meant',
  ],
  // A name put right: "Entschuldigung, ich meinte Amara, nicht Tom", "i mein die Lena und net den
  // Tom", "nicht Tom, sondern Amara", "Lena statt Tom".
  [/\bi meant (?:die|den|der|d') (?=[a-z]{3,},? (?:und )?(?:nicht|net|ned|nid|nich)\b)/g, 'i meant '],
  [
    /\b(i meant [a-z]{3,}(?: (?!(?:und|and|nicht|net|ned|nid|nich)\b)[a-z]{3,})?),? (?:und )?(?:nicht|net|ned|nid|nich) (?:(?:mit|bei|den|die|der|d') )*([a-z]{3,})\b/g,
    '$1, not $2',
  ],
  [
    /\b(?:nicht|net|ned|nid|nich) (?:(?:mit|bei|den|die|der|d') )*(?!(?:today|tomorrow|tonight|morning|evening|afternoon|next|this|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at|on|in|so|mehr|heute)\b)([a-z]{3,}),? sondern (?:(?:mit|bei|den|die|der|d') )*(?!(?:today|tomorrow|tonight|morning|evening|afternoon|next|this|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at|on|in)\b)([a-z]{3,})\b/g,
    'i meant $2, not $1',
  ],
  [/\b(?:statt|anstatt|anstelle von|an stelle von)\b/g, 'instead of'],
  [
    /^(?:(?:oh|ah|oje|ohje|oops|ups|hoppla|mist),? )?(?:entschuldigung|entschuldige|entschuldigen sie|tschuldigung|tschuldige|'tschuldigung|verzeihung|verzeih|verzeihen sie|sorry|sorri|mein fehler)\b/g,
    'sorry',
  ],
  // Changes of mind about a proposal: "doch lieber Freitag", "lieber um elf", "mach 16 Uhr draus".
  [new RegExp(`\\bmach (${weekday}) draus\\b`, 'g'), 'change it to $1'],
  [/\bmach (at \S+) draus\b/g, 'make it $1'],
  [/\b(?:doch |dann |eher |vielleicht )?lieber mit\b/g, 'with'],
  [
    new RegExp(
      `\\b(?:doch |dann )?(?:lieber|besser|eher) (?=(?:on )?${weekday}|tomorrow|day after|next)`,
      'g',
    ),
    'change it to ',
  ],
  // "Doch lieber um 13 Uhr, ich komm später los": a change of time, said first.
  // "Ne warte, Unsinn, lieber um 7": the time meant, after the no.
  // "ne doch lieber um 11", "nee, lieber um 9", "doch eher um 10": the time meant, instead.
  [
    /^(?:(?:ne|nee|nein|noe|na|naa|ach|oh|hm+)[,.!]? )+(?:(?:doch|dann)[,.]? )*(?:lieber|besser|eher) (?=(?:at \S+|half-\w+|\d{1,2}(?::\d{2})?(?:am|pm)?)\s*[.!]*$)/g,
    'no, make it ',
  ],
  [
    /^(?:doch|dann) (?:lieber|besser|eher) (?=(?:at \S+|half-\w+|\d{1,2}(?::\d{2})?(?:am|pm)?)\s*[.!]*$)/g,
    'make it ',
  ],
  [/^no wait,? (?:doch |dann )?(?:lieber|besser|eher) (?=at )/g, 'no wait, make it '],
  [
    /^(?:(?:ach|oh|hm|hmm|nee|ne|nein|moment)[,.]? )*(?:doch |dann )?(?:lieber|besser) (?=at \S+,)/g,
    'make it ',
  ],
  [/\b(?:doch |dann )?(?:lieber|besser|eher) (?=at |\d|half)/g, 'instead '],
  // "ne lieber in 2 std", "doch eher in einer halben Stunde": the time from now, instead.
  [/^(?:ne|nee|na|nein|noe|naa|ach|oh)[,.!]? (?=(?:doch |dann )?(?:lieber|besser|eher) in )/g, 'no, '],
  [
    /\b(?:doch |dann )?(?:lieber|besser|eher) (in (?:\d{1,3} ?(?:hours|minutes|h|min|mins)|an hour|30 minutes|15 minutes|90 minutes))\b/g,
    '$1 instead',
  ],
  [
    /\b(?:verschieb|schieb|leg)(?:e|en)?(?: es| ihn| den| das| des| die session| den termin| my session)?(?: (?:doch|bitte|mal|lieber|dann|einfach))* (?:auf|nach) (?=\w)/g,
    'change it to ',
  ],
  // "Na, lass, storniere ihn lieber ganz", "nee lass mal, sag ihn ab": no to what was proposed, then
  // what is wanted instead (not "never mind", which would drop the rest).
  [
    /^(?:(?:na|ne|nee|nein|noe|naa|ach|ah|oh)[,.]? )?lass(?: (?:mal|ma|es|des|das|gut sein))?\s*[,.;:–—-]+\s*(?=(?:doch |lieber |dann |besser |einfach |halt )*(?:storn|cancel|absag|sag |loesch|losch|streich|annul))/g,
    'no, ',
  ],
  [
    /\b(?:ne,? |nee,? |nein,? )?(?:passt|geht) (?:doch |leider |mir )?nicht\b(?! so gut)|\b(?:ne,? |nee,? |nein,? |na,? )?lass (?:mal|ma|mas|mer|es|des|das|gut sein)(?: (?:des|das|es|gut))?(?: (?:sein|bleiben|lieber))?\b|\b(?:lieber )?doch nicht\b|\bvergiss es\b|\bvergiss das\b|\blieber nicht\b|\bnicht mehr notig\b/g,
    'never mind',
  ],
  [
    /\bden anderen?(?: mentor| mentorin)\b|\bdie andere(?: mentorin)\b|\bjemand anders\b|\bjemand anderen\b/g,
    'the other mentor',
  ],
  // "nee, das andere", "und der andere?": the other of two listed, a place or a mentor.
  [
    /\b(?:das|der|die|den|des) (?:andere[nsr]?|andre[nsr]?|ander)\b(?! (?:tag|mal|woche|monat|zeit|uhrzeit))/g,
    'the other one',
  ],
  // Asked about, not booked: "hab ich am Donnerstag einen Termin?", "hab ich eigentlich morgen was?".
  [
    /\b(hab|habe|han) (ich|i) (?:(?:eigentlich|denn|wirklich|auch|jetzt|da|dann|nochmal|bitte|doch|schon|noch) )+/g,
    '$1 $2 ',
  ],
  ...[1, 2].map(
    () =>
      [
        /\b(hab|habe|han) (ich|i)\b(.{0,30}?) (?:eigentlich|denn|wirklich|auch|jetzt|nochmal|doch|schon|noch)\b(.{0,30}?\b(?:einen|eine|nen|ne|n|den|die|meinen|meine) (?:termin|sitzung|session)s?\b)/g,
        '$1 $2$3$4',
      ] as const,
  ),
  [
    /\b(?:hab|habe|han) (?:ich|i)((?: (?:on \w+day|tomorrow|today|day after tomorrow|next week|this week|diese woche|nachste woche|naechste woche|morgen|heute))*) (?:einen|eine|nen|ne|n|irgendeinen|irgendwelche|noch einen|den|die|meinen|meine) (?:sessions?|termine?|sitzung(?:en)?)(?: (?:with|bei|mit) [a-z]+)?((?: (?:on \w+day|tomorrow|today|day after tomorrow|next week|this week|diese woche|at \S+))*)(?: (?:noch|wirklich|auch|eigentlich|doch|schon|bestimmt|sicher))*(?=\s*[?.!]*$|\s*,)/g,
    'do i have any sessions$1$2',
  ],
  // "steht mein Termin am Donnerstag noch?", "ist der Termin mit Tom morgen noch aktuell?".
  [
    /\b(?:steht|ist|gilt|bleibt)(?: (?:eigentlich|denn|auch))? (?:mein(?:e|en)?|der|die|den|unser) (?:termin|sitzung)(?: (?:bei|mit) [a-z]+)?((?: (?:on \w+day|tomorrow|today|next \w+|this \w+|at \S+))*) (?:noch|weiterhin|wirklich|auch)(?! (?:frei|verfugbar|verfuegbar|moglich|moeglich|zu haben|offen))(?: (?:aktuell|gultig|gueltig|fest|an|da|so|wie geplant))?\b/g,
    'do i have any sessions$1',
  ],
  [/\b(do i have any sessions.*?)diese woche\b/g, '$1this week'],
  // A session one has, told before asking something of it: "Ich habe am Freitag um 11 einen Termin
  // bei Amara", "i hab morgen a Sitzung mit Tom" (not a booking asked for).
  [
    /\b(?:ich|i) (?:hab|habe|han|hob|hab da|habe da)((?: (?!(?:einen|nen|eine|ne|an|a|gern|gerne|noch|auch|mal) )[^ .?!,;]+){0,6}?) (?:einen|nen|n|eine|ne|a|an) (?:termin|sitzung|session) (?:bei|mit)(?: (?:der|dem|da|de))? ([a-z]{3,}(?: (?!on |at |tomorrow|today|next|this|und|and|aber|doch|um|am)[a-z]{3,})?)\b/g,
    'i have a session with $2$1',
  ],
  // Another session after one booked, with a mentor named: "und noch eine bei Lena Vogel am Freitag",
  // "noch einen Termin mit Tom", "eine weitere Sitzung bei Amara", "zusätzlich eine bei Siobhán". A
  // session with that mentor ("another one" alone is one more with the mentor just booked).
  [
    /\b(?:(?:auch |dann |bitte )*noch (?:eine|einen|ein|ne|nen|so eine|so einen)(?: (?:weitere|weiteren|zweite|zweiten|andere|anderen))?|(?:eine|einen|ne|nen) (?:weitere|weiteren|zweite|zweiten|zusatzliche|zusaetzliche|zusatzlichen|zusaetzlichen)|zusatzlich (?:eine|einen|ne|nen)|zusaetzlich (?:eine|einen|ne|nen))(?: (?:termin|sitzung|session))? (?:bei|mit|zu) (?=[a-z]{3,})/g,
    'a session with ',
  ],
  // "und noch eine am Freitag um 11", "noch einen Termin morgen": one more with the mentor just booked.
  [
    /\b(?:(?:auch |dann )*noch (?:eine|einen|ein|ne|nen)|(?:eine|einen|ne|nen) (?:weitere|weiteren|zweite|zweiten))(?: (?:termin|sitzung|session))?(?= (?:on |at |tomorrow|today|day after|next |this |same time)|\s*[?.!]*$)/g,
    'another one',
  ],
  // Booking: "einen Termin bei …", "zu Amara", "mit Lena reden", "hat Tom Zeit".
  [/\bkannst du mir (?:fur|fuer) (.+?) einen termin bei\b/g, 'book $1 with'],
  [
    /\beinen termin (?:bei|mit)\b|\btermin (?:bei|mit)\b|\bnen termin (?:bei|mit)\b|\bn termin (?:bei|mit)\b/g,
    'book with',
  ],
  [
    /\b(?:will|mochte|moechte|muss|wurde gerne?|wuerde gerne?|mag|mocht)\b(.*?)\bzu (?!viel|spat|spaet|fruh|frueh|hause|fuss|zweit|dritt|sein|mir|dir|uns|euch|ihm|ihr|ihnen|dem|den|der|die|das|einem|einer|einen|meinem|meiner|meinen|deinem|gym|cafe)([a-z]{3,})\b(?= |[?.!,]|$)/g,
    'want to see $2 $1',
  ],
  // "mit jemandem Expositionsübungen machen", "mit jemandem über Achtsamkeit reden": what with.
  [
    /\b(?:mit|bei) (?:jemandem|jemand|wem|einem mentor|einer mentorin) (?:(?:uber|ueber|an|zu|wegen|gegen) )?(?:(?:meine|meinen|mein|meiner|die|den|das|der) )?([a-z][a-z ]{2,40}?) (?:machen|uben|ueben|reden|sprechen|arbeiten|trainieren|angehen|quatschen)\b/g,
    'someone who can help with $1',
  ],
  [
    /\bmit (?:jemandem|wem) (?:reden|sprechen|quatschen)\b|\bjemand(?:en)? zum reden\b/g,
    'someone to talk to',
  ],
  [
    /\bmit (?!jemand\w*|wem|einem|einer|meinem|meiner|dir|ihm|ihr|euch|uns|leuten|menschen|freunden)([a-z]{3,})\b(.{0,60}?) (?:sprechen|reden|quatschen|treffen|plaudern)\b/g,
    'talk to $1$2',
  ],
  // "ob Frau Murphy am Donnerstag um zehn Zeit hat": the verb last, asked politely.
  [
    /\bob (?:(?:frau|herr|herrn|dr|doktor) )?([a-z]{3,})(?: [a-z]{3,})? ((?:on \w+|tomorrow|today|next \w+|at \S+|morning|afternoon|evening| )*)(?:noch |vielleicht |eventuell )?zeit (?:hat|hatte|haette)\b/g,
    'is $1 free $2',
  ],
  [/\bhat (?:(?:frau|herr|herrn|dr|doktor) )?([a-z]{3,}) (.*?\b)?zeit\b/g, 'can i see $1 $2'],
  [/\b(?:zu|bei) ([a-z]{3,})\b(.{0,40}?) vorbei(?:kommen|schauen)\b/g, 'see $1$2'],
  [/\beine stunde (?:spater|spaeter)\b/g, 'an hour later'],
  [/\beine stunde (?:fruher|frueher)\b/g, 'an hour earlier'],
  [/\beine halbe stunde (?:spater|spaeter)\b/g, '30 minutes later'],
  [/\b(\d{1,3}) minuten (?:spater|spaeter)\b/g, '$1 minutes later'],
  [
    /\b(?:buch|reservier|vereinbar)(?:e|en|st)?(?: mir| uns)?\b|\bjemanden buchen\b|\b(?:ausmachen|klarmachen|festmachen)\b/g,
    'book',
  ],
  // Plural stays plural: "what sessions do i have" is a question, "session" a booking.
  [/\btermine\b|\bsitzungen\b|\bbuchungen\b/g, 'sessions'],
  [/\btermin\b|\bsitzung\b|\bbuchung\b|\bgesprach\b|\bgespraech\b/g, 'session'],
  [
    /\b(?:kann ich|konnte ich|koennte ich|ich will|ich mochte|ich moechte|ich wurde gerne?|ich wuerde gerne?|ich muss|darf ich) (?!diese|noch|dann|bitte|mal|auch|einen|eine|den|die|das|jemand|jemanden|with|zu|morgen|tomorrow|today|at|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\w+) (.*?\b)?(?:sehen|treffen)\b/g,
    'see $1 $2',
  ],
  [/\bsehen\b|\btreffen\b/g, ''],
  [
    /\bwelche sessions hab(?:e)? ich\b|\bmeine (?:nachsten |naechsten |kommenden )?sessions?\b|\bhab(?:e)? ich (?:noch |schon |irgendwelche |diese woche |bald )?(?:sessions|eine session|ne session)\b/g,
    'what sessions do i have',
  ],
  [
    /\bwelche sessions (?:stehen (?:bei mir )?an|habe? ich)\b|\bwas (?:fur|fuer) sessions\b|\b(?:hab(?:e)?|han|hob) (?:ich|i) (?:diese woche |morgen |heute |bald |noch |schon |tomorrow |today |this week |next week |on \w+day |day after tomorrow )*(?:was|etwas|wos)(?: vor| an| geplant)?(?=\s*\?)/g,
    'what sessions do i have',
  ],
  [
    /\bwas steht (?:bei mir |so |diese woche |demnachst |bald )?an\b|\bwas (?:hab|habe) ich (?:so |alles |noch )?(?:geplant|gebucht|vor|ausgemacht)\b|\bwann (?:ist|war) (?:mein|meine) session\b/g,
    'what sessions do i have',
  ],
  // "Wann war das nochmal genau?", "um wie viel Uhr war das gleich?": what was just done, asked
  // again (answered from it); "wann ist der nochmal?" asks after the session.
  [
    /\b(?:wann|um wie ?viel uhr|um welche uhrzeit|wie spat|wie spaet)(?: (?:genau|eigentlich))? war (?:das|des|es|dat)(?: (?:nochmal|noch mal|nomal|gleich|genau|jetzt|nun|eigentlich|denn))+\b/g,
    'what time was that again',
  ],
  // "Wann ist der nochmal?": the session (der Termin, die Sitzung), listed.
  [
    /\bwann (?:ist|is|war) (?:der|die) (?:(?:termin|sitzung) )?(?:nochmal|noch mal|gleich nochmal|gleich)\b/g,
    'when is my session again',
  ],
  [/\bwann ist das nochmal\b/g, 'when is it again'],
  [/\bsag(?:e|st)?(?: du)?(?: bitte)? ((?:\S+ ){0,6}?)(?:wieder )?ab\b/g, 'cancel $1'],
  [
    /\babsagen\b|\babsagn\b|\bstorn(?:i|ie)r(?:e|en|n|st)?\b|\bcancel(?:n|e|en)?\b|\bstreich(?:e|en)?\b|\bl(?:o|oe)sch(?:e|en)?\b|\bannullier(?:e|en)?\b/g,
    'cancel',
  ],
  // "storniere den, den ich zuletzt gebucht habe", "sag den Termin ab, den i grad ausgmacht hab".
  [
    /\b(?:den|die|das)(?: (?:termin|sitzung|session))?\s*,?\s*(?:den|die|das|wo) (?:ich|i) (?:zuletzt|als letztes|gerade eben|gerade|eben|grad|zuletzt noch) (?:gebucht|ausgemacht|ausgmacht|reserviert)(?: (?:habe|hab|hatte|han|hob))?\b/g,
    'the last one i booked',
  ],
  // "storniere ihn lieber ganz", "sag den komplett ab": the session in view, altogether.
  [
    /\bcancel (?:ihn|es|den|das|de|dn|dat)\b(?=\s*(?:[.,!?;]|$|(?:doch|lieber|dann|besser|einfach|halt|bitte|ganz|komplett|jetzt|wieder|endgultig|endgueltig|vollstandig|vollstaendig)\b))/g,
    'cancel it',
  ],
  [
    /\bcancel it(?: (?:doch|lieber|dann|besser|einfach|halt|bitte))* (?:ganz|komplett|ganz und gar|vollstandig|vollstaendig|endgultig|endgueltig|ganz ab)\b/g,
    'cancel it altogether',
  ],
  // One of those listed by its hour: "Sag den um 4 ab", "storniere die um 16 Uhr", "den Termin um
  // halb drei absagen" ("cancel the one at 4").
  [
    /\bcancel (?:den|die|das|dem|de|dn)(?: session)? (?:von |fur |fuer )?(?=at \d|half-\w)/g,
    'cancel the one ',
  ],
  [
    /\b(?:den|die|das)(?: session)? (?:von |fur |fuer )?(at \d{1,2}(?::\d{2})?(?:am|pm)?|half-\w+) cancel\b/g,
    'cancel the one $1',
  ],
  [/\bcancel it(?: (?:doch|lieber|dann|besser|einfach|halt|bitte))+\b/g, 'cancel it'],
  [/\bsag die session mit\b/g, 'cancel the session with'],
  [/\bich (?:will|brauche?|mochte|moechte) die session nicht mehr\b/g, "i don't want the session"],
  [
    new RegExp(`^(?:und |nein,? |nee,? )?(?:den|die)(?: session)? (?:am |on )?(${weekday})\\b`, 'g'),
    'the one on $1',
  ],
  // Mentors and what they help with.
  // Asked politely, the person after whether there is one: "und mir sagen, ob es jemanden gibt, der
  // mir bei meiner Angst in Gesellschaft helfen kann", "ob's wen gibt, der mir bei Panik hilft".
  [
    /\b(?:(?:mir )?(?:sagen|sag mir|sagen sie mir|sagst du mir),? )?ob(?: es|'s| s) (?:(?:eventuell|vielleicht|hier|denn|auch|irgendwo|wohl) )*(?:jemand(?:en)?|wen|einen mentor|eine mentorin|einen coach) gibt,? (?:der|die|wo) (?:mir |mer |mia )?(?:bei|mit|gegen) (?:meiner |meinen |meinem |meine |der |dem |den )?(.{2,50}?) (?:helfen kann|helfen konnte|helfen koennte|hilft|helfen wurde|helfen wuerde)\b/g,
    'find me someone who can help with $1',
  ],
  [
    /\bjemand(?:en)?,? (?:der|die) mir (?:bei |mit )?(.*?) ?(?:helfen kann|helfen konnte|helfen koennte|hilft)\b/g,
    'someone who can help with $1',
  ],
  [/\bwer (?:kann|konnte|koennte) mir (?:bei |mit )?(.*?) ?helfen\b/g, 'who can help with $1'],
  [/\bwer hilft (?:mir )?(?:bei|mit|gegen)\b|\bwer hilft\b/g, 'who can help with'],
  [
    /\bgibt(?:'?s| es)(?: hier| auch)? (?:jemanden|jemand|wen|einen mentor|eine mentorin|mentoren|mentorinnen|einen coach) (?:fur|fuer|bei|gegen|zu|mit)\b/g,
    'is there a mentor for',
  ],
  [/\bjemand(?:en)? (?:fur|fuer|gegen|bei)\b/g, 'someone who can help with'],
  [
    /\b(?:gibt(?:'?s| es)|gabe es|gaebe es|kennst du|kennen sie)(?: da| hier| denn| vielleicht| eventuell)? (?:jemand(?:en)?|wen)\b/g,
    'is there someone who can help',
  ],
  [/\b(?:ich )?brauch(?:e)? (?:hilfe|unterstutzung|unterstuetzung)\b/g, 'i need someone who can help'],
  [/\bich brauch(?:e)? (?:hilfe|unterstutzung|unterstuetzung) (?:bei|mit|gegen)\b/g, 'i need a mentor for'],
  [/\b(?:und )?was is(?:t)? (?:mit|mim|in)\b|\bwie (?:ist|war) es (?:mit|in)\b/g, 'what about'],
  [/\bmit\b/g, 'with'],
  // "mach a Atemübung mit mir": with me.
  [/\bwith (?:mir|mia|mer)\b/g, 'with me'],
  [/\bsie\b(?= (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|at|today|next))/g, 'her'],
  [/\bihn\b(?= (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|at|today|next))/g, 'him'],
  [/\bmentor(?:in|en|innen)\b|\bcoachin\b/g, 'mentor'],
  [/\bzeig(?:e)?(?: mir)?(?: mal)?(?: lieber)?(?: alle| die)? mentor\b/g, 'show me the mentors'],
  [/\bwer hilft bei\b|\bwer kann mir helfen\b/g, 'who can help with'],
  [/\bgibt(?:'?s| es)(?: (?:hier|da|dort|denn|auch))* (?:einen|eine|ein|nen|ne)\b/g, 'is there a'],
  [/\bgibt(?:'?s| es)(?: hier)?\b/g, 'are there'],
  [
    /\bsoziale[rn]? (?:angst|angste|angsten|aengste|aengsten)\b|\bsozialangst\b|\bsoziale[rn]? phobie\b|\bangst vor (?:anderen |fremden )?(?:menschen|leuten)\b|\bangst (?:in|unter) (?:der )?(?:gesellschaft|(?:vielen |fremden |anderen )?(?:leuten|menschen)|gruppen)\b|\bangst vor (?:gruppen|gesellschaft|sozialen situationen)\b|\bangst in sozialen situationen\b|\bschuchtern(?:heit)?\b|\bschuechtern(?:heit)?\b/g,
    'social anxiety',
  ],
  [
    /\bangst (?:im|vorm|vor dem|beim|ins) (?:fitnessstudio|gym|training)\b|\bgym-?angst\b|\bfitnessstudio-?angst\b/g,
    'gym anxiety',
  ],
  [/\bselbstbewusstsein\b|\bselbstvertrauen\b|\bselbstwert(?:gefuhl|gefuehl)?\b/g, 'confidence'],
  [
    /\bschlafproblem(?:e|en)?\b|\bschlafstorungen\b|\bschlafstoerungen\b|\b(?:ein|durch)?schlafen\b|\bschlaf\b|\bschlaflos\w*/g,
    'sleep',
  ],
  [/\bpanikattacken\b/g, 'panic attacks'],
  [/\bpanikattacke\b/g, 'panic attack'],
  [/\bachtsamkeit\b|\bmeditieren\b/g, 'mindfulness'],
  [/\batemtechnik(?:en)?\b/g, 'breathing'],
  [/\b(?:fur|fuer|gegen|bei|mit) (?:meine )?angst\b|\bangstzustande\b|\bangstzustaende\b/g, 'with anxiety'],
  // Check-ins, and the first or second of a list.
  [/\b(?:der|die|das|den|dem) erste[nrms]?\b|\berste[nrms]?\b(?! mal)/g, 'the first one'],
  [/\b(?:der|die|das|den|dem) zweite[nrms]?\b|\bzweite[nrms]?\b/g, 'the second one'],
  [
    /\b(?:zur|um die|zu der|die) (?:gleichen?|selben?) (?:zeit|uhrzeit)\b|\b(?:gleiche|selbe|dieselbe|derselben|zur selben) (?:zeit|uhrzeit)\b/g,
    'same time',
  ],
  [/\b(?:der|die|das|den|dem) dritte[nrms]?\b|\bdritte[nrms]?\b/g, 'the third one'],
  [/\b(?:der|die|das|den|dem) letzte[nrms]?\b/g, 'the last one'],
  [/\b(?:nummer|nr\.?) (\d)\b/g, 'number $1'],
  // "die zweite, die ich gebucht habe", "den ersten, den i ausgmacht hab": which of those booked.
  [
    /\b(the (?:first|second|third|last) one)\s*,?\s*(?:die|den|das|der|welche|welchen|wo) (?:ich|i) (?:(?:zuletzt|gerade|eben|vorhin|heute|today|grad|gerade eben|als (?:erstes|zweites|letztes)) )*(?:gebucht|ausgemacht|ausgmacht|reserviert|vereinbart|gemacht)(?: (?:habe|hab|hatte|han|hob))?\b/g,
    '$1 i booked',
  ],
  [
    /\b(?:check|trag)(?:e)? mich (?:jetzt |mal |bitte )?(?:im|in|bei|beim|am|in der) (.+?) ein\b/g,
    'check me in at $1',
  ],
  [
    /\b(?:check(?:e)?|trag(?:e)?) (?:mich|mi) (?:jetzt |mal |bitte )?(?:da|dort|hier|det) (?:ein|ii)\b|\bcheck(?:e)? (?:mich|mi) (?:jetzt |mal |bitte )?(?:ein|ii|i)\b/g,
    'check me in there',
  ],
  [/\beinchecken\b|\beinchecke\b|\bcheck-?in machen\b/g, 'check me in'],
  [
    /\b(?:ich )?(?:bin|bi) (?:jetzt |jetz |gerade |grad |schon |endlich )?(?:da|hier|dort|det|do|angekommen|aacho|vor ort|davor)\b/g,
    "i'm here",
  ],
  [
    /\b(?:ich )?bin (?:jetzt |gerade |grad |schon |endlich |eben )*(?:im|in der|bei|beim|am) (.+?) angekommen\b/g,
    "i'm at $1",
  ],
  [
    /\b(?:ich )?bin (?:jetzt |gerade |grad |schon |endlich |eben )*(?:im|in der|bei|beim|am)\b(?! (?:boden|ende|stress|arsch|eimer|arbeiten|lernen))/g,
    "i'm at",
  ],
  // Places.
  // The verb last: "Kannst du mir ein anfängerfreundliches Fitnessstudio suchen?", "könnten Sie mir
  // einen ruhigen Ort raussuchen?", "kannst ma a gsunds Lokal finden?".
  [
    /\b(?:kannst du|kannst|kannste|konntest du|koenntest du|konnen sie|koennen sie|konnten sie|koennten sie|wurdest du|wuerdest du|wurden sie|wuerden sie|magst du)(?: (?:mir|mer|ma|mia|uns))?(?: (?:bitte|mal|vielleicht|noch|schnell|kurz|eventuell))* ((?:ein|eine|einen|nen|ne|n|a|an|en|e|was|etwas|wos|ebbis|irgendwas|einige|ein paar|paar|den|die|das|meine|meinen|mein)\b(?:(?!\b(?:suchen|finden)\b)[^.?!,]){2,60}?) (?:suchen|finden|raussuchen|heraussuchen|aussuchen|rausfinden|empfehlen)\b/g,
    'can you find me $1',
  ],
  [/\bkennst du (?:ein|eine|einen|nen|ne|n)\b/g, 'know any'],
  [/\bwo (?:kann ich|konnte ich|koennte ich|finde ich|gibt(?:'?s| es))\b/g, 'where can i find'],
  [
    /\bsuch(?:e|st)?(?: mir)?(?= mir| nach| ein| eine| einen| nen| ne| n| was| etwas| ruhig)|\bsuche\b|\bsuchst\b|\bfinde(?:st)?(?: mir)?\b|\bfind mir\b/g,
    'find',
  ],
  [/\bcafes?\b|\bkaffeehaus\w*|\bkaffee(?:laden|bar)\b|\bcoffeeshops?\b/g, 'cafe'],
  [/\b(?:nen |einen )?kaffee(?! ?-?belohnung)(?: trinken| holen)?\b/g, 'coffee'],
  [/\bfitness?studios?\b|\bfitnesscenter\b|\bmuckibude\b/g, 'gym'],
  [/\bin (?:aller )?ruhe\b/g, 'quiet'],
  [
    /\bruhig(?:e[snrm]?|er|ere[snrm]?)?\b|\bleise[snrm]?\b|\bstille[snrm]?\b|\bungestort\b|\bungestoert\b/g,
    'quiet',
  ],
  // "a ruhigs Studio in da Nähe", "ein kleines Studio": a gym ("ein Tattoo-Studio" stays).
  [
    /\b(?:a|an|ein|eine|es|e|n|nen|einen) (quiet |kleine[ns]? |kleins |gute[ns]? |guts |nette[ns]? |gunstige[ns]? |guenstige[ns]? )?studio\b/g,
    'a $1gym',
  ],
  [/\b(quiet|kleine|gute|nette|gunstige|guenstige) studios\b/g, '$1 gyms'],
  // A place named by what one would do there: "eine ruhige Ecke zum Lesen", "einen Ort, wo ich kurz
  // sitzen kann", "ein Plätzchen zum Arbeiten".
  [
    /\b(?:(?:einen|ein|eine|nen|ne|n) )?quiet (?:ort|ecke|eckchen|platzchen|plaetzchen|fleck|fleckchen|winkel|ruckzugsort|rueckzugsort)\b/g,
    'a quiet place',
  ],
  [
    /\b(?:einen|ein|eine|nen|ne|a) (?:ort|ecke|eckchen|platzchen|plaetzchen|fleckchen|ruckzugsort|rueckzugsort)\b(?= to |,? wo (?:ich|i|man)\b)/g,
    'a place',
  ],
  [
    /,? \bwo (?:ich|i|man) (?:(?:kurz|mal|ein bisschen|bisschen|etwas|einfach|ungestort|ungestoert) )*quiet (?:(?:kurz|mal|ein bisschen|bisschen|etwas|einfach) )*(sitzen|lesen|arbeiten|lernen|entspannen)(?: kann| konnte| koennte)\b/g,
    ' quiet to $1',
  ],
  [
    /,? \bwo (?:ich|i|man) (?:(?:kurz|mal|ein bisschen|bisschen|etwas|einfach|ungestort|ungestoert) )*(sitzen|lesen|arbeiten|lernen|entspannen)(?: kann| konnte| koennte)\b/g,
    ' to $1',
  ],
  [/\bzum (lesen|sitzen|entspannen)\b/g, 'to $1'],
  [/\bto sitzen\b/g, 'to sit'],
  [/\bto lesen\b/g, 'to read'],
  [/\bto (?:arbeiten|lernen)\b/g, 'to work'],
  [/\bto entspannen\b/g, 'to relax'],
  // "noch nie in einem Fitnessstudio gewesen": a kind of place, not a town called "einem gym".
  [/\bin (?:einem|einer|nem|ner|'nem|'ner)\b/g, 'in a'],
  // Crowds one would rather avoid: "keine vollen Fitnessstudios mehr", "nicht so überlaufen".
  [
    /\b(?:keine|kein|keinen) (?=(?:so |zu )?(?:volle[nrsm]?|uberfullte[nrsm]?|ueberfuellte[nrsm]?|uberlaufene[nrsm]?|ueberlaufene[nrsm]?)\b)/g,
    'no ',
  ],
  [
    /\bvolle[nrsm]? (?=gym|cafe|studios?|orte|platze|plaetze|laden|lokale|restaurants?|salad)|\b(?:uberfullte[nrsm]?|ueberfuellte[nrsm]?|uberlaufene[nrsm]?|ueberlaufene[nrsm]?)\b/g,
    'crowded ',
  ],
  // "das andere, das ruhige": a place pointed at by what it is like.
  [/\b(?:das|der|die|den|dem) quiet\b(?=\s*[,.!?]|\s*$)/g, 'the quiet one'],
  [
    /\b(?:wo )?(?:es )?nicht (?:so |zu |allzu )?(?:viel los|voll|uberfullt|ueberfuellt|uberlaufen|ueberlaufen|laut)(?: ist)?\b|\bwenig los\b/g,
    'not busy',
  ],
  [/\bentspannt(?:e[snrm]?)?\b/g, 'relaxed'],
  // A mentor's topic: "Anfänger beim Sport", "wieder mit Sport anfangen", "Einstieg ins Training".
  [
    /\b(?:anfanger|anfaenger|einsteiger|neuling)(?:in|innen|e)? (?:beim|im|in|fur|fuer|mit|zum) (?:sport|training|trainieren|fitness|gym|krafttraining|laufen)\b|\b(?:wieder )?(?:with|mit) (?:dem )?(?:sport|training|trainieren|fitness|krafttraining) (?:anfangen|beginnen|starten|loslegen)\b|\beinstieg (?:ins|in den|in das) (?:training|sport|gym)\b/g,
    'starting with fitness',
  ],
  [
    /\b(?:fur|fuer) (?:anfanger|anfaenger|einsteiger)(?:innen)?\b|\banfanger(?:freundlich\w*)?\b|\banfaenger(?:freundlich\w*)?\b|\beinsteiger\w*/g,
    'for beginners',
  ],
  [/\bneu im (?:gym|fitnessstudio)\b/g, 'new to the gym'],
  [
    /\bin (?:der |meiner )?(?:nahe|naehe)\b|\bhier bei mir\b|\bum die ecke\b|\bin der (?:gegend|umgebung)\b|\bhier\b|\bnahe bei mir\b/g,
    'near me',
  ],
  [/\bstandort\b/g, 'location'],
  [/\bgeteilt\b/g, 'shared'],
  [
    /\b(?:was |etwas )?gesunde[snm]? (?:zu |zum )?essen\b|\bgesund (?:zu )?essen\b|\bgesunde (?:ernahrung|ernaehrung|kuche|kueche)\b|\bgesunde[snm]? (?:lokal|restaurant|laden)s?\b/g,
    'healthy food',
  ],
  [/\b(?:was|etwas|wos|ebbis|opis) gesundes\b/g, 'healthy food'],
  [/\bsalate?\b|\bsalatbars?\b/g, 'salad'],
  [/\bwo kann ich\b/g, 'where can i find'],
  [/\bein ort\b|\bein platz\b/g, 'a place'],
  [/\bzum arbeiten\b|\bzum lernen\b/g, 'to work'],
  [/^(?:und )?(?:are there )?(?:da|dort) auch (.+?)\s*\??$/g, 'and $1 there?'],
  [/\bwie sieht(?:'?s| es) (?:in|mit) (.+?) aus\b/g, 'what about $1'],
  [/\bund in\b/g, 'what about'],
  [/\bdort\b|\bda\b(?! ein)/g, 'there'],
  [
    /\berz(?:a|ae)hl(?:e)?(?: mir| mer| ma)?(?: mal)?(?: mehr| was| etwas| a bissl| bissl| bisschen)? (?:uber|ueber|ubers|uebers|von|vom)\b|\bwas (?:kannst|weisst|weißt) du (?:mir )?(?:so )?(?:uber|ueber|zu|von)\b|\b(?:mehr )?infos? (?:zu|uber|ueber|zum|zur)\b|\bdetails (?:zu|uber|ueber|zum|zur)\b/g,
    'tell me more about',
  ],
  [/(?<=tell me more about .*) (?:sagen|erzahlen|erzaehlen)\b/g, ''],
  // "wie is das green bowl kitchen", "wie isn des Slow Pour so", "wie war nochmal das Café": one place
  // asked about, as texted.
  [
    /\bwie (?:ist|is|isch|isn|issn|isses|war|wars)(?: (?:es|denn|eigentlich|so|nochmal|n|'n))* (?:im|in der|in dem|das|der|die|des|dat|den)\b/g,
    'how is',
  ],
  [/\bhat\b/g, 'does it have'],
  [/\bwlan\b/g, 'wifi'],
  // "Ich erinnere mich (nicht) daran": I remember, no reminder asked for.
  [/\b(?:ich|i) erinnere? mich\b|\bich kann mich (?:nicht |kaum |gut )?(?:daran )?erinnern\b/g, 'i remember'],
  // Reminders: "kannst du mich morgen um 8 ans Joggen erinnern", "erinnere mich daran, dass ich …".
  [
    /\b(?:kannst du |konntest du |koenntest du |kannste |bitte |(?:wurden|wuerden|konnten|koennten) sie |(?:wurdest|wuerdest) du |kannst )?(?:mich|mi) (?!an\b|ans\b)(.+?) (?:daran |dran )?(?:zu )?erinnern\b/g,
    'remind me $1',
  ],
  [
    /\b(?:stell|setz|mach|leg)(?:e)?(?: mir)? (?:einen |nen |n |eine |ne )?(?:wecker|erinnerung|reminder)(?: an)?\b/g,
    'remind me',
  ],
  // "Und bitte erinnern Donnerstag Abend 19 Uhr": the infinitive alone, as a learner writes it.
  [/\berinner(?:e|st|n)?(?: mich| mi)?\b|\berinnerung\b/g, 'remind me'],
  [/(?<=\bremind me\b.*) (?:fur|fuer)\b/g, ''],
  [/(?<=\bremind me\b.*):\s+(?=[a-z])/g, ' about '],
  [/\bsag mir (.{0,40}?)bescheid\b/g, 'remind me $1'],
  // One more reminder after one was set, its time first: "Und morgen gleich in der Früh, um 7, dass
  // ich den Arzt anrufe", "und am Freitag um 5, dass i d'Sporttasche pack".
  [
    /(?<=^(?:(?:ach|oh|ah|ok|okay|achja|ach ja),? )?(?:und|and|und dann|dann noch|und noch)\b[^,.?!]*\b(?:tomorrow|today|tonight|at \S+|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|first thing)\b[^.?!]*?),? (?:daran,? )?(?:dass|das|dass|des) (?:ich|i)\b/g,
    ' to',
  ],
  // What to do, as an infinitive with "zu": "erinnere mich daran, meine Oma anzurufen", "… die
  // Tabletten zu nehmen" ("remind me to meine oma anrufen").
  [
    /\b(remind me\b.*?),? (?:daran|dran),? ((?:(?!\b(?:und|and|dass|das)\b)[^.?!,])+?) (ab|an|auf|aus|ein|mit|nach|vor|weg|zuruck|zurueck|los|fest|her|hin|um|durch|raus|rein|hoch|runter|weiter|heim)?zu ?([a-z]{3,}en)(?=\s*[.!?]*$)/g,
    '$1 to $2 $3$4',
  ],
  [/(?<=\bremind me\b.*),? (?:daran,? )?dass? ich\b/g, ' to'],
  [/(?<=\bremind me\b.*)\b(?:daran|dran)\b/g, ''],
  [
    /(?<=\bremind me\b.*)\ban(?:s| den| die| das| dem)?\b(?! (?:hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today))/g,
    'about',
  ],
  [/(?<=\bremind me\b.*) (?:muss|soll|sollte)(?=[?.!]*$)/g, ''],
  [/(?<=\bremind me\b.*) (?:bitte|mal|doch|noch|nochmal|kurz)\b/g, ''],
  // "erinner mi in 3 std ans essen thx": thanks and please texted after what to be reminded of.
  [
    /(?<=\bremind me\b.*)\s*,?\s*\b(?:thx|thanks|thank you|danke|dankee|merci|pls|plz|bitte)\b[!.]*(?=\s*$)/g,
    '',
  ],
  // What to be reminded of goes first, the time after: "remind me about einkauf on friday at 18:00".
  [
    /\bremind me ((?:(?!\b(?:und|and)\b)[^.?!])+?) about ((?:(?!\b(?:und|and)\b)[^.?!])+?)\s*(?=[?.!]|$)/g,
    'remind me about $2 $1',
  ],
  // Journey, rewards, mood.
  // "wie weit bin ich schon", "wie weit ich bisher gekommen bin", "was hab ich bisher geschafft".
  [
    /\bwie weit (?:bin ich|ich (?:(?:schon|bisher|jetzt|insgesamt|inzwischen|mittlerweile|so|eigentlich) )*(?:bin|gekommen bin))(?: (?:schon|bisher|jetzt|insgesamt|inzwischen|mittlerweile|so|eigentlich|denn|gekommen))*\b|\bwas (?:hab|habe|han) (?:ich|i) (?:(?:bisher|schon|denn|so|alles|eigentlich|jetzt|insgesamt) )*(?:geschafft|geschaft|erreicht)\b|\bwas (?:ich|i) (?:(?:bisher|schon|so|alles|insgesamt|eigentlich|jetzt) )*(?:geschafft|geschaft|erreicht) (?:hab|habe|han)\b|\bwo steh(?:e|en)? (?:ich|i)(?: (?:gerade|jetzt|grad|eigentlich|denn|so))*(?=\s*[?.!]*$)/g,
    'my progress',
  ],
  // "was hab ich mir damit verdient", "hab ich was gewonnen": what the check-ins earned.
  [
    /\bwas (?:hab|habe|han) (?:ich|i) (?:mir )?(?:(?:damit|dafur|dafuer|schon|bisher|so|denn|jetzt|eigentlich|alles) )*(?:verdient|gewonnen|freigeschaltet)\b|\bhab(?:e)? ich (?:mir )?(?:(?:damit|dafur|dafuer|schon|jetzt|denn) )*(?:was|etwas) (?:verdient|gewonnen|freigeschaltet)\b/g,
    'what rewards have i got',
  ],
  [/\bbelo(?:h)?nu(?:n)?g(?:en)?\b/g, 'belohnung'],
  [
    /\bmeine serie\b|\bmein(?:e|en)? streak\b|\bserie\b|\bstrahne\b|\bstraehne\b|\btage in folge\b/g,
    'my streak',
  ],
  [/\b(?:sag|zeig)e? mir(?= (?:wie|was|wo|wann|ob|my|mein|meine)\b)/g, 'tell me'],
  [/\bwelches level\b|\bmein level\b|\bstufe\b/g, 'level'],
  [
    /\bfortschritte?\b|\bpunkte(?:stand)?\b|\bstatistik(?:en)?\b|\bwie (?:mach|schlag) ich mich\b/g,
    'progress',
  ],
  [/\babzeichen\b|\bmeilensteine?\b|\berfolge\b/g, 'milestones'],
  [
    /\bkaffee-?belohnung(?:en)?\b|\bbelohnung(?:en)?\b|\bgutscheine?\b|\bgratis ?kaffee\b|\bfreikaffee\b/g,
    'rewards',
  ],
  [/\btrag meine stimmung ein\b|\bmeine stimmung\b|\bstimmung\b|\bmeine laune\b|\blaune\b/g, 'mood'],
  [/\bmood(?: heute| today)?\s*:?\s*([1-5])(?![\d/]| ?von| ?uhr| ?:)/g, 'mood $1/5'],
  [
    /\btrag(?:e)?(?: das| es)? ein\b|\bnotier(?:e|en)?\b|\bspeicher(?:e|n)?\b|\beintragen\b|\bfesthalten\b/g,
    'log',
  ],
  [/\batemubung\b|\batemuebung\b/g, 'breathing exercise'],
  [
    /\bmach(?:e|st)?(?: du)?(?: (?:mal|bitte|doch|kurz|gleich|jetzt))*(?: with mir| mit mir| with me)?(?: (?:mal|bitte|doch|kurz))* (?:eine|ne|'ne|n|die|eine kurze|kurz eine|a|oa|e|a kurze|a kloane)(?: kurze| kleine| kurzi| chli)? (?=breathing exercise|atemubung|body scan|bodyscan|erdungs|entspannungs|grounding)/g,
    'do a ',
  ],
  [/\bbodyscan\b|\bbody-scan\b|\bk(?:o|oe)rperscan\b/g, 'body scan'],
  [/\berdungs(?:ubung|uebung)\b|\b(?:mich )?erden\b|\berdung\b/g, 'grounding'],
  [/\bentspannungs(?:ubung|uebung)\b/g, 'relaxation exercise'],
  [/\b(?:ubung|uebung)(?:en)?\b/g, 'exercise'],
  [/\bmachen wir\b|\bkonnen wir\b|\bkoennen wir\b|\bkannst du mit mir\b/g, 'can we'],
  [
    /\bhilf mir(?:,)? (?:mich )?(?:zu )?(?:beruhigen|runterzukommen|runterkommen|zu entspannen|entspannen)\b|\bberuhig(?:e)? mich\b|\b(?:muss|muas|mua|muass|mues) (?:(?:mal|echt|dringend|kurz|endlich|jetzt|a bissl) )*(?:runterkommen|obakemma|owakemma|obekemma|abechoo|abecho|runterchoo)\b/g,
    'help me calm down',
  ],
  [/\bzusammen\b|\bgemeinsam\b/g, 'together'],
  [/\bich kann (?:kaum |nicht |schlecht )(?:mehr )?atmen\b|\batemnot\b/g, "i can't breathe"],
  [/\batmen\b/g, 'breathe'],
  [
    /\bdanke+(?:schon|schoen| schon| schoen| sehr| vielmals| dir| euch| ihnen)?\b|\bvielen (?:lieben )?dank\b|\btausend dank\b/g,
    'thanks',
  ],
  [/\b(?:ich )?(?:fuhl|fuehl)(?:e)? mich\b/g, 'i feel'],
  [/\b(?:kannst du )?mich (?:etwas |ein bisschen )?beruhigen\b/g, 'help me calm down'],
  [/\bwie viele\b/g, 'how many'],
  [/\bzeig(?:e|st)?(?: du)?(?: mir| uns)?(?: mal)?\b/g, 'show me'],
  // "Na?", "na du", "na, wie geht's": hello; "Na, lass …" is no (above).
  [
    /^(?:hallo|servus|moin(?: moin)?|gruss dich|gruss gott|gruezi|grueezi|hoi|na(?=\s*[?!.]*$|,? (?:du|ihr|wie|alles|was geht)\b))\b/g,
    'hello',
  ],
  [/\bhallo\b|\bservus\b|\bmoin\b|\bgruss dich\b/g, 'hello'],
  [
    /\btsch(?:u|ue)ss(?:i|le)?\b|\btsch(?:o|oe)\b|\btschau\b|\bciao\b|\bgute nacht\b|\bbis (?:dann|spater|spaeter|bald|nachher)\b|\bmach'?s gut\b|\bschonen (?:tag|abend)\b|\bschoenen (?:tag|abend)\b|\bpfiat di\b|\bbaba\b/g,
    'bye',
  ],
  [
    /\bwie geht(?:'?s| es)(?: dir| ihnen| so)?\b|\bwie gehts\b|\bwie lauft(?:'?s)?\b|\bwie laeuft(?:'?s)?\b|\balles klar bei dir\b|\bwas geht\b/g,
    'how are you',
  ],
  [
    /\bwas kannst du(?: alles| so)?\b|\bwas machst du(?: so| eigentlich| hier)?\b|\bwobei kannst du (?:mir )?helfen\b|\bwie funktionierst du\b|\bwie funktioniert das(?: hier)?\b/g,
    'what can you do',
  ],
  [/\bwer bist du\b|\bwas bist du\b/g, 'who are you'],
  [
    /\b(?:bist du|biste|bisch du|bischt du) (?:ein |eine |ne |n |a )?(?:echter |echte |echtes )?(?:mensch|bot|roboter|ki|echt|person)\b/g,
    'are you a human',
  ],
  [/\bhab schlecht geschlafen\b|\bich habe schlecht geschlafen\b/g, "didn't sleep well"],
  [/\bnicht (?:so|zu) einschuchternd\w*\b/g, 'not too intimidating'],
  // Panic in the body and overwhelm: the companion offers an exercise (understand.ts, exerciseIn).
  [
    /\b(?:meine )?brust (?:ist|wird|fuhlt sich|fuehlt sich) (?:ganz |so )?(?:eng|zugeschnurt|zugeschnuert)\b|\benge in der brust\b|\bdruck auf der brust\b/g,
    'my chest is tight',
  ],
  [/\bich (?:krieg|kriege|bekomm|bekomme) (?:kaum|keine|schlecht) luft\b/g, "i can't breathe"],
  [
    /\bherzrasen\b|\bmein herz rast\b|\bmein herz (?:klopft|hammert|haemmert|pocht) (?:wie wild|so|total|wie verruckt|wie verrueckt)\b|\bherzklopfen\b/g,
    'my heart is racing',
  ],
  [/\bpanik\b/g, 'panic'],
  [/\b(?:total |voll |komplett |völlig |vollig )?(?:uberfordert|ueberfordert)\b/g, 'overwhelmed'],
  [/\b(?:es ist )?alles (?:ist )?zu viel\b/g, 'everything is too much right now'],
  [
    /\b(?:alles )?w(?:a|ae)chst mir (?:alles )?(?:uber|ueber) den kopf\b|\bich dreh(?:e)? (?:gleich )?durch\b|\bam durchdrehen\b/g,
    'overwhelmed',
  ],
  // Half past six or seven with its minutes, on a 24-hour clock: the morning ("7:30" is not 19:30).
  // Not after "tonight" or "this evening" ("heute Abend um Viertel vor sieben" is 18:45).
  [
    /(?<!\b(?:tonight|evening|afternoon)\b.*)\bat ([67]):(?!00)([0-5]\d)\b(?! ?(?:am|pm|a\.m|p\.m))(?!.*\b(?:tonight|evening|afternoon)\b)/g,
    'at $1:$2am',
  ],
  // "und für Achtsamkeit?" after mentors were listed: the same asked for another topic.
  [
    /^(?:und|oder|und was ist|und wie ist es|und jemand) (?:mit |fur |fuer |gegen |bei |with )(?=(?:mindfulness|sleep|panic attacks?|social anxiety|confidence|exposure practice|breathing|gym anxiety)\s*[?.!]*$)/g,
    'and a mentor for ',
  ],
  // "und dieselbe Uhrzeit nächste Woche auch": the same again.
  [/ \b(?:auch|ebenfalls)(?: noch)?(?=\s*[?.!]*$)/g, ' as well'],
  // A time asked after as possible: "Wäre morgen nach dem Mittagessen möglich, so gegen 14 Uhr?",
  // "ginge auch Freitag um 10?" (a session, with the mentor in view or named).
  [
    /\b(?:ware|waere|war's|wars|ginge|gienge|ging's|gings)(?: (?:es|das|des|auch|denn|vielleicht|eventuell|bei ihr|bei ihm))* ((?:(?!\b(?:cafe|cafes|gym|studio|ort|platz|laden|lokal|restaurant|offen|geoffnet|geoeffnet|open|auf|zu|voll|ruhig|quiet|da|dort|there|wetter)\b)[^.?!,])*?\b(?:tomorrow|today|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|at \d{1,2}(?::\d{2})?(?:am|pm)?|after lunch|after work)\b(?:(?!\b(?:cafe|cafes|gym|studio|ort|platz|laden|lokal|restaurant|offen|geoffnet|geoeffnet|open|auf|zu|voll|ruhig|quiet|da|dort|there|wetter)\b)[^.?!,])*?) (?:moglich|moeglich|machbar|drin|okay|ok|frei)\b/g,
    'could i book $1',
  ],
  [
    /^(?:(?:und|oder|ok|okay|gut|hm+),? )?(?:ginge|gienge|ging's|gings|ware|waere)(?: (?:es|das|des|auch|denn|vielleicht|eventuell|bei ihr|bei ihm))* ((?:tomorrow|today|day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on [a-z]+day|next week)\b(?:(?!\b(?:cafe|cafes|gym|studio|ort|platz|laden|lokal|restaurant|offen|geoffnet|geoeffnet|open|auf|zu|voll|ruhig|quiet|da|dort|there|wetter)\b)[^.?!,])*?)\s*\?$/g,
    'could i book $1?',
  ],
  // A reminder for another day at six or seven, on a 24-hour clock: the morning ("erinner mich morgen
  // um 7 ans Spazierengehen", "am Freitag um 6 Uhr"). Not today (the evening still ahead), nor with
  // the evening said ("morgen um 7 abends"), nor a session ("Freitag um 7 bei Tom" stays 19:00).
  ...[6, 7].flatMap((h) => [
    [
      new RegExp(
        `(?<=\\bremind me\\b.*\\b(?:tomorrow|day after tomorrow|${weekdays})\\b.*)(?<!\\b(?:tonight|evening|afternoon)\\b.*)\\bat ${h}(?::00)?\\b(?![:.]\\d|:? ?(?:am|pm|a\\.m|p\\.m)\\b)(?!.*\\b(?:tonight|evening|afternoon|abends?|nachmittags?)\\b)`,
        'g',
      ),
      `at ${h}am`,
    ] as const,
    [
      new RegExp(
        `(?<=\\bremind me\\b.*)(?<!\\b(?:tonight|today|evening|afternoon)\\b.*)\\bat ${h}(?::00)?\\b(?![:.]\\d|:? ?(?:am|pm|a\\.m|p\\.m)\\b)(?=.*\\b(?:tomorrow|day after tomorrow|${weekdays})\\b)(?!.*\\b(?:tonight|today|evening|afternoon|abends?|nachmittags?)\\b)`,
        'g',
      ),
      `at ${h}am`,
    ] as const,
  ]),
  [/\bund\b/g, 'and'],
  // "Ich würde gern …", "hätte ich gern …": i'd like.
  [
    /\b(?:(?:ich|i) (?:hatte|haette|tat|taet|wurde|wuerde|wurd)|(?:hatte|haette|wurde|wuerde) (?:ich|i))(?: (?:dann|auch|also|noch|so|eigentlich))* (?:gern|gerne)(?: (?:mal|noch|dann|auch))*\b/g,
    "i'd like",
  ],
  [/\bi'd like (?=talk|see|meet|book|move|cancel|log|find|check)/g, "i'd like to "],
  [/\bmove my reminder to at (?=\d)/g, 'move my reminder to '],
  // "Und Cafés?" after a search: another kind of place, not a town called "cafe".
  [
    /^(?:and|what about|and what about) (?:(?:a|an|some|ein|eine|einen|paar|ein paar|a paar) )?(cafe|gym)s?\s*([?.!]*)$/g,
    'any $1s$2',
  ],
  [
    /^(?:and|what about|and what about) (?:(?:a|an|some|ein|eine|einen|paar|ein paar|a paar) )?(?:healthy food|salad)s?\s*([?.!]*)$/g,
    'any healthy food places$1',
  ],
];
