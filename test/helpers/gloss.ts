import { glossTraced } from '../../src/assistant/providers/offline/gloss/index.ts';
import type { Memory } from '../../src/assistant/providers/offline/memory.ts';
import { understand } from '../../src/assistant/providers/offline/understand.ts';
import { changeWhen, parseWhen } from '../../src/assistant/providers/offline/when.ts';
import { localTime } from '../../src/domain/local-time.ts';

/**
 * What a gloss test reads of a message in one language: glossed, then read by the English intent
 * layer, its time read in London on Monday 6 May 2030, 09:00 (test/unit/offline-gloss-*.test.ts).
 */
export function glossReader(lang: 'es' | 'fr' | 'de') {
  const now = new Date('2030-05-06T08:00:00Z');
  const zone = 'Europe/London';
  const glossed = (text: string) => glossTraced(text, lang).text;
  return {
    now,
    zone,
    glossed,
    read: (text: string, memory: Memory = {}) => understand(glossed(text), memory),
    /** The time a message names: "Tue 7 May, 15:30", or 'day only', 'past', 'none'. */
    when: (text: string) => {
      const w = parseWhen(glossed(text), now, zone);
      return w.at ? localTime(w.at.toISOString(), zone) : w.dayOnly ? 'day only' : w.past ? 'past' : 'none';
    },
    /** The time a change of mind moves `previous` to, as "Fri 10 May, 17:00". */
    changed: (text: string, previous: Date) => {
      const w = changeWhen(glossed(text), previous, now, zone);
      return w?.at ? localTime(w.at.toISOString(), zone) : undefined;
    },
  };
}
