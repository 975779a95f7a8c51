import { type Catalogue, decimalComma, joinWith } from './catalogue.ts';

/**
 * Les mots du compagnon en français : tutoiement, chaleureux et bref, comme l'anglais (en.ts).
 * Les textes du serveur (`summary`, `error`, `when`) arrivent tels quels, d'où les guillemets ou
 * les deux-points. Pour confirmer, on dit « oui » (src/assistant/turn/proposals.ts le comprend).
 */

const capabilities =
  'Je peux te trouver des cafés calmes, des salles de sport et des adresses pour manger sain près de toi ou dans une ville, ' +
  'faire ton check-in quand tu arrives, te dire où en sont ta série, ton niveau et tes récompenses café, trouver et réserver un mentor, et te créer des rappels.';

const days = (n: number) => `${n} ${n === 1 ? 'jour' : 'jours'}`;
const checkIns = (n: number) => `${n} ${n === 1 ? 'check-in' : 'check-ins'}`;

/** What the next level needs, by the server's English label. */
const requirement: Record<string, string> = {
  'check-ins': 'check-ins',
  'gym visits': 'séances à la salle de sport',
  'mentor sessions': 'séances avec un mentor',
  'days in a row (best streak)': "jours d'affilée (meilleure série)",
};

const online = (yes: boolean) => (yes ? 'en ligne' : 'en personne');

