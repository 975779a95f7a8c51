import { describe, expect, it } from 'vitest';
import { exerciseIn, exerciseKinds, exercises } from '../../src/assistant/exercises.ts';
import type { ReplyContext } from '../../src/assistant/memory/context.ts';
import {
  type Catalogue,
  catalogues,
  type Lang,
  milestoneTitle,
  replyLanguageOf,
  replyLanguages,
} from '../../src/assistant/providers/offline/i18n/index.ts';
import { createOfflineProvider } from '../../src/assistant/providers/offline.ts';
import type { StepRequest } from '../../src/assistant/providers/types.ts';
import { tellLanguage } from '../../src/assistant/safety/language.ts';
import { failureLine } from '../../src/assistant/tools/failures.ts';
import { MILESTONES } from '../../src/domain/journey/milestones.ts';
import { errorCodes, errorReasons } from '../../src/errors.ts';

/**
 * The offline companion's message catalogue (issue 16, point 4): every language has every entry,
 * every entry renders, and a message in Spanish, French or German is answered in that language.
 */

/** Every variable any entry takes, twice: singular and empty, then plural and full. */
const samples = [
  {
    name: 'Maya',
    hello: 'Hi',
    feeling: 'anxious',
    mentor: 'Tom Whitaker',
    when: 'Fri 10 May, 16:00',
    summary: 'Book a 60-minute virtual session with Tom Whitaker on Fri 10 May, 16:00',
    error: 'You seem to be 900 m from Quiet Beans.',
    place: 'Quiet Beans',
    address: '1 Upper Street, London',
    city: '',
    near: false,
    count: 1,
    days: 1,
    best: 0,
    level: 5,
    percent: 100,
    next: 0,
    what: 'gym visits',
    needs: '1 more check-in',
    list: 'First check-in',
    title: 'Drink water',
    partner: '',
    expires: '',
    items: ['Amara'],
    n: 1,
    unverified: false,
    tags: 'social-anxiety',
    meets: 'online',
    rating: 0,
    specialization: '',
    asked: 'Tim',
    names: '**Amara Okafor**',
    minutes: 60,
    online: false,
    line: 'Samaritans (116 123)',
    quiet: false,
    one: 'café',
    many: 'cafés',
    where: '',
    traits: '',
    amenities: '',
    description: '',
    reviews: 1,
    a: 'a café',
    b: 'Amara Osei',
    km: 0.25,
  },
  {
    name: 'Maya',
    hello: 'Good evening',
    feeling: 'low',
    mentor: 'Siobhán Murphy',
    when: 'Tue 7 May, 09:00',
    summary: 'Cancel your session with Siobhán Murphy on Tue 7 May, 09:00',
    error: 'That session has already started.',
    place: 'Peaceful Grounds Café',
    address: '12 Essex Road, London',
    city: 'Manchester',
    near: true,
    count: 3,
    days: 4,
    best: 9,
    level: 2,
    percent: 40,
    next: 3,
    what: 'days in a row (best streak)',
    needs: '2 more check-ins and 1 more gym visit',
    list: 'First check-in, Three in a row',
    title: 'Stretch',
    partner: 'Slow Pour Coffee',
    expires: 'Sun 12 May',
    items: ['Amara', 'Tom', 'Lena'],
    n: 3,
    unverified: true,
    tags: 'mindfulness, breathing',
    meets: 'online or in person',
    rating: 4.5,
    specialization: 'panic-attacks',
    asked: 'Tim Whittaker',
    names: '**Amara Okafor** and **Tom Whitaker**',
    minutes: 30,
    online: true,
    line: 'Samaritans (116 123)',
    quiet: true,
    one: 'gym',
    many: 'gyms',
    where: ' in Manchester',
    traits: 'usually quiet, beginner-friendly',
    amenities: 'wifi, quiet-zone',
    description: 'A calm room upstairs.',
    reviews: 12,
    a: 'a gym',
    b: 'Amara Osei',
    km: 2.34,
  },
];

