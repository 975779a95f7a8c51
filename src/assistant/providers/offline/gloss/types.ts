/** Phrases of one language and the English the offline companion's matchers read them as. */
export type Gloss = readonly (readonly [RegExp, string])[];
