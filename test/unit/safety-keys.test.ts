import randexp from 'randexp';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/assistant/safety/keys.ts';
import { compileLexicon, loadLexicons, patternsIn } from '../../src/assistant/safety/lexicon.ts';

/**
 * The crisis check runs only the patterns a message's words allow (keys.ts). Keys must be a
 * necessary condition: a pattern that matches a message is never left out. Checked here on text
 * generated from every compiled pattern by randexp (a generator of strings from a regular
 * expression, written apart from our key extraction), so every spelling, optional word and gap the
 * compiler produced is tried, not only the phrasings of our message files.
 */

// randexp is CommonJS (module.exports is the class) while its types declare a default export.
const RandExp = randexp as unknown as typeof randexp.default;

/** The pattern's source without lookarounds (randexp cannot generate them; the real pattern still judges). */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      for (let j = i; j < source.length; j++) {
        if (source[j] === '\\') j++;
        else if (source[j] === '(') depth++;
        else if (source[j] === ')' && --depth === 0) {
          i = j;
          break;
        }
      }
      continue;
    }
    out += source[i];
  }
  return out;
}

const lexicon = (suicidal: string[], concepts: Record<string, string[]> = {}) =>
  compileLexicon({
    language: 'en',
    sources: [{ title: 'test', url: 'https://example.org' }],
    concepts,
    subjects: {},
    strong: { suicidal },
  });

describe('the crisis patterns a message’s words allow', () => {
  it('never leave out a pattern that matches: text generated from every pattern of every lexicon', () => {
    const patterns = loadLexicons().flatMap(patternsIn);
    const index = new KeyIndex(patterns);
    let tried = 0;
    const missed: string[] = [];
    for (const p of patterns) {
      const generator = new RandExp(withoutLookarounds(p.regex.source));
      // Gap words and other free letters: lower-case a–z, as the normalized text is.
      generator.defaultRange.subtract(32, 126);
      generator.defaultRange.add(97, 122);
      generator.max = 3;
      const judge = new RegExp(p.regex.source);
      for (let i = 0; i < 8; i++) {
        // The normalized text never holds a doubled letter (normalize.ts).
        const text = generator.gen().replace(/([a-z])\1+/g, '$1');
        if (!judge.test(text)) continue;
        tried++;
        if (!index.allows(text)(p)) missed.push(`${JSON.stringify(text)} by ${p.regex.source.slice(0, 100)}`);
      }
    }
    expect(missed).toEqual([]);
    // Most generated texts match their pattern (the rest fall to its lookarounds or \b).
    expect(tried).toBeGreaterThan(patterns.length * 6);
  });

  it('keys a template by its rarest required word; leaves a pattern it cannot tell always running', () => {
    const [pills, concept, raw, joined] = lexicon(
      ['i (took|swallowed) all (my )?pil*', 'to {die}', '/[0-9]{3,}/ /mg|ml/', 'so alive ?(today)?'],
      { die: ['die', 'be dead', 'end it (al)?'] },
    ).rules[0]!.patterns;
    // Doubled letters read as one, as in the text; "pil*" is a word start.
    expect(pills!.keys).toEqual({ words: ['tok', 'swalowed'], prefixes: [] });
    // A concept: one word of each entry.
    expect(concept!.keys).toEqual({ words: ['die', 'dead', 'end'], prefixes: [] });
    expect(raw!.keys).toBeUndefined();
    // "?(today)?" makes the space before it optional ("so alivetoday" matches): "alive" can only
    // start a word there.
    expect(joined!.regex.test('so alivetoday')).toBe(true);
    expect(joined!.keys).toEqual({ words: [], prefixes: ['alive'] });

    const index = new KeyIndex([pills!, concept!, raw!, joined!]);
    expect(index.allows('i swalowed al my pils')(pills!)).toBe(true);
    expect(index.allows('i want to be dead')(concept!)).toBe(true);
    expect(index.allows('i want to go home')(concept!)).toBe(false);
    expect(index.allows('i want to go home')(pills!)).toBe(false);
    expect(index.allows('i want to go home')(raw!)).toBe(true);
    expect(index.allows('so alivetoday')(joined!)).toBe(true);
  });
});
