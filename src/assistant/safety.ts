import { type CrisisCountry, fill, type Prompts } from './prompts.ts';

/**
 * The crisis check every user message passes before anything else. It is deliberately a list of
 * phrases and patterns, not a model: it answers in microseconds, the same way every time, when
 * the model, Redis or the database is down. It leans towards answering: a false alarm costs a
 * kind message with helplines; a miss could cost far more. Everyday idioms ("this café is killing
 * me", "I could murder a coffee", "I hurt myself at the gym") are kept out by shape, not by a
 * list of exceptions: the patterns need a first-person intent or a means to a fatal end.
 */

export type CrisisKind = 'suicide' | 'self_harm' | 'harm_to_others' | 'means';

export interface CrisisSignal {
  kind: CrisisKind;
}

const people =
  '(?:him|her|them|someone|somebody|anyone|everyone|everybody|people|that (?:guy|man|woman|person)|' +
  'my (?:boss|wife|husband|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|brother|sister|family|' +
  'neighbou?r|roommate|flatmate|housemate|co-?worker|colleague|ex|teacher|son|daughter|kids?|children|baby|friend))' +
  // "shoot him a text", "kill them with kindness", "hurt anyone's feelings" are not threats.
  "(?!'s| (?:a|an) (?:text|message|email|e-mail|line|note|dm|quick)| with kindness)";

const harmVerbs =
  '(?:kill|killing|murder|murdering|hurt|hurting|stab|stabbing|shoot|shooting|strangle|strangling|' +
  'attack|attacking|beat up|beating up|poison|poisoning)';

const intent =
  "(?:want(?:ed)? to|wanna|going to|gonna|'m going to|will|'ll|need to|have to|plan(?:ning)? to|" +
  'thinking (?:about|of)|think about|feel like|urge to|tempted to|could|might|should|about to|ready to|decided to)';

