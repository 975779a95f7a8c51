import { foldText } from '../../domain/text.ts';
import type { Exchange, StoredMessage } from '../memory/history.ts';

/**
 * A proposed write (booking, cancelling, or a check-in or reminder the user did not plainly ask
 * for) happens only after the user agreed to that exact proposal: the turn that proposes stores it
 * with its reply; the user's next message (or chat:confirm) decides.
 * A proposal is open only while its reply is the latest thing the assistant said, only for a
 * message sent after the user could read it, and only until it expires.
 */

const yes =
  /^(?:y|ya|yes|yeah|yep|yup|sure|ok|okay|k|alright|all right|please|please do|yes please|go ahead|go for it|do it|sounds good|perfect|great|confirm|confirmed|i confirm|that works|that's fine|thats fine|fine|absolutely|definitely|let's do it|lets do it|correct|that's right|thats right)(?:[\s,!.]+(?:please|thanks|thank you|do it|go ahead|that works|sounds good|perfect|great|yes|that's right|thats right|correct|exactly))*[\s!.]*$/;

/** What may open a yes that names the act: "ok", "right", "fine then", "alright, book it". */
const yesLead = String.raw`(?:(?:yes|yeah|yep|ok|okay|sure|right|fine|alright|all right|great|perfect|lovely|cool)(?: then)?[\s,!.]+)*`;
/** A yes that names the act: its lead, the act's words, and thanks after. */
const named = (act: string) =>
  new RegExp(`^${yesLead}(?:please )?(?:${act})(?:[\\s,!.]+(?:please|thanks|thank you))*[\\s!.]*$`);
/** Saying yes by naming the action: only counts for that action ("cancel it" never books). */
const namedYes: Record<string, RegExp> = {
  book_mentor_session: named(
    'book (?:it|that|that one|me in|the session|him|her|them)|go ahead and book(?: it)?',
  ),
  check_in: named('check (?:me )?in(?: there)?|go ahead and check me in'),
  create_reminder: named('set it|remind me|send it|go ahead and (?:set|send) it'),
  cancel_mentor_session: named(
    'cancel (?:it|that|that one|the session|my session)|go ahead and cancel(?: it)?',
  ),
};

