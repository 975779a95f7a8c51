/**
 * Language tags ("es-MX", "de_AT", "fr") read by their base language: plain code, no browser and
 * no catalogue, so the page, the service worker and the server choose a language the same way.
 */
export const baseOf = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The first of `tags`, most wanted first, whose base is one of `spoken`; undefined when none is. */
export function firstSpoken<L extends string>(tags: Iterable<string>, spoken: readonly L[]): L | undefined {
  for (const tag of tags) {
    const base = baseOf(tag);
    const found = spoken.find((l) => l === base);
    if (found) return found;
  }
  return undefined;
}
