import type { ToolOutcome } from '../../tools/registry.ts';
import type { JourneySummary } from '../../tools/views.ts';
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
import { upperFirst } from './i18n/catalogue.ts';
import { milestoneTitle, wordsOf } from './i18n/index.ts';
import { inView } from './memory.ts';
import { pick, timeOfDayGreeting } from './say.ts';
import { eveOf, minutesBefore, onEve, sessionForReminder, withoutBefore } from './session-reminder.ts';
import type { Intent } from './understand.ts';
import { changeWhen, HOUR_WORDS, localDate, type ParsedWhen, parseWhen, zonedInstant } from './when.ts';
import { topicIn } from './words.ts';

/** Greetings, small talk, feelings, identity and "what can you do": answered warmly, no tools. */
export function smallTalk(f: Flow, intent: Intent): Move {
  const said = talk(f, intent);
  // "Honestly I don't sleep well" → "is there anyone who can help with that?": the topic kept.
  const topic = topicIn(f.facts.text.toLowerCase());
  const about = topic ? { specialization: topic } : {};
  // What was in view stays in view ("thanks" then "is it busy?").
  return 'say' in said ? { say: said.say, memory: { ...inView(f.memory), ...about, ...said.memory } } : said;
}

function talk(f: Flow, intent: Intent): Move {
  const v = { name: f.name };
  const s = f.seed;
  const c = wordsOf(f).chat;
  switch (intent.kind) {
    case 'greeting': {
      const hello = timeOfDayGreeting(wordsOf(f), localDate(f.facts.now, f.facts.timeZone).hour);
      return { say: pick(s, c.greeting)({ ...v, hello }) };
    }
    case 'thanks':
      return { say: pick(s, c.thanks)(v) };
    case 'ack':
      return { say: pick(s, wordsOf(f).moves.ack)(v) };
    case 'check_in_later':
      // "Tell me when you get there and I can check you in."
      return { say: wordsOf(f).places.outro[0]! };
    case 'bye':
      return { say: pick(s, c.bye)(v) };
    case 'how_are_you':
      return { say: pick(s, c.howAreYou)(v) };
    case 'identity':
      return { say: c.identity };
    case 'help':
      return { say: c.help };
    case 'feeling':
      return feeling(f, intent.feeling);
    default:
      return { say: pick(s, c.unknown)(v) };
  }
}

function feeling(f: Flow, word: string): Move {
  const c = wordsOf(f).chat;
  const v = { name: f.name, feeling: word };
  if (/anxious|nervous|stressed|overwhelmed|worried|scared/.test(word))
    return { say: pick(f.seed, c.anxious)(v) };
  if (/sad|low|down|lonely|tired|exhausted/.test(word)) return { say: c.low(v) };
  return { say: pick(f.seed, c.good)(v) };
}

/** Streak, level, milestones, progress. */
export function journey(f: Flow, focus: 'streak' | 'level' | 'milestones' | 'progress'): Move {
  const last = lastOutcome(f, 'get_journey');
  if (!last) return call('get_journey');
  const w = wordsOf(f);
  const c = w.journey;
  if (!last.ok) return { say: c.error(f) };
  const j = resultOf<JourneySummary>(last);
  const streak =
    j.currentStreak > 0
      ? c.streak({ days: j.currentStreak, best: j.longestStreak })
      : c.noStreak({ best: j.longestStreak });
  const level = c.level({ level: j.level, percent: j.completionPercentage, next: j.nextLevel?.level ?? 0 });
  const needs = j.nextLevel?.requirements.filter((r) => r.have < r.need) ?? [];
  const next = needs.length
    ? c.next({
        level: j.nextLevel!.level,
        needs: w.list({ items: needs.map((r) => c.more({ count: r.need - r.have, what: r.what })) }),
      })
    : '';
  const milestones = j.milestonesReached.length
    ? c.milestones({ list: w.list({ items: j.milestonesReached.map((t) => milestoneTitle(w, t)) }) })
    : c.firstMilestone;
  const total = c.total({ count: j.totalCheckIns });
  const parts =
    focus === 'streak'
      ? [streak, total]
      : focus === 'level'
        ? [level, next]
        : focus === 'milestones'
          ? [milestones, level]
          : [level, streak, next];
  const cheer = pick(f.seed, c.cheer)(f);
  return { say: [...parts.filter(Boolean), cheer].join(' ') };
}

interface RewardItem {
  title: string;
  partner?: string;
  expires?: string;
}

export function rewards(f: Flow): Move {
  const last = lastOutcome(f, 'list_rewards');
  if (!last) return call('list_rewards', { status: 'active', limit: 5 });
  const c = wordsOf(f).rewards;
  if (!last.ok) return { say: c.error(f) };
  const list = resultOf<{ rewards: RewardItem[] }>(last).rewards;
  if (list.length === 0) return { say: c.none(f) };
  return {
    say: `${c.header({ count: list.length })}\n${list
      .map((r) => c.item({ title: r.title, partner: r.partner ?? '', expires: r.expires ?? '' }))
      .join('\n')}\n${c.redeem}`,
  };
}

/**
 * The hour a reminder said with a day and a part of it takes ("tomorrow morning", "friday
 * evening"): 9:00, 15:00, 19:00, and 21:00 for the night. A time already gone stays unset, so the
 * user is asked.
 */