const no =
  // A bare "n" is a no; French "n'importe quand" (any time) is not.
  /^(?:n(?!')|no|nope|nah|no thanks|no thank you|don't|dont|do not|cancel|stop|never mind|nevermind|not now|maybe later|wait|hold on|not yet|no don't|no dont|non|nan|pas maintenant|pas encore|plus tard|laisse tomber|nein|nee|ne|jetzt nicht|noch nicht|lieber nicht|spater|ahora no|mejor no|todavia no|despues)(?:\b.*)?$/;

const tidy = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ,!.]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Words of a yes in the languages the companion answers in, as people type them ("yess", "yes
 * pls", "ok sure", "brilliant, yes", "vale", "ouais", "passt"); and words that may stand beside
 * them without changing the answer ("please", "thanks", "it", "that"). A message of these words
 * only, with at least one yes, is a yes.
 */
const YES_WORDS = new Set(
  (
    'y ya yes yess yesss yeah yea yep yup yas sure ok okay k kk alright confirm confirmed absolutely definitely ' +
    'correct exactly perfect great brilliant lovely awesome cool fine good excellent fab nice ' +
    'si sip vale claro dale perfecto bueno listo genial oui ouais ouep ouaip daccord parfait nickel ' +
    'carrement bon ja jo jap jep jup genau gerne klar passt super perfekt prima jawohl ' +
    'yh venga okey oki seguro obvio confirmo confirma volontiers gut entendu einverstanden ' +
    'gern gaern garn sicher freilich logo jawoll aye bet deal sale andale simon joya buenisimo go ' +
    'confirmalo confirmala confirme confirmez confirmer bestatige bestaetige bestatigt ' +
    'confirmado confirmada confirmar valide bestatigen bestaetigen reservalo reservelo reservela ' +
    "confirmelo confirmela agendelo agendela adelante bestatig bestatig's bestatigs bestaetig " +
    // Formal and regional ("that would be splendid", Irish "deadly", "grand").
    'splendid marvellous marvelous wonderful deadly grand absolument exact tiguidou ' +
    // South African and Welsh ("ja, lekker", "lush").
    'lekker lush shot ' +
    // Formal "please proceed", German "jetzt passt's".
    "proceed passt's passts procede proceda procedez procedamos fortfahren " +
    // Mexican, Chilean and Rioplatense ("órale", "sí po", "hacelo", "bacán").
    'top ouin orale chevere bacan hagalo hacelo reservamela reservamelo confirmamela confirmamelo agendamela agendamelo sii'
  ).split(' '),
);
const ALONGSIDE = new Set(
  (
    'please pls plz thanks thank you thx ty do it that this one go ahead for me with the booking session ' +
    'stp svp dann alors entonces po pues nomas comme ca dir doch mir des eh lieben wir machen wirs war toll lieb ihn ruhig scho ' +
    "sounds works that works is right lets let us book in confirm and just then so yes sure thats that's it's its " +
    'por favor porfa porfis gracias hazlo de acuerdo merci s il te plait vas y ca marche bitte danke mach das ' +
    "it go ahead c'est cest xfa plis porfavor klingt pour moi mach ma mal so vielmal va pues " +
    // Hyphens are word breaks here ("rendez-vous", "celle-là"): the parts are listed.
    'la sesion cita termin sitzung seance rendez vous ' +
    // Politeness and pointing, in the four languages ("thank you so much", "de verdad", "je vous
    // remercie de bien vouloir", "danke vielmals", "buchen Sie das", "celle-là", "final answer").
    'right much very final answer one ese esa eso esta este usted ustedes de verdad muchas muchisimas ' +
    'celle celui je pouvez peux bien vouloir remercie beaucoup tres ' +
    'vielmals vielen sie das ist gut bitte schon scho ' +
    // Apologies and formal thanks beside a yes ("yes, sorry, go ahead", "se lo agradezco
    // muchísimo", "je vous en prie", "haben Sie vielen Dank", Belgian "vas-y une fois").
    'sorry apologies hassle bother trouble faff fuss mixup confusion would be indeed kind kindly dear senor senora se lo le agradezco ' +
    'a bunch lot heaps loads cheers all ' +
    // German "ja, nimm das", "den nehm ich".
    'nimm nehm nehme nehmen den ich ' +
    'mucho muchisimo infiniment en prie une fois haben dank ' +
    // Spanish "sí, venga, arreando" (let's go), Rioplatense "sí, re bien".
    'arreando re bien ' +
    // French formal and regional ("oui, allez-y", "oui s'il vous plaît", "faites donc", "oui madame",
    // "c'est très aimable", Québec "merci ben").
    "allez vous s'il faites donc madame monsieur aimable gentil etes ben ce sera " +
    // French asides and apologies beside a yes ("ah ok, oui", "oui, merci, et encore pardon").
    'ah oh et encore pardon desole desolee excuse excusez ' +
    // "Yes, now it works", "jetzt passt's".
    'now jetzt'
  ).split(' '),
);

/**
 * Yeses said in several words, folded ("ça marche", "d'acc", "me parece bien", "geht klar",
 * "works for me"): read as one yes word.
 */
/** "No worries", "pas de souci", "kein Problem": a yes in the words of a no. */
const noBother =
  /\b(?:no (?:worries|problem|probs?|dramas|bother|hay problema|pasa nada)|not a problem|sin problema|pas de (?:soucis?|probleme)|kein problem|keine sorge)\b/g;

const yesPhrases =
  /\b(?:ca (?:marche|roule|me va)|c'?est (?:bon|parfait|ok|juste)|c bon|d'?acc?|too easy|ta bien|tout a fait|avec plaisir|je veux bien|ca joue|va pour|me parece bien|me vale|esta bien|de acuerdo|de una|geht klar|in ordnung|alles klar|passt (?:so|schon|eh)|na klar|sehr gerne?|works for me|go on(?: then)?|do the needful|(?:c'?est )?tout juste|let'?s go|sounds good|c'?est beau|bien sur|por supuesto|(?:claro|obvio|por supuesto) que si|como no|al tiro|va que va|me parece (?:genial|perfecto|bien|bacan|chevere)|ca me (?:va|convient)|on fait (?:ca|comme ca)|c'?est note|allons[ -]y|parfait comme ca|tu peux (?:reserver|y aller|confirmer))\b/g;

/**
 * Words that name the proposed act itself, in the four languages: beside a yes they keep it a yes
 * for that act only ("sí, cancélala", "ja, absagen", "oui, réserve"); for another act they are a
 * new request ("cancel" never books).
 */
const ACT_WORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    book_mentor_session:
      'book booking reserve reservez reserva reservala reservalo reservar réserve reserver buch buche buchen agendalo agendala agenda agendar',
    cancel_mentor_session:
      'cancel cancle cancela cancelala cancelalo canselala cancelela cancelelo cancelar anula anulala annule annulez annuler la le absagen sag ab storniere stornieren stornier losch loesch losche',
    check_in: 'check in checkin me fais le einchecken mich ein',
    create_reminder: 'set remind reminder recuerdamelo rappelle le erinnere erinner mich',
  }).map(([tool, words]) => [tool, new Set(words.split(' '))]),
);

/**
 * A plain yes to what was just proposed ("yes", "sure, go ahead", "book it" for a booking, "yep,
 * the Tom booking"): yes words, words that may stand beside them, the act's own words and the
 * words of the proposal's summary (the mentor's or the place's name).
 */
