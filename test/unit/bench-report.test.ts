import { describe, expect, it } from 'vitest';
import { medianOf, runReport } from '../../bench/report.ts';
import { BenchUsageError } from '../../bench/usage.ts';

/** The report's figures are medians of several runs (issue 19): each number of the same shape. */
describe('the report’s median of runs', () => {
  it('takes the median of every number, however deep', () => {
    const runs = [
      { rate: 10, latency: { p50: 3, p99: 30 }, label: 'a', tokens: { 1000: 3400 } },
      { rate: 30, latency: { p50: 1, p99: 90 }, label: 'b', tokens: { 1000: 3500 } },
      { rate: 20, latency: { p50: 2, p99: 10 }, label: 'c', tokens: { 1000: 3450 } },
    ];
    expect(medianOf(runs)).toEqual({
      rate: 20,
      latency: { p50: 2, p99: 30 },
      label: 'a',
      tokens: { 1000: 3450 },
    });
  });

  it('averages the middle two of an even count and keeps a single run as it is', () => {
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([{ p99: 7 }])).toEqual({ p99: 7 });
  });
});

describe('the report’s arguments', () => {
  it.each([['0'], ['6'], ['two'], ['1.5'], ['']])(
    'refuses --runs %j before measuring anything',
    async (runs) => {
      await expect(runReport(['--runs', runs])).rejects.toBeInstanceOf(BenchUsageError);
    },
  );

  it('refuses an option it does not know', async () => {
    await expect(runReport(['--rnus', '3'])).rejects.toThrow(/rnus/);
  });
});
