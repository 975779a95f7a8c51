import { type Catalogue, decimalComma, joinWith } from './catalogue.ts';

/**
 * Die Worte des Begleiters auf Deutsch: per du, warm und kurz, wie das Englische (en.ts). Texte
 * des Servers (`summary`, `error`, `when`) kommen unverändert an, darum stehen sie in
 * Anführungszeichen oder nach einem Doppelpunkt. Bestätigt wird mit „ja“
 * (src/assistant/turn/proposals.ts versteht es).
 */

const capabilities =
  'Ich kann ruhige Cafés, Fitnessstudios und Orte für gesundes Essen in deiner Nähe oder in einer Stadt finden, dich beim Ankommen einchecken, ' +
  'dir sagen, wie es um deine Serie, dein Level und deine Kaffee-Belohnungen steht, eine Mentorin oder einen Mentor finden und buchen und Erinnerungen stellen.';

const days = (n: number) => `${n} ${n === 1 ? 'Tag' : 'Tage'}`;
const checkIns = (n: number) => `${n} ${n === 1 ? 'Check-in' : 'Check-ins'}`;

/** What the next level needs, by the server's English label. */
const requirement: Record<string, string> = {
  'check-ins': 'Check-ins',
  'gym visits': 'Besuche im Fitnessstudio',
  'mentor sessions': 'Mentoring-Sitzungen',
  'days in a row (best streak)': 'Tage in Folge (beste Serie)',
};

const online = (yes: boolean) => (yes ? 'online' : 'vor Ort');

