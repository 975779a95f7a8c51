import Fuse from 'fuse.js';

/**
 * Which of a few named things (the places just listed, mentors found) a message mentions, as
 * people write names: any case, with or without accents and punctuation ("peaceful grounds cafe"
 * for "Peaceful Grounds Café"), with a typo ("tom whitacker"). fuse.js scores each name against
 * the message; the best one wins when it is clearly better than the next.
 */

/** Lower case, accents and punctuation folded away: "Café  Müller's" → "cafe mullers". */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Words of place names that say what a place is, not which: "the quiet one" or "a cafe" mentions no
 * place. A name is also mentioned by any other word of it of four letters or more ("whitaker",
 * "amara", "beans").
 */
const generic = new Set(
  'cafe coffee gym fitness studio kitchen house room bar bakery club centre center park shop the and with'.split(
    ' ',
  ),
);
const variantsOf = (name: string): string[] => {
  const folded = fold(name);
  const words = folded.split(' ').filter((w) => w.length >= 4 && !generic.has(w));
  return [folded.slice(0, 32), ...(folded.includes(' ') ? words : [])];
};

/** A score at or under this counts as a mention (0 is exact; fuse.js's default threshold is 0.6). */
const MENTION = 0.3;
/** A single word of a name this long or longer may be written with a slip. */
const SLIP_FROM = 6;
/** Two mentions closer than this are too close to choose between: ask. */
const MARGIN = 0.1;

/**
 * The items whose first word (a first name of three letters or more) the message says as written,
 * any case, with or without accents: "the one with Tom", "move Siobhan's session".
 */
export function byFirstName<T>(items: readonly T[], message: string, label: (item: T) => string): T[] {
  const said = ` ${fold(message)} `;
  return items.filter((item) => {
    const first = fold(label(item)).split(' ')[0] ?? '';
    return first.length >= 3 && said.includes(` ${first} `);
  });
}

export type Mention<T> = { match: T } | { ambiguous: [T, T] } | undefined;

/** The item whose name the message mentions (see above), the two it cannot choose between, or none. */
export function mentionedIn<T>(items: readonly T[], message: string, label: (item: T) => string): Mention<T> {
  const text = fold(message);
  if (!text) return undefined;
  // Bitap, fuse.js's matcher, compares at most 32 characters of a pattern: longer names are
  // matched by their first 32, which still tell a handful of candidates apart.
  const fuse = new Fuse([text], {
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: MENTION,
  });
  const said = new Set(text.split(' '));
  // One short word of a name is a mention only as written: a slip of one letter in four or five
  // is another word too often ("show" is not "Slow Pour", "lane" not "Lena").
  const scoreOf = (v: string) =>
    !v.includes(' ') && v.length < SLIP_FROM ? (said.has(v) ? 0 : 1) : (fuse.search(v)[0]?.score ?? 1);
  const scored = items
    .map((item) => ({ item, score: Math.min(...variantsOf(label(item)).map(scoreOf)) }))
    .filter((s) => s.score <= MENTION)
    .sort((a, b) => a.score - b.score);
  const [best, next] = scored;
  if (!best) return undefined;
  if (next && next.score - best.score < MARGIN) return { ambiguous: [best.item, next.item] };
  return { match: best.item };
}