const patterns: [CrisisKind, RegExp][] = [
  // Suicide, said directly.
  ['suicide', /\b(?:kill(?:ing)?|killed) my ?self\b/],
  ['suicide', /\b(?:end|ending|take|taking|took) (?:my|my own) life\b/],
  ['suicide', /\bsuicid(?:e|al)\b/],
  ['suicide', /\b(?:want|wanna|wanting|wish|going|ready|deserve) (?:to )?die\b/],
  ['suicide', /\bfeel(?:ing)? like dying\b/],
  ['suicide', /\b(?:wish|wishing) (?:i|i'd) (?:was|were|had been) (?:dead|never born)\b/],
  ['suicide', /\bwish i'?d never been born\b/],
  ['suicide', /\bbetter off dead\b/],
  ['suicide', /\b(?:better off|happier) without me\b/],
  [
    'suicide',
    /\b(?:do ?n[o']?t|no longer|not) want to (?:live|be alive|exist|be here)(?: anymore| any more)?\b/,
  ],
  ['suicide', /\b(?:tired|sick) of (?:living|being alive|life)\b/],
  ['suicide', /\bhate being alive\b/],
  ['suicide', /\b(?:no|any) (?:reason|point) (?:to|in) (?:live|living|going on|being alive)\b/],
  ['suicide', /\b(?:life|living) (?:is|isn'?t|is not) (?:not )?worth (?:living|it)\b/],
  ['suicide', /\blife (?:is|feels) (?:pointless|meaningless|hopeless)\b/],
  ['suicide', /\bend(?:ing)? (?:it all|everything)\b/],
  [
    'suicide',
    /\b(?:want|going|gonna|plan|planning|ready|decided|time) to end (?:it|things)(?! with)(?:$|[.,!?;]| now| tonight| today| for good)/,
  ],
  ['suicide', /\bcan'?t go on(?:$|[.,!?;]| like this| anymore| any more| living| without)/],
  ['suicide', /\bcan'?t take (?:it|this|life) (?:anymore|any more)\b/],
  [
    'suicide',
    /\b(?:what'?s|what is) the point (?:of (?:living|life|going on|anything|being alive)|anymore|any more)\b/,
  ],
  [
    'suicide',
    /\b(?:don'?t|do not|can'?t|cannot) see (?:the|any|a) (?:point|way out)(?: anymore| any more| in anything)?\b/,
  ],
  ['suicide', /\bno way out\b/],
  ['suicide', /\b(?:want|need) (?:it|everything|the pain) (?:all )?to stop\b/],
  ['suicide', /\b(?:sleep|go to sleep) (?:forever|and never wake up|and not wake up)\b/],
  ['suicide', /\b(?:never|not) wake up again\b/],
  ['suicide', /\bdisappear (?:forever|for good)\b/],
  ['suicide', /\b(?:nobody|no one|no-one) (?:would|will) (?:miss|notice|care if) (?:me|i)\b/],
  ['suicide', /\bi'?m (?:just )?a burden\b/],
  ['suicide', /\b(?:said|saying) my goodbyes\b/],
  ['suicide', /\b(?:giving|gave) away (?:all )?my (?:things|stuff|belongings)\b/],
  ['suicide', /\b(?:won'?t|will not) be (?:here|around) (?:tomorrow|much longer|anymore|any more)\b/],
  ['suicide', /\bthis is (?:goodbye|my last message)\b/],
  ['suicide', /\b(?:suicide|goodbye) note\b/],
  ['suicide', /\bhang(?:ing)? my ?self\b/],
  ['suicide', /\bdone with (?:life|living|being alive)\b/],
  ['suicide', /\b(?:overdos(?:e|ed|ing)|o\.?d\.? on)\b/],
  // Self-harm.
  ['self_harm', /\bself[- ]?harm(?:ing)?\b/],
  ['self_harm', /\b(?:cutting|burning|harming|hurting|starving) my ?self\b/],
  ['self_harm', new RegExp(`\\b${intent} (?:cut|burn|harm|hurt|punish|starve) my ?self\\b`)],
  ['self_harm', /\b(?:cut|burned|burnt|harmed) my ?self (?:again|on purpose|deliberately)\b/],
  [
    'self_harm',
    /\b(?:started|start|keep|kept|been) (?:cutting|burning|hurting|harming) (?:my ?self|again)\b/,
  ],
  ['self_harm', /\b(?:slit|cut|slash) my (?:wrists?|arms?|thighs?)\b/],
  ['self_harm', /\brelapsed? (?:into|on) (?:cutting|self[- ]?harm)\b/],
  // Harm to others.
  ['harm_to_others', new RegExp(`\\b${intent} ${harmVerbs} ${people}\\b`)],
  ['harm_to_others', new RegExp(`\\b(?:kill|murder|stab|shoot|strangle|poison) ${people}\\b`)],
  [
    'harm_to_others',
    /\b(?:shoot|shooting) up (?:the|my|a) (?:school|office|place|gym|work|class|church|mall)\b/,
  ],
  ['harm_to_others', /\bmake (?:them|him|her|everyone) (?:all )?(?:pay|suffer) (?:with|in) blood\b/],
  ['harm_to_others', /\bbring a (?:gun|knife|weapon) to (?:school|work|the office|class|the gym)\b/],
  // Means: asking for a way to die, often after a loss, without saying why.
  ['means', /\b(?:tall|taller|tallest|high|higher|highest)(?: \w+){0,3} bridges?\b/],
  [
    'means',
    /\bbridges?\b.*\b(?:tall|taller|tallest|high|higher|highest|height|metres|meters|feet|ft|drop|jump)\b/,
  ],
  [
    'means',
    /\b(?:how many|how much|what number of) (?:\w+ )?(?:pills|tablets|paracetamol|tylenol|sleeping pills)\b/,
  ],
  ['means', /\b(?:lethal|fatal|deadly) (?:dose|amount|height|fall)\b/],
  ['means', /\bhow (?:high|far) (?:do you|would i|does one|to) (?:need to |have to )?(?:jump|fall)\b/],
  ['means', /\b(?:jump|jumping|throw myself) (?:off|from|in front of)\b/],
  ['means', /\b(?:roof(?:top)? access|tallest buildings?|highest (?:building|roof|cliff)s?)\b/],
  ['means', /\b(?:stockpil(?:e|ing)|saving up|hoarding) (?:my )?(?:pills|meds|medication|tablets)\b/],
  ['means', /\b(?:buy|get|find) (?:a )?(?:gun|rope|noose)\b.*\b(?:myself|end|die|tonight)\b/],
  ['means', /\bnoose\b/],
];

/** Lower case, straight apostrophes, one space: the form the patterns are written against. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\bi ?m\b/g, "i'm")
    .replace(/\b(do|does|did|can|could|would|wo|is|was)nt\b/g, "$1n't")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The crisis a message signals, if any. Pure and synchronous: no model, no I/O. */
export function detectCrisis(text: string): CrisisSignal | undefined {
  const normalized = normalize(text);
  for (const [kind, pattern] of patterns) {
    if (pattern.test(normalized)) return { kind };
  }
  return undefined;
}

const zoneCountries: [RegExp, CrisisCountry][] = [
  [/^(?:Europe\/(?:London|Belfast|Guernsey|Isle_of_Man|Jersey)|GB|GB-Eire)$/, 'UK'],
  [/^(?:Europe\/Dublin|Eire)$/, 'IE'],
  [/^(?:Australia\/.+|Antarctica\/Macquarie)$/, 'AU'],
  [
    /^(?:Canada\/.+|America\/(?:Toronto|Montreal|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Moncton|Glace_Bay|Goose_Bay|Whitehorse|Dawson|Dawson_Creek|Fort_Nelson|Creston|Iqaluit|Rankin_Inlet|Resolute|Cambridge_Bay|Inuvik|Yellowknife|Swift_Current|Thunder_Bay|Nipigon|Rainy_River|Atikokan|Blanc-Sablon|Pangnirtung))$/,
    'CA',
  ],
  [
    /^(?:US\/.+|America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Sitka|Yakutat|Nome|Metlakatla|Adak|Boise|Detroit|Menominee|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Indianapolis|Louisville|Puerto_Rico)|Pacific\/Honolulu|EST5EDT|CST6CDT|MST7MDT|PST8PDT)$/,
    'US',
  ],
];

/** The country whose crisis lines to show, from the user's IANA time zone ('general' when unknown). */
export function crisisCountryFor(timeZone: string | undefined): CrisisCountry {
  if (!timeZone) return 'general';
  for (const [pattern, country] of zoneCountries) if (pattern.test(timeZone)) return country;
  return 'general';
}

/** The crisis response for a user, with the lines of their country. */
export function crisisReply(prompts: Prompts, name: string | undefined, country: CrisisCountry): string {
  const reply = fill(prompts.crisis.reply, { lines: prompts.crisis.lines[country] });
  // Without a name the opening still reads naturally ("I'm really glad you told me").
  return name
    ? fill(reply, { name })
    : reply.replace(/^\{\{name\}\},\s*(\w)/, (_, c: string) => c.toUpperCase());
}
