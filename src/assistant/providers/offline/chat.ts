import type { ToolOutcome } from '../../tools/registry.ts';
import type { JourneySummary } from '../../tools/views.ts';
import { askToConfirm, call, type Flow, lastOutcome, type Move, proposalOf, resultOf } from './flow.ts';
import { capabilities, listJoin, pick, plural, timeOfDayGreeting } from './say.ts';
import type { Intent } from './understand.ts';
import { localDate, parseWhen } from './when.ts';

/** Greetings, small talk, feelings, identity and "what can you do": answered warmly, no tools. */
export function smallTalk(f: Flow, intent: Intent): Move {
  const n = f.name;
  const s = f.seed;
  switch (intent.kind) {
    case 'greeting': {
      const hello = timeOfDayGreeting(localDate(f.facts.now, f.facts.timeZone).hour);
      return {
        say: pick(s, [
          `${hello}, ${n}! How are you feeling today? I can find a quiet café or gym near you, check you in when you arrive, or book a session with a mentor.`,
          `${hello}, ${n} — good to see you. Want me to look for somewhere calm nearby, or see how your streak is doing?`,
          `Hi ${n}. I'm here whenever you need a calm spot, a check-in or someone to talk to. What would help today?`,
        ]),
      };
    }
    case 'thanks':
      return {
        say: pick(s, [
          `You're welcome, ${n}. I'm here if you need anything else.`,
          `Any time, ${n}.`,
          `Glad I could help, ${n}. One step at a time.`,
        ]),
      };
    case 'bye':
      return {
        say: pick(s, [
          `Take care, ${n}. I'm here whenever you want to find somewhere calm.`,
          `Bye for now, ${n} — be gentle with yourself today.`,
        ]),
      };
    case 'how_are_you':
      return {
        say: pick(s, [
          `I'm an AI, so I don't have good or bad days — but I'm here and ready to help, ${n}. How are you feeling?`,
          `All good on my side, thanks for asking, ${n}. More importantly: how are you today?`,
        ]),
      };
    case 'identity':
      return {
        say: `Yes — I'm an AI, not a person, and not a therapist. ${capabilities} For anything heavy, a real person (a friend, a mentor or a helpline) is the better listener.`,
      };
    case 'help':
      return {
        say: `${capabilities} Try "find a quiet café near me", "check me in at …", "what's my streak?" or "book a mentor for tomorrow at 3pm".`,
      };
    case 'feeling':
      return feeling(f, intent.feeling);
    default:
      return {
        say: pick(s, [
          `I'm not quite sure what you mean, ${n}. ${capabilities}`,
          `I'm sorry, ${n} — I didn't catch that. ${capabilities}`,
          `I'm not certain I understood, ${n}. ${capabilities} What would you like to do?`,
        ]),
      };
  }
}

function feeling(f: Flow, word: string): Move {
  const n = f.name;
  if (/anxious|nervous|stressed|overwhelmed|worried|scared/.test(word)) {
    return {
      say: pick(f.seed, [
        `That sounds hard, ${n}. It's okay to take things slowly. Would a quiet place help? I can look for calm cafés or beginner-friendly gyms near you, or find a mentor who understands.`,
        `Thank you for telling me, ${n}. Feeling ${word} is tough. A few slow breaths can help — and if you'd like, I can find somewhere calm nearby.`,
      ]),
    };
  }
  if (/sad|low|down|lonely|tired|exhausted/.test(word)) {
    return {
      say: `I'm sorry you're feeling ${word}, ${n}. Small steps count. Half an hour in a quiet café, or a chat with a peer mentor, might help — want me to look?`,
    };
  }
  return {
    say: pick(f.seed, [
      `That's lovely to hear, ${n}! Want to make the most of it — maybe check in somewhere new, or keep your streak going?`,
      `Good to hear, ${n}. If you're heading out, I can find a calm spot or check you in when you arrive.`,
    ]),
  };
}