/** Every entry of a catalogue rendered, by its path: strings as they are, functions with each sample. */
function rendered(entry: unknown, path: string): [string, string][] {
  if (typeof entry === 'string') return [[path, entry]];
  if (typeof entry === 'function') return samples.map((s, i) => [`${path}(${i})`, String(entry(s))]);
  if (Array.isArray(entry)) return entry.flatMap((e, i) => rendered(e, `${path}[${i}]`));
  if (entry && typeof entry === 'object')
    return Object.entries(entry).flatMap(([k, v]) => rendered(v, path ? `${path}.${k}` : k));
  throw new Error(`${path}: not a string, function, list or group`);
}

/** The shape of a catalogue: its keys, and whether each leaf is a string, a function or a list. */
function shape(entry: unknown): unknown {
  if (Array.isArray(entry)) return ['list', typeof entry[0]];
  if (entry && typeof entry === 'object')
    return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, shape(v)]));
  return typeof entry;
}

const others = replyLanguages.filter((l) => l !== 'en');

/**
 * Entries that render the same in English and another language because they hold only names,
 * numbers and words the languages share: a list of one name, "café", "250 m", "online", "10
 * check-ins", a reward or reminder line of only its title and time, " in Manchester" or an empty "where".
 */
const sharedPaths = new Set([
  'list(0)',
  'noun.coffee[0]',
  'noun.coffee[1]',
  'placeLine.distance(0)',
  'placeLine.distance(1)',
  'rewards.item(0)',
  'mentors.meets.virtual',
  'sessions.line(1)',
  'places.where(0)',
  'places.where(1)',
  'moves.reminderLine(0)',
  'moves.reminderLine(1)',
  'milestoneTitles.check_ins_10',
  'milestoneTitles.check_ins_25',
  'milestoneTitles.check_ins_50',
]);

