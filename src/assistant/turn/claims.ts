import type { ToolOutcome } from '../tools/registry.ts';
import { clip } from '../tools/views.ts';
import { normalise, phraseMatcher } from './consent.ts';

/**
 * The model's words are not the record. When a turn proposes a write instead of doing it, or a
 * write fails, the server says so in its own line, and sentences in which the model claims that
 * action was done ("I've booked it", "reserva hecha", "ist gebucht") are left out. Deterministic:
 * phrase lists per action and language, lower case without accents.
 */

const WRITES = ['check_in', 'create_reminder', 'book_mentor_session', 'cancel_mentor_session'] as const;
type Write = (typeof WRITES)[number];

const CLAIMS: Record<Write, readonly string[]> = {
  check_in: [
    ...['checked in', 'checked you in', 'check-in done', 'check-in is done', 'registrado', 'registrada'],
    ...['te registre', 'enregistre', 'enregistree', 'eingecheckt', 'check-in feito', 'fiz o seu check-in'],
    ...['registrei', 'registrato', 'registrata', 'fatto il check-in'],
  ],
  create_reminder: [
    ...['reminder set', 'reminder is set', "i'll remind you", 'i will remind you', 'set a reminder'],
    ...['set your reminder', 'set the reminder', 'reminder created', 'reminder scheduled', 'reminder sent'],
    ...[
      'te recordare',
      'recordatorio creado',
      'recordatorio listo',
      'je te rappellerai',
      'je vous rappellerai',
    ],
    ...['rappel cree', 'rappel programme', 'ich erinnere dich', 'erinnerung gesetzt', 'erinnerung erstellt'],
    ...['vou te lembrar', 'lembrete criado', 'lembrete definido', 'ti ricordero', 'promemoria impostato'],
    ...['promemoria creato'],
  ],
  book_mentor_session: [
    ...['booked', 'scheduled your', "you're all set", 'booking is confirmed', 'booking confirmed'],
    ...['reservado', 'reservada', 'agendado', 'agendada', 'reservee', 'gebucht', 'reservei'],
    ...['agendei', 'prenotato', 'prenotata', 'ho prenotato'],
  ],
  cancel_mentor_session: [
    ...['cancelled', 'canceled', 'cancelado', 'cancelada', 'cancele', 'annule', 'annulee', 'storniert'],
    ...['abgesagt', 'cancelei', 'cancellato', 'cancellata', 'annullato', 'annullata'],
  ],
};

/** Words that make a sentence not a claim of something done: negation, conditions, the future. */
const NOT_DONE =
  /(?:^|[^a-z'])(?:not|no|never|yet|once|if|when|after|until|unless|would|could|can|shall|should|will be|want|pas|nicht|noch|nao|non|ainda|aun|todavia|cuando|quand|wenn|quando)(?=$|[^a-z'])|n't/;

const claimRe = Object.fromEntries(WRITES.map((w) => [w, phraseMatcher(CLAIMS[w])])) as Record<Write, RegExp>;

/** The write a sentence says was done, if any. */
export function claimIn(sentence: string): Write | undefined {
  const t = normalise(sentence);
  if (sentence.trim().endsWith('?') || NOT_DONE.test(t)) return undefined;
  return WRITES.find((w) => claimRe[w].test(t));
}

const isWrite = (o: ToolOutcome) => o.sideEffect === 'write' || o.sideEffect === 'confirm';

/** Whether a write was proposed or failed this turn: then unbacked claims are dropped. */
export const unsettled = (outcomes: ToolOutcome[], proposed: boolean): boolean =>
  proposed || outcomes.some((o) => isWrite(o) && !o.ok);

/** The writes carried out this turn (a proposal's dry run does not count). */
export const done = (outcomes: ToolOutcome[]): Set<string> =>
  new Set(outcomes.filter((o) => isWrite(o) && o.ok && !isProposal(o)).map((o) => o.name));

const isProposal = (o: ToolOutcome) => (o.result as { proposed?: boolean } | undefined)?.proposed === true;

/** Failures the model did not cause by mistyping: the verb ran and refused, or broke. */
const MODEL_SLIPS = new Set(['invalid_arguments', 'unknown_tool', 'one_at_a_time']);

/** The server's own line for a tool round: what was proposed, or what did not go through. */
export function recordLine(round: ToolOutcome[], summary: string | undefined): string | undefined {
  if (summary && round.some(isProposal)) return `Not done yet — please confirm: ${summary}.`;
  const failed = round.find((o) => isWrite(o) && !o.ok && !MODEL_SLIPS.has(o.error?.code ?? ''));
  if (!failed) return undefined;
  const reason =
    failed.error?.code === 'internal'
      ? 'something went wrong on our side'
      : (clip(failed.error?.message, 200) ?? 'it was refused').replace(/[.!]+$/, '');
  return `That didn't go through: ${reason}.`;
}

/**
 * Streams the model's words sentence by sentence. A sentence that claims a write is held, with
 * everything after it, until the turn ends; `finish` then lets it through or leaves it out.
 */
export function createClaimGate(emit: (s: string) => void, tail: () => string) {
  let pending = '';
  const held: { text: string; claim: Write | undefined }[] = [];

  const take = (sentence: string) => {
    const claim = claimIn(sentence);
    if (held.length || claim) held.push({ text: sentence, claim });
    else emit(sentence);
  };
  const sentences = () => {
    for (let m = /[.!?…]+["')\]*_]*\s+|\n+/.exec(pending); m; m = /[.!?…]+["')\]*_]*\s+|\n+/.exec(pending)) {
      const end = m.index + m[0].length;
      take(pending.slice(0, end));
      pending = pending.slice(end);
    }
  };

  return {
    /** Model text, as it streams. */
    write(s: string) {
      pending += s;
      sentences();
    },
    /** The step's text ended: its last sentence is complete. */
    endStep() {
      if (pending) take(pending);
      pending = '';
    },
    /** Text written but not yet emitted, for paragraph breaks. */
    waiting: () => held.map((h) => h.text).join('') + pending,
    /** Lets held sentences through, leaving out claims of writes that were not done. */
    finish(keep: (claim: Write) => boolean) {
      this.endStep();
      let out = held
        .filter((h) => !h.claim || keep(h.claim))
        .map((h) => h.text)
        .join('');
      held.length = 0;
      const before = tail();
      // A server line was emitted in between: start a paragraph rather than run on.
      if (out.trim() && before && !/\s$/.test(before) && !/^\s/.test(out)) out = `\n\n${out}`;
      if (!out.trim()) out = '';
      emit(out);
    },
  };
}
