import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/assistant/safety/detect.ts';
import { replyLanguage } from '../../src/assistant/safety/language.ts';
import { categories, languages } from '../../src/assistant/safety/lexicon.ts';
import { countryOfZone, linesFor, loadResources } from '../../src/assistant/safety/resources.ts';
import { loadSafetyTexts, safetyResponse } from '../../src/assistant/safety/responses.ts';

const resources = loadResources();
const texts = loadSafetyTexts();

describe('the crisis lines', () => {
  it('cover at least 25 countries, each entry well formed with its source and the date it was checked', () => {
    const codes = Object.keys(resources.countries);
    expect(codes.length).toBeGreaterThanOrEqual(25);
    for (const [code, c] of [
      ...Object.entries(resources.countries),
      ['general', resources.general] as const,
    ]) {
      expect(c.emergency, code).toMatch(/^\d{2,4}/);
      for (const line of [...c.crisis, ...c.abuse]) {
        expect(line.source, `${code} ${line.name}`).toMatch(/^https:\/\//);
        expect(Date.parse(line.checked), `${code} ${line.name}`).not.toBeNaN();
        expect(new Date(line.checked).getTime(), `${code} ${line.name}`).toBeLessThanOrEqual(Date.now());
        expect(line.phone ?? line.sms ?? line.url, `${code} ${line.name}`).toMatch(
          /^(?:[0-9+(]|[A-Z]+ to |https:\/\/)/,
        );
      }
    }
  });

  it('are chosen from the setting, else the time zone, else the general ones', () => {
    expect(countryOfZone('Europe/Zurich')).toBe('CH');
    expect(countryOfZone('America/Indiana/Indianapolis')).toBe('US');
    expect(countryOfZone('UTC')).toBeUndefined();
    expect(linesFor(resources, 'AU', 'Europe/London').code).toBe('AU');
    expect(linesFor(resources, null, 'Europe/London').code).toBe('GB');
    expect(linesFor(resources, undefined, 'UTC').code).toBe('general');
    // A chosen country without lines of its own falls back to the zone's.
    expect(linesFor(resources, 'AQ', 'Europe/Berlin').code).toBe('DE');
  });
});

describe('the safety texts', () => {
  const gb = linesFor(resources, 'GB', undefined);

  it('exist for every category in every language, filled with the lines and never a placeholder', () => {
    for (const language of languages) {
      for (const kind of [...categories, 'check_in', 'support', 'fallback'] as const) {
        const text = safetyResponse(texts, kind, language, gb, 'Ana');
        expect(text, `${language} ${kind}`).not.toMatch(/\{\{\w+\}\}/);
        if (kind !== 'support') expect(text, `${language} ${kind}`).toMatch(/116 123|999/);
      }
    }
  });

  it('put the emergency number first for an overdose in progress, and read well without a name', () => {
    for (const language of languages) {
      const text = safetyResponse(texts, 'emergency', language, gb, undefined);
      const first = text.split('\n').find((l) => l.trim())!;
      expect(first, language).toContain('999');
      expect(text, language).toMatch(/^\p{Lu}/u);
    }
  });

  it('answer in the language of the message, or of the lexicon that matched when it is too short to tell', () => {
    expect(replyLanguage('ya no puedo más, quiero morirme', undefined)).toBe('es');
    expect(replyLanguage('je veux en finir avec tout ça', undefined)).toBe('fr');
    expect(replyLanguage('kms', 'en')).toBe('en');
    const detect = createDetector();
    const signal = detect('quiero morirme')!;
    expect(replyLanguage('quiero morirme', signal.language)).toBe('es');
  });
});
