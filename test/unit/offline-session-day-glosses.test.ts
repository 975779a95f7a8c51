import { describe, expect, it } from 'vitest';
import { glossTraced } from '../../src/assistant/providers/offline/gloss/index.ts';
import { onEve } from '../../src/assistant/providers/offline/session-reminder.ts';

/** The session's own day said in Spanish, French and German reaches the English "that day" / "the same morning". */
describe('a reminder on the session day, glossed', () => {
  it.each([
    ['fr', "Auriez-vous l'amabilité de me le rappeler le matin même, à huit heures ?", 'the same morning'],
    ['fr', 'rappelle-moi le jour même à 9h', 'that day'],
    ['de', 'erinnere mich am selben Morgen um 8', 'the same morning'],
    ['de', 'erinnere mich am gleichen Tag um 9', 'that day'],
    ['es', 'recuérdamelo esa misma mañana a las 8', 'the same morning'],
    ['es', 'recuérdamelo el mismo día a las 9', 'that day'],
  ] as const)('%s "%s" says %s', (lang, text, english) => {
    const glossed = glossTraced(text, lang).text;
    expect(glossed).toContain(english);
    expect(onEve(glossed)).toBe(true);
  });
});