export const fr = {
  list: (v) => joinWith('et')(v.items),
  somethingWrong: "quelque chose s'est mal passé",
  capabilities,
  timeOfDay: { morning: 'Bonjour', afternoon: 'Bonjour', evening: 'Bonsoir', night: 'Salut' },
  askToConfirm: (v) => `Je m'en occupe ? « ${v.summary} ». Dis **oui** pour confirmer.`,
  didYouMean: (v) => `Tu veux dire **${v.a}** ou **${v.b}** ?`,
  unverified: ' (non vérifié)',

  noun: {
    coffee: ['café', 'cafés', 'un café'],
    gym: ['salle de sport', 'salles de sport', 'une salle de sport'],
    nutrition: ['adresse pour manger sain', 'adresses pour manger sain', 'une adresse pour manger sain'],
    partner: ['lieu partenaire', 'lieux partenaires', 'un lieu partenaire'],
    mentor: ['espace de mentorat', 'espaces de mentorat', 'un espace de mentorat'],
    place: ['endroit', 'endroits', 'un endroit'],
  },
  placeLine: {
    distance: (v) => (v.km < 1 ? `${Math.round(v.km * 1000)} m` : `${decimalComma(v.km)} km`),
    quiet: 'calme',
    busy: 'parfois bondé',
    beginner: 'idéal pour débuter',
    coffeeReward: 'récompense café',
  },

  chat: {
    greeting: [
      (v) =>
        `${v.hello}, ${v.name} ! Comment tu te sens aujourd'hui ? Je peux te trouver un café ou une salle de sport calme près de toi, faire ton check-in quand tu arrives ou te réserver une séance avec un mentor.`,
      (v) =>
        `${v.hello}, ${v.name}, ça fait plaisir de te voir ! Je te cherche un endroit calme pas loin, ou on regarde où en est ta série ?`,
      (v) =>
        `Salut ${v.name}. Je suis là dès que tu as besoin d'un endroit calme, d'un check-in ou de quelqu'un à qui parler. Qu'est-ce qui t'aiderait aujourd'hui ?`,
    ],
    thanks: [
      (v) => `Avec plaisir, ${v.name}. Je suis là si tu as besoin d'autre chose.`,
      (v) => `Quand tu veux, ${v.name}.`,
      (v) => `Avec plaisir, ${v.name}. Un pas après l'autre.`,
    ],
    bye: [
      (v) => `Prends soin de toi, ${v.name}. Je suis là quand tu veux trouver un endroit calme.`,
      (v) => `À bientôt, ${v.name}. Prends bien soin de toi aujourd'hui.`,
    ],
    howAreYou: [
      (v) =>
        `Je suis une IA, donc je n'ai ni bons ni mauvais jours, mais je suis là pour t'aider, ${v.name}. Et toi, comment tu te sens ?`,
      (v) =>
        `Tout va bien de mon côté, merci de demander, ${v.name}. Le plus important : comment tu vas, toi, aujourd'hui ?`,
    ],
    identity: `Oui, je suis une IA : pas une personne, et pas un thérapeute. ${capabilities} Pour ce qui pèse vraiment, une vraie personne (un ami, un mentor ou une ligne d'écoute) t'écoutera mieux.`,
    help: `${capabilities} Essaie « trouve un café calme près de moi », « fais-moi un check-in au … », « c'est quoi ma série ? » ou « réserve un mentor demain à 15h ».`,
    unknown: [
      (v) => `Je ne comprends pas bien ce que tu veux dire, ${v.name}. ${capabilities}`,
      (v) => `Pardon, ${v.name}, je n'ai pas compris. ${capabilities}`,
      (v) =>
        `Je crains de ne pas avoir bien compris, ${v.name}. ${capabilities} Qu'est-ce que tu aimerais faire ?`,
    ],
    anxious: [
      (v) =>
        `Ça a l'air difficile, ${v.name}. C'est normal d'y aller doucement. Un endroit calme t'aiderait ? Je peux chercher des cafés calmes ou des salles de sport pour débutants près de toi, ou un mentor qui comprend.`,
      (v) =>
        `Merci de me le dire, ${v.name}. Ce n'est pas facile à vivre. Quelques respirations lentes peuvent aider, et si tu veux, je te trouve un endroit calme pas loin.`,
    ],
    low: (v) =>
      `C'est dur de se sentir comme ça, ${v.name}. Les petits pas comptent. Une demi-heure dans un café calme, ou un échange avec un mentor, pourrait t'aider. Tu veux que je cherche ?`,
    good: [
      (v) =>
        `Ça fait plaisir à entendre, ${v.name} ! On en profite ? Tu pourrais faire un check-in dans un nouvel endroit, ou continuer ta série.`,
      (v) =>
        `Tant mieux, ${v.name}. Si tu sors, je peux te trouver un endroit calme ou faire ton check-in quand tu arrives.`,
    ],
    moodAsk: (v) =>
      `Bien sûr, ${v.name}. Comment tu te sens en ce moment, de 1 (très mal) à 5 (très bien) ? Un mot suffit aussi.`,
  },

  journey: {
    error: (v) => `Je n'arrive pas à charger ta progression pour l'instant, ${v.name}. Tu peux réessayer ?`,
    streak: (v) => `Ta série est de ${days(v.days)}${v.best > v.days ? ` (ton record : ${v.best})` : ''}.`,
    noStreak: (v) =>
      `Tu n'as pas de série en cours pour l'instant${v.best ? ` (ton record : ${days(v.best)})` : ''} : un check-in aujourd'hui en lance une nouvelle.`,
    level: (v) =>
      `Tu es au niveau ${v.level} sur 5${v.next ? `, à ${v.percent} % du niveau ${v.next}` : ', le plus haut niveau'}.`,
    more: (v) => `${v.count} ${requirement[v.what] ?? v.what} de plus`,
    next: (v) => `Pour le niveau ${v.level} : ${v.needs}.`,
    milestones: (v) => `Tes étapes franchies : ${v.list}.`,
    firstMilestone: 'Ta première étape arrivera avec ton premier check-in.',
    total: (v) => `${checkIns(v.count)} au total.`,
    cheer: [
      (v) => `Continue comme ça, ${v.name}.`,
      (v) => `Chaque visite compte, ${v.name}.`,
      (v) => `Tu t'en sors très bien, ${v.name}.`,
    ],
  },

  rewards: {
    error: (v) => `Je n'arrive pas à charger tes récompenses pour l'instant, ${v.name}.`,
    none: (v) =>
      `Tu n'as aucune récompense active pour l'instant, ${v.name}. Fais un check-in dans un endroit avec une récompense café et tu en gagneras une (une par endroit et par jour).`,
    header: (v) => `Tu as ${v.count} ${v.count === 1 ? 'récompense active' : 'récompenses actives'} :`,
    item: (v) =>
      `• ${v.title}${v.partner ? ` (${v.partner})` : ''}${v.expires ? `, à utiliser avant : ${v.expires}` : ''}`,
    redeem: "Pour l'utiliser, montre au comptoir le QR code qui est dans « Journey » : l'équipe le scanne.",
  },

  reminder: {
    ask: (v) => `De quoi veux-tu que je te rappelle, ${v.name}, et quand ?`,
    past: (v) =>
      `Cette heure est déjà passée, ${v.name}. Quand veux-tu que je te le rappelle${v.what ? ` (« ${v.what} »)` : ''} ? Par exemple « dans 20 minutes » ou « demain à 9h ».`,
    when: (v) =>
      `Quand veux-tu que je te rappelle « ${v.what} » ? Par exemple « dans 20 minutes » ou « demain à 9h ».`,
    defaultTitle: 'Ton rappel NightChill',
    failed: (v) => `Je n'ai pas pu créer ce rappel, ${v.name} : ${v.error}`,
    sent: (v) => `Envoyé : tu trouveras « ${v.title} » dans tes notifications, ${v.name}.`,
    set: [
      (v) => `D'accord, ${v.name} : je te rappellerai « ${v.title} » (${v.when}).`,
      (v) => `C'est fait. Rappel prévu pour ${v.when} : « ${v.title} ».`,
    ],
  },

  mentors: {
    meets: { both: 'en ligne ou en personne', virtual: 'en ligne', inPerson: 'en personne' },
    line: (v) =>
      `${v.n}. **${v.mentor}**${v.unverified ? ' (non vérifié)' : ''} — ${v.title} ; ${v.tags} ; rencontres ${v.meets}${
        v.rating > 0 ? ` ; note ${decimalComma(v.rating)}` : ''
      }`,
    searchError: (v) =>
      `Je n'arrive pas à chercher des mentors pour l'instant, ${v.name}. Tu peux réessayer un peu plus tard ?`,
    none: (v) =>
      `Je n'ai trouvé aucun mentor${v.specialization ? ` pour ${v.specialization}` : ''} disponible pour l'instant, ${v.name}. Tu veux que je cherche plus largement ?`,
    intro: [
      () => 'Voici des mentors qui pourraient t’aider :',
      (v) => `Ces mentors pourraient te convenir, ${v.name} :`,
    ],
    bookHint:
      'Tu veux réserver avec l’un d’eux ? Dis-moi qui et quand, par exemple « le premier, demain à 15h ».',
    noneTakingBookings: (v) =>
      `Je n'ai trouvé aucun mentor qui prend des réservations en ce moment, ${v.name}. Je réessaie plus tard ?`,
    about: (v) =>
      `${v.fits === true ? 'Oui : ' : v.fits === false ? `Pas surtout ${v.topic}, ${v.name} : ` : ''}**${v.mentor}** aide pour ${v.tags} et propose des séances ${v.meets}. Tu veux réserver une séance ?`,
    notFound: (v) =>
      `Je n'ai trouvé aucun mentor nommé « ${v.asked} » qui prend des réservations, ${v.name}. ${v.names} ${v.count === 1 ? 'est disponible' : 'sont disponibles'} : ça te conviendrait ?`,
  },

  booking: {
    past: (v) =>
      `Cette heure est déjà passée, ${v.name}. Quand aimerais-tu voir **${v.mentor}** ? Par exemple « demain à 15h ».`,
    whatTime: (v) => `À quelle heure ce jour-là pour une séance avec **${v.mentor}** ?`,
    when: [
      (v) =>
        `Quand aimerais-tu voir **${v.mentor}**, ${v.name} ? Par exemple « demain à 15h » ou « vendredi 10h30 ».`,
      (v) => `Avec plaisir, j'organise ça avec **${v.mentor}**. Quel jour et quelle heure te conviennent ?`,
    ],
    propose: [
      (v) => `Je réserve ? « ${v.summary} ». Dis **oui** pour confirmer, ou donne-moi une autre heure.`,
      (v) =>
        `Tu veux que je réserve ? « ${v.summary} ». Dis **oui** pour confirmer, ou donne-moi une autre heure.`,
      (v) =>
        `Juste pour vérifier : « ${v.summary} ». Je réserve ? Dis **oui** pour confirmer, ou donne-moi une autre heure.`,
    ],
    slotTaken: (v) =>
      `Ce mentor a déjà une séance à cette heure-là, ${v.name}. Une autre heure te conviendrait ?`,
    userBusy: (v) => `Tu as déjà une séance réservée à ce moment-là, ${v.name}. On choisit une autre heure ?`,
    mentorUnavailable: (v) =>
      `Ce mentor ne prend pas de réservations en ce moment, ${v.name}. Tu veux que je cherche quelqu'un d'autre ?`,
    typeNotOffered: (v) => `${v.error} Je la réserve plutôt comme ça ?`,
    invalidTime: (v) =>
      `Je ne peux réserver que dans le futur (et jusqu'à six mois à l'avance), ${v.name}. Quand est-ce que ça t'irait ?`,
    failed: (v) => `Je n'ai pas pu organiser ça pour l'instant, ${v.name} : ${v.error}`,
    booked: [
      (v) =>
        `C'est fait : ${v.minutes} minutes avec **${v.mentor}**, ${v.when} (${online(v.online)}). Ton mentor est prévenu, et tu recevras un rappel avant le début.`,
      (v) =>
        `Tout est prêt : ${v.minutes} minutes avec **${v.mentor}**, ${v.when} (${online(v.online)}). Ton mentor est prévenu, et tu recevras un rappel avant le début.`,
      (v) =>
        `C'est réservé ! ${v.minutes} minutes avec **${v.mentor}**, ${v.when} (${online(v.online)}). Ton mentor est prévenu, et tu recevras un rappel avant le début.`,
    ],
    done: (v) => `C'est fait, ${v.name}.`,
    failedAfter: (v) => `Mince, ${v.name}, je n'ai finalement pas pu le faire : ${v.error}`,
    whichMentor: (v) => `Quel mentor préfères-tu à la place, ${v.name} ?`,
    pastChange: (v) => `Cette heure est déjà passée, ${v.name}. Quelle autre heure te conviendrait ?`,
  },

  sessions: {
    proposeCancel: [
      (v) => `J'annule ? « ${v.summary} ». Dis **oui** pour confirmer.`,
      (v) => `Tu veux que j'annule ? « ${v.summary} ». Dis **oui** pour confirmer.`,
    ],
    cantCancel: (v) => `Je ne peux pas annuler celle-ci, ${v.name} : ${v.error}`,
    lookupError: (v) =>
      `Je n'arrive pas à consulter tes séances pour l'instant, ${v.name}. Tu peux réessayer ?`,
    listError: (v) => `Je n'arrive pas à consulter tes séances pour l'instant, ${v.name}.`,
    noneToCancel: (v) => `Tu n'as aucune séance à venir avec un mentor à annuler, ${v.name}.`,
    whichToCancel: 'Quelle séance veux-tu annuler ?',
    none: (v) => `Tu n'as aucune séance à venir, ${v.name}. Tu veux que je te trouve un mentor ?`,
    upcoming: 'Voici ce qui arrive :',
    line: (v) => `${v.n}. **${v.mentor}** — ${v.when}, ${v.minutes} min, ${online(v.online)}`,
    cancelled: (v) =>
      `C'est fait : ta séance avec **${v.mentor}** (${v.when}) est annulée, et ton mentor est prévenu. Prends soin de toi, ${v.name}.`,
    moved: (v) =>
      `C’est fait, ${v.name} : ta séance avec **${v.mentor}** est maintenant le ${v.when}. Je l’ai prévenu.`,
    cantMove: (v) => `Je n’ai pas pu déplacer cette séance, ${v.name} : ${v.error}`,
    noneToMove: (v) => `Tu n’as aucune séance à venir avec un mentor à déplacer, ${v.name}.`,
    whichToMove: 'Quelle séance veux-tu déplacer ?',
    moveWhen: (v) =>
      `À quel moment veux-tu plutôt ta séance avec **${v.mentor}** ? Par exemple « jeudi à 15 h » ou « une heure plus tard ».`,
  },

  declined: {
    cancel: (v) => `D'accord, ${v.name}, je laisse ta séance telle quelle.`,
    checkIn: (v) => `D'accord, ${v.name}, je n'ai pas fait ton check-in.`,
    reminder: (v) => `D'accord, ${v.name}, pas de rappel.`,
    booking: [
      (v) => `Pas de souci, ${v.name}, je n'ai rien réservé.`,
      (v) => `D'accord, rien de réservé. Demande-moi quand tu veux, ${v.name}.`,
    ],
  },

  places: {
    locationNeeded: [
      (v) =>
        `Avec plaisir, ${v.name}. Où est-ce que je cherche ? Dans quelle ville ou quel quartier es-tu ? (Ou partage ta position dans l'appli et je chercherai juste autour de toi.)`,
      (v) =>
        `Bien sûr, ${v.name}, j'ai juste besoin de savoir où. Donne-moi une ville ou un quartier, ou partage ta position.`,
    ],
    unknownCity: (v) =>
      `Je ne connais pas encore d'endroits ${v.city ? `à ${v.city}` : 'dans ce coin'}, ${v.name}. Tu peux essayer une ville proche, ou partager ta position pour que je cherche autour de toi ?`,
    searchError: (v) =>
      `Je n'ai pas pu chercher pour l'instant, ${v.name} : un souci de mon côté. Tu peux réessayer dans un moment ?`,
    where: (v) => (v.city ? ` à ${v.city}` : v.near ? ' près de toi' : ''),
    none: (v) =>
      `Je ne trouve pas de ${v.many}${v.where} à moins de 5 km, ${v.name}. Tu veux que j'essaie un autre type d'endroit, ou un autre coin ?`,
    relaxed: (v) =>
      `Rien d'indiqué comme calme parmi les ${v.many}${v.where}, mais voici les plus proches ; ça peut aider d'y aller à une heure plus tranquille :`,
    found: [
      (v) =>
        `Voici ${v.count === 1 ? 'une adresse' : 'quelques adresses'}${v.quiet ? ' au calme' : ''}${v.where}, ${v.name} :`,
      (v) =>
        `J'ai trouvé ${v.count} ${v.count === 1 ? v.one : v.many}${v.quiet ? ' au calme' : ''}${v.where}, ${v.name} :`,
      (v) => `${v.name}, voici de bonnes options${v.where} :`,
    ],
    outro: [
      'Dis-moi quand tu y es et je fais ton check-in.',
      "Tu veux en savoir plus sur l'un d'eux ? Dis-moi lequel.",
      'Si tu y vas, dis « je suis au … » et je fais ton check-in.',
    ],
    whichOne: (v) => `Lequel t'intéresse, ${v.name} ?`,
    loadError: (v) => `Je n'arrive pas à charger cet endroit pour l'instant, ${v.name}. Tu peux réessayer ?`,
    trait: {
      quiet: "c'est généralement calme",
      busy: 'il peut y avoir du monde',
      beginner: "c'est idéal pour débuter",
      coffeeReward: 'tu peux y gagner une récompense café',
    },
    details: (v) =>
      `L'adresse de **${v.place}** : ${v.address}.${v.traits ? ` ${v.traits.charAt(0).toUpperCase()}${v.traits.slice(1)}.` : ''}` +
      `${v.amenities ? ` Équipements : ${v.amenities}.` : ''}` +
      `${v.description ? ` ${v.description}` : ''}${
        v.rating > 0
          ? ` Noté ${decimalComma(v.rating)} sur ${v.reviews} ${v.reviews === 1 ? 'avis' : 'avis'}.`
          : ''
      }` +
      `${v.unverified ? " NightChill ne l'a pas encore vérifié." : ''}`,
  },

  checkIn: {
    whichOfThese: (v) => `Pardon, ${v.name}, dans lequel es-tu ? Dis-moi le numéro ou le nom.`,
    where: [
      (v) => `Où es-tu, ${v.name} ? Dis-moi le nom de l'endroit et je fais ton check-in.`,
      (v) => `Avec plaisir pour le check-in, ${v.name} : comment s'appelle l'endroit où tu es ?`,
    ],
    lookupError: (v) =>
      `Je n'arrive pas à trouver cet endroit pour l'instant, ${v.name}. Tu peux réessayer dans un moment ?`,
    notFound: (v) =>
      `Je n'ai trouvé aucun endroit appelé « ${v.place} »${v.near ? ' près de toi' : ''}, ${v.name}. Tu peux vérifier le nom ?`,
    cantSee: (v) => `Je ne vois pas ${v.a} juste là où tu es, ${v.name}. Comment ça s'appelle ?`,
    which: [
      'Dans lequel es-tu ?',
      "J'en ai trouvé plusieurs : lequel est-ce ?",
      'Juste pour vérifier : dans lequel es-tu ?',
    ],
    tooFar: (v) => `${v.error} Je serai là quand tu arriveras, ${v.name}.`,
    gone: (v) => `Je ne trouve plus cet endroit, ${v.name}. Je cherche à nouveau ?`,
    failed: (v) => `Je n'ai pas pu faire ton check-in pour l'instant, ${v.name} : ${v.error}`,
    already: (v) =>
      `Ton check-in à **${v.place}** est déjà fait, ${v.name} : les visites dans la même heure comptent une fois. Profite bien.`,
    mood: {
      anxious:
        " C'est courageux d'y aller quand on se sent anxieux : vas-y doucement, et pars quand tu en as besoin.",
      calm: ' Tant mieux si tu t’y sens calme.',
      motivated: ' Quelle énergie !',
    },
    streak: (v) => `Ta série est de ${days(v.days)} d'affilée.`,
    soFar: (v) => `Ça fait ${checkIns(v.count)} jusqu'ici.`,
    reward: (v) =>
      `Tu as gagné une récompense : ${v.title}. Le QR code est dans « Journey » ; montre-le au comptoir.`,
    levelUp: (v) => `Et tu as atteint le niveau ${v.level} !`,
    milestone: (v) => `Nouvelle étape : ${v.list}.`,
    done: [
      (v) => `Ton check-in à **${v.place}** est fait, ${v.name}.`,
      (v) => `C'est fait : check-in à **${v.place}**.`,
      (v) => `Check-in à **${v.place}**. Bravo, ${v.name} !`,
    ],
  },

  support: {
    hello: [
      (v) => `Salut ${v.name}. C'est bien que tu sois là. Comment tu te sens en ce moment ?`,
      (v) =>
        `Bonjour ${v.name}, ça me fait plaisir d'avoir de tes nouvelles. Comment ça va en ce moment, honnêtement ?`,
    ],
    talk: [
      (v) => `Bien sûr, ${v.name}. Je suis là, et rien ne presse. Qu'est-ce qui te préoccupe en ce moment ?`,
      (v) =>
        `Je suis là, ${v.name}. On peut parler de tout ce que tu veux, ou de rien de particulier. Comment tu te sens, là, maintenant ?`,
      (v) =>
        `Oui, parlons, ${v.name}. Je suis une IA, mais je t'écoute. Qu'est-ce qui a été le plus dur aujourd'hui ?`,
    ],
    thanks: [
      (v) => `Ça me fait plaisir que tu continues à me parler, ${v.name}. Comment tu te sens maintenant ?`,
      (v) =>
        `Merci de rester avec moi, ${v.name}. Y a-t-il quelque chose qui rendrait la prochaine heure un peu plus facile ?`,
    ],
    heard: [
      (v) =>
        `Merci de me le dire, ${v.name}. Ça a l'air vraiment lourd. Je suis là pour continuer à parler, et si ça devient trop, ${v.line} est là à toute heure, de jour comme de nuit.`,
      (v) =>
        `Je t'entends, ${v.name}. Ce que tu ressens a du sens, et ce n'est pas à toi de tout porter : parler à quelqu'un au ${v.line} peut aider, à toute heure. Tu veux m'en dire plus ?`,
      (v) =>
        `Je t'écoute, ${v.name}. Prends ton temps. Si tu veux parler à une personne maintenant, ${v.line} est gratuit et disponible 24 h/24.`,
    ],
  },

  mood: {
    noted: ["Je l'ai noté dans ton journal d'humeur.", "C'est noté dans ton journal d'humeur."],
    trendUp: 'Tes derniers relevés sont en hausse.',
    trendDown: 'Tes derniers relevés sont plus bas qu’avant ; prends soin de toi.',
    low: [
      (v) => `Courage pour cette journée difficile, ${v.name}.`,
      (v) => `Merci de me le dire, ${v.name}. Ça a l'air dur.`,
      (v) => `Ça a l'air lourd, ${v.name}.`,
    ],
    offerBreathing:
      "Un exercice de respiration d'une minute t'aiderait ? Dis **oui** et on le fait ensemble.",
    offerGrounding: "Tu veux essayer un court exercice d'ancrage, ou simplement parler un peu ?",
    middling: [
      (v) => `Merci de me dire comment tu vas, ${v.name}.`,
      (v) => `D'accord, ${v.name} : une journée moyenne.`,
    ],
    middlingAsk: 'Y a-t-il quelque chose qui rendrait ta journée un peu plus facile ?',
    good: [(v) => `Ça fait plaisir à entendre, ${v.name} !`, (v) => `Super, ${v.name}.`],
    goodAsk: 'On en profite ? Peut-être un endroit calme pas loin, ou continuer ta série.',
    panicSafety:
      "Si l'oppression est écrasante, s'étend au bras ou à la mâchoire, ou si tu n'arrives plus du tout à respirer, appelle tout de suite le numéro d'urgence local.",
  },

  exercises: {
    breathing: {
      title: 'Respiration carrée, environ une minute',
      intro:
        'Respirons ensemble pendant une minute. Assieds-toi ou reste debout, comme tu es bien, et laisse tomber tes épaules.',
      firstIn: 'Inspire lentement par le nez… 2… 3… 4',
      in: 'Inspire… 2… 3… 4',
      hold: 'Bloque… 2… 3… 4',
      firstOut: 'Expire doucement par la bouche… 2… 3… 4',
      out: 'Expire… 2… 3… 4',
      outro: 'Bravo. Remarque comment ton corps se sent maintenant. On peut refaire un tour quand tu veux.',
    },
    grounding: {
      title: 'Ancrage 5-4-3-2-1',
      intro: 'Revenons ici et maintenant, un sens après l’autre. Prends ton temps pour chacun.',
      steps: [
        'Regarde autour de toi et nomme 5 choses que tu vois.',
        'Remarque 4 choses que tu sens : tes pieds sur le sol, tes vêtements, l’air.',
        'Écoute 3 choses que tu entends, proches ou lointaines.',
        'Trouve 2 choses que tu sens, ou deux odeurs que tu aimes.',
        'Nomme 1 chose que tu goûtes, ou bois une gorgée d’eau.',
      ],
      outro: 'Tu es là, et tu l’as fait. Comment tu te sens maintenant ?',
    },
    body_scan: {
      title: 'Un court scan corporel, environ deux minutes',
      intro: 'Promenons doucement notre attention dans le corps. Rien à changer, juste remarquer.',
      steps: [
        'Ferme les yeux si ça te va, et prends une respiration lente.',
        'Remarque tes pieds et tes jambes. Laisse-les devenir lourds.',
        'Remonte vers le ventre et la poitrine. Sens-les se soulever et redescendre.',
        'Remarque tes mains, tes bras et tes épaules. Laisse les épaules se détendre.',
        'Détends ta mâchoire, ton front, le tour de tes yeux.',
        'Prends conscience de tout ton corps à la fois, en respirant doucement.',
      ],
      outro: 'Quand tu veux, ouvre les yeux. Merci d’avoir pris ce temps pour toi.',
    },
  },
  moves: {
    reminderMoved: [
      (v) => `C'est fait, ${v.name} : « ${v.title} » est maintenant prévu pour ${v.when}.`,
      (v) => `C'est déplacé. Nouveau rappel pour ${v.when} : « ${v.title} ».`,
    ],
    reminderCancelled: (v) =>
      `C'est fait, ${v.name} : j'ai supprimé « ${v.title} » (${v.when}). Ce rappel ne sonnera pas.`,
    reminderFailed: (v) => `Je n'ai pas pu modifier ce rappel, ${v.name} : ${v.error}`,
    noReminders: (v) => `Tu n'as aucun rappel en attente, ${v.name}.`,
    whichReminder: 'De quel rappel parles-tu ?',
    reminderLine: (v) => `${v.n}. **${v.title}** — ${v.when}`,
    reminderWhen: (v) =>
      `À quel moment veux-tu plutôt recevoir « ${v.title} » ? Par exemple « à 10h » ou « demain à 9h ».`,
    reminderPast: (v) => `Cette heure est déjà passée, ${v.name}. À quel moment veux-tu plutôt ce rappel ?`,
    reminderKept: (v) => `D'accord, ${v.name}, je laisse ton rappel tel quel.`,
    whichMentor: (v) => `Tu parles de qui, ${v.name} : ${v.names} ?`,
    crowd: (v) => `Je ne vois pas l'affluence en direct pour **${v.place}**, mais c'est ${v.traits}.`,
    crowdUnknown: (v) =>
      `Je ne vois pas s'il y a du monde en ce moment à **${v.place}**, et personne ne l'a encore noté sur ce point.`,
    usually: {
      quiet: 'généralement calme : les gens le notent comme un endroit peu stressant',
      medium: 'moyennement fréquenté en général, plus calme en heures creuses',
      busy: 'souvent bondé : tôt le matin ou tard le soir, c’est en général plus calme',
    },
    quietZone: ' Il y a un espace calme si tu as besoin d’une pause.',
    quietHours: ' Il y a des heures calmes, si tu préfères éviter la foule.',
    openUntil: (v) => ` C'est ouvert en ce moment, jusqu'à ${v.when}.`,
    closedNow: (v) => ` C'est fermé pour l'instant (prochaine ouverture : ${v.when}).`,
    sessionSoon: (v) => `Ta séance avec ${v.mentor}`,
    ack: [
      (v) => `👍 Je peux faire autre chose pour toi, ${v.name} ?`,
      (v) => `Content que ça t’aide, ${v.name}. Je suis là si tu as besoin.`,
    ],
    stillOpen: (v) => `Et pour « ${v.summary} » : je m'en occupe toujours ? Dis **oui** pour confirmer.`,
  },

  failures: {
    invalid_arguments:
      'Il manquait des détails ou ils n’étaient pas clairs ; redis-le avec le lieu ou l’heure.',
    unknown_tool: 'J’ai tenté quelque chose que je ne sais pas faire ; demande-le-moi autrement.',
    one_at_a_time: 'Je ne peux proposer qu’une chose à la fois ; prenons-les une par une.',
    invalid_payload:
      'Il manquait des détails ou ils n’étaient pas clairs ; redis-le avec le lieu ou l’heure.',
    unauthorized: 'Ta connexion a expiré ; reconnecte-toi puis redemande-le-moi.',
    forbidden: 'Ce n’est pas permis.',
    not_found: 'Je ne l’ai pas trouvé.',
    conflict: 'Cela entre en conflit avec quelque chose qui existe déjà.',
    consent_required: 'Accepte d’abord l’usage de tes données, puis redemande-le-moi.',
    rate_limited: 'C’est beaucoup d’un coup ; réessaie dans une minute.',
    unprocessable: 'Cela n’a pas pu se faire comme demandé.',
    unavailable: 'Un service est indisponible ; réessaie dans un instant.',
    internal: 'Quelque chose s’est mal passé de mon côté ; réessaie dans un instant.',
    cannot_book_self: 'Tu ne peux pas réserver une séance avec toi-même.',
    cannot_flag_own: 'Tu ne peux pas signaler ton propre avis.',
    cannot_review_self: 'Tu ne peux pas laisser un avis sur toi-même.',
    counter_only: 'Seul le personnel au comptoir peut faire cela.',
    email_taken: 'Un compte existe déjà avec cette adresse e-mail.',
    impossible_travel:
      'C’est trop loin de ton dernier check-in pour y être déjà ; fais ton check-in une fois sur place.',
    in_past: 'Cette heure est déjà passée ; choisis-en une à venir.',
    invalid_credentials: 'L’adresse e-mail ou le mot de passe n’est pas bon.',
    invalid_password: 'Ce mot de passe n’est pas bon.',
    location_needed: 'Partage ta position ou donne-moi une ville pour que je cherche autour.',
    location_not_found: 'Je n’ai pas trouvé ce lieu ; essaie son nom tel qu’il est affiché.',
    mentor_exists: 'Tu as déjà un profil de mentor.',
    mentor_only: 'Seul le mentor peut faire cela.',
    mentor_unavailable: 'Ce mentor ne prend pas de réservations en ce moment ; essaie un autre mentor.',
    not_your_place: 'Ce lieu n’est pas à toi de le modifier.',
    own_reward: 'Cette récompense appartient à quelqu’un d’autre.',
    proposal_not_open: 'Cette proposition a expiré ; redemande-la.',
    review_exists: 'Tu as déjà laissé un avis ; modifie-le plutôt.',
    reward_already_redeemed: 'Cette récompense a déjà été utilisée.',
    reward_expired: 'Cette récompense a expiré.',
    reward_not_found: 'Je n’ai pas trouvé cette récompense.',
    reward_wrong_place: 'Cette récompense ne s’utilise que dans le lieu qui l’a offerte.',
    session_not_ended: 'Cette séance n’est pas encore terminée.',
    session_not_scheduled: 'Cette séance n’est plus prévue.',
    session_not_started: 'Cette séance n’a pas encore commencé.',
    session_type_not_offered:
      'Ce mentor ne se rencontre pas de cette façon ; essaie en personne ou en ligne.',
    slot_taken: 'Ce créneau est pris ; choisis-en un autre.',
    staff_only: 'Seul le personnel du lieu peut faire cela.',
    too_far: 'Tu es trop loin de ce lieu pour faire ton check-in ; réessaie une fois sur place.',
    unknown_city: 'Je ne connais pas encore de lieux dans cette ville ; essaie une ville voisine.',
    user_busy: 'Tu as déjà une séance à ce moment-là ; choisis une autre heure.',
    username_taken: 'Ce nom d’utilisateur est pris ; choisis-en un autre.',
    weak_password: 'Ce mot de passe est trop facile à deviner ; choisis-en un plus long.',
  },
  recap: {
    checkedIn: (v: { name: string; place: string }) => `Ton check-in est fait à **${v.place}**, ${v.name}.`,
    booked: (v: { name: string; mentor: string; when: string }) =>
      `Ta séance avec **${v.mentor}** est le ${v.when}, ${v.name}.`,
    reminder: (v: { name: string; what: string; when: string }) =>
      `Ton rappel « ${v.what} » est prévu le ${v.when}, ${v.name}.`,
    nothing: (v: { name: string }) =>
      `Je n'ai rien réservé, programmé ni enregistré pour toi à l'instant, ${v.name}. Tu veux que je le fasse ?`,
  },
  milestoneTitles: {
    first_check_in: 'Premier check-in',
    first_gym_visit: 'Première visite à la salle',
    first_coffee_redeemed: 'Premier café offert utilisé',
    first_mentor_session: 'Première séance avec un mentor',
    streak_3: 'Une série de 3 jours',
    streak_7: 'Une série de 7 jours',
    streak_14: 'Une série de 14 jours',
    check_ins_10: '10 check-ins',
    check_ins_25: '25 check-ins',
    check_ins_50: '50 check-ins',
    level_2: 'Niveau 2 atteint',
    level_3: 'Niveau 3 atteint',
    level_4: 'Niveau 4 atteint',
    level_5: 'Niveau 5 atteint',
  },
} satisfies Catalogue;
