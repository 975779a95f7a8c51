import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/assistant/safety/detect.ts';
import { compileLexicon, loadLexicons, singleLetters } from '../../src/assistant/safety/lexicon.ts';
import { createNormalizer } from '../../src/assistant/safety/normalize.ts';
import { supportsUntil } from '../../src/assistant/safety/safety.ts';

const lexicon = (strong: Record<string, string[]>, concepts: Record<string, string[]> = {}) =>
  compileLexicon({
    language: 'en',
    sources: [{ title: 'test', url: 'https://example.org' }],
    concepts,
    subjects: {},
    strong,
  });

// Rules read normalized text, where doubled letters are one ("pills" → "pils").
const matches = (template: string, text: string, concepts: Record<string, string[]> = {}) =>
  lexicon({ suicidal: [template] }, concepts).rules[0]!.patterns[0]!.regex.test(
    text.replace(/([a-z])\1+/g, '$1'),
  );

describe('the normalizer', () => {
  const normalize = createNormalizer(['kill', 'myself', 'die', 'want', 'to'], ['suicide', 'myself']);

  it('lowers case, drops accents and apostrophes inside words, keeps sentence breaks', () => {
    expect(normalize("Je N'AI plus envie. Ça va?")).toBe('je nai plus envie | ca va |');
    expect(normalize('I don’t want to')).toBe('i dont want to');
  });

  it('reads leetspeak as letters but leaves numbers and units alone', () => {
    expect(normalize('k1ll mys3lf')).toBe('kil myself');
    expect(normalize('took 20 pills at 3am, 50mg')).toBe('tok 20 pils at 3am 50mg');
    expect(normalize('help!!')).toBe('help |');
  });

  it('joins spelled-out words into words it knows, and leaves other letter runs alone', () => {
    expect(normalize('k i l l m y s e l f')).toBe('kil myself');
    expect(normalize('s.u.i.c.i.d.e')).toBe('suicide');
    expect(normalize('u r a star')).toBe('u r a star');
  });

  it('corrects near-misses of anchor words, not their inflections', () => {
    expect(normalize('sucide')).toBe('suicide');
    expect(normalize('myslef')).toBe('myself');
    expect(normalize('suicides')).toBe('suicides');
  });

  it('removes invisible characters and reads means emoji as words', () => {
    expect(normalize('su\u200bicide')).toBe('suicide');
    expect(normalize('💊💊 tonight')).toBe('pils pils tonight');
  });

  it('reads an angry face as the word, but not the face of resolve', () => {
    expect(normalize('my boss 🤬 again')).toBe('my bos angry again');
    expect(normalize('leg day 😤')).toBe('leg day');
  });
});

