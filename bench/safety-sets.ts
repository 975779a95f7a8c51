import { readFileSync } from 'node:fs';
import { BenchUsageError } from './usage.ts';

/** A labelled message of a safety set (test/eval/safety-messages.jsonl, a holdout, a probe file). */
export interface Labelled {
  text: string;
  language: string;
  /** The category ("suicidal", "abuse" …), "crisis", or "none" for an everyday message. */
  label: string;
  crisis: boolean;
}

/**
 * A safety set, one JSON object per line with text and label (and lang or language): a file
 * that cannot be read, or a line that is not such an object, is named in a usage error.
 */
export function readSafetySet(file: string): Labelled[] {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (err) {
    throw new BenchUsageError(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  return body.split('\n').flatMap((l, i) => {
    if (l.trim() === '') return [];
    let row: { text?: unknown; language?: unknown; lang?: unknown; label?: unknown };
    try {
      row = JSON.parse(l);
    } catch {
      throw new BenchUsageError(`${file}:${i + 1}: not JSON`);
    }
    if (typeof row?.text !== 'string' || typeof row.label !== 'string') {
      throw new BenchUsageError(`${file}:${i + 1}: each line needs text and label`);
    }
    const language =
      typeof row.language === 'string' ? row.language : typeof row.lang === 'string' ? row.lang : '?';
    return [{ text: row.text, language, label: row.label, crisis: row.label !== 'none' }];
  });
}