const partsOfDay: [RegExp, number][] = [
  [/\bmorning\b/, 9],
  [/\bafternoon\b/, 15],
  [/\bevening\b/, 19],
  [/\b(?:tonight|night)\b/, 21],
];
function withPartOfDay(text: string, when: ParsedWhen, f: Flow): ParsedWhen {
  if (!when.dayOnly || !when.day) return when;
  const t = text.toLowerCase();
  const hour = partsOfDay.find(([words]) => words.test(t))?.[1];
  if (hour === undefined) return when;
  const at = zonedInstant(when.day, hour, 0, f.facts.timeZone);
  return at > f.facts.now ? { ...when, at, dayOnly: false } : when;
}

/**
 * A time told by the end of the user's own day ("after work", "once I'm off", "when I get home"),
 * with no hour beside it.
 */
const hourNamed = new RegExp(`\\d|\\b(?:noon|midday|midnight|${HOUR_WORDS.slice(1).join('|')})\\b`);
const afterRoutine = (text: string): boolean => {
  const t = text.toLowerCase();
  return (
    /\b(?:after (?:work|school|class|uni|my shift)|once i(?:'?m| am)? (?:off|home|done)(?: work)?|when i (?:get|come) (?:home|back|off)|when i finish(?: work)?)\b/.test(
      t,
    ) && !hourNamed.test(t)
  );
};

/** "Remind me to drink water in 20 minutes". */
export function reminder(f: Flow, said: string | undefined): Move {
  const done = lastOutcome(f, 'create_reminder');
  if (done) return reminderSet(f, done);
  const c = wordsOf(f).reminder;
  // "Remind me an hour before (my session)", "the day before at 8pm": timed from the session in
  // view, or the next one.
  const before = minutesBefore(f.facts.text);
  if (before !== undefined || onEve(f.facts.text)) {
    const session = sessionForReminder(f);
    if (session && ('calls' in session || 'say' in session)) return session;
    if (session) {
      const at =
        before !== undefined
          ? new Date(new Date(session.at).getTime() - before * 60_000)
          : eveOf(f.facts.text, new Date(session.at), f.facts.now, f.facts.timeZone)!;
      const own = said ? withoutBefore(said) : '';
      const title =
        own.length >= 2 ? upperFirst(f.ungloss?.(own) ?? own) : wordsOf(f).moves.sessionSoon(session);
      if (at > f.facts.now)
        return call('create_reminder', {
          title: title.slice(0, 100),
          at: at.toISOString(),
          // Timed from the session: it moves with it.
          sessionId: session.id,
        });
      return { say: c.past({ name: f.name, what: '' }), memory: { awaiting: 'reminder_time' } };
    }
  }
  const what = said;
  // "And one tomorrow at the same time": the last reminder's hour on the day said.
  const last = f.memory.lastReminder?.at;
  const same =
    last && /\bsame (?:time|hour)\b/i.test(f.facts.text)
      ? changeWhen(f.facts.text, new Date(last), f.facts.now, f.facts.timeZone)
      : undefined;
  const when =
    same?.at || same?.past
      ? same
      : withPartOfDay(f.facts.text, parseWhen(f.facts.text, f.facts.now, f.facts.timeZone), f);
  // "Tonight after work": when work ends is the user's to say, never guessed for a reminder.
  if (what && afterRoutine(f.facts.text)) {
    return { say: c.when({ what }), memory: { awaiting: 'reminder_time', reminder: what } };
  }
  if (!what && !when.at) {
    return { say: c.ask(f), memory: { awaiting: 'reminder_time' } };
  }
  if (when.past) {
    return {
      say: c.past({ name: f.name, what: what ?? '' }),
      memory: { awaiting: 'reminder_time', ...(what ? { reminder: what } : {}) },
    };
  }
  if (!when.at) {
    return {
      say: c.when({ what: what ?? '' }),
      memory: { awaiting: 'reminder_time', ...(what ? { reminder: what } : {}) },
    };
  }
  const own = what ? (f.ungloss?.(what) ?? what) : undefined;
  const title = own ? own.charAt(0).toUpperCase() + own.slice(1) : c.defaultTitle;
  return call('create_reminder', {
    title: title.slice(0, 100),
    ...(when.now ? {} : { at: when.at.toISOString() }),
  });
}

/** What became of a reminder: set, sent, refused, or proposed. */
export function reminderSet(f: Flow, done: ToolOutcome): Move {
  const proposed = proposalOf(done);
  if (proposed) return askToConfirm(f, proposed);
  const w = wordsOf(f);
  const c = w.reminder;
  if (!done.ok) return { say: c.failed({ name: f.name, error: failureSaid(f, done.error) }) };
  const r = resultOf<{ reminderId: string; title: string; when: string; at?: string }>(done);
  const v = { name: f.name, title: r.title, when: r.when };
  if (r.when === 'now' || !r.at) return { say: c.sent(v) };
  // Kept for "actually make it 10" or "cancel that" in the next message.
  return {
    say: pick(f.seed, c.set)(v),
    memory: { lastReminder: { id: r.reminderId, title: r.title, at: r.at } },
  };
}