describe('the template language', () => {
  it('matches a group with and without an optional word inside it', () => {
    for (const text of ['quero tirar minha vida', 'quero tirar a minha vida']) {
      expect(matches('quero (tirar (a )?minha vida|morrer)', text)).toBe(true);
    }
    expect(matches('(i (really )?want|i wish) to die', 'i want to die')).toBe(true);
    expect(matches('(i (really )?want|i wish) to die', 'i really want to die')).toBe(true);
    expect(matches('(i (really )?want|i wish) to die', 'i really really want to die')).toBe(false);
  });

  it('matches a group or a branch that opens with an optional word, with and without it', () => {
    for (const text of ['quero tirar minha vida', 'quero tirar a minha vida']) {
      expect(matches('quero tirar ((a )?minha vida|tudo)', text)).toBe(true);
      expect(matches('quero tirar (tudo|(a )?minha vida)', text)).toBe(true);
    }
    expect(matches('quero tirar ((a )?minha vida)', 'quero tirar aminha vida')).toBe(false);
    expect(matches('quero tirar ((a )?minha vida)', 'quero tirar  minha vida')).toBe(false);
  });

  it('reads a group glued to a word that opens with a space as a word of its own', () => {
    expect(matches('nao quero precisar( mais)? de nada', 'nao quero precisar mais de nada')).toBe(true);
    expect(matches('nao quero precisar( mais)? de nada', 'nao quero precisar de nada')).toBe(true);
    expect(matches('nao quero precisar( mais)? de nada', 'nao quero precisarmais de nada')).toBe(false);
  });

  it('reads doubled letters as one, and * as any ending', () => {
    expect(matches('want to die', 'i want to dieeee')).toBe(true);
    expect(matches('suicid*', 'suicidal')).toBe(true);
    expect(matches('die', 'diet')).toBe(false);
  });

  it('expands concepts, gaps of at most N words and optional groups with their space', () => {
    const c = { pills: ['pills', 'sleeping pills'] };
    expect(matches('took _2 {pills}', 'took all my pills', c)).toBe(true);
    expect(matches('took _2 {pills}', 'took all of my sleeping pills', c)).toBe(false);
    expect(matches('(the )?pills are ready', 'pills are ready')).toBe(true);
    expect(matches('(the )?pills are ready', 'the pills are ready')).toBe(true);
    expect(matches('(just |such )?a burden', 'such a burden')).toBe(true);
    expect(matches('hurt(ing)? someone', 'hurt someone')).toBe(true);
    expect(matches('hurt(ing)? someone', 'someone')).toBe(false);
  });

  it('never spans two sentences, and knows the end of one', () => {
    expect(matches('want _3 die', 'want | to die')).toBe(false);
    expect(matches('end it .', 'i will end it |')).toBe(true);
    expect(matches('end it .', 'end it with him')).toBe(false);
  });

  it('takes a regular expression where words cannot say it', () => {
    expect(matches('took /[1-9][0-9]+/ pills', 'took 20 pills')).toBe(true);
    expect(matches('took /[1-9][0-9]+/ pills', 'took 2 pills')).toBe(false);
  });

  it('reads doubled letters as one inside a regular expression too, escapes and counts as written', () => {
    // Written as the language spells it ("kuss", "esses dias"), read as the normalized text does.
    expect(matches('ein /(kuss|umarmung)/', 'ein kuss')).toBe(true);
    expect(matches('/esses\\x20dias/ sem dormir', 'esses dias sem dormir')).toBe(true);
    expect(matches('/fu?l+/ of it', 'full of it')).toBe(true);
    expect(matches('/\\bbad/ day', 'bad day')).toBe(true);
    expect(matches('took /[1-9][0-9]{1,}/ pills', 'took 11 pills')).toBe(true);
    expect(singleLetters('\\bbal[lz]{2,}l?l')).toBe('\\bbal[lz]{2,}l?l');
    expect(singleLetters('all?|kiss\\x20')).toBe('al|kis\\x20');
  });

  it('refuses a broken file, naming it and the template', () => {
    expect(() => lexicon({ suicidal: ['{nope} die'] })).toThrow(/unknown concept \{nope\}/);
    expect(() => lexicon({ suicidal: ['(want die'] })).toThrow(/unbalanced/);
    expect(() => lexicon({ suicidal: ['_ die'] })).toThrow(/gap/);
    // A gap inside a group, glued to a word or past _9 would be read as letters: a dead template.
    expect(() => lexicon({ suicidal: ['want (to _2 die|die)'] })).toThrow(/gap stands alone/);
    expect(() => lexicon({ suicidal: ['(really )+_2 die'] })).toThrow(/gap stands alone/);
    expect(() => lexicon({ suicidal: ['want _10 die'] })).toThrow(/gaps go up to _9/);
    expect(() => compileLexicon({ language: 'xx' }, 'xx.json')).toThrow(/xx\.json/);
    // The text has no accents by the time a rule reads it: "hörbuch" would never match, silently.
    expect(() => lexicon({ suicidal: ['mein hörbuch'] })).toThrow(/"mein hörbuch" holds "ö"/);
    expect(() => lexicon({ suicidal: ['ma {person}'] }, { person: ['sœur'] })).toThrow(/"sœur" holds "œ"/);
  });

  it('reads letters no accent mark makes as the lexicons write them', () => {
    const normalize = createNormalizer([], []);
    expect(normalize('Ma sœur, Æsa, Søren, Łódź')).toBe('ma soeur aesa soren lodz');
  });

  it("hides a language's false friends from the other languages' rules, never from its own", () => {
    const detect = createDetector(loadLexicons(), []);
    // The German "ich will die …" (I want the …) is no English "will die".
    for (const everyday of [
      'Ich will die Katze füttern',
      'ich will die Prüfung bestehen',
      'Er will die Wohnung kaufen',
    ]) {
      expect(detect(everyday), everyday).toBeUndefined();
    }
    expect(detect('I will die tonight')).toMatchObject({ level: 'crisis', language: 'en' });
    expect(detect('ich will die ganzen Tabletten auf einmal nehmen')).toMatchObject({
      level: 'crisis',
      language: 'de',
    });
    expect(detect('ich will die Nacht nicht überleben')).toMatchObject({ level: 'crisis', language: 'de' });
  });

  it('compiles every lexicon in the repository, six languages, each citing sources', () => {
    const all = loadLexicons();
    expect(all.map((l) => l.language).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
    // One pattern per strength and category: at least the seven strong ones in every language.
    for (const l of all) expect(l.rules.filter((r) => r.strength === 'strong').length, l.language).toBe(7);
  });
});

describe('the supportive days', () => {
  it('last the rest of the day of the response and the whole next day, in the user’s zone', () => {
    expect(supportsUntil(new Date('2026-12-05T10:00:00Z'), 'Europe/London').toISOString()).toBe(
      '2026-12-07T00:00:00.000Z',
    );
    expect(supportsUntil(new Date('2026-12-05T23:30:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-12-07T05:00:00.000Z',
    );
    expect(supportsUntil(new Date('2026-12-05T20:00:00Z'), 'Asia/Tokyo').toISOString()).toBe(
      '2026-12-07T15:00:00.000Z',
    );
  });
});
