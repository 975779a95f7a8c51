/**
 * English as it is spoken in Scotland, Ireland, Australia and India, in the few words the
 * companion's matchers turn on, as the matchers read standard English: "the morra" (tomorrow),
 * "could ye mind me at 8" (remind me), "fae before" (from before), "a yarn with someone" (a talk),
 * "prepone my session" (move it earlier). Words only, never a whole sentence: what the user asked
 * is still read by the same rules. The other languages' regional forms are in their glosses.
 */
const regional: readonly (readonly [RegExp, string])[] = [
  // Scots and Irish: "the morra", "the morrow" is tomorrow.
  [/\bthe morr?(?:a|ow)\b/gi, 'tomorrow'],
  // "Could ye mind me tonight", "mind me to ring": remind (not "never mind me").
  [
    /(?<!\bnever )(?<!\bnevermind )\bmind me (?=to\b|at\b|about\b|in\b|on\b|tonight\b|tomorrow\b|later\b|this\b|next\b)/gi,
    'remind me ',
  ],
  [/\b(?:ye|youse|yous)\b/gi, 'you'],
  [/\bfae\b/gi, 'from'],
  // Scots "tae" (to, too) and "ma" before what is one's own ("tae phone ma gran", "ma pal").
  [/\btae\b/gi, 'to'],
  [
    /\bma (?=(?:gran|granny|grandad|maw|da|dad|mum|maw|pal|pals|mate|wee|wife|man|sister|brother|bairns?|wean|weans|doctor|work|hoose|house|flat|meds|tablets)\b)/gi,
    'my ',
  ],
  [/\bnaw\b/gi, 'no'],
  // Australian: "a yarn with someone" is a talk with them.
  [/\b(?:have|had) a (?:bit of a )?yarn (?:with|to)\b/gi, 'talk to'],
  [/\byarn (?:with|to)\b/gi, 'talk to'],
  // Indian English: "prepone" is to move earlier.
  [/\bprepone\b/gi, 'move'],
];

/** The message with those regional words in standard English. */
export function standardEnglish(text: string): string {
  let out = text;
  for (const [said, standard] of regional) out = out.replace(said, standard);
  return out;
}
