/** Tool activity in words: what the small chips under a reply say. */
import { i18n } from '../i18n/index.ts';
import { toolWords } from '../ui/words.ts';

/** What the person asked for, in any of the client's languages: which calm places to say. */
const placeWords: [RegExp, 'cafes' | 'gyms' | 'food'][] = [
  [/caf[eé]|coffee|kaffee/i, 'cafes'],
  [/\bgyms?\b|workout|fitness|gimnasio|salle de sport/i, 'gyms'],
  [/food|eat|nutrition|lunch|comer|comida|manger|essen/i, 'food'],
];

/** "Searching calm cafés…" when the user asked for cafés. */
export function chipLabel(name: string, status: 'started' | 'done' | 'failed', askedFor = ''): string {
  if (name === 'search_locations' && status === 'started') {
    const kind = placeWords.find(([re]) => re.test(askedFor))?.[1];
    if (kind) return i18n().m.tools.searchingKind[kind];
  }
  return toolWords(name, status);
}
