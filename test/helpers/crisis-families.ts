import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Detector } from '../../src/assistant/safety/detect.ts';
import { languages } from '../../src/assistant/safety/lexicon.ts';

/**
 * The tests of a blind probe's crisis families (test/unit/crisis-families-*.test.ts): one JSON file
 * per language in `dir`, {"risk": [...], "everyday": [...]}, written in other words than the rules
 * from a description of each family. Every language must be there with at least `least` messages
 * of each kind; every risk message must get a signal, no everyday one may.
 */
export function describeFamilies(
  title: string,
  dir: URL,
  detect: Detector,
  least: { risk: number; everyday: number },
): void {
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      lang: f.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { risk: string[]; everyday: string[] }),
    }));
  const each = fixtures.map((f) => [f.lang, f] as const);

  describe(title, () => {
    it('has the families in every language', () => {
      expect(fixtures.map((f) => f.lang).sort()).toEqual([...languages].sort());
      for (const f of fixtures) {
        expect(f.risk.length).toBeGreaterThanOrEqual(least.risk);
        expect(f.everyday.length).toBeGreaterThanOrEqual(least.everyday);
      }
    });

    it.each(each)('answers every crisis in %s', (_, f) => {
      expect(f.risk.filter((m) => detect(m) === undefined)).toEqual([]);
    });

    it.each(each)('leaves every everyday twin in %s alone', (_, f) => {
      expect(f.everyday.filter((m) => detect(m) !== undefined)).toEqual([]);
    });
  });
}