export const isAffirmative = (text: string, tool: string, summary = ''): boolean => {
  const t = tidy(text);
  if (yes.test(t) || (namedYes[tool]?.test(t) ?? false)) return true;
  const words = foldText(t)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(yesPhrases, ' yes ')
    .replace(noBother, ' yes ')
    .replace(/d'accord/g, 'daccord')
    .split(' ')
    .filter(Boolean);
  // Every word must be a yes or stand beside one, so a polite long yes ("Yes, that's right, please
  // go ahead and book it. Thank you so much.") is still one; past 14 words it is something else.
  if (words.length === 0 || words.length > 14) return false;
  for (const [other, acts] of Object.entries(ACT_WORDS)) {
    // Another act's own verb is a new request ("yes, and cancel Friday" is not a yes to a booking).
    if (other !== tool && words.some((w) => acts.has(w) && !ACT_WORDS[tool]?.has(w) && w.length > 3))
      return false;
  }
  const named = new Set(
    foldText(summary)
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3),
  );
  const beside = (w: string) => ALONGSIDE.has(w) || (ACT_WORDS[tool]?.has(w) ?? false) || named.has(w);
  return words.some((w) => YES_WORDS.has(w)) && words.every((w) => YES_WORDS.has(w) || beside(w));
};

/** Words that confirm whatever was proposed, in the four languages. */
const CONFIRM_WORDS = new Set(
  'confirm confirmed confirmo confirma confirmar confirme confirmer bestatige bestatigen'.split(' '),
);

/**
 * A yes that says what it agrees to ("ok fine, book it", "right, confirm it", "sí, resérvala"): a
 * yes that still answers a proposal after an aside ("before I say yes, what's in my diary?"),
 * where a bare "yes" could answer the aside's reply instead.
 */
export const isExplicitYes = (text: string, tool: string, summary = ''): boolean => {
  if (!isAffirmative(text, tool, summary)) return false;
  return foldText(tidy(text))
    .split(/[^\p{L}]+/u)
    .some((w) => w.length > 3 && (CONFIRM_WORDS.has(w) || (ACT_WORDS[tool]?.has(w) ?? false)));
};

/** A plain no ("no thanks", "not now", "wait"). */
/**
 * A no that goes on to change the proposal ("no wait, with Amara instead", "no, make it 4pm", "no,
 * the earlier time was fine").
 */
const butChange =
  /\b(?:instead|rather|make it|change it|move it|push it|how about|what about|the other|same time|i meant|i mean|can we do|(?:with|con|avec|mit|bei) [a-z]{3,}|mejor(?! no\b)|mas bien|en vez|en lugar|plutot|au lieu|lieber|stattdessen|(?:earlier|previous|original|first) (?:time|slot|hour)|hora (?:de antes|anterior)|heure d.?avant|(?:fruhere|vorherige|ursprungliche) (?:uhrzeit|zeit)|the [a-z]+ one)\b|\d/;

/** A plain no to what was just proposed; a no that changes it is a new request, not a refusal. */
export const isNegative = (text: string): boolean => {
  const t = foldText(tidy(text)).replace(noBother, 'fine');
  return no.test(t) && !butChange.test(t);
};

export interface OpenProposal {
  message: StoredMessage;
  proposal: NonNullable<NonNullable<StoredMessage['context']>['proposal']>;
}

/**
 * The proposal one exchange back, with an aside after it that proposed nothing ("book Lena
 * Wednesday 11am" → proposal; "what else is in my diary?" → the list; then "ok fine, book it").
 * Only an explicit yes (isExplicitYes) answers it.
 */
export function proposalBeforeAside(
  exchanges: Exchange[],
  currentId: string | undefined,
  now: Date,
): OpenProposal | undefined {
  const aside = exchanges.at(-1);
  if (!aside || aside.replies.some((r) => r.context?.proposal)) return undefined;
  // An aside leaves the proposal 'dropped'; one declined or confirmed there is settled.
  if (
    aside.replies.some((r) => r.context?.proposalOutcome && r.context.proposalOutcome.decision !== 'dropped')
  )
    return undefined;
  return openProposal(exchanges.slice(0, -1), currentId, now);
}

/** The proposal the user's current message may answer, if one is open. */
export function openProposal(
  exchanges: Exchange[],
  currentId: string | undefined,
  now: Date,
): OpenProposal | undefined {
  const last = exchanges.at(-1);
  const reply = last?.replies.at(-1);
  const proposal = reply?.context?.proposal;
  if (!reply || !proposal) return undefined;
  if (new Date(proposal.expiresAt) <= now) return undefined;
  // The user must have sent this after the proposal was stored (not while it was being written).
  if (currentId !== undefined && currentId < reply.id) return undefined;
  return { message: reply, proposal };
}
