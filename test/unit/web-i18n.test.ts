import { afterEach, describe, expect, it } from 'vitest';
import { exerciseIn } from '../../src/assistant/exercises.ts';
import { chipLabel } from '../../web/src/chat/chips.ts';
import { FULL, positionAt, SMALL, scaleAt, totalMs } from '../../web/src/chat/pacer.ts';
import { en } from '../../web/src/i18n/en.ts';
import {
  type Catalogue,
  catalogues,
  chooseLanguage,
  i18n,
  languageFrom,
  languages,
  localeFor,
} from '../../web/src/i18n/index.ts';
import { distance } from '../../web/src/ui/format.ts';
import { chipDetail, problemWords, waitFor } from '../../web/src/ui/words.ts';

/**
 * The words a translation may share with English, because they are the same word there: names,
 * loanwords and units. Anything else equal to the English text was left untranslated by mistake.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  es: ['Chat', 'Check-ins', 'check-ins', '{n} min'],
  fr: [
    'Messages',
    'Message',
    'Conversation',
    'Notifications',
    'Pause',
    'Check-ins',
    'check-ins',
    'Code',
    'Café',
    '{n} min',
    '{n} minute',
    '{n} minutes',
  ],
  de: ['Chat', 'Check-ins', 'Café', 'Neon'],
};

/** Every leaf of a catalogue: its path ("chat.send"), and its text. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The plural objects of a catalogue ({ one, other }), by path. */
function plurals(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.includes('other') && keys.every((k) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k)))
    return [path];
  return Object.entries(value).flatMap(([k, v]) => plurals(v, path ? `${path}.${k}` : k));
}

describe('the web client’s catalogues', () => {
  afterEach(() => chooseLanguage('auto'));
  const english = new Map(leaves(en));

  it.each(languages.filter((l) => l !== 'en'))('%s has every key English has, and no other', (lang) => {
    const theirs = new Map(leaves(catalogues[lang]));
    expect([...theirs.keys()].sort()).toEqual([...english.keys()].sort());
    expect(plurals(catalogues[lang]).sort()).toEqual(plurals(en).sort());
  });

  it.each(languages)('%s has no empty text, and the same placeholders as English in each', (lang) => {
    for (const [path, text] of leaves(catalogues[lang])) {
      expect(text.trim(), `${lang} ${path}`).not.toBe('');
      expect(placeholders(text), `${lang} ${path}`).toEqual(placeholders(english.get(path) ?? ''));
    }
  });

  it.each(languages.filter((l) => l !== 'en'))('%s leaves nothing in English by mistake', (lang) => {
    const allowed = new Set(sameAsEnglish[lang]);
    const untranslated = leaves(catalogues[lang])
      .filter(([path, text]) => text === english.get(path) && !allowed.has(text))
      .map(([path, text]) => `${path}: ${text}`);
    expect(untranslated).toEqual([]);
  });

  it('lists every allowed same word where it is used (a stale allowance is a mistake too)', () => {
    for (const [lang, words] of Object.entries(sameAsEnglish)) {
      const shared = new Set(
        leaves(catalogues[lang as keyof typeof catalogues])
          .filter(([path, text]) => text === english.get(path))
          .map(([, text]) => text),
      );
      expect(
        words.filter((w) => !shared.has(w)),
        lang,
      ).toEqual([]);
    }
  });

  it('takes the browser’s first language the client speaks, else English, with the browser’s own variant for Intl', () => {
    expect(languageFrom(['es-ES', 'en-GB'])).toBe('es');
    expect(languageFrom(['pt-BR', 'fr-CA', 'de'])).toBe('fr');
    expect(languageFrom(['DE-at'])).toBe('de');
    expect(languageFrom(['pt-BR', 'it'])).toBe('en');
    expect(languageFrom([])).toBe('en');
    expect(localeFor('es', ['es-MX', 'en'])).toBe('es-MX');
    expect(localeFor('en', ['en-US'])).toBe('en-US');
    expect(localeFor('fr', ['de-DE'])).toBe('fr-FR');
    expect(localeFor('de', ['de'])).toBe('de-DE');
  });

  it('fills placeholders and chooses plurals by the language’s rules, numbers in its own digits', () => {
    chooseLanguage('de');
    const { m, fill, plural } = i18n();
    expect(i18n().locale).toBe('de-DE');
    expect(plural(m.places.checkedInStreak, 1, { name: 'Café Blau' })).toBe(
      'Bei Café Blau eingecheckt. Serie: 1 Tag.',
    );
    expect(plural(m.places.checkedInStreak, 12, { name: 'Café Blau' })).toBe(
      'Bei Café Blau eingecheckt. Serie: 12 Tage.',
    );
    expect(fill(m.password.tooLong, { bytes: 1234, max: 72 })).toMatch(/^Zu lang: 1\.234 Bytes/);
    expect(fill('{missing} stays', {})).toBe('{missing} stays');
    expect(distance(1.25)).toBe('1,3 km');
    chooseLanguage('fr');
    expect(i18n().plural(i18n().m.places.map, 0)).toBe('Carte de 0 lieu');
    expect(i18n().plural(i18n().m.places.map, 2)).toBe('Carte de 2 lieux');
    expect(distance(0.35)).toBe('350\u202fm');
  });

  it('says failures in the chosen language, never the server’s English sentence there', () => {
    chooseLanguage('es');
    expect(problemWords({ code: 'invalid_credentials', status: 401 })).toBe(
      'Ese usuario y esa contraseña no coinciden. Revisa los dos y vuelve a intentarlo.',
    );
    const tooFar = 'You seem to be 350 m from Peaceful Grounds Café; check in when you are there.';
    expect(problemWords({ code: 'too_far', message: tooFar })).toBe(catalogues.es.problems.too_far);
    expect(problemWords({ code: 'brand_new', message: 'That shelf is full; clear it first.' })).toBe(
      catalogues.es.problems.unknown,
    );
    expect(problemWords({ code: 'rate_limited', retryAfterSeconds: 840 })).toBe(
      'Han sido muchas cosas en poco tiempo. Espera 14 minutos y vuelve a intentarlo.',
    );
    chooseLanguage('de');
    expect([waitFor(1), waitFor(45), waitFor(61), waitFor(7200)]).toEqual([
      'ein paar Sekunden',
      '45 Sekunden',
      '2 Minuten',
      '2 Stunden',
    ]);
    // English keeps the server's sentence where it says more.
    chooseLanguage('en');
    expect(problemWords({ code: 'too_far', message: tooFar })).toBe(tooFar);
  });

  it('names tools in the chosen language, and a bare code in a chip as a sentence there', () => {
    chooseLanguage('fr');
    expect(chipLabel('search_locations', 'failed')).toBe('Je n’ai pas pu chercher de lieux');
    expect(chipLabel('search_locations', 'started', 'un café calme')).toBe('Recherche de cafés calmes…');
    expect(chipLabel('brand_new_tool', 'started')).toBe('Je m’en occupe…');
    expect(chipDetail('failed', 'location_needed')).toBe(catalogues.fr.problems.location_needed);
    // The server's own summary is in the conversation's language already: shown as it is.
    expect(chipDetail('done', '5 lieux trouvés')).toBe('5 lieux trouvés');
  });

  it('types every catalogue by English’s shape', () => {
    const typed: Record<string, Catalogue> = catalogues;
    expect(Object.keys(typed)).toEqual(['en', 'es', 'fr', 'de']);
  });
});

