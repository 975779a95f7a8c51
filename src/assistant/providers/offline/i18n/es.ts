import { type Catalogue, decimalComma, joinWith } from './catalogue.ts';

/**
 * Las palabras del compañero en español: tuteo, cálido y breve, como el inglés (en.ts). Los
 * textos del servidor (`summary`, `error`, `when`) llegan tal cual, por eso van entre comillas o
 * tras dos puntos. Para confirmar se dice "sí" (src/assistant/turn/proposals.ts lo entiende).
 */

const capabilities =
  'Puedo buscarte cafés tranquilos, gimnasios y sitios de comida sana cerca de ti o en una ciudad, hacerte el check-in cuando llegues, ' +
  'contarte cómo van tu racha, tu nivel y tus recompensas de café, buscar y reservar un mentor y ponerte recordatorios.';

const days = (n: number) => `${n} ${n === 1 ? 'día' : 'días'}`;
const checkIns = (n: number) => `${n} ${n === 1 ? 'check-in' : 'check-ins'}`;

/** What the next level needs, by the server's English label. */
const requirement: Record<string, string> = {
  'check-ins': 'check-ins',
  'gym visits': 'visitas al gimnasio',
  'mentor sessions': 'sesiones con un mentor',
  'days in a row (best streak)': 'días seguidos (tu mejor racha)',
};

const online = (yes: boolean) => (yes ? 'online' : 'en persona');

/** What mentors help with, by the English tag (or the words the companion searched with). */
const topics: Record<string, string> = {
  'social anxiety': 'ansiedad social',
  'gym anxiety': 'ansiedad en el gimnasio',
  'gym confidence': 'confianza en el gimnasio',
  'panic attacks': 'ataques de pánico',
  'beginner fitness': 'empezar a entrenar',
  'exposure practice': 'práctica de exposición',
  exposure: 'exposición',
  breathing: 'respiración',
  mindfulness: 'mindfulness',
  sleep: 'sueño',
  confidence: 'confianza',
  anxiety: 'ansiedad',
  stress: 'estrés',
  loneliness: 'soledad',
  motivation: 'motivación',
  nutrition: 'nutrición',
  fitness: 'ejercicio',
  crowds: 'multitudes',
  crowd: 'multitudes',
};
const topic = (tag: string) =>
  topics[
    tag
      .toLowerCase()
      .replace(/[-_\s]+/g, ' ')
      .trim()
  ];
const topicList = (tags: string) =>
  tags
    .split(', ')
    .map((t) => topic(t) ?? t)
    .join(', ');

/** The amenity tags places carry (src/db/seed/places.ts); other words stay as written. */
const amenityNames: Record<string, string> = {
  'quiet-zone': 'zona tranquila',
  wifi: 'wifi',
  'step-free': 'acceso sin escalones',
  'outdoor-seating': 'terraza',
  'low-lighting': 'luz tenue',
  'small-classes': 'clases reducidas',
  'headphones-welcome': 'se admiten auriculares',
  'table-service': 'servicio de mesa',
  'quiet-hours': 'horas tranquilas',
  'private-room': 'sala privada',
};
const amenityList = (list: string) =>
  list
    .split(', ')
    .map((a) => amenityNames[a.toLowerCase()] ?? a)
    .join(', ');

