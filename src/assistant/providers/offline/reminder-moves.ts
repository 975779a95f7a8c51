import type { ToolOutcome } from '../../tools/registry.ts';
import { reminderSet } from './chat.ts';
import {
  askToConfirm,
  call,
  type Flow,
  failureSaid,
  lastOutcome,
  type Move,
  proposalOf,
  resultOf,
} from './flow.ts';
import { wordsOf } from './i18n/index.ts';
import type { Memory } from './memory.ts';
import { fold } from './names.ts';
import { pick } from './say.ts';
import { changeWhen, hoursAsDigits, numberWords, parseWhen } from './when.ts';
import { pickIn, tidy } from './words.ts';

/**
 * A reminder already set, moved or cancelled by chat (issue 16): "change my reminder to 10",
 * "move that reminder to thursday", "cancel the doctor one", and, right after one was set,
 * "actually make it 10", "wait no 8pm", "push it back an hour", "cancel it". The new time keeps
 * what the message does not change (the day for "make it 10", the time for "to thursday").
 */

export interface ReminderChange {
  kind: 'move' | 'cancel';
}

type Known = { id: string; title: string; at: string; when?: string };

/** "my reminder", "that reminder", "the reminder for 6pm", "reminders". */
const aReminder =
  /\b(?:my|the|that|this|those|these|your|both|all) (?:\w+ ){0,2}reminders?\b|\breminders?\b$/;
