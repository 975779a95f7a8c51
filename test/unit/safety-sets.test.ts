import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSafetySet } from '../../bench/safety-sets.ts';
import { BenchUsageError } from '../../bench/usage.ts';

describe('reading a safety set for the benches (safety-model --holdout, safety-probe)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nc-safety-set-'));
  const file = (name: string, body: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, body);
    return f;
  };

  it('reads text, label and language, and skips blank lines', () => {
    const f = file(
      'ok.jsonl',
      '{"text":"hola","lang":"es","label":"none"}\n\n{"text":"x","language":"de","label":"abuse"}\n',
    );
    expect(readSafetySet(f)).toEqual([
      { text: 'hola', language: 'es', label: 'none', crisis: false },
      { text: 'x', language: 'de', label: 'abuse', crisis: true },
    ]);
  });

  it.each([
    ['not json', ':2: not JSON'],
    ['{"text":"no label"}', ':2: each line needs text and label'],
    ['null', ':2: each line needs text and label'],
    ['{"text":7,"label":"none"}', ':2: each line needs text and label'],
  ])('names the line of garbage: %s', (line, message) => {
    const f = file('bad.jsonl', `{"text":"fine","label":"none"}\n${line}\n`);
    expect(() => readSafetySet(f)).toThrow(BenchUsageError);
    expect(() => readSafetySet(f)).toThrow(`${f}${message}`);
  });

  it('names a file it cannot read', () => {
    expect(() => readSafetySet(path.join(dir, 'missing.jsonl'))).toThrow(
      /missing\.jsonl: cannot be read \(ENOENT\)/,
    );
  });
});