export const de = {
  list: (v) => joinWith('und')(v.items),
  somethingWrong: 'etwas ist schiefgelaufen',
  capabilities,
  timeOfDay: { morning: 'Guten Morgen', afternoon: 'Hallo', evening: 'Guten Abend', night: 'Hallo' },
  askToConfirm: (v) => `Soll ich das machen? „${v.summary}“. Sag **ja** zum Bestätigen.`,
  didYouMean: (v) => `Meinst du **${v.a}** oder **${v.b}**?`,
  unverified: ' (nicht verifiziert)',

  noun: {
    coffee: ['Café', 'Cafés', 'ein Café'],
    gym: ['Fitnessstudio', 'Fitnessstudios', 'ein Fitnessstudio'],
    nutrition: ['Ort für gesundes Essen', 'Orte für gesundes Essen', 'ein Ort für gesundes Essen'],
    partner: ['Partnerort', 'Partnerorte', 'ein Partnerort'],
    mentor: ['Mentoring-Raum', 'Mentoring-Räume', 'ein Mentoring-Raum'],
    place: ['Ort', 'Orte', 'ein Ort'],
  },
  placeLine: {
    distance: (v) => (v.km < 1 ? `${Math.round(v.km * 1000)} m` : `${decimalComma(v.km)} km`),
    quiet: 'ruhig',
    busy: 'kann voll werden',
    beginner: 'anfängerfreundlich',
    coffeeReward: 'Kaffee-Belohnung',
  },

  chat: {
    greeting: [
      (v) =>
        `${v.hello}, ${v.name}! Wie fühlst du dich heute? Ich kann ein ruhiges Café oder Fitnessstudio in deiner Nähe finden, dich beim Ankommen einchecken oder eine Sitzung mit einer Mentorin oder einem Mentor buchen.`,
      (v) =>
        `${v.hello}, ${v.name}, schön, dass du da bist! Soll ich nach einem ruhigen Ort in der Nähe schauen, oder sehen wir nach, wie es um deine Serie steht?`,
      (v) =>
        `Hallo ${v.name}. Ich bin da, wann immer du einen ruhigen Ort, einen Check-in oder jemanden zum Reden brauchst. Was würde dir heute helfen?`,
    ],
    thanks: [
      (v) => `Gern geschehen, ${v.name}. Ich bin da, wenn du noch etwas brauchst.`,
      (v) => `Jederzeit, ${v.name}.`,
      (v) => `Schön, dass ich helfen konnte, ${v.name}. Ein Schritt nach dem anderen.`,
    ],
    bye: [
      (v) => `Pass auf dich auf, ${v.name}. Ich bin da, wann immer du einen ruhigen Ort suchst.`,
      (v) => `Bis bald, ${v.name} – sei heute gut zu dir.`,
    ],
    howAreYou: [
      (v) =>
        `Ich bin eine KI, ich habe also keine guten oder schlechten Tage – aber ich bin da und helfe dir gern, ${v.name}. Wie fühlst du dich?`,
      (v) => `Bei mir ist alles gut, danke der Nachfrage, ${v.name}. Viel wichtiger: Wie geht es dir heute?`,
    ],
    identity: `Ja – ich bin eine KI, kein Mensch und keine Therapeutin. ${capabilities} Bei allem, was schwer wiegt, hört dir ein echter Mensch (eine Freundin, ein Freund, eine Mentorin oder eine Beratungsstelle) besser zu.`,
    help: `${capabilities} Probier mal „finde ein ruhiges Café in der Nähe“, „check mich im … ein“, „wie steht meine Serie?“ oder „buch mir einen Mentor für morgen um 15 Uhr“.`,
    unknown: [
      (v) => `Ich bin nicht ganz sicher, was du meinst, ${v.name}. ${capabilities}`,
      (v) => `Entschuldige, ${v.name} – das habe ich nicht verstanden. ${capabilities}`,
      (v) =>
        `Ich weiß nicht, ob ich dich richtig verstanden habe, ${v.name}. ${capabilities} Was möchtest du tun?`,
    ],
    anxious: [
      (v) =>
        `Das klingt schwer, ${v.name}. Es ist okay, es langsam angehen zu lassen. Würde dir ein ruhiger Ort helfen? Ich kann nach ruhigen Cafés oder anfängerfreundlichen Fitnessstudios in deiner Nähe suchen oder jemanden zum Reden finden, der das versteht.`,
      (v) =>
        `Danke, dass du es mir sagst, ${v.name}. So ein Gefühl ist hart. Ein paar langsame Atemzüge können helfen – und wenn du möchtest, finde ich einen ruhigen Ort in der Nähe.`,
    ],
    low: (v) =>
      `Es tut mir leid, dass es dir so geht, ${v.name}. Kleine Schritte zählen. Eine halbe Stunde in einem ruhigen Café oder ein Gespräch mit einer Mentorin oder einem Mentor könnte helfen – soll ich schauen?`,
    good: [
      (v) =>
        `Wie schön, ${v.name}! Willst du das nutzen – vielleicht irgendwo Neues einchecken oder deine Serie fortsetzen?`,
      (v) =>
        `Schön zu hören, ${v.name}. Wenn du rausgehst, finde ich dir einen ruhigen Ort oder checke dich beim Ankommen ein.`,
    ],
    moodAsk: (v) =>
      `Klar, ${v.name}. Wie fühlst du dich gerade, von 1 (sehr schlecht) bis 5 (sehr gut)? Ein Wort reicht auch.`,
  },

  journey: {
    error: (v) => `Ich kann deinen Fortschritt gerade nicht laden, ${v.name}. Versuchst du es noch einmal?`,
    streak: (v) => `Deine Serie: ${days(v.days)}${v.best > v.days ? ` (dein Rekord: ${v.best})` : ''}.`,
    noStreak: (v) =>
      `Gerade läuft keine Serie${v.best ? ` (dein Rekord: ${days(v.best)})` : ''} – ein Check-in heute startet eine neue.`,
    level: (v) =>
      `Du bist auf Level ${v.level} von 5${v.next ? ` und hast ${v.percent} % des Wegs zu Level ${v.next} geschafft` : ', dem höchsten Level'}.`,
    more: (v) => `noch ${v.count} ${requirement[v.what] ?? v.what}`,
    next: (v) => `Für Level ${v.level}: ${v.needs}.`,
    milestones: (v) => `Deine Meilensteine bisher: ${v.list}.`,
    firstMilestone: 'Dein erster Meilenstein kommt mit deinem ersten Check-in.',
    total: (v) => `${checkIns(v.count)} insgesamt.`,
    cheer: [
      (v) => `Weiter so, ${v.name}.`,
      (v) => `Jeder Besuch zählt, ${v.name}.`,
      (v) => `Du machst das gut, ${v.name}.`,
    ],
  },

  rewards: {
    error: (v) => `Ich kann deine Belohnungen gerade nicht laden, ${v.name}.`,
    none: (v) =>
      `Du hast gerade keine aktiven Belohnungen, ${v.name}. Check an einem Ort mit Kaffee-Belohnung ein, dann bekommst du eine (eine pro Ort und Tag).`,
    header: (v) => `Du hast ${v.count} ${v.count === 1 ? 'aktive Belohnung' : 'aktive Belohnungen'}:`,
    item: (v) =>
      `• ${v.title}${v.partner ? ` (${v.partner})` : ''}${v.expires ? `, einlösbar bis: ${v.expires}` : ''}`,
    redeem: 'Zum Einlösen zeigst du den QR-Code unter „Journey“ an der Theke vor: Das Team dort scannt ihn.',
  },

  reminder: {
    ask: (v) => `Woran soll ich dich erinnern, ${v.name}, und wann?`,
    past: (v) =>
      `Diese Zeit ist schon vorbei, ${v.name}. Wann soll ich dich erinnern${v.what ? ` („${v.what}“)` : ''}? Zum Beispiel „in 20 Minuten“ oder „morgen um 9 Uhr“.`,
    when: (v) =>
      `Wann soll ich dich an „${v.what}“ erinnern? Zum Beispiel „in 20 Minuten“ oder „morgen um 9 Uhr“.`,
    defaultTitle: 'Deine NightChill-Erinnerung',
    failed: (v) => `Ich konnte die Erinnerung nicht stellen, ${v.name}: ${v.error}`,
    sent: (v) => `Gesendet – du findest „${v.title}“ in deinen Benachrichtigungen, ${v.name}.`,
    set: [
      (v) => `Okay, ${v.name} – ich erinnere dich an „${v.title}“ (${v.when}).`,
      (v) => `Erledigt. Erinnerung für ${v.when}: „${v.title}“.`,
    ],
  },

  mentors: {
    meets: { both: 'online oder vor Ort', virtual: 'online', inPerson: 'vor Ort' },
    line: (v) =>
      `${v.n}. **${v.mentor}**${v.unverified ? ' (nicht verifiziert)' : ''} — ${v.title}; ${v.tags}; trifft sich ${v.meets}${
        v.rating > 0 ? `; Bewertung ${decimalComma(v.rating)}` : ''
      }`,
    searchError: (v) =>
      `Ich kann gerade nicht nach Mentoren suchen, ${v.name}. Versuchst du es gleich noch einmal?`,
    none: (v) =>
      `Ich habe gerade niemanden${v.specialization ? ` für ${v.specialization}` : ''} gefunden, der verfügbar ist, ${v.name}. Soll ich breiter suchen?`,
    intro: [
      () => 'Diese Mentorinnen und Mentoren könnten dir helfen:',
      (v) => `Diese Mentorinnen und Mentoren könnten gut passen, ${v.name}:`,
    ],
    bookHint:
      'Möchtest du jemanden buchen? Sag mir, wen und wann – zum Beispiel „die erste Person, morgen um 15 Uhr“.',
    noneTakingBookings: (v) =>
      `Ich habe gerade niemanden gefunden, der Buchungen annimmt, ${v.name}. Soll ich es später noch einmal versuchen?`,
    about: (v) =>
      `${v.fits === true ? 'Ja: ' : v.fits === false ? `Nicht vor allem ${v.topic}, ${v.name}: ` : ''}**${v.mentor}** hilft bei ${v.tags} und trifft sich ${v.meets}. Möchtest du eine Sitzung buchen?`,
    notFound: (v) =>
      `Ich habe niemanden namens „${v.asked}“ gefunden, der Buchungen annimmt, ${v.name}. Verfügbar ${v.count === 1 ? 'ist' : 'sind'} ${v.names} – passt davon jemand?`,
  },

  booking: {
    past: (v) =>
      `Diese Zeit ist schon vorbei, ${v.name}. Wann möchtest du **${v.mentor}** treffen? Zum Beispiel „morgen um 15 Uhr“.`,
    whatTime: (v) => `Um wie viel Uhr passt dir an dem Tag eine Sitzung mit **${v.mentor}**?`,
    when: [
      (v) =>
        `Wann möchtest du **${v.mentor}** treffen, ${v.name}? Zum Beispiel „morgen um 15 Uhr“ oder „Freitag 10:30“.`,
      (v) => `Gern richte ich das mit **${v.mentor}** ein. Welcher Tag und welche Uhrzeit passen dir?`,
    ],
    propose: [
      (v) => `Soll ich das buchen? „${v.summary}“. Sag **ja** zum Bestätigen oder nenn mir eine andere Zeit.`,
      (v) =>
        `Möchtest du, dass ich das buche? „${v.summary}“. Sag **ja** zum Bestätigen oder nenn mir eine andere Zeit.`,
      (v) =>
        `Nur zur Sicherheit: „${v.summary}“. Soll ich das buchen? Sag **ja** zum Bestätigen oder nenn mir eine andere Zeit.`,
    ],
    slotTaken: (v) => `Zu dieser Zeit ist schon eine Sitzung gebucht, ${v.name}. Passt dir eine andere Zeit?`,
    userBusy: (v) => `Du hast zu der Zeit schon eine Sitzung, ${v.name}. Sollen wir eine andere Zeit nehmen?`,
    mentorUnavailable: (v) =>
      `Diese Person nimmt gerade keine Buchungen an, ${v.name}. Soll ich jemand anderen suchen?`,
    typeNotOffered: (v) => `${v.error} Soll ich es stattdessen so buchen?`,
    invalidTime: (v) =>
      `Ich kann nur Zeiten in der Zukunft buchen (bis zu sechs Monate im Voraus), ${v.name}. Wann würde es dir passen?`,
    failed: (v) => `Das konnte ich gerade nicht einrichten, ${v.name}: ${v.error}`,
    booked: [
      (v) =>
        `Erledigt – ${v.minutes} Minuten mit **${v.mentor}**, ${v.when} (${online(v.online)}). Ich habe Bescheid gegeben, und du bekommst vorher eine Erinnerung.`,
      (v) =>
        `Alles klar – ${v.minutes} Minuten mit **${v.mentor}**, ${v.when} (${online(v.online)}). Ich habe Bescheid gegeben, und du bekommst vorher eine Erinnerung.`,
      (v) =>
        `Gebucht! ${v.minutes} Minuten mit **${v.mentor}**, ${v.when} (${online(v.online)}). Ich habe Bescheid gegeben, und du bekommst vorher eine Erinnerung.`,
    ],
    done: (v) => `Erledigt, ${v.name}.`,
    failedAfter: (v) => `Tut mir leid, ${v.name} – das hat am Ende doch nicht geklappt: ${v.error}`,
    whichMentor: (v) => `Mit wem möchtest du es stattdessen machen, ${v.name}?`,
    pastChange: (v) => `Diese Zeit ist schon vorbei, ${v.name}. Welche andere Zeit würde dir passen?`,
  },

  sessions: {
    proposeCancel: [
      (v) => `Soll ich absagen? „${v.summary}“. Sag **ja** zum Bestätigen.`,
      (v) => `Möchtest du, dass ich absage? „${v.summary}“. Sag **ja** zum Bestätigen.`,
    ],
    cantCancel: (v) => `Diese kann ich nicht absagen, ${v.name}: ${v.error}`,
    lookupError: (v) =>
      `Ich kann deine Sitzungen gerade nicht abrufen, ${v.name}. Versuchst du es noch einmal?`,
    listError: (v) => `Ich kann deine Sitzungen gerade nicht abrufen, ${v.name}.`,
    noneToCancel: (v) => `Du hast keine anstehenden Mentoring-Sitzungen, die du absagen könntest, ${v.name}.`,
    whichToCancel: 'Welche Sitzung möchtest du absagen?',
    none: (v) =>
      `Du hast gerade keine anstehenden Sitzungen, ${v.name}. Soll ich dir jemanden zum Reden suchen?`,
    upcoming: 'Das steht an:',
    line: (v) => `${v.n}. **${v.mentor}** — ${v.when}, ${v.minutes} Min., ${online(v.online)}`,
    cancelled: (v) =>
      `Erledigt – deine Sitzung mit **${v.mentor}** (${v.when}) ist abgesagt, und ich habe Bescheid gegeben. Pass auf dich auf, ${v.name}.`,
    moved: (v) =>
      `Erledigt, ${v.name}: Deine Sitzung mit **${v.mentor}** ist jetzt am ${v.when}. Ich habe Bescheid gegeben.`,
    cantMove: (v) => `Ich konnte diese Sitzung nicht verschieben, ${v.name}: ${v.error}`,
    noneToMove: (v) => `Du hast keine anstehenden Mentoring-Sitzungen zum Verschieben, ${v.name}.`,
    whichToMove: 'Welche Sitzung möchtest du verschieben?',
    moveWhen: (v) =>
      `Wann möchtest du deine Sitzung mit **${v.mentor}** stattdessen? Zum Beispiel „Donnerstag um 15 Uhr“ oder „eine Stunde später“.`,
  },

  declined: {
    cancel: (v) => `Okay, ${v.name} – deine Sitzung bleibt, wie sie ist.`,
    checkIn: (v) => `Okay, ${v.name} – ich habe dich nicht eingecheckt.`,
    reminder: (v) => `Okay, ${v.name} – keine Erinnerung.`,
    booking: [
      (v) => `Kein Problem, ${v.name} – ich habe nichts gebucht.`,
      (v) => `Okay, nichts gebucht. Sag einfach Bescheid, wenn du so weit bist, ${v.name}.`,
    ],
  },

  places: {
    locationNeeded: [
      (v) =>
        `Gern schaue ich nach, ${v.name}. Wo soll ich suchen – in welcher Stadt oder Gegend bist du? (Oder teil deinen Standort in der App, dann suche ich direkt um dich herum.)`,
      (v) =>
        `Klar, ${v.name} – ich muss nur wissen, wo. Nenn mir eine Stadt oder ein Viertel, oder teil deinen Standort.`,
    ],
    unknownCity: (v) =>
      `${v.city ? `In ${v.city}` : 'In dieser Gegend'} kenne ich noch keine Orte, ${v.name}. Magst du es mit einer Stadt in der Nähe versuchen oder deinen Standort teilen, damit ich um dich herum suche?`,
    searchError: (v) =>
      `Ich konnte gerade nicht suchen, ${v.name} – bei mir ist etwas schiefgelaufen. Versuchst du es gleich noch einmal?`,
    where: (v) => (v.city ? ` in ${v.city}` : v.near ? ' in deiner Nähe' : ''),
    none: (v) =>
      `Ich habe${v.where} keine ${v.many} im Umkreis von 5 km gefunden, ${v.name}. Soll ich nach einer anderen Art von Ort oder in einer anderen Gegend suchen?`,
    relaxed: (v) =>
      `Ich habe${v.where} keine ${v.many} gefunden, die als ruhig markiert sind, aber das hier sind die nächstgelegenen – vielleicht hilft es, zu einer ruhigeren Tageszeit hinzugehen:`,
    found: [
      (v) =>
        v.count === 1
          ? `Hier ist ein Treffer${v.where}, ${v.name}:`
          : `Hier sind ein paar ${v.quiet ? 'ruhige ' : ''}${v.many}${v.where}, ${v.name}:`,
      (v) =>
        `${v.name}, ich habe ${v.count} ${v.count === 1 ? v.one : v.many}${v.where} gefunden${
          v.quiet ? (v.count === 1 ? ', in dem es eher ruhig ist' : ', in denen es eher ruhig ist') : ''
        }:`,
      (v) => `${v.name}, schau mal, was ich${v.where} gefunden habe:`,
    ],
    outro: [
      'Sag mir, wenn du da bist, dann checke ich dich ein.',
      'Möchtest du mehr über einen davon wissen? Sag einfach, welchen.',
      'Wenn du hingehst, sag „ich bin im …“, und ich checke dich ein.',
    ],
    whichOne: (v) => `Über welchen möchtest du mehr wissen, ${v.name}?`,
    loadError: (v) => `Ich kann diesen Ort gerade nicht laden, ${v.name}. Versuchst du es noch einmal?`,
    trait: {
      quiet: 'es ist meist ruhig',
      busy: 'es kann voll werden',
      beginner: 'es ist anfängerfreundlich',
      coffeeReward: 'du kannst dort eine Kaffee-Belohnung sammeln',
    },
    details: (v) =>
      `**${v.place}** findest du hier: ${v.address}.${v.traits ? ` ${v.traits.charAt(0).toUpperCase()}${v.traits.slice(1)}.` : ''}` +
      `${v.amenities ? ` Ausstattung: ${v.amenities}.` : ''}` +
      `${v.description ? ` ${v.description}` : ''}${
        v.rating > 0
          ? ` Bewertet mit ${decimalComma(v.rating)} bei ${v.reviews} ${v.reviews === 1 ? 'Bewertung' : 'Bewertungen'}.`
          : ''
      }` +
      `${v.unverified ? ' NightChill hat diesen Ort noch nicht verifiziert.' : ''}`,
  },

  checkIn: {
    whichOfThese: (v) => `Entschuldige, ${v.name}, an welchem davon bist du? Sag die Nummer oder den Namen.`,
    where: [
      (v) => `Wo bist du, ${v.name}? Sag mir den Namen des Ortes, dann checke ich dich ein.`,
      (v) => `Ich checke dich gern ein, ${v.name} – wie heißt der Ort, an dem du bist?`,
    ],
    lookupError: (v) =>
      `Ich kann den Ort gerade nicht nachschlagen, ${v.name}. Versuchst du es gleich noch einmal?`,
    notFound: (v) =>
      `Ich habe keinen Ort namens „${v.place}“${v.near ? ' in deiner Nähe' : ''} gefunden, ${v.name}. Schaust du noch mal nach dem Namen?`,
    cantSee: (v) => `Direkt bei dir sehe ich gerade nichts Passendes, ${v.name}. Wie heißt der Ort?`,
    which: [
      'An welchem bist du?',
      'Ich habe mehrere gefunden – welcher ist es?',
      'Nur zur Sicherheit: An welchem davon bist du?',
    ],
    tooFar: (v) => `${v.error} Ich bin da, wenn du ankommst, ${v.name}.`,
    gone: (v) => `Ich finde diesen Ort nicht mehr, ${v.name}. Soll ich noch einmal suchen?`,
    failed: (v) => `Ich konnte dich gerade nicht einchecken, ${v.name}: ${v.error}`,
    already: (v) =>
      `Du bist schon bei **${v.place}** eingecheckt, ${v.name} – Besuche innerhalb derselben Stunde zählen einmal. Genieß die Zeit dort.`,
    mood: {
      anxious:
        ' Es ist mutig hinzugehen, wenn man ängstlich ist – lass es langsam angehen und geh, wann immer du musst.',
      calm: ' Schön, dass du dich dort ruhig fühlst.',
      motivated: ' Was für eine Energie!',
    },
    streak: (v) => `Deine Serie: ${days(v.days)} in Folge.`,
    soFar: (v) => `Das sind bisher ${checkIns(v.count)}.`,
    reward: (v) =>
      `Du hast eine Belohnung bekommen: ${v.title} – den QR-Code findest du unter „Journey“; zeig ihn an der Theke vor.`,
    levelUp: (v) => `Und du hast Level ${v.level} erreicht!`,
    milestone: (v) => `Neuer Meilenstein: ${v.list}.`,
    done: [
      (v) => `Du bist bei **${v.place}** eingecheckt, ${v.name}.`,
      (v) => `Erledigt – eingecheckt bei **${v.place}**.`,
      (v) => `Eingecheckt bei **${v.place}**. Gut gemacht, ${v.name}.`,
    ],
  },

  support: {
    hello: [
      (v) => `Hallo ${v.name}. Schön, dass du da bist. Wie fühlst du dich gerade?`,
      (v) => `Hallo ${v.name} – schön, von dir zu hören. Wie geht es dir im Moment, ganz ehrlich?`,
    ],
    talk: [
      (v) => `Natürlich, ${v.name}. Ich bin da, und es gibt keine Eile. Was geht dir gerade durch den Kopf?`,
      (v) =>
        `Ich bin hier, ${v.name}. Wir können über alles reden, was du möchtest – oder über nichts Bestimmtes. Wie fühlst du dich in diesem Moment?`,
      (v) =>
        `Ja, lass uns reden, ${v.name}. Ich bin eine KI, aber ich höre dir zu. Was war heute das Schwerste?`,
    ],
    thanks: [
      (v) => `Ich bin froh, dass du noch mit mir redest, ${v.name}. Wie fühlst du dich jetzt?`,
      (v) =>
        `Danke, dass du bei mir bleibst, ${v.name}. Gibt es etwas, das die nächste Stunde ein bisschen leichter machen würde?`,
    ],
    heard: [
      (v) =>
        `Danke, dass du mir das erzählst, ${v.name}. Das klingt wirklich schwer. Ich bin da, um weiterzureden, und wenn es zu viel wird, ist ${v.line} jederzeit für dich da, Tag und Nacht.`,
      (v) =>
        `Ich höre dich, ${v.name}. Was du fühlst, ergibt Sinn, und du musst das nicht allein tragen – mit jemandem bei ${v.line} zu reden kann helfen, jederzeit. Möchtest du mir mehr erzählen?`,
      (v) =>
        `Ich höre zu, ${v.name}. Lass dir Zeit. Wenn du jetzt mit einem Menschen sprechen möchtest: ${v.line} ist kostenlos und rund um die Uhr erreichbar.`,
    ],
  },

  mood: {
    noted: ['Ich habe es in deinem Stimmungstagebuch notiert.', 'In deinem Stimmungstagebuch notiert.'],
    trendUp: 'Deine letzten Einträge gehen nach oben.',
    trendDown: 'Deine letzten Einträge waren niedriger als vorher; sei gut zu dir.',
    low: [
      (v) => `Es tut mir leid, dass heute ein schwerer Tag ist, ${v.name}.`,
      (v) => `Danke, dass du es mir sagst, ${v.name}. Das klingt hart.`,
      (v) => `Das klingt schwer, ${v.name}.`,
    ],
    offerBreathing: 'Würde dir eine einminütige Atemübung helfen? Sag **ja**, dann machen wir sie zusammen.',
    offerGrounding: 'Möchtest du eine kurze Erdungsübung ausprobieren, oder lieber ein bisschen reden?',
    middling: [
      (v) => `Danke, dass du dich meldest, ${v.name}.`,
      (v) => `Okay, ${v.name} – ein mittelmäßiger Tag.`,
    ],
    middlingAsk: 'Gibt es etwas, das den Tag ein bisschen leichter machen würde?',
    good: [(v) => `Schön zu hören, ${v.name}!`, (v) => `Wunderbar, ${v.name}.`],
    goodAsk: 'Willst du das nutzen – vielleicht ein ruhiger Ort in der Nähe, oder deine Serie fortsetzen?',
    panicSafety:
      'Wenn die Enge erdrückend ist, in den Arm oder Kiefer ausstrahlt oder du gar keine Luft mehr bekommst, ruf sofort den Notruf an.',
  },

  exercises: {
    breathing: {
      title: 'Box-Atmung, etwa eine Minute',
      intro:
        'Lass uns eine Minute lang zusammen atmen. Sitz oder steh so, wie es für dich bequem ist, und lass die Schultern sinken.',
      firstIn: 'Atme langsam durch die Nase ein… 2… 3… 4',
      in: 'Ein… 2… 3… 4',
      hold: 'Halten… 2… 3… 4',
      firstOut: 'Atme sanft durch den Mund aus… 2… 3… 4',
      out: 'Aus… 2… 3… 4',
      outro:
        'Gut gemacht. Spür mal, wie sich dein Körper jetzt anfühlt. Wir können jederzeit noch eine Runde machen.',
    },
    grounding: {
      title: '5-4-3-2-1-Erdung',
      intro:
        'Lass uns ins Hier und Jetzt zurückkommen, einen Sinn nach dem anderen. Nimm dir für jeden Zeit.',
      steps: [
        'Schau dich um und nenne 5 Dinge, die du sehen kannst.',
        'Spüre 4 Dinge: deine Füße auf dem Boden, deine Kleidung, die Luft.',
        'Lausche auf 3 Dinge, die du hören kannst, nah oder fern.',
        'Finde 2 Dinge, die du riechen kannst, oder zwei Gerüche, die du magst.',
        'Nenne 1 Sache, die du schmecken kannst, oder nimm einen Schluck Wasser.',
      ],
      outro: 'Du bist hier, und du hast es geschafft. Wie fühlst du dich jetzt?',
    },
    body_scan: {
      title: 'Ein kurzer Bodyscan, etwa zwei Minuten',
      intro:
        'Lass uns die Aufmerksamkeit langsam durch den Körper wandern lassen. Nichts verändern, nur wahrnehmen.',
      steps: [
        'Schließ die Augen, wenn sich das gut anfühlt, und nimm einen langsamen Atemzug.',
        'Spüre deine Füße und Beine. Lass sie schwer werden.',
        'Wandere hoch zu Bauch und Brust. Spüre, wie sie sich heben und senken.',
        'Spüre deine Hände, Arme und Schultern. Lass die Schultern weich werden.',
        'Entspanne deinen Kiefer, deine Stirn, die Gegend um deine Augen.',
        'Nimm deinen ganzen Körper auf einmal wahr und atme sanft.',
      ],
      outro: 'Wenn du so weit bist, öffne die Augen. Danke, dass du dir diese Zeit für dich genommen hast.',
    },
  },
  moves: {
    reminderMoved: [
      (v) => `Erledigt, ${v.name} – „${v.title}“ ist jetzt für ${v.when} eingestellt.`,
      (v) => `Verschoben. Neue Erinnerung für ${v.when}: „${v.title}“.`,
    ],
    reminderCancelled: (v) =>
      `Erledigt, ${v.name} – ich habe „${v.title}“ (${v.when}) gelöscht. Diese Erinnerung kommt nicht mehr.`,
    reminderFailed: (v) => `Ich konnte diese Erinnerung nicht ändern, ${v.name}: ${v.error}`,
    noReminders: (v) => `Du hast gerade keine anstehenden Erinnerungen, ${v.name}.`,
    whichReminder: 'Welche Erinnerung meinst du?',
    reminderLine: (v) => `${v.n}. **${v.title}** — ${v.when}`,
    reminderWhen: (v) =>
      `Wann soll „${v.title}“ stattdessen kommen? Zum Beispiel „um 10“ oder „morgen um 9 Uhr“.`,
    reminderPast: (v) =>
      `Diese Zeit ist schon vorbei, ${v.name}. Wann soll die Erinnerung stattdessen kommen?`,
    reminderKept: (v) => `Okay, ${v.name} – deine Erinnerung bleibt, wie sie ist.`,
    whichMentor: (v) => `Wen davon meinst du, ${v.name}: ${v.names}?`,
    crowd: (v) => `Wie voll es gerade bei **${v.place}** ist, sehe ich nicht, aber dort ist es ${v.traits}.`,
    crowdUnknown: (v) =>
      `Wie voll es gerade bei **${v.place}** ist, sehe ich nicht, und dazu gibt es noch keine Bewertungen.`,
    usually: {
      quiet: 'meist ruhig – Leute bewerten es als stressarmen Ort',
      medium: 'meist mäßig voll – außerhalb der Stoßzeiten ruhiger',
      busy: 'oft voll – früh am Tag oder spät abends ist es meist ruhiger',
    },
    quietZone: ' Es gibt eine Ruhezone, falls du eine Pause brauchst.',
    quietHours: ' Es gibt ruhige Stunden, falls du lieber keinen Trubel magst.',
    openUntil: (v) => ` Gerade ist geöffnet, bis ${v.when}.`,
    closedNow: (v) => ` Gerade ist geschlossen (nächste Öffnung: ${v.when}).`,
    sessionSoon: (v) => `Deine Sitzung mit ${v.mentor}`,
    ack: [
      (v) => `👍 Kann ich sonst noch etwas für dich tun, ${v.name}?`,
      (v) => `Schön, dass das hilft, ${v.name}. Ich bin da, wenn du etwas brauchst.`,
    ],
    stillOpen: (v) => `Und soll ich das noch machen: „${v.summary}“? Sag **ja** zum Bestätigen.`,
  },

  failures: {
    invalid_arguments: 'Es fehlten Angaben oder sie waren unklar; sag es noch einmal mit Ort oder Uhrzeit.',
    unknown_tool: 'Ich habe etwas versucht, das ich nicht kann; frag mich bitte anders.',
    one_at_a_time: 'Ich kann nur eine Sache auf einmal vorschlagen; gehen wir sie nacheinander durch.',
    invalid_payload: 'Es fehlten Angaben oder sie waren unklar; sag es noch einmal mit Ort oder Uhrzeit.',
    unauthorized: 'Deine Anmeldung ist abgelaufen; melde dich neu an und frag mich dann noch einmal.',
    forbidden: 'Das ist nicht erlaubt.',
    not_found: 'Das habe ich nicht gefunden.',
    conflict: 'Das überschneidet sich mit etwas, das es schon gibt.',
    consent_required: 'Stimme zuerst der Nutzung deiner Daten zu und frag mich dann noch einmal.',
    rate_limited: 'Das ist viel auf einmal; versuch es in einer Minute noch einmal.',
    unprocessable: 'Das ließ sich so nicht umsetzen.',
    unavailable: 'Ein Dienst ist gerade nicht erreichbar; versuch es gleich noch einmal.',
    internal: 'Bei mir ist etwas schiefgelaufen; versuch es gleich noch einmal.',
    cannot_book_self: 'Du kannst keine Sitzung mit dir selbst buchen.',
    cannot_flag_own: 'Du kannst deine eigene Bewertung nicht melden.',
    cannot_review_self: 'Du kannst dich nicht selbst bewerten.',
    counter_only: 'Das kann nur das Personal an der Theke.',
    email_taken: 'Mit dieser E-Mail-Adresse gibt es schon ein Konto.',
    impossible_travel:
      'Das ist zu weit von deinem letzten Check-in, um schon dort zu sein; checke ein, wenn du da bist.',
    in_past: 'Diese Uhrzeit ist schon vorbei; wähle eine in der Zukunft.',
    invalid_credentials: 'E-Mail-Adresse oder Passwort stimmen nicht.',
    invalid_password: 'Dieses Passwort stimmt nicht.',
    location_needed: 'Teile deinen Standort oder nenn mir eine Stadt, dann suche ich in der Nähe.',
    location_not_found: 'Diesen Ort habe ich nicht gefunden; versuch es mit dem Namen, wie er gelistet ist.',
    mentor_exists: 'Du hast schon ein Mentor-Profil.',
    mentor_only: 'Das kann nur die Mentorin oder der Mentor.',
    mentor_unavailable: 'Diese Person nimmt gerade keine Buchungen an; versuch es bei jemand anderem.',
    not_your_place: 'Diesen Ort darfst du nicht ändern.',
    own_reward: 'Diese Belohnung gehört jemand anderem.',
    proposal_not_open: 'Dieser Vorschlag ist abgelaufen; frag bitte noch einmal.',
    review_exists: 'Du hast das schon bewertet; ändere lieber deine Bewertung.',
    reward_already_redeemed: 'Diese Belohnung wurde schon eingelöst.',
    reward_expired: 'Diese Belohnung ist abgelaufen.',
    reward_not_found: 'Diese Belohnung habe ich nicht gefunden.',
    reward_wrong_place: 'Diese Belohnung gilt nur an dem Ort, der sie vergeben hat.',
    session_not_ended: 'Diese Sitzung ist noch nicht zu Ende.',
    session_not_scheduled: 'Diese Sitzung ist nicht mehr geplant.',
    session_not_started: 'Diese Sitzung hat noch nicht begonnen.',
    session_type_not_offered: 'Diese Person trifft sich nicht auf diese Art; versuch es vor Ort oder online.',
    slot_taken: 'Diese Uhrzeit ist schon belegt; wähle eine andere.',
    staff_only: 'Das kann nur das Personal des Ortes.',
    too_far: 'Du bist zu weit weg, um dort einzuchecken; versuch es noch einmal, wenn du da bist.',
    unknown_city: 'In dieser Stadt kenne ich noch keine Orte; versuch es mit einer Stadt in der Nähe.',
    user_busy: 'Du hast um diese Zeit schon eine Sitzung; wähle eine andere Uhrzeit.',
    username_taken: 'Dieser Benutzername ist vergeben; wähle einen anderen.',
    weak_password: 'Dieses Passwort ist zu leicht zu erraten; wähle ein längeres.',
  },
  recap: {
    checkedIn: (v: { name: string; place: string }) => `Du bist bei **${v.place}** eingecheckt, ${v.name}.`,
    booked: (v: { name: string; mentor: string; when: string }) =>
      `Deine Sitzung mit **${v.mentor}** ist am ${v.when}, ${v.name}.`,
    reminder: (v: { name: string; what: string; when: string }) =>
      `Deine Erinnerung „${v.what}“ ist für ${v.when} gestellt, ${v.name}.`,
    nothing: (v: { name: string }) =>
      `Ich habe gerade nichts für dich gebucht, gestellt oder eingecheckt, ${v.name}. Soll ich?`,
  },
  milestoneTitles: {
    first_check_in: 'Erster Check-in',
    first_gym_visit: 'Erster Besuch im Fitnessstudio',
    first_coffee_redeemed: 'Erster Kaffee eingelöst',
    first_mentor_session: 'Erste Mentoring-Sitzung',
    streak_3: '3 Tage in Folge',
    streak_7: '7 Tage in Folge',
    streak_14: '14 Tage in Folge',
    check_ins_10: '10 Check-ins',
    check_ins_25: '25 Check-ins',
    check_ins_50: '50 Check-ins',
    level_2: 'Level 2 erreicht',
    level_3: 'Level 3 erreicht',
    level_4: 'Level 4 erreicht',
    level_5: 'Level 5 erreicht',
  },
} satisfies Catalogue;