const cancelling =
  /\b(?:cancel|delete|remove|drop|scrap|clear|turn off|switch off|get rid of|stop|undo)\b|\b(?:don'?t|do not|no longer) (?:need|want)\b|\bnot needed\b/;
const moving =
  /\b(?:change|move|push|shift|reschedule|update|set|make|bring|put|delay|postpone)\b|\b(?:to|for|at) \d|\b(?:earlier|later)\b/;
/** Asking for a new reminder, not changing one: "remind me…", "set a reminder to…". */
const newOne = /\bremind me\b|\b(?:set|add|make|create) (?:a|me a|another|one more|new) reminder\b/;
/** Words of another request: a reminder follow-up never swallows these. */
const otherRequest =
  /\b(?:book|session|mentor|find|search|show|check(?: me)? in|streak|rewards?|mood|breath\w*|level|gym|cafe|coffee)\b/;
/** "actually make it 10", "can you change it to 10:45", "push it back an hour". */
const changeLead =
  /^(?:(?:actually|wait|no|nah|hmm|oh|och|ugh|oops|sorry|ok|okay|um|so|and|better|rather|instead|maybe),?\s+)*(?:(?:can|could) (?:you|we|u) |please |pls )?(?:make (?:it|that)|change (?:it|that)|move (?:it|that)|push (?:it|that)|bring it|shift it|set it|put it|switch it|do it)\b/;
/** "hmm better make it 6", "got the day wrong, move it to wednesday": the same, later in the message. */
const changeInside =
  /\b(?:make (?:it|that)|change (?:it|that)|move (?:it|that)|push (?:it|that)|bring it|shift it|put it) (?:to |for |at |back |forward |earlier |later |\d|an? |half |tomorrow|tonight|today|(?:mon|tue|wed|thu|fri|sat|sun))/;
/** "wait no 8pm", "actually 10", "tomorrow at 9 instead". */
const justATime =
  /^(?:(?:actually|wait|no|nah|hmm|oh|och|oops|sorry|ok|okay|um|so|or|better|rather|sorry i meant|i meant|i mean),?\s+)*(?:at |for |to )?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|(?:half|quarter) (?:past |to )?\d{1,2}|noon|midday|(?:tomorrow|tmrw|tonight|today|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)(?: (?:at )?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?)(?: instead| then| please| pls)?(?:,? (?:my bad|sorry|lol|haha|thanks|thx|cheers))*[\s.!?]*$/;
/** "actually an hour", "no, 30 mins": a lapse from now, said alone. */
const justALapse =
  /^(?:(?:actually|wait|no|nah|hmm|oh|ok|okay|sorry|better|rather|make it|make that),?\s+)*(?:in\s+)?(?:\d{1,3}|an?|one|two|three|half an)\s*(?:hours?|hrs?|h|minutes?|mins?)(?: instead| then| from now)?[\s.!?]*$/;
/** "cancel it", "scratch that", "delete that one". */
const dropThat =
  /^(?:(?:actually|wait|no|nah|hmm|oh|och|ugh|oops|ok|okay|and|nvm|never mind),?\s+)*(?:(?:can|could) (?:you|u) |please |pls )?(?:cancel|delete|remove|scratch|undo|drop)(?: (?:it|that|this|that one|this one))?\b/;

/** What the message does to a reminder, read against the last turn's (memory); undefined: nothing. */
export function reminderChangeIn(raw: string, memory: Memory): ReminderChange | undefined {
  // "Make it seventeen hundred", "quarter to ten": hours said in words read as digits.
  const t = hoursAsDigits(tidy(raw));
  if (memory.awaiting === 'reminder_choice' && memory.reminders?.length && !otherRequest.test(t)) {
    return { kind: memory.reminderChange ?? 'move' };
  }
  if (
    memory.awaiting === 'reminder_new_time' &&
    memory.lastReminder &&
    !otherRequest.test(t) &&
    !newOne.test(t)
  ) {
    return cancelling.test(t) ? { kind: 'cancel' } : { kind: 'move' };
  }
  // "Actually don't remind me", "remind me at 6 instead": the one just set, not a new one.
  if (memory.lastReminder && /\b(?:don'?t|do not|no need to|stop) remind(?:ing)? me\b/.test(t))
    return { kind: 'cancel' };
  if (
    memory.lastReminder &&
    /\bremind me\b.*\binstead\b/.test(t) &&
    !/\b(?:to|about) \w+ \w+.*\binstead\b/.test(t)
  )
    return { kind: 'move' };
  if (newOne.test(t)) return undefined;
  if (aReminder.test(t)) {
    if (cancelling.test(t)) return { kind: 'cancel' };
    if (moving.test(t)) return { kind: 'move' };
  }
  // Right after a reminder was set or moved: a change to it, if the message is nothing else.
  if (!memory.lastReminder || otherRequest.test(t)) return undefined;
  // "Scratch that, make it 5" moves it; "scratch that" alone drops it.
  const changed = changeLead.test(t) || changeInside.test(t);
  if (!changed && (dropThat.test(t) || (cancelling.test(t) && /\b(?:it|that|one)\b/.test(t))))
    return { kind: 'cancel' };
  if (changeLead.test(t) || justATime.test(t) || changeInside.test(t) || justALapse.test(t))
    return { kind: 'move' };
  return undefined;
}

/** Words too common to tell reminders apart by. */
const common = new Set(
  (
    'the and for you your with that this from have about then them they call back make take some ' +
    'get got put out off all any can now not too its one two new old'
  ).split(' '),
);

/** The reminders whose titles the message names ("cancel the doctor one"). */
export function namedIn<T extends { title: string }>(text: string, reminders: readonly T[]): T[] {
  const said = ` ${fold(text)} `;
  return reminders.filter((r) =>
    fold(r.title)
      .split(' ')
      .some((w) => w.length >= 3 && !common.has(w) && said.includes(` ${w}`)),
  );
}

/** A new time for a reminder at `previous`: "make it 3 hours" counts from now, the rest as changeWhen. */
export function newTimeOf(
  text: string,
  previous: Date,
  now: Date,
  timeZone: string,
): { at?: Date; past?: boolean } | undefined {
  const t = tidy(text);
  const rel =
    /(?:\b(?:make it|make that|change it to|in|to)\s+|^(?:(?:actually|wait|no|nah|hmm|oh|ok|okay|sorry),?\s+)*)(\d{1,3}|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty-five|half an)\s*(hours?|hrs?|h|minutes?|mins?)\b(?!\s*(?:later|earlier|before|after|back|forward|sooner))/.exec(
      t,
    );
  if (rel) {
    const n = rel[1] === 'half an' ? 0.5 : (numberWords[rel[1]!] ?? Number(rel[1]));
    return { at: new Date(now.getTime() + n * (rel[2]!.startsWith('h') ? 3600_000 : 60_000)) };
  }
  // "Make that 40" after "in 20 min": a number no clock shows is minutes from now.
  const minutesOnly =
    /^(?:(?:actually|no|ok|okay|hmm),?\s+)*(?:make (?:it|that)|change (?:it|that) to|do)\s+(\d{2,3})(?:\s*instead)?[\s.!?]*$/.exec(
      t,
    );
  if (minutesOnly && Number(minutesOnly[1]) > 24)
    return { at: new Date(now.getTime() + Number(minutesOnly[1]) * 60_000) };
  const when = changeWhen(text, previous, now, timeZone);
  if (!when) return undefined;
  return when.past ? { past: true } : when.at ? { at: when.at } : undefined;
}

/** The reminder the message means among those known, or why not one. */
function target(f: Flow, known: Known[]): Known | 'ask' | 'none' {
  if (known.length === 0) return 'none';
  const t = tidy(f.facts.text);
  const pickd = pickIn(t);
  if (pickd.index !== undefined && f.memory.awaiting === 'reminder_choice') {
    const one = pickd.index < 0 ? known.at(-1) : known[pickd.index];
    if (one) return one;
  }
  const named = namedIn(t, known);
  if (named.length === 1) return named[0]!;
  if (known.length === 1) return known[0]!;
  return 'ask';
}

/** Moves or cancels the reminder the message means: the one just set, or one looked up. */
export function changeReminder(f: Flow, change: ReminderChange): Move {
  const tool = change.kind === 'move' ? 'update_reminder' : 'cancel_reminder';
  const done = lastOutcome(f, tool);
  if (done) return reminderChanged(f, done);
  const w = wordsOf(f).moves;
  const last = f.memory.lastReminder;
  const t = tidy(f.facts.text);
  let known: Known[] | undefined;
  if (f.memory.awaiting === 'reminder_choice' && f.memory.reminders?.length) known = f.memory.reminders;
  // The one just set, unless the message names another ("cancel the doctor one", "my reminder to call mum").
  else if (
    last &&
    (namedIn(t, [last]).length === 1 ||
      !/\breminders? (?:to|about|for) (?!\d)[a-z]+|\b(?:the|my) (?!reminder)[a-z]+ (?:one|reminder)\b/.test(
        t,
      ))
  )
    known = [last];
  if (!known) {
    const listed = lastOutcome(f, 'list_my_reminders');
    if (!listed) return call('list_my_reminders', { limit: 10 });
    if (!listed.ok) return { say: w.reminderFailed({ name: f.name, error: failureSaid(f, listed.error) }) };
    known = resultOf<{ reminders: Known[] }>(listed).reminders;
  }
  const one = target(f, known);
  if (one === 'none') return { say: w.noReminders(f) };
  if (one === 'ask') {
    return {
      say: `${w.whichReminder}\n${known.map((r, i) => w.reminderLine({ n: i + 1, title: r.title, when: whenOf(f, r) })).join('\n')}`,
      memory: { awaiting: 'reminder_choice', reminders: known, reminderChange: change.kind },
    };
  }
  if (change.kind === 'cancel') return call('cancel_reminder', { reminderId: one.id });
  const to = newTimeOf(f.facts.text, new Date(one.at), f.facts.now, f.facts.timeZone);
  if (to?.past)
    return { say: w.reminderPast(f), memory: { awaiting: 'reminder_new_time', lastReminder: one } };
  if (!to?.at) {
    return {
      say: w.reminderWhen({ title: one.title }),
      memory: { awaiting: 'reminder_new_time', lastReminder: one },
    };
  }
  return call('update_reminder', { reminderId: one.id, at: to.at.toISOString() });
}

/** A reminder's time as the list shows it: the server's words when it wrote them. */
const whenOf = (f: Flow, r: Known): string =>
  r.when ?? new Date(r.at).toLocaleString('en-GB', { timeZone: f.facts.timeZone });

/** What became of a move or a cancellation: done, refused, or proposed. */
export function reminderChanged(f: Flow, done: ToolOutcome): Move {
  const proposed = proposalOf(done);
  const w = wordsOf(f).moves;
  const input = (done.input ?? {}) as { reminderId?: string };
  if (proposed) {
    // Kept, so "make it 9 instead" changes the proposal and "yes" confirms it.
    const listed = lastOutcome(f, 'list_my_reminders');
    const r = [
      f.memory.lastReminder,
      ...(f.memory.reminders ?? []),
      ...(listed?.ok ? resultOf<{ reminders: Known[] }>(listed).reminders : []),
    ].find((x) => x?.id === input.reminderId);
    return { ...askToConfirm(f, proposed), ...(r ? { memory: { lastReminder: r } } : {}) };
  }
  if (!done.ok) return { say: w.reminderFailed({ name: f.name, error: failureSaid(f, done.error) }) };
  const r = resultOf<{ reminderId: string; title: string; when: string; at?: string }>(done);
  if (done.name === 'cancel_reminder') {
    const at = r.at ?? (f.memory.lastReminder?.id === r.reminderId ? f.memory.lastReminder.at : undefined);
    return {
      say: w.reminderCancelled({ name: f.name, title: r.title, when: r.when }),
      memory: { droppedReminder: { title: r.title, ...(at ? { at } : {}) } },
    };
  }
  return {
    say: pick(f.seed, w.reminderMoved)({ name: f.name, title: r.title, when: r.when }),
    ...(r.at ? { memory: { lastReminder: { id: r.reminderId, title: r.title, at: r.at } } } : {}),
  };
}

/** "Put it back", "set it again at 11", "undo that": the reminder just cancelled, set anew. */
const putBack =
  /\b(?:put (?:it|that|the reminder) back|bring (?:it|that|the reminder) back|set (?:it|that|the reminder) (?:again|back)|restore (?:it|that|the reminder)|(?:add|make) (?:it|that) again|undo (?:that|it|the cancel\w*)|i (?:do )?(?:still )?(?:need|want) (?:it|that|the reminder) (?:after all|again|back))\b/;

/** The reminder just cancelled, set again at the time said or its own: undefined when none was. */
export function reminderBack(f: Flow): Move | undefined {
  const dropped = f.memory.droppedReminder;
  if (!dropped || !putBack.test(tidy(f.facts.text))) return undefined;
  const done = lastOutcome(f, 'create_reminder');
  if (done) return reminderSet(f, done);
  const said = parseWhen(f.facts.text, f.facts.now, f.facts.timeZone);
  const at = said.at ?? (dropped.at ? new Date(dropped.at) : undefined);
  if (said.past || !at || at <= f.facts.now)
    return {
      say: wordsOf(f).booking.pastChange(f),
      memory: { awaiting: 'reminder_time', reminder: dropped.title },
    };
  return call('create_reminder', { title: dropped.title, at: at.toISOString() });
}