/** Streak, level, milestones, progress. */
export function journey(f: Flow, focus: 'streak' | 'level' | 'milestones' | 'progress'): Move {
  const last = lastOutcome(f, 'get_journey');
  if (!last) return call('get_journey');
  if (!last.ok) return { say: `I couldn't load your journey just now, ${f.name}. Could you try again?` };
  const j = resultOf<JourneySummary>(last);
  const streak =
    j.currentStreak > 0
      ? `Your streak is ${plural(j.currentStreak, 'day')}${j.longestStreak > j.currentStreak ? ` (your best is ${j.longestStreak})` : ''}.`
      : `You don't have a streak going right now${j.longestStreak ? ` (your best was ${plural(j.longestStreak, 'day')})` : ''} — a check-in today starts one.`;
  const level = `You're on level ${j.level} of 5${j.nextLevel ? `, ${j.completionPercentage}% of the way to level ${j.nextLevel.level}` : ' — the top level'}.`;
  const needs = j.nextLevel?.requirements.filter((r) => r.have < r.need) ?? [];
  const next = needs.length
    ? `For level ${j.nextLevel!.level}: ${listJoin(needs.map((r) => `${r.need - r.have} more ${r.what}`))}.`
    : '';
  const milestones = j.milestonesReached.length
    ? `Milestones so far: ${listJoin(j.milestonesReached)}.`
    : 'Your first milestone comes with your first check-in.';
  const total = `${plural(j.totalCheckIns, 'check-in')} in total.`;
  const parts =
    focus === 'streak'
      ? [streak, total]
      : focus === 'level'
        ? [level, next]
        : focus === 'milestones'
          ? [milestones, level]
          : [level, streak, next];
  const cheer = pick(f.seed, [
    `Keep going, ${f.name}.`,
    `Every visit counts, ${f.name}.`,
    `You're doing well, ${f.name}.`,
  ]);
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
  if (!last.ok) return { say: `I couldn't load your rewards just now, ${f.name}.` };
  const list = resultOf<{ rewards: RewardItem[] }>(last).rewards;
  if (list.length === 0) {
    return {
      say: `You don't have any active rewards right now, ${f.name}. Check in at a place with a coffee reward and you'll earn one (one per place per day).`,
    };
  }
  return {
    say: `You have ${plural(list.length, 'active reward')}:\n${list
      .map(
        (r) =>
          `• ${r.title}${r.partner ? ` (${r.partner})` : ''}${r.expires ? ` — use by ${r.expires}` : ''}`,
      )
      .join('\n')}\nShow the QR code from your Rewards tab at the place to redeem it.`,
  };
}

/** "Remind me to drink water in 20 minutes". */
export function reminder(f: Flow, what: string | undefined): Move {
  const done = lastOutcome(f, 'create_reminder');
  if (done) return reminderSet(f, done);
  const when = parseWhen(f.facts.text, f.facts.now, f.facts.timeZone);
  if (!what && !when.at) {
    return {
      say: `What would you like me to remind you about, ${f.name}, and when?`,
      memory: { awaiting: 'reminder_time' },
    };
  }
  if (when.past) {
    return {
      say: `That time has already passed, ${f.name}. When should I remind you${what ? ` to ${what}` : ''}? For example "in 20 minutes" or "tomorrow at 9am".`,
      memory: { awaiting: 'reminder_time', ...(what ? { reminder: what } : {}) },
    };
  }
  if (!when.at) {
    return {
      say: `When should I remind you to ${what}? For example "in 20 minutes" or "tomorrow at 9am".`,
      memory: { awaiting: 'reminder_time', ...(what ? { reminder: what } : {}) },
    };
  }
  const title = what ? what.charAt(0).toUpperCase() + what.slice(1) : 'Your NightChill reminder';
  return call('create_reminder', {
    title: title.slice(0, 100),
    ...(when.now ? {} : { at: when.at.toISOString() }),
  });
}

/** What became of a reminder: set, sent, refused, or proposed. */
export function reminderSet(f: Flow, done: ToolOutcome): Move {
  const proposed = proposalOf(done);
  if (proposed) return askToConfirm(proposed);
  if (!done.ok)
    return {
      say: `I couldn't set that reminder, ${f.name}: ${done.error?.message ?? 'something went wrong'}`,
    };
  const r = resultOf<{ title: string; when: string }>(done);
  return {
    say:
      r.when === 'now'
        ? `Sent — you'll find "${r.title}" in your notifications, ${f.name}.`
        : pick(f.seed, [
            `Okay, ${f.name} — I'll remind you to ${lower(r.title)} on ${r.when}.`,
            `Done. Reminder set for ${r.when}: "${r.title}".`,
          ]),
  };
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
