import { readFileSync } from 'node:fs';
import { defaultPromptsDir, fill, sections } from '../prompts.ts';
import type { RiskSignal } from './detect.ts';
import { type Category, categories, type Language, languages } from './lexicon.ts';
import type { Line, Place } from './resources.ts';

/**
 * What is said when a message signals risk, from prompts/safety/<language>.md: one section per
 * category, a gentle check-in for unsure messages, a short line offered again in later turns and
 * a fallback for a failed model turn, each filled with the lines of the user's country.
 */

const kinds = [...categories, 'check_in', 'support', 'fallback'] as const;
export type ResponseKind = (typeof kinds)[number];
const wordKeys = ['call', 'text', 'open', 'web', 'emergency', 'or'] as const;

const required: Partial<Record<ResponseKind, string[]>> = {
  emergency: ['{{emergency}}', '{{crisisLines}}'],
  abuse: ['{{emergency}}', '{{abuseLines}}'],
  check_in: ['{{crisisLines}}'],
  fallback: ['{{crisisLines}}'],
  ...Object.fromEntries(
    (['suicidal', 'plan', 'self_harm', 'harm_to_others', 'concern_other'] as const).map((c) => [
      c,
      ['{{crisisLines}}'],
    ]),
  ),
};

interface LanguageTexts {
  texts: Record<ResponseKind, string>;
  words: Record<(typeof wordKeys)[number], string>;
}

export type SafetyTexts = Record<Language, LanguageTexts>;

/** Reads every language's file; a missing section or placeholder stops start-up, naming it. */
export function loadSafetyTexts(dir: string = defaultPromptsDir): SafetyTexts {
  const out = {} as SafetyTexts;
  for (const language of languages) {
    const file = `${dir.replace(/\/?$/, '/')}safety/${language}.md`;
    const parts = sections(readFileSync(file, 'utf8'));
    const section = (name: string) => {
      const text = parts.get(name);
      if (!text) throw new Error(`${file} has no "# ${name}" section`);
      return text;
    };
    const texts = Object.fromEntries(kinds.map((k) => [k, section(k)])) as Record<ResponseKind, string>;
    for (const [kind, placeholders] of Object.entries(required)) {
      for (const p of placeholders) {
        if (!texts[kind as ResponseKind].includes(p))
          throw new Error(`${file} "# ${kind}" must contain ${p}`);
      }
    }
    const words = Object.fromEntries(
      section('words')
        .split('\n')
        .map((l) => /^\s*(\w+)\s*:\s*(.+?)\s*$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], m[2]]),
    );
    for (const key of wordKeys) if (!words[key]) throw new Error(`${file} "# words" has no "${key}"`);
    out[language] = { texts, words: words as LanguageTexts['words'] };
  }
  return out;
}

function renderLine(line: Line, words: LanguageTexts['words']): string {
  const ways = [
    line.phone ? `${words.call} **${line.phone}**` : undefined,
    line.sms ? `${words.text} **${line.sms}**` : undefined,
  ].filter(Boolean);
  const how = ways.length > 0 ? `: ${ways.join(` ${words.or} `)}` : '';
  const hours = line.hours ? ` (${words.open} ${line.hours})` : '';
  const web = line.url ? ` · ${line.phone || line.sms ? '' : `${words.web} `}${line.url}` : '';
  return `- ${line.name}${how}${hours}${web}`;
}

const render = (lines: Line[], words: LanguageTexts['words']) =>
  lines.map((l) => renderLine(l, words)).join('\n');

/** The first crisis line, short: "988", "116 123", or its web address. */
const firstLine = (place: Place) => {
  const l = place.lines.crisis[0]!;
  return l.phone ?? l.sms ?? l.url ?? '';
};

/** A response of the given kind, in the language, with the lines of the user's place. */
export function safetyResponse(
  texts: SafetyTexts,
  kind: ResponseKind,
  language: Language,
  place: Place,
  name: string | undefined,
): string {
  const { texts: t, words } = texts[language];
  const filled = fill(t[kind], {
    crisisLines: render(place.lines.crisis, words),
    abuseLines: render(place.lines.abuse, words),
    emergency: place.lines.emergency,
    firstLine: firstLine(place),
  });
  // Without a name the opening still reads naturally ("I'm really glad you told me").
  return name
    ? fill(filled, { name })
    : filled
        .replace(/^\{\{name\}\},\s*(\p{L})/u, (_, c: string) => c.toUpperCase())
        .replaceAll('{{name}}', '');
}

/** The response to a detected signal: the category's, or the gentle check-in when unsure. */
export const responseKind = (signal: RiskSignal): ResponseKind =>
  signal.level === 'crisis' ? (signal.category satisfies Category) : 'check_in';
