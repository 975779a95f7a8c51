/** Phrases of one language and the English the offline companion's matchers read them as. */
export type Gloss = readonly (readonly [RegExp, string])[];

/** The months as the English matchers and chrono-node read them, January first. */
export const englishMonths = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