describe('the exercise pacer’s position', () => {
  const box = exerciseIn('breathing', 'en').steps;

  it('walks the steps at the server’s pace, counting each one down in whole seconds', () => {
    expect(totalMs(box)).toBe(64_000);
    expect(positionAt(box, 0)).toEqual({ index: 0, left: 4, progress: 0, done: false });
    expect(positionAt(box, 1_500)).toMatchObject({ index: 0, left: 3 });
    expect(positionAt(box, 3_999)).toMatchObject({ index: 0, left: 1 });
    expect(positionAt(box, 4_000)).toMatchObject({ index: 1, left: 4, progress: 0 });
    expect(positionAt(box, 63_999)).toMatchObject({ index: 15, left: 1, done: false });
    expect(positionAt(box, 64_000)).toEqual({ index: 15, left: 0, progress: 1, done: true });
  });

  it('grows the circle on in, keeps it on hold, shrinks it on out, and after out the hold stays small', () => {
    expect(box.slice(0, 4).map((s) => s.phase)).toEqual(['in', 'hold', 'out', 'hold']);
    expect(scaleAt(box, { index: 0, progress: 0 })).toBe(SMALL);
    const mid = scaleAt(box, { index: 0, progress: 0.5 });
    expect(mid).toBeGreaterThan(SMALL);
    expect(mid).toBeLessThan(FULL);
    expect(scaleAt(box, { index: 0, progress: 1 })).toBeCloseTo(FULL, 9);
    expect(scaleAt(box, { index: 1, progress: 0.7 })).toBe(FULL);
    expect(scaleAt(box, { index: 2, progress: 0.5 })).toBeCloseTo(mid, 6);
    expect(scaleAt(box, { index: 2, progress: 1 })).toBeCloseTo(SMALL, 9);
    expect(scaleAt(box, { index: 3, progress: 0.2 })).toBe(SMALL);
    // A walk without phases (grounding) never moves a circle.
    const grounding = exerciseIn('grounding', 'en').steps;
    expect(grounding.map((_, index) => scaleAt(grounding, { index, progress: 0.5 }))).toEqual(
      grounding.map(() => SMALL),
    );
  });
});
