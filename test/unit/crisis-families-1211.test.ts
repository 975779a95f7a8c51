import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/assistant/safety/detect.ts';
import { describeFamilies } from '../helpers/crisis-families.ts';

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
describeFamilies(
  'crisis families of the 2026-12-11 probe, in other words',
  new URL('./fixtures/crisis-1211/', import.meta.url),
  detect,
  { risk: 20, everyday: 10 },
);

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
