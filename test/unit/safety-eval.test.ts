import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/assistant/safety/detect.ts';
import { categories, languages } from '../../src/assistant/safety/lexicon.ts';

/**
 * The crisis check measured on the labelled evaluation set (test/eval/safety-messages.jsonl,
 * written by hand apart from the lexicons: test/eval/README.md). A referral is any safety response
 * (a category's full response or the gentle check-in): both show the lines. Recall is the share of
 * crisis messages referred, false alarms the share of everyday messages referred.
 */

interface Item {
  text: string;
  lang: string;
  label: string;
  style?: string;
}

const items: Item[] = readFileSync(new URL('../eval/safety-messages.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Item);
const detect = createDetector();
const crisis = items.filter((i) => i.label !== 'none');
const everyday = items.filter((i) => i.label === 'none');
/**
 * Measured 2026-12-06: recall 98.0% (full response 96.1%), false alarms 1.0% (3 of 305, all full
 * responses), after a round of lexicon and training work in all six languages (grammar families:
 * word order, clitics, tenses; being followed, hitting oneself, poisons, a child shaken too hard;
 * and false-alarm families: devices that "die", hyperbole with humour markers, dose questions that
 * name an ailment, professional talk). Caution: the people who wrote those rules were told the
 * families this set's misses fell into, so this set now overstates how well the check generalises.
 * On probe sets written after the rules and never tuned on, recall was 74-93% by language with
 * 2-8% false alarms (docs/assistant.md, "How it is measured"). Earlier: 92.1% / 5.2% (2026-12-05).
 */
const RECALL_FLOOR = 0.97;
const ALARM_CEILING = 0.02;
const FULL_ALARM_CEILING = 0.015;
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

describe('the crisis check on the evaluation set', () => {
  it('holds at least 400 labelled messages: 200 crisis in every category and language, 200 everyday', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(200);
    expect(everyday.length).toBeGreaterThanOrEqual(200);
    for (const c of categories) expect(crisis.filter((i) => i.label === c).length, c).toBeGreaterThan(0);
    for (const l of languages) expect(crisis.filter((i) => i.lang === l).length, l).toBeGreaterThan(0);
    for (const i of items) expect([...categories, 'none'], i.text).toContain(i.label);
  });

  it('refers crisis messages and leaves everyday ones, no worse than measured (goal: 98% / 3%)', () => {
    const results = items.map((i) => ({ ...i, signal: detect(i.text) }));
    const missed = results.filter((r) => r.label !== 'none' && !r.signal);
    const alarms = results.filter((r) => r.label === 'none' && r.signal);
    const full = results.filter((r) => r.label !== 'none' && r.signal?.level === 'crisis');
    const sameCategory = results.filter((r) => r.label !== 'none' && r.signal?.category === r.label);
    const lines = [
      `crisis recall ${pct(crisis.length - missed.length, crisis.length)} (${crisis.length - missed.length}/${crisis.length}); full response ${pct(full.length, crisis.length)}; category right ${pct(sameCategory.length, crisis.length)}`,
      `false alarms ${pct(alarms.length, everyday.length)} (${alarms.length}/${everyday.length}); of them full responses ${alarms.filter((r) => r.signal?.level === 'crisis').length}`,
      ...languages.map((l) => {
        const c = crisis.filter((i) => i.lang === l);
        const m = missed.filter((i) => i.lang === l);
        const e = everyday.filter((i) => i.lang === l);
        const a = alarms.filter((i) => i.lang === l);
        return `  ${l}: recall ${pct(c.length - m.length, c.length)} of ${c.length}, false alarms ${pct(a.length, e.length)} of ${e.length}`;
      }),
      ...missed.map((r) => `  missed [${r.lang} ${r.label}] ${r.text}`),
      ...alarms.map((r) => `  alarm [${r.lang} ${r.signal?.level} ${r.signal?.category}] ${r.text}`),
    ];
    console.log(lines.join('\n'));
    // Issue 14's goal is 98% recall and at most 3% false alarms. The test holds the measured floor,
    // so nothing can get worse unseen; the fresh probe sets say how far it still is from the goal on
    // messages nobody has tuned for (docs/assistant.md, "How it is measured").
    expect((crisis.length - missed.length) / crisis.length).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(alarms.length / everyday.length).toBeLessThanOrEqual(ALARM_CEILING);
    expect(alarms.filter((r) => r.signal?.level === 'crisis').length / everyday.length).toBeLessThanOrEqual(
      FULL_ALARM_CEILING,
    );
  });
});