describe('the offline message catalogue', () => {
  it('has the same entries, of the same kind, in every language', () => {
    for (const lang of others) expect(shape(catalogues[lang]), lang).toEqual(shape(catalogues.en));
  });

  it('has as many words for each exercise step and kind of place in every language', () => {
    for (const lang of others) {
      const c: Catalogue = catalogues[lang];
      expect(c.exercises.grounding.steps.length).toBe(catalogues.en.exercises.grounding.steps.length);
      expect(c.exercises.body_scan.steps.length).toBe(catalogues.en.exercises.body_scan.steps.length);
      for (const [type, words] of Object.entries(c.noun)) expect(words, `${lang} ${type}`).toHaveLength(3);
    }
  });

  it.each(replyLanguages)(
    'renders every %s entry with sample variables, leaving nothing unfilled',
    (lang) => {
      const texts = rendered(catalogues[lang], '');
      expect(texts.length).toBeGreaterThan(150);
      for (const [path, text] of texts) {
        expect(text, `${lang} ${path}`).not.toMatch(/undefined|null|NaN|\[object|[{}]|\$\{/);
        // Only `where` may be empty (a search with neither a city nor the phone's position).
        if (!path.startsWith('places.where')) expect(text.trim(), `${lang} ${path}`).not.toBe('');
      }
    },
  );

  it('asks for a yes in the words of each language', () => {
    const yes: Record<Lang, string> = { en: '**yes**', es: '**sí**', fr: '**oui**', de: '**ja**' };
    for (const lang of replyLanguages) {
      const c = catalogues[lang];
      const asks = [
        c.askToConfirm(samples[0]!),
        ...c.booking.propose.map((f) => f(samples[0]!)),
        ...c.sessions.proposeCancel.map((f) => f(samples[0]!)),
        c.mood.offerBreathing,
      ];
      for (const ask of asks) expect(ask, lang).toContain(yes[lang]);
    }
  });

  it('writes each language in that language (as ELD tells it)', () => {
    for (const lang of replyLanguages) {
      const c = catalogues[lang];
      for (const text of [
        c.capabilities,
        c.chat.low(samples[1]!),
        c.exercises.breathing.intro,
        c.places.locationNeeded[0]!(samples[0]!),
      ])
        expect(tellLanguage(text).language, `${lang}: ${text}`).toBe(lang);
    }
  });

  it('has its own text for every entry in Spanish, French and German, never the English one', () => {
    const english = new Map(rendered(catalogues.en, ''));
    for (const lang of others) {
      const same = rendered(catalogues[lang], '')
        .filter(([path, text]) => english.get(path) === text && !sharedPaths.has(path))
        .map(([path]) => path);
      expect(same, lang).toEqual([]);
    }
  });

  it('says every tool failure and every milestone in each language', () => {
    const codes = [
      ...Object.keys(errorCodes),
      ...Object.keys(errorReasons),
      'invalid_arguments',
      'unknown_tool',
    ];
    for (const lang of replyLanguages) {
      for (const code of [...codes, 'one_at_a_time']) {
        const line = failureLine(code, lang);
        expect(line, `${lang} ${code}`).toBe((catalogues[lang].failures as Record<string, string>)[code]);
        expect(line, `${lang} ${code}`).toMatch(/^\p{Lu}.*[.!]$/u);
        if (lang !== 'en') expect(line, `${lang} ${code}`).not.toBe(failureLine(code, 'en'));
      }
      for (const m of MILESTONES) {
        const title = milestoneTitle(catalogues[lang], m.title);
        if (lang === 'en') expect(title).toBe(m.title);
        else if (!/^\d+ check-ins$/.test(m.title)) expect(title, `${lang} ${m.id}`).not.toBe(m.title);
      }
    }
    // A code nobody wrote a line for is the language's "something went wrong", not English.
    expect(failureLine('no_such_code', 'de')).toBe(catalogues.de.failures.internal);
  });

  it('gives the exercises in each language on the same timing', () => {
    for (const kind of exerciseKinds) {
      const en = exercises[kind];
      for (const lang of replyLanguages) {
        const e = exerciseIn(kind, lang);
        expect(e.steps.map((s) => [s.seconds, s.phase])).toEqual(en.steps.map((s) => [s.seconds, s.phase]));
        expect(e.steps.every((s) => s.text.length > 0)).toBe(true);
        if (lang !== 'en') expect(e.title).not.toBe(en.title);
      }
    }
  });
});

describe('the language of the reply', () => {
  it('is told from a clear message, else kept from the last reply, else English', () => {
    expect(replyLanguageOf('Hola, ¿me puedes buscar un café tranquilo cerca de aquí?', {}).lang).toBe('es');
    expect(replyLanguageOf("Bonjour, tu peux me trouver un café calme près d'ici ?", {}).lang).toBe('fr');
    expect(replyLanguageOf('Hallo, kannst du mir ein ruhiges Café in der Nähe suchen?', {}).lang).toBe('de');
    expect(replyLanguageOf('Hi, can you find me a quiet café nearby?', { lang: 'es' }).lang).toBe('en');
    // Short or unclear: the conversation's language stays.
    expect(replyLanguageOf('ok', { lang: 'fr' }).lang).toBe('fr');
    expect(replyLanguageOf('si porfa', { lang: 'es' })).toEqual({ lang: 'es', unsupported: false });
    // Too short for ELD, but in words only one language has: that language.
    expect(replyLanguageOf('gracias', {}).lang).toBe('es');
    expect(replyLanguageOf('merci !', {}).lang).toBe('fr');
    expect(replyLanguageOf('danke dir', {}).lang).toBe('de');
    expect(replyLanguageOf('ok', {}).lang).toBe('en');
    expect(replyLanguageOf('', { lang: 'de' }).lang).toBe('de');
    // English with a place name or two that look foreign to n-grams stays English.
    for (const text of [
      'find me a quiet cafe',
      'quiet gym near me?',
      'any gyms in berlin',
      'find a gym in manchester',
    ])
      expect(replyLanguageOf(text, {}).lang, text).toBe('en');
    // Names the conversation knows are left out before telling.
    expect(
      replyLanguageOf('cuentame mas de peaceful grounds', {
        lang: 'es',
        places: [{ id: '1', name: 'Peaceful Grounds' }],
      }).lang,
    ).toBe('es');
  });

  it('says when a language is not spoken yet (Portuguese, Italian), only when sure', () => {
    expect(replyLanguageOf('Olá, preciso de um café tranquilo perto de mim', {}).unsupported).toBe(true);
    expect(replyLanguageOf('vorrei prenotare una sessione con un mentore domani', {}).unsupported).toBe(true);
    for (const text of ['cancelala porfa', 'annule ma seance', 'genial, si', 'book amara'])
      expect(replyLanguageOf(text, { lang: 'es' }).unsupported, text).toBe(false);
  });
});

describe('the offline companion answers in the language it is written to', () => {
  const provider = createOfflineProvider();

  /** One step of the offline companion on `text`, Monday 6 May 2030 17:00 in London. */
  const request = (
    text: string,
    offline?: Record<string, unknown>,
    onDelta = (_d: string) => {},
  ): StepRequest => ({
    messages: [],
    tools: [],
    toolChoice: 'auto',
    facts: {
      userId: 'user-1',
      name: 'Maya Jones',
      timeZone: 'Europe/London',
      now: new Date('2030-05-06T16:00:00Z'),
      location: undefined,
      text,
      previous: offline ? ({ turnId: 't-0', offline } as unknown as ReplyContext) : undefined,
      proposal: undefined,
      firstReply: false,
    },
    outcomes: [],
    step: 0,
    signal: new AbortController().signal,
    onDelta,
  });

  async function reply(text: string, offline?: Record<string, unknown>) {
    const deltas: string[] = [];
    const req = request(text, offline, (d) => deltas.push(d));
    const result = await provider.step(req);
    expect(result.calls).toEqual([]);
    expect(deltas.join('')).toBe(result.content);
    return result;
  }

  it.each([
    ['es', 'Hola, buenas tardes. ¿Qué tal estás hoy?'],
    ['fr', "Bonjour ! Comment ça va aujourd'hui ?"],
    ['de', 'Hallo, guten Tag! Wie geht es dir heute?'],
  ] as const)('in %s', async (lang, text) => {
    const r = await reply(text);
    expect(tellLanguage(r.content.replace(/\*\*[^*]+\*\*/g, ' ')).language, r.content).toBe(lang);
    expect(r.content).toContain('Maya');
    expect(r.memory).toMatchObject({ lang });
  });

  it.each([
    ['es', 'recuérdame mañana a las 8 de la mañana ir al gimnasio', 'Ir al gimnasio'],
    ['fr', "rappelle-moi demain à 8h d'aller à la salle de sport", 'Aller à la salle de sport'],
    ['de', 'erinnere mich morgen um 8 uhr ans Fitnessstudio', 'Fitnessstudio'],
  ] as const)('sets a %s reminder about what the user wrote, in their words', async (_lang, text, title) => {
    const result = await provider.step(request(text));
    expect(result.calls).toEqual([
      { id: expect.any(String), name: 'create_reminder', arguments: expect.any(String) },
    ]);
    expect(JSON.parse(result.calls[0]!.arguments)).toMatchObject({ title });
  });

  it('keeps the conversation’s language for a message too short to tell', async () => {
    const r = await reply('mmm ok', { lang: 'de' });
    expect(tellLanguage(r.content).language, r.content).toBe('de');
    expect(r.memory).toMatchObject({ lang: 'de' });
  });

  it('answers in English, and remembers no language, when written to in English', async () => {
    const r = await reply('Hello there, how are you doing today?', { lang: 'fr' });
    expect(tellLanguage(r.content).language, r.content).toBe('en');
    expect(r.memory).not.toHaveProperty('lang');
  });

  it('says in English which languages it speaks when written to in Portuguese, keeping the conversation', async () => {
    const r = await reply('Olá, estou me sentindo muito ansioso hoje e preciso de ajuda', {
      lang: 'es',
      awaiting: 'location',
    });
    expect(r.content).toBe('Sorry, Maya — for now I speak English, Spanish, French and German.');
    expect(r.memory).toEqual({ lang: 'es', awaiting: 'location' });
  });

  it('guides an exercise in the user’s language', async () => {
    const provider2 = createOfflineProvider();
    const base = {
      ...request('sí', { lang: 'es', awaiting: 'exercise_offer', exercise: 'breathing' }),
      step: 1,
    };
    const first = await provider2.step({ ...base, outcomes: [] });
    expect(first.calls.map((c) => c.name)).toEqual(['guide_exercise']);
    const done = await provider2.step({
      ...base,
      outcomes: [
        {
          callId: 'call_1',
          name: 'guide_exercise',
          sideEffect: 'none',
          input: { kind: 'breathing' },
          ok: true,
          result: {},
          summary: 'started box breathing',
        },
      ],
    });
    expect(done.content).toContain(catalogues.es.exercises.breathing.title);
    expect(done.content).toContain(catalogues.es.exercises.breathing.firstIn);
  });
});
