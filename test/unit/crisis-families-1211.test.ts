import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/assistant/safety/detect.ts';
import { languages } from '../../src/assistant/safety/lexicon.ts';

const detect = createDetector();

/**
 * The families of crisis messages the 2026-12-11 blind probe found missed (recall 82.8% blind), in
 * each of the six languages and in other words than the probe's (fixtures/crisis-1211/<lang>.json,
 * written from a description of each family, not from the probe): passive wishes in ordinary words
 * ("I'd rather not be here", relief if a bus hit me), asking God to take one, "already did it, took
 * them all", not needing anything after a date, rope bought or hidden, a deserted bridge asked for,
 * being on the tracks now, burning or hitting oneself, abuse told through events (acts while
 * unconscious, locked in with the phone taken, money controlled, a sibling hit), a neighbour's child
 * bruised, harm to someone already thought through, being a burden, preparations stated flatly. Each
 * family has everyday twins that must stay quiet.
 */
const dir = new URL('./fixtures/crisis-1211/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    lang: f.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { risk: string[]; everyday: string[] }),
  }));

describe('crisis families of the 2026-12-11 probe, in other words', () => {
  it('has the families in every language', () => {
    expect(fixtures.map((f) => f.lang).sort()).toEqual([...languages].sort());
    for (const f of fixtures) {
      expect(f.risk.length).toBeGreaterThanOrEqual(20);
      expect(f.everyday.length).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(fixtures.map((f) => [f.lang, f] as const))('answers every crisis in %s', (_, f) => {
    expect(f.risk.filter((m) => detect(m) === undefined)).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.lang, f] as const))('leaves every everyday twin in %s alone', (_, f) => {
    expect(f.everyday.filter((m) => detect(m) !== undefined)).toEqual([]);
  });
});

describe('letters a space apart with words two spaces apart', () => {
  it('joins each word as the writer marked it', () => {
    expect(detect.normalize('h e l p  i  t o o k  a l l')).toBe('help i tok al');
    expect(detect.normalize('i  w a n t  t o  d i e')).toBe('i want to die');
    expect(detect('i  w a n t  t o  d i e')?.category).toBe('suicidal');
  });

  it('leaves single letters and plain double spaces alone', () => {
    expect(detect.normalize('a b c d e')).toBe('a b c d e');
    expect(detect.normalize('i  am  fine')).toBe('i am fine');
  });
});

describe('letters spelled out with gaps typed by accident', () => {
  it('are read both ways, and the stronger reading counts', () => {
    expect(detect.normalize('quiero m a t a r  m e ya')).toBe('quiero matar me ya');
    expect(detect.normalize('quiero m a t a r  m e ya', false)).toBe('quiero matarme ya');
    expect(detect('quiero m a t a r  m e ya')?.level).toBe('crisis');
  });
});