export const es = {
  list: (v) => joinWith('y')(v.items),
  somethingWrong: 'algo ha fallado',
  capabilities,
  timeOfDay: { morning: 'Buenos días', afternoon: 'Buenas tardes', evening: 'Buenas noches', night: 'Hola' },
  askToConfirm: (v) => `¿Lo hago? «${v.summary}». Di **sí** para confirmar.`,
  didYouMean: (v) => `¿Te refieres a **${v.a}** o a **${v.b}**?`,
  unverified: ' (sin verificar)',

  noun: {
    coffee: ['café', 'cafés', 'un café'],
    gym: ['gimnasio', 'gimnasios', 'un gimnasio'],
    nutrition: ['sitio de comida sana', 'sitios de comida sana', 'un sitio de comida sana'],
    partner: ['sitio asociado', 'sitios asociados', 'un sitio asociado'],
    mentor: ['espacio de mentoría', 'espacios de mentoría', 'un espacio de mentoría'],
    place: ['sitio', 'sitios', 'un sitio'],
  },
  placeLine: {
    distance: (v) => (v.km < 1 ? `${Math.round(v.km * 1000)} m` : `${decimalComma(v.km)} km`),
    quiet: 'tranquilo',
    busy: 'puede llenarse',
    beginner: 'apto para principiantes',
    coffeeReward: 'recompensa de café',
  },

  chat: {
    greeting: [
      (v) =>
        `¡${v.hello}, ${v.name}! ¿Cómo te sientes hoy? Puedo buscarte un café o un gimnasio tranquilo cerca, hacerte el check-in cuando llegues o reservarte una sesión con un mentor.`,
      (v) =>
        `${v.hello}, ${v.name}, ¡qué bien verte! ¿Busco algún sitio tranquilo cerca o miramos cómo va tu racha?`,
      (v) =>
        `Hola, ${v.name}. Aquí estoy para cuando necesites un sitio tranquilo, un check-in o alguien con quien hablar. ¿Qué te vendría bien hoy?`,
    ],
    thanks: [
      (v) => `De nada, ${v.name}. Aquí estoy si necesitas algo más.`,
      (v) => `Cuando quieras, ${v.name}.`,
      (v) => `Me alegra haberte ayudado, ${v.name}. Paso a paso.`,
    ],
    bye: [
      (v) => `Cuídate, ${v.name}. Aquí estaré cuando quieras encontrar un sitio tranquilo.`,
      (v) => `Hasta pronto, ${v.name}. Trátate con cariño hoy.`,
    ],
    howAreYou: [
      (v) =>
        `Soy una IA, así que no tengo días buenos ni malos, pero estoy aquí para ayudarte, ${v.name}. ¿Y tú, cómo te sientes?`,
      (v) => `Todo bien por aquí, gracias por preguntar, ${v.name}. Lo importante: ¿cómo estás tú hoy?`,
    ],
    identity: `Sí, soy una IA: no soy una persona ni un terapeuta. ${capabilities} Para lo que pese de verdad, una persona real (un amigo, un mentor o una línea de ayuda) te escuchará mejor.`,
    help: `${capabilities} Prueba con «busca un café tranquilo cerca», «hazme check-in en …», «¿cómo va mi racha?» o «resérvame un mentor mañana a las 3 de la tarde».`,
    unknown: [
      (v) => `No sé si te entiendo, ${v.name}. ${capabilities}`,
      (v) => `Perdona, ${v.name}, no te he entendido. ${capabilities}`,
      (v) => `Creo que no te he entendido bien, ${v.name}. ${capabilities} ¿Qué te gustaría hacer?`,
    ],
    anxious: [
      (v) =>
        `Suena difícil, ${v.name}. Está bien ir con calma. ¿Te ayudaría un sitio tranquilo? Puedo buscarte cafés tranquilos o gimnasios para principiantes cerca de ti, o un mentor que te entienda.`,
      (v) =>
        `Gracias por contármelo, ${v.name}. Sentirse así es duro. Unas cuantas respiraciones lentas pueden ayudar y, si quieres, te busco un sitio tranquilo cerca.`,
    ],
    low: (v) =>
      `Siento que estés pasando por esto, ${v.name}. Los pasos pequeños cuentan. Media hora en un café tranquilo o una charla con un mentor podrían ayudarte. ¿Quieres que busque?`,
    good: [
      (v) =>
        `¡Qué bien oír eso, ${v.name}! ¿Lo aprovechamos? Podrías hacer check-in en un sitio nuevo o seguir con tu racha.`,
      (v) =>
        `Me alegro, ${v.name}. Si vas a salir, puedo buscarte un sitio tranquilo o hacerte el check-in cuando llegues.`,
    ],
    moodAsk: (v) =>
      `Claro, ${v.name}. ¿Cómo te sientes ahora mismo, del 1 (muy mal) al 5 (muy bien)? También vale con una palabra.`,
  },

  journey: {
    error: (v) => `Ahora mismo no puedo cargar tu progreso, ${v.name}. ¿Lo intentas de nuevo?`,
    streak: (v) => `Tu racha es de ${days(v.days)}${v.best > v.days ? ` (tu mejor racha: ${v.best})` : ''}.`,
    noStreak: (v) =>
      `Ahora mismo no tienes ninguna racha en marcha${v.best ? ` (tu mejor racha fue de ${days(v.best)})` : ''}: un check-in hoy empieza una nueva.`,
    level: (v) =>
      `Estás en el nivel ${v.level} de 5${v.next ? `, al ${v.percent}% del camino hacia el nivel ${v.next}` : ', el nivel más alto'}.`,
    more: (v) => `${v.count} ${requirement[v.what] ?? v.what} más`,
    next: (v) => `Para el nivel ${v.level}: ${v.needs}.`,
    milestones: (v) => `Tus logros hasta ahora: ${v.list}.`,
    firstMilestone: 'Tu primer logro llegará con tu primer check-in.',
    total: (v) => `${checkIns(v.count)} en total.`,
    cheer: [
      (v) => `Sigue así, ${v.name}.`,
      (v) => `Cada visita cuenta, ${v.name}.`,
      (v) => `Lo estás haciendo muy bien, ${v.name}.`,
    ],
  },

  rewards: {
    error: (v) => `Ahora mismo no puedo cargar tus recompensas, ${v.name}.`,
    none: (v) =>
      `Ahora mismo no tienes recompensas activas, ${v.name}. Haz check-in en un sitio con recompensa de café y ganarás una (una por sitio y día).`,
    header: (v) => `Tienes ${v.count} ${v.count === 1 ? 'recompensa activa' : 'recompensas activas'}:`,
    item: (v) =>
      `• ${v.title}${v.partner ? ` (${v.partner})` : ''}${v.expires ? `, válida hasta: ${v.expires}` : ''}`,
    redeem:
      'Para canjearla, enseña en el mostrador el código QR que tienes en «Journey»: el personal lo escanea.',
  },

  reminder: {
    ask: (v) => `¿Qué quieres que te recuerde, ${v.name}, y cuándo?`,
    past: (v) =>
      `Esa hora ya ha pasado, ${v.name}. ¿Cuándo te lo recuerdo${v.what ? ` («${v.what}»)` : ''}? Por ejemplo, «dentro de 20 minutos» o «mañana a las 9».`,
    when: (v) => `¿Cuándo te recuerdo «${v.what}»? Por ejemplo, «dentro de 20 minutos» o «mañana a las 9».`,
    defaultTitle: 'Tu recordatorio de NightChill',
    failed: (v) => `No he podido poner ese recordatorio, ${v.name}: ${v.error}`,
    sent: (v) => `Enviado: encontrarás «${v.title}» en tus notificaciones, ${v.name}.`,
    set: [
      (v) => `Vale, ${v.name}: te recordaré «${v.title}» (${v.when}).`,
      (v) => `Hecho. Recordatorio para ${v.when}: «${v.title}».`,
    ],
  },

  mentors: {
    meets: { both: 'online o en persona', virtual: 'online', inPerson: 'en persona' },
    line: (v) =>
      `${v.n}. **${v.mentor}**${v.unverified ? ' (sin verificar)' : ''} — ${v.title}; ${topicList(v.tags)}; se reúne ${v.meets}${
        v.rating > 0 ? `; valoración ${decimalComma(v.rating)}` : ''
      }`,
    searchError: (v) => `Ahora mismo no puedo buscar mentores, ${v.name}. ¿Lo intentas de nuevo en un rato?`,
    none: (v) =>
      `No he encontrado ningún mentor${
        v.specialization ? ` de ${topic(v.specialization) ?? `«${v.specialization}»`}` : ''
      } disponible ahora mismo, ${v.name}. ¿Busco de forma más amplia?`,
    intro: [
      () => 'Estos mentores podrían ayudarte:',
      (v) => `Estos mentores podrían encajar contigo, ${v.name}:`,
    ],
    bookHint:
      '¿Quieres reservar con alguno? Dime con quién y cuándo, por ejemplo: «el primero, mañana a las 3 de la tarde».',
    noneTakingBookings: (v) =>
      `No he encontrado ningún mentor que acepte reservas ahora mismo, ${v.name}. ¿Lo intento más tarde?`,
    about: (v) =>
      `${v.fits === true ? 'Sí: ' : v.fits === false ? `No se centra en ${topic(v.topic) ?? v.topic}, ${v.name}: ` : ''}**${v.mentor}** ayuda con ${topicList(v.tags)} y se reúne ${v.meets}. ¿Quieres reservar una sesión?`,
    notFound: (v) =>
      `No he encontrado ningún mentor llamado «${v.asked}» que acepte reservas, ${v.name}. ${v.count === 1 ? `${v.names} sí está disponible` : `${v.names} sí están disponibles`}: ¿te encaja alguien?`,
  },

  booking: {
    past: (v) =>
      `Esa hora ya ha pasado, ${v.name}. ¿Cuándo te gustaría ver a **${v.mentor}**? Por ejemplo, «mañana a las 3 de la tarde».`,
    whatTime: (v) => `¿A qué hora de ese día te vendría bien la sesión con **${v.mentor}**?`,
    when: [
      (v) =>
        `¿Cuándo te gustaría ver a **${v.mentor}**, ${v.name}? Por ejemplo, «mañana a las 3 de la tarde» o «el viernes a las 10:30».`,
      (v) => `Con gusto lo organizo con **${v.mentor}**. ¿Qué día y a qué hora te viene bien?`,
    ],
    propose: [
      (v) => `¿Lo reservo? «${v.summary}». Di **sí** para confirmar, o dime otra hora.`,
      (v) => `¿Quieres que lo reserve? «${v.summary}». Di **sí** para confirmar, o dime otra hora.`,
      (v) => `Solo para confirmar: «${v.summary}». ¿Lo reservo? Di **sí** para confirmar, o dime otra hora.`,
    ],
    slotTaken: (v) => `Ese mentor ya tiene una sesión a esa hora, ${v.name}. ¿Te vendría bien otra hora?`,
    userBusy: (v) => `Ya tienes una sesión reservada a esa hora, ${v.name}. ¿Elegimos otra?`,
    mentorUnavailable: (v) =>
      `Ese mentor no acepta reservas ahora mismo, ${v.name}. ¿Quieres que busque a otra persona?`,
    typeNotOffered: (v) => `${v.error} ¿La reservo de esa otra forma?`,
    invalidTime: (v) =>
      `Solo puedo reservar en el futuro (y hasta seis meses vista), ${v.name}. ¿Cuándo te vendría bien?`,
    failed: (v) => `Ahora mismo no he podido organizarlo, ${v.name}: ${v.error}`,
    booked: [
      (v) =>
        `Hecho: ${v.minutes} minutos con **${v.mentor}**, ${v.when} (${online(v.online)}). Ya se lo he dicho y te llegará un recordatorio antes de empezar.`,
      (v) =>
        `Todo listo: ${v.minutes} minutos con **${v.mentor}**, ${v.when} (${online(v.online)}). Ya se lo he dicho y te llegará un recordatorio antes de empezar.`,
      (v) =>
        `¡Reservado! ${v.minutes} minutos con **${v.mentor}**, ${v.when} (${online(v.online)}). Ya se lo he dicho y te llegará un recordatorio antes de empezar.`,
    ],
    done: (v) => `Hecho, ${v.name}.`,
    failedAfter: (v) => `Lo siento, ${v.name}, al final no he podido hacerlo: ${v.error}`,
    whichMentor: (v) => `¿Con qué mentor te gustaría en su lugar, ${v.name}?`,
    pastChange: (v) => `Esa hora ya ha pasado, ${v.name}. ¿Qué otra hora te vendría bien?`,
  },

  sessions: {
    proposeCancel: [
      (v) => `¿La cancelo? «${v.summary}». Di **sí** para confirmar.`,
      (v) => `¿Quieres que la cancele? «${v.summary}». Di **sí** para confirmar.`,
    ],
    cantCancel: (v) => `No puedo cancelar esa, ${v.name}: ${v.error}`,
    lookupError: (v) => `Ahora mismo no puedo consultar tus sesiones, ${v.name}. ¿Lo intentas de nuevo?`,
    listError: (v) => `Ahora mismo no puedo consultar tus sesiones, ${v.name}.`,
    noneToCancel: (v) => `No tienes ninguna sesión próxima con un mentor que cancelar, ${v.name}.`,
    whichToCancel: '¿Qué sesión quieres cancelar?',
    none: (v) => `No tienes ninguna sesión próxima, ${v.name}. ¿Quieres que te busque un mentor?`,
    upcoming: 'Esto es lo que tienes próximamente:',
    line: (v) => `${v.n}. **${v.mentor}** — ${v.when}, ${v.minutes} min, ${online(v.online)}`,
    cancelled: (v) =>
      `Hecho: tu sesión con **${v.mentor}** (${v.when}) está cancelada y ya se lo he dicho. Cuídate, ${v.name}.`,
    moved: (v) => `Hecho, ${v.name}: tu sesión con **${v.mentor}** es ahora el ${v.when}. Ya se lo he dicho.`,
    cantMove: (v) => `No he podido cambiar esa sesión de hora, ${v.name}: ${v.error}`,
    noneToMove: (v) => `No tienes ninguna sesión próxima con un mentor que cambiar, ${v.name}.`,
    whichToMove: '¿Qué sesión quieres cambiar de hora?',
    moveWhen: (v) =>
      `¿Cuándo prefieres tu sesión con **${v.mentor}**? Por ejemplo «el jueves a las 15:00» o «una hora más tarde».`,
  },

  declined: {
    cancel: (v) => `Vale, ${v.name}, dejo tu sesión como está.`,
    checkIn: (v) => `Vale, ${v.name}, no te he hecho el check-in.`,
    reminder: (v) => `Vale, ${v.name}, sin recordatorio.`,
    booking: [
      (v) => `Sin problema, ${v.name}, no he reservado nada.`,
      (v) => `Vale, no he reservado nada. Dímelo cuando quieras, ${v.name}.`,
    ],
  },

  places: {
    locationNeeded: [
      (v) =>
        `Claro que busco, ${v.name}. ¿Dónde miro? ¿En qué ciudad o zona estás? (O comparte tu ubicación en la app y buscaré justo a tu alrededor.)`,
      (v) =>
        `Claro, ${v.name}, solo necesito saber dónde. Dime una ciudad o un barrio, o comparte tu ubicación.`,
    ],
    unknownCity: (v) =>
      `Todavía no conozco sitios ${v.city ? `en ${v.city}` : 'en esa zona'}, ${v.name}. ¿Probamos con una ciudad cercana, o compartes tu ubicación para buscar a tu alrededor?`,
    searchError: (v) =>
      `Ahora mismo no he podido buscar, ${v.name}: algo ha fallado por mi parte. ¿Lo intentas de nuevo en un momento?`,
    where: (v) => (v.city ? ` en ${v.city}` : v.near ? ' cerca de ti' : ''),
    none: (v) =>
      `No he encontrado ${v.many}${v.where} a menos de 5 km, ${v.name}. ¿Pruebo con otro tipo de sitio o con otra zona?`,
    relaxed: (v) =>
      `No he encontrado ${v.many}${v.where} marcados como tranquilos, pero estos son los más cercanos; quizá te ayude ir a una hora más tranquila:`,
    found: [
      (v) =>
        v.count === 1
          ? `Aquí tienes un ${v.one}${v.quiet ? ' tranquilo' : ''}${v.where}, ${v.name}:`
          : `Aquí tienes algunos ${v.many}${v.quiet ? ' tranquilos' : ''}${v.where}, ${v.name}:`,
      (v) =>
        `He encontrado ${v.count} ${v.count === 1 ? v.one : v.many}${v.quiet ? (v.count === 1 ? ' tranquilo' : ' tranquilos') : ''}${v.where}, ${v.name}:`,
      (v) => `${v.name}, estos tienen buena pinta${v.where}:`,
    ],
    outro: [
      'Avísame cuando llegues y te hago el check-in.',
      '¿Quieres saber más de alguno? Dime cuál.',
      'Si vas, dime «estoy en …» y te hago el check-in.',
    ],
    whichOne: (v) => `¿De cuál quieres saber más, ${v.name}?`,
    loadError: (v) => `Ahora mismo no puedo cargar ese sitio, ${v.name}. ¿Lo intentas de nuevo?`,
    trait: {
      quiet: 'suele estar tranquilo',
      busy: 'puede llenarse',
      beginner: 'es apto para principiantes',
      coffeeReward: 'puedes ganar una recompensa de café',
    },
    details: (v) =>
      `**${v.place}** está en ${v.address}.${v.traits ? ` ${v.traits.charAt(0).toUpperCase()}${v.traits.slice(1)}.` : ''}` +
      `${v.amenities ? ` Servicios: ${amenityList(v.amenities)}.` : ''}` +
      `${v.description ? ` ${v.description}` : ''}${
        v.rating > 0
          ? ` Valoración: ${decimalComma(v.rating)} con ${v.reviews} ${v.reviews === 1 ? 'reseña' : 'reseñas'}.`
          : ''
      }` +
      `${v.unverified ? ' NightChill todavía no lo ha verificado.' : ''}`,
  },

  checkIn: {
    whichOfThese: (v) => `Perdona, ${v.name}, ¿en cuál de estos estás? Dime el número o el nombre.`,
    where: [
      (v) => `¿Dónde estás, ${v.name}? Dime el nombre del sitio y te hago el check-in.`,
      (v) => `Me encantaría hacerte el check-in, ${v.name}. ¿Cómo se llama el sitio en el que estás?`,
    ],
    lookupError: (v) =>
      `Ahora mismo no puedo buscar ese sitio, ${v.name}. ¿Lo intentas de nuevo en un momento?`,
    notFound: (v) =>
      `No he encontrado ningún sitio llamado «${v.place}»${v.near ? ' cerca de ti' : ''}, ${v.name}. ¿Puedes revisar el nombre?`,
    cantSee: (v) => `No veo ${v.a} justo donde estás, ${v.name}. ¿Cómo se llama?`,
    which: [
      '¿En cuál estás?',
      'He encontrado varios: ¿cuál es?',
      'Para asegurarme, ¿en cuál de estos estás?',
    ],
    tooFar: (v) => `${v.error} Aquí estaré cuando llegues, ${v.name}.`,
    gone: (v) => `Ya no encuentro ese sitio, ${v.name}. ¿Busco de nuevo?`,
    failed: (v) => `Ahora mismo no he podido hacerte el check-in, ${v.name}: ${v.error}`,
    already: (v) =>
      `Ya tienes hecho el check-in en **${v.place}**, ${v.name}: las visitas dentro de la misma hora cuentan una vez. Disfruta del rato.`,
    mood: {
      anxious:
        ' Ir cuando estás con ansiedad es muy valiente: tómatelo con calma y vete cuando lo necesites.',
      calm: ' Me alegra que estés a gusto y en calma allí.',
      motivated: ' ¡Qué energía!',
    },
    streak: (v) => `Llevas ${days(v.days)} seguidos.`,
    soFar: (v) => `Llevas ${checkIns(v.count)} hasta ahora.`,
    reward: (v) =>
      `Has ganado una recompensa: ${v.title}. El código QR está en «Journey»; enséñalo en el mostrador.`,
    levelUp: (v) => `¡Y has llegado al nivel ${v.level}!`,
    milestone: (v) => `Nuevo logro: ${v.list}.`,
    done: [
      (v) => `Ya tienes el check-in en **${v.place}**, ${v.name}.`,
      (v) => `Hecho: check-in en **${v.place}**.`,
      (v) => `Check-in en **${v.place}**. ¡Bien hecho, ${v.name}!`,
    ],
  },

  support: {
    hello: [
      (v) => `Hola, ${v.name}. Me alegra que estés aquí. ¿Cómo te sientes ahora mismo?`,
      (v) => `Hola, ${v.name}, me alegra saber de ti. ¿Cómo estás en este momento, de verdad?`,
    ],
    talk: [
      (v) => `Claro, ${v.name}. Estoy aquí y no hay prisa. ¿Qué tienes en la cabeza ahora mismo?`,
      (v) =>
        `Aquí estoy, ${v.name}. Podemos hablar de lo que quieras, o de nada en particular. ¿Cómo te sientes en este momento?`,
      (v) => `Sí, hablemos, ${v.name}. Soy una IA, pero te escucho. ¿Qué ha sido lo más difícil de hoy?`,
    ],
    thanks: [
      (v) => `Me alegra que sigas hablando conmigo, ${v.name}. ¿Cómo te sientes ahora?`,
      (v) =>
        `Gracias por quedarte conmigo, ${v.name}. ¿Hay algo que haría la próxima hora un poco más fácil?`,
    ],
    heard: [
      (v) =>
        `Gracias por contármelo, ${v.name}. Suena muy duro. Estoy aquí para seguir hablando y, si se vuelve demasiado, ${v.line} está ahí a cualquier hora, de día o de noche.`,
      (v) =>
        `Te escucho, ${v.name}. Lo que sientes tiene sentido y no tienes que cargar con ello a solas: hablar con alguien en ${v.line} puede ayudar, a cualquier hora. ¿Quieres contarme más?`,
      (v) =>
        `Te escucho, ${v.name}. Tómate tu tiempo. Si quieres hablar con una persona ahora mismo, ${v.line} es gratis y está disponible las 24 horas.`,
    ],
  },

  mood: {
    noted: ['Lo he apuntado en tu registro de ánimo.', 'Apuntado en tu registro de ánimo.'],
    trendUp: 'Tus últimos registros van a mejor.',
    trendDown: 'Tus últimos registros están más bajos que antes; trátate con cariño.',
    low: [
      (v) => `Siento que sea un día difícil, ${v.name}.`,
      (v) => `Gracias por contármelo, ${v.name}. Suena duro.`,
      (v) => `Suena pesado, ${v.name}.`,
    ],
    offerBreathing: '¿Te ayudaría un ejercicio de respiración de un minuto? Di **sí** y lo hacemos juntos.',
    offerGrounding: '¿Quieres probar un ejercicio corto de anclaje, o prefieres que hablemos un rato?',
    middling: [
      (v) => `Gracias por contarme cómo estás, ${v.name}.`,
      (v) => `Vale, ${v.name}: un día regular.`,
    ],
    middlingAsk: '¿Hay algo que haría el día de hoy un poco más fácil?',
    good: [(v) => `¡Qué bien oír eso, ${v.name}!`, (v) => `Genial, ${v.name}.`],
    goodAsk: '¿Lo aprovechamos? Quizá un sitio tranquilo cerca, o seguir con tu racha.',
    panicSafety:
      'Si la opresión es muy fuerte, se extiende al brazo o a la mandíbula, o no consigues respirar, llama ahora mismo al número de emergencias de tu zona.',
  },

  exercises: {
    breathing: {
      title: 'Respiración cuadrada, un minuto más o menos',
      intro:
        'Respiremos juntos durante un minuto. Siéntate o quédate de pie, como te resulte más cómodo, y deja caer los hombros.',
      firstIn: 'Inspira despacio por la nariz… 2… 3… 4',
      in: 'Inspira… 2… 3… 4',
      hold: 'Aguanta… 2… 3… 4',
      firstOut: 'Suelta el aire suavemente por la boca… 2… 3… 4',
      out: 'Espira… 2… 3… 4',
      outro: 'Muy bien. Fíjate en cómo sientes el cuerpo ahora. Podemos hacer otra ronda cuando quieras.',
    },
    grounding: {
      title: 'Anclaje 5-4-3-2-1',
      intro: 'Vamos a volver al aquí y ahora, sentido a sentido. Tómate tu tiempo con cada uno.',
      steps: [
        'Mira a tu alrededor y nombra 5 cosas que puedas ver.',
        'Fíjate en 4 cosas que puedas sentir: los pies en el suelo, la ropa, el aire.',
        'Escucha 3 cosas que puedas oír, cerca o lejos.',
        'Encuentra 2 cosas que puedas oler, o dos olores que te gusten.',
        'Nombra 1 cosa que puedas saborear, o bebe un sorbo de agua.',
      ],
      outro: 'Estás aquí, y lo has conseguido. ¿Cómo te sientes ahora?',
    },
    body_scan: {
      title: 'Un escaneo corporal breve, unos dos minutos',
      intro: 'Vamos a recorrer el cuerpo con la atención, despacio. No hay nada que cambiar, solo notar.',
      steps: [
        'Cierra los ojos si te parece bien y haz una respiración lenta.',
        'Nota los pies y las piernas. Deja que pesen.',
        'Sube hasta el abdomen y el pecho. Siente cómo suben y bajan.',
        'Nota las manos, los brazos y los hombros. Deja que los hombros se suelten.',
        'Relaja la mandíbula, la frente, la zona alrededor de los ojos.',
        'Siente todo el cuerpo a la vez, respirando con suavidad.',
      ],
      outro: 'Cuando quieras, abre los ojos. Gracias por regalarte este rato.',
    },
  },
  moves: {
    reminderMoved: [
      (v) => `Hecho, ${v.name}: «${v.title}» sonará ahora el ${v.when}.`,
      (v) => `Cambiado. Te lo recordaré el ${v.when}: «${v.title}».`,
    ],
    reminderCancelled: (v) => `Hecho, ${v.name}: he cancelado «${v.title}» (${v.when}). Ya no sonará.`,
    reminderFailed: (v) => `No he podido cambiar ese recordatorio, ${v.name}: ${v.error}`,
    noReminders: (v) => `No tienes ningún recordatorio pendiente, ${v.name}.`,
    whichReminder: '¿Qué recordatorio dices?',
    reminderLine: (v) => `${v.n}. **${v.title}**: ${v.when}`,
    reminderWhen: (v) => `¿Cuándo quieres que suene «${v.title}»? Por ejemplo «a las 10» o «mañana a las 9».`,
    reminderPast: (v) => `Esa hora ya ha pasado, ${v.name}. ¿Cuándo quieres que suene?`,
    reminderKept: (v) => `Vale, ${v.name}, dejo tu recordatorio como está.`,
    whichMentor: (v) => `¿A quién te refieres, ${v.name}: ${v.names}?`,
    crowd: (v) => `No veo cuánta gente hay ahora en **${v.place}**, pero suele estar ${v.traits}.`,
    crowdUnknown: (v) =>
      `No veo cuánta gente hay ahora en **${v.place}**, y nadie lo ha valorado todavía en ese sentido.`,
    usually: {
      quiet: 'tranquilo: la gente lo valora como un sitio poco estresante',
      medium: 'moderadamente lleno; más tranquilo fuera de las horas punta',
      busy: 'lleno a menudo; a primera o última hora suele estar más tranquilo',
    },
    quietZone: ' Tiene una zona tranquila por si necesitas un respiro.',
    quietHours: ' Tiene horas tranquilas, si prefieres evitar el gentío.',
    openUntil: (v) => ` Ahora está abierto, hasta las ${v.when}.`,
    closedNow: (v) => ` Ahora está cerrado (vuelve a abrir: ${v.when}).`,
    sessionSoon: (v) => `Tu sesión con ${v.mentor}`,
    ack: [
      (v) => `👍 ¿Puedo hacer algo más por ti, ${v.name}?`,
      (v) => `Me alegra que te sirva, ${v.name}. Aquí estoy si necesitas algo.`,
    ],
    stillOpen: (v) => `¿Y sigo con esto? «${v.summary}». Di **sí** para confirmar.`,
  },

  failures: {
    invalid_arguments: 'Faltaban datos o no estaban claros; dímelo otra vez con el sitio o la hora.',
    unknown_tool: 'He intentado algo que no sé hacer; pídemelo de otra manera.',
    one_at_a_time: 'Solo puedo proponerte una cosa cada vez; vamos de una en una.',
    invalid_payload: 'Faltaban datos o no estaban claros; dímelo otra vez con el sitio o la hora.',
    unauthorized: 'Tu sesión ha caducado; vuelve a entrar y pídemelo otra vez.',
    forbidden: 'Eso no está permitido.',
    not_found: 'No lo he encontrado.',
    conflict: 'Eso choca con algo que ya existe.',
    consent_required: 'Primero acepta cómo se usan tus datos y luego vuelve a pedírmelo.',
    rate_limited: 'Es mucho de golpe; inténtalo de nuevo en un minuto.',
    unprocessable: 'No se ha podido hacer tal como lo pediste.',
    unavailable: 'Un servicio no está disponible; inténtalo de nuevo en un rato.',
    internal: 'Algo ha fallado por mi parte; inténtalo de nuevo en un momento.',
    cannot_book_self: 'No puedes reservar una sesión contigo mismo.',
    cannot_flag_own: 'No puedes denunciar tu propia reseña.',
    cannot_review_self: 'No puedes escribir una reseña sobre ti.',
    counter_only: 'Eso solo lo puede hacer el personal en el mostrador.',
    email_taken: 'Ya existe una cuenta con ese correo.',
    impossible_travel:
      'Está demasiado lejos de tu último check-in para haber llegado ya; haz el check-in cuando estés allí.',
    in_past: 'Esa hora ya ha pasado; elige una en el futuro.',
    invalid_credentials: 'El correo o la contraseña no son correctos.',
    invalid_password: 'Esa contraseña no es correcta.',
    location_needed: 'Comparte tu ubicación o dime una ciudad para buscar cerca.',
    location_not_found: 'No he encontrado ese sitio; prueba con su nombre tal como aparece.',
    mentor_exists: 'Ya tienes un perfil de mentor.',
    mentor_only: 'Eso solo lo puede hacer el mentor.',
    mentor_unavailable: 'Ese mentor no acepta reservas ahora mismo; prueba con otro.',
    not_your_place: 'Ese sitio no es tuyo para cambiarlo.',
    own_reward: 'Esa recompensa es de otra persona.',
    proposal_not_open: 'Esa propuesta ha caducado; pídemelo de nuevo.',
    review_exists: 'Ya escribiste una reseña de eso; cámbiala en su lugar.',
    reward_already_redeemed: 'Esa recompensa ya se ha usado.',
    reward_expired: 'Esa recompensa ha caducado.',
    reward_not_found: 'No he encontrado esa recompensa.',
    reward_wrong_place: 'Esa recompensa solo vale en el sitio que te la dio.',
    session_not_ended: 'Esa sesión aún no ha terminado.',
    session_not_scheduled: 'Esa sesión ya no está programada.',
    session_not_started: 'Esa sesión aún no ha empezado.',
    session_type_not_offered: 'Ese mentor no queda de esa forma; prueba en persona u online.',
    slot_taken: 'Esa hora está ocupada; elige otra.',
    staff_only: 'Eso solo lo puede hacer el personal del sitio.',
    too_far: 'Estás demasiado lejos de ese sitio para hacer el check-in; inténtalo cuando estés allí.',
    unknown_city: 'Todavía no conozco sitios en esa ciudad; prueba con una ciudad cercana.',
    user_busy: 'Ya tienes una sesión a esa hora; elige otra.',
    username_taken: 'Ese nombre de usuario está cogido; elige otro.',
    weak_password: 'Esa contraseña es demasiado fácil de adivinar; elige una más larga.',
  },
  recap: {
    checkedIn: (v: { name: string; place: string }) => `Te hice el check-in en **${v.place}**, ${v.name}.`,
    booked: (v: { name: string; mentor: string; when: string }) =>
      `Tu sesión con **${v.mentor}** es el ${v.when}, ${v.name}.`,
    reminder: (v: { name: string; what: string; when: string }) =>
      `Tu recordatorio «${v.what}» está puesto para el ${v.when}, ${v.name}.`,
    nothing: (v: { name: string }) =>
      `Ahora mismo no te he reservado, programado ni registrado nada, ${v.name}. ¿Quieres que lo haga?`,
  },
  milestoneTitles: {
    first_check_in: 'Primer check-in',
    first_gym_visit: 'Primera visita al gimnasio',
    first_coffee_redeemed: 'Primer café canjeado',
    first_mentor_session: 'Primera sesión con un mentor',
    streak_3: 'Una racha de 3 días',
    streak_7: 'Una racha de 7 días',
    streak_14: 'Una racha de 14 días',
    check_ins_10: '10 check-ins',
    check_ins_25: '25 check-ins',
    check_ins_50: '50 check-ins',
    level_2: 'Nivel 2 alcanzado',
    level_3: 'Nivel 3 alcanzado',
    level_4: 'Nivel 4 alcanzado',
    level_5: 'Nivel 5 alcanzado',
  },
} satisfies Catalogue;
