import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { eld } from 'eld/small';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInput, type Proposal } from '../../src/assistant/memory/context.ts';
import { zonedInstant } from '../../src/assistant/providers/offline/when.ts';
import { type SummaryLang, whenIn } from '../../src/assistant/tools/summaries.ts';
import { manualClock } from '../../src/clock.ts';
import { localTime } from '../../src/domain/local-time.ts';
import { gazetteer, namesOf } from '../../src/domain/locations/gazetteer.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ChatUser, chatUser, rows, say, storedReplies } from '../helpers/assistant.ts';
import { testCipher } from '../helpers/config.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation, makeMentor, makeUser } from '../helpers/factories.ts';

/**
 * Issue 16's evaluation: multi-turn conversations written apart from the offline companion's rules
 * (docs/assistant.md, "How understanding is measured", says how), each turn with what the companion must do, run against
 * the offline provider over the real socket in one shared world. A turn is right when every
 * expectation holds: the act (tools called with their arguments, a proposal's server-written
 * summary, what was written in the database), no write that was not asked for, and the reply's
 * language. The test prints the score by language and act, and every wrong turn, and fails below
 * the measured floor (the goal is 95%).
 */

interface Expect {
  act?: string;
  acts?: Expect[];
  not?: string[];
  lang?: string;
  [param: string]: unknown;
}
interface Conversation {
  id: string;
  lang: string;
  tags?: string[];
  setup?: { sessions?: { mentor: string; at: string }[] };
  turns: { user: string; expect: Expect }[];
}

/**
 * The kept set, or another written the same way (EVAL_CONVERSATIONS=<file>): a fresh blind set is
 * measured by the same checks (docs/assistant.md, "How understanding is measured").
 */
const evalFile = process.env.EVAL_CONVERSATIONS?.trim();
/** EVAL_VERBOSE=1: every turn printed, right ones too, with the offline companion's memory after it. */
const verbose = process.env.EVAL_VERBOSE === '1';
const conversations: Conversation[] = readFileSync(
  evalFile ? evalFile : new URL('../eval/conversations.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Conversation);

/**
 * Measured after the 2026-12-07 probe's fixes: 99.3% (693 of 698; 95.6% before). Goal 95%. The
 * floor sits a point below: replies vary by a per-user seed, and the language check and one mentor
 * list move a few turns between runs.
 */
const TURNS_RIGHT_FLOOR = 0.98;

/** Monday 6 May 2030, 09:00 in London. */
const start = '2030-05-06T08:00:00Z';
/** Islington, where Maya's phone is: every place 130 to 250 m away (inside the check-in geofence, none right here). */
const here = { lat: 51.5362, lng: -0.1033 };

const places = [
  {
    name: 'Peaceful Grounds Café',
    type: 'coffee',
    anxietyLevel: 'low',
    hasQrReward: true,
    amenities: ['quiet-zone', 'wifi'],
    d: [0.0012, 0.0005],
  },
  {
    name: 'Slow Pour Coffee',
    type: 'coffee',
    anxietyLevel: 'medium',
    amenities: ['wifi', 'outdoor-seating'],
    d: [-0.0015, 0.0012],
  },
  {
    name: 'The Quiet Gym',
    type: 'gym',
    anxietyLevel: 'low',
    amenities: ['small-classes', 'quiet-hours'],
    d: [0.0018, -0.001],
  },
  {
    name: 'Beginner Fitness Hub',
    type: 'gym',
    anxietyLevel: 'medium',
    isBeginnerFriendly: true,
    amenities: ['small-classes'],
    d: [-0.002, -0.0012],
  },
  { name: 'Green Bowl Kitchen', type: 'nutrition', anxietyLevel: 'low', amenities: [], d: [0.001, 0.0025] },
] as const;
const mentorList = [
  { name: 'Amara Okafor', specialization: ['social-anxiety', 'confidence'] },
  { name: 'Tom Whitaker', specialization: ['gym-anxiety', 'beginner-fitness'] },
  { name: 'Siobhán Murphy', specialization: ['mindfulness', 'breathing', 'sleep'] },
  { name: 'Lena Vogel', specialization: ['exposure-practice', 'panic-attacks'] },
];

/** The writes a turn can make, counted before and after it. */
interface Writes {
  booked: number;
  cancelled: number;
  checkIns: { place: string }[];
  reminders: number;
  moods: number;
}
const writeActs = ['booked', 'cancelled', 'checked_in', 'reminder_set', 'mood_logged'] as const;

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** Which city a place word belongs to: the city itself or one of its neighbourhoods, by any of their names. */
const cityOf = (word: string): string | undefined => {
  const w = fold(word);
  const named = (p: { name: string; aliases?: string[] }) => namesOf(p).some((n) => fold(n) === w);
  return gazetteer.find((c) => named(c) || c.neighbourhoods.some(named))?.name;
};

interface Seen {
  /** The conversation's language: the server writes times in it ("vie, 10 may, 15:00"). */
  lang: string;
  tools: { name: string; args: Record<string, unknown>; ok: boolean; summary: string }[];
  /**
   * What the user is asked to confirm: the server's summary (in the conversation's language), the
   * tool, and for a booking its time as the set writes times ("Fri 10 May, 15:00", London).
   */
  proposal?: { summary: string; tool: string; when?: string };
  reply: string;
  writes: { booked: number; cancelled: number; checkedIn: string[]; reminders: number; moods: number };
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A time as the set writes it ("Fri 10 May, 15:00", London, 2030) in the conversation's language. */
function inLanguage(when: unknown, lang: string): string {
  const m = /(\d{1,2}) ([a-z]{3})[a-z]*,? (\d{1,2}):(\d{2})/i.exec(String(when));
  if (!m || !['en', 'es', 'fr', 'de'].includes(lang)) return String(when);
  const month = months.indexOf(m[2]!.toLowerCase()) + 1;
  const at = zonedInstant(
    { year: 2030, month, day: Number(m[1]) },
    Number(m[3]),
    Number(m[4]),
    'Europe/London',
  );
  return whenIn(at, 'Europe/London', lang as SummaryLang);
}

/** A proposal as the checks read it: its tool, and a booking's time as the set writes times. */
function proposalSeen(summary: string, stored: Proposal, userId: string): NonNullable<Seen['proposal']> {
  const input = openInput(testCipher, userId, stored.sealedInput) as { scheduledAt?: string };
  return {
    summary,
    tool: stored.tool,
    ...(input.scheduledAt ? { when: localTime(input.scheduledAt, 'Europe/London') } : {}),
  };
}

/** What is wrong with a turn, against one expected act; empty when it is right. */
function check(e: Expect, seen: Seen): string[] {
  const problems: string[] = [];
  const called = (name: string) => seen.tools.filter((t) => t.name === name);
  const has = (name: string) => called(name).length > 0;
  const proposal = seen.proposal?.summary ?? '';
  const includes = (hay: string, needle: unknown) => fold(hay).includes(fold(String(needle)));
  switch (e.act) {
    case 'search_places': {
      // The search that asked what the user asked: a quiet search that found nothing is asked
      // again without that filter (and the reply says so), which is the companion's own step.
      const search = called('search_locations').at(0);
      if (!search) {
        problems.push('no place search');
        break;
      }
      if (e.type && search.args.type !== e.type)
        problems.push(`searched type ${String(search.args.type)}, not ${String(e.type)}`);
      if (e.quiet && search.args.quiet !== true) problems.push('not a quiet search');
      if (e.beginner && search.args.beginnerFriendly !== true) problems.push('not a beginner search');
      if (e.city) {
        const asked = typeof search.args.city === 'string' ? cityOf(search.args.city) : undefined;
        if (asked !== e.city) problems.push(`searched in ${String(search.args.city)}, not ${String(e.city)}`);
      } else if (search.args.city !== undefined && cityOf(String(search.args.city)) !== 'London') {
        problems.push(`searched in ${String(search.args.city)} (nobody named a place)`);
      }
      break;
    }
    case 'place_details':
      if (!has('get_location') && !(e.place && includes(seen.reply, e.place)))
        problems.push('no place details');
      else if (e.place && !includes(seen.reply, e.place)) problems.push(`details not of ${String(e.place)}`);
      break;
    case 'checked_in':
      if (seen.writes.checkedIn.length === 0) problems.push('not checked in');
      else if (e.place && !seen.writes.checkedIn.some((p) => fold(p) === fold(String(e.place))))
        problems.push(`checked in at ${seen.writes.checkedIn.join(', ')}, not ${String(e.place)}`);
      break;
    case 'propose_booking':
      if (seen.proposal?.tool !== 'book_mentor_session') problems.push('no booking proposal');
      else {
        if (e.mentor && !includes(proposal, e.mentor))
          problems.push(`proposed "${proposal}", not with ${String(e.mentor)}`);
        if (e.when && !includes(seen.proposal.when ?? '', e.when))
          problems.push(`proposed "${proposal}", not ${String(e.when)}`);
      }
      break;
    case 'booked':
      if (seen.writes.booked === 0) problems.push('nothing booked');
      break;
    case 'session_moved': {
      // A booked session moved to the time asked: done at once, or proposed with that time.
      const moved = called('reschedule_mentor_session')
        .filter((t) => t.ok)
        .at(-1);
      const proposed = seen.proposal?.tool === 'reschedule_mentor_session' ? seen.proposal : undefined;
      const to =
        proposed?.when ?? (moved ? localTime(String(moved.args.scheduledAt), 'Europe/London') : undefined);
      if (!moved && !proposed) problems.push('no session moved');
      else if (e.when && !includes(to ?? '', e.when))
        problems.push(`moved to ${String(to)}, not ${String(e.when)}`);
      break;
    }
    case 'propose_cancel':
      if (seen.proposal?.tool !== 'cancel_mentor_session') problems.push('no cancellation proposal');
      else if (e.mentor && !includes(proposal, e.mentor))
        problems.push(`proposed "${proposal}", not with ${String(e.mentor)}`);
      break;
    case 'cancelled':
      if (seen.writes.cancelled === 0) problems.push('nothing cancelled');
      break;
    case 'list_sessions':
      if (!has('list_my_sessions')) problems.push('sessions not listed');
      break;
    case 'find_mentors': {
      const search = called('search_mentors').at(-1);
      if (!search) problems.push('no mentor search');
      else if (
        e.specialization &&
        fold(String(search.args.specialization ?? '')).replace(/[\s_]+/g, '-') !== e.specialization
      )
        problems.push(`searched ${String(search.args.specialization)}, not ${String(e.specialization)}`);
      break;
    }
    case 'reminder_set': {
      // A reminder at that time about that: a new one, or the one just set moved there ("nvm make
      // it 2 hrs" moves it rather than leaving two).
      const set =
        seen.writes.reminders > 0
          ? called('create_reminder').at(-1)
          : called('update_reminder')
              .filter((t) => t.ok)
              .at(-1);
      if (!set) problems.push('no reminder set');
      else {
        if (e.when && !includes(set.summary, e.when) && !includes(set.summary, inLanguage(e.when, seen.lang)))
          problems.push(`reminder "${set.summary}", not ${String(e.when)}`);
        // A moved reminder keeps its title, which its reply says.
        const title = String(set.args.title ?? seen.reply);
        if (e.about && !includes(title, e.about))
          problems.push(`reminder titled "${title}", not about ${String(e.about)}`);
      }
      break;
    }
    case 'journey':
      if (!has('get_journey')) problems.push('journey not shown');
      break;
    case 'rewards':
      if (!has('list_rewards')) problems.push('rewards not listed');
      break;
    case 'mood_logged': {
      const logged = called('log_mood').at(-1);
      if (seen.writes.moods === 0 || !logged) problems.push('mood not logged');
      else if (e.score !== undefined && logged.args.score !== e.score)
        problems.push(`logged ${String(logged.args.score)}, not ${String(e.score)}`);
      break;
    }
    case 'exercise': {
      const guided = called('guide_exercise').at(-1);
      if (!guided) problems.push('no exercise');
      else if (e.kind && guided.args.kind !== e.kind)
        problems.push(`exercise ${String(guided.args.kind)}, not ${String(e.kind)}`);
      break;
    }
    case 'decline':
      if (seen.proposal) problems.push(`proposed "${proposal}" instead of dropping it`);
      break;
    case 'ask':
      if (seen.proposal) problems.push(`proposed "${proposal}" instead of asking`);
      if (!seen.reply.includes('?')) problems.push('asked nothing');
      break;
    case 'talk':
      if (seen.proposal) problems.push(`proposed "${proposal}"`);
      if (seen.tools.some((t) => t.name !== 'log_mood' && t.name !== 'guide_exercise'))
        problems.push(`acted: ${seen.tools.map((t) => t.name).join(', ')}`);
      break;
    default:
      problems.push(`unknown act ${String(e.act)}`);
  }
  return problems;
}

/** Acts that write, and whether the turn made that write. */
const wrote: Record<(typeof writeActs)[number], (s: Seen) => boolean> = {
  booked: (s) => s.writes.booked > 0,
  cancelled: (s) => s.writes.cancelled > 0,
  checked_in: (s) => s.writes.checkedIn.length > 0,
  reminder_set: (s) => s.writes.reminders > 0,
  mood_logged: (s) => s.writes.moods > 0,
};

function judge(expect: Expect, seen: Seen): string[] {
  const acts = expect.acts ?? [expect];
  const problems = acts.flatMap((a) => check(a, seen));
  const expected = new Set(acts.map((a) => a.act));
  for (const act of writeActs) {
    // Nothing written that nobody asked for (a mood said in passing may be logged beside a talk).
    if (wrote[act](seen) && !expected.has(act) && !(act === 'mood_logged' && expected.has('talk')))
      problems.push(`unasked write: ${act}`);
  }
  for (const not of expect.not ?? []) {
    if (not in wrote ? wrote[not as keyof typeof wrote](seen) : check({ act: not }, seen).length === 0)
      problems.push(`did ${not}`);
  }
  if (expect.lang) {
    const text = seen.reply.replace(/\*\*[^*]+\*\*/g, ' ').replace(/\d+/g, ' ');
    const told = eld.detect(text).language;
    if (told !== expect.lang) problems.push(`replied in ${told || '?'}, not ${expect.lang}`);
  }
  return problems;
}

describe('the offline companion on the conversation evaluation set', () => {
  let app: TestApp;
  const clock = manualClock(start);
  const mentorIds = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp(backends.at(-1)!, { clock });
    const db = app.deps.database.db;
    for (const p of places) {
      const { d, ...row } = p;
      await makeLocation(db, {
        ...row,
        amenities: [...row.amenities],
        latitude: here.lat + d[0],
        longitude: here.lng + d[1],
        isVerified: true,
        timeZone: 'Europe/London',
      });
    }
    for (const m of mentorList) {
      const user = await makeUser(db, { displayName: m.name, timeZone: 'Europe/London' });
      const mentor = await makeMentor(db, user.id, {
        title: 'Peer mentor',
        specialization: m.specialization,
        scheduleType: 'both',
        verified: true,
      });
      mentorIds.set(m.name, mentor.id);
    }
  }, 60_000);
  afterAll(() => app?.close());

  /** Every write a turn can make, counted in one query. */
  async function writesOf(who: ChatUser): Promise<Writes> {
    const [w] = await rows(
      app,
      sql`SELECT
            (SELECT count(*) FROM mentor_sessions WHERE user_id = ${who.userId} AND status = 'scheduled')::int AS booked,
            (SELECT count(*) FROM mentor_sessions WHERE user_id = ${who.userId} AND status = 'cancelled')::int AS cancelled,
            (SELECT coalesce(json_agg(l.name ORDER BY c.created_at), '[]'::json) FROM check_ins c
               JOIN locations l ON l.id = c.location_id WHERE c.user_id = ${who.userId}) AS places,
            (SELECT count(*) FROM notifications WHERE user_id = ${who.userId} AND type = 'reminder')::int AS reminders,
            (SELECT count(*) FROM mood_entries WHERE user_id = ${who.userId})::int AS moods`,
    );
    const places = (typeof w?.places === 'string' ? JSON.parse(w.places) : (w?.places ?? [])) as string[];
    return {
      booked: Number(w?.booked ?? 0),
      cancelled: Number(w?.cancelled ?? 0),
      checkIns: places.map((place) => ({ place })),
      reminders: Number(w?.reminders ?? 0),
      moods: Number(w?.moods ?? 0),
    };
  }

  async function run(
    c: Conversation,
  ): Promise<{ right: boolean; line: string; act: string; lang: string }[]> {
    const me = await chatUser(app, { displayName: 'Maya Jones', timeZone: 'Europe/London' });
    try {
      for (const s of c.setup?.sessions ?? []) {
        const mentorId = mentorIds.get(s.mentor);
        await rows(
          app,
          sql`INSERT INTO mentor_sessions (user_id, mentor_id, scheduled_at, duration_minutes, session_type, status)
              VALUES (${me.userId}, ${mentorId}, (${s.at}::timestamp AT TIME ZONE 'Europe/London'), 60, 'virtual', 'scheduled')`,
        );
      }
      const out: { right: boolean; line: string; act: string; lang: string }[] = [];
      let after = await writesOf(me);
      for (const [i, turn] of c.turns.entries()) {
        const before = after;
        const t = await say(app, me, turn.user, { location: here });
        after = await writesOf(me);
        const [stored] = await storedReplies(app, sql`id = ${t.reply.id}`);
        const seen: Seen = {
          tools: (stored?.context?.tools ?? []).map((x) => ({
            name: x.name,
            args: JSON.parse(x.arguments) as Record<string, unknown>,
            ok: x.ok,
            summary: x.summary,
          })),
          ...(t.reply.proposal && stored?.context?.proposal
            ? { proposal: proposalSeen(t.reply.proposal.summary, stored.context.proposal, me.userId) }
            : {}),
          reply: t.reply.content,
          lang: c.lang,
          writes: {
            booked: after.booked - before.booked,
            cancelled: after.cancelled - before.cancelled,
            checkedIn: after.checkIns.slice(before.checkIns.length).map((x) => x.place),
            reminders: after.reminders - before.reminders,
            moods: after.moods - before.moods,
          },
        };
        const problems = judge(turn.expect, seen);
        const act = (turn.expect.acts ?? [turn.expect]).map((a) => a.act).join('+');
        out.push({
          right: problems.length === 0,
          act,
          lang: c.lang,
          line: `${c.id}#${i + 1} [${act}] "${turn.user}" → ${problems.join('; ')} | reply: ${t.reply.content.replace(/\s+/g, ' ').slice(0, 140)}`,
        });
        if (verbose) {
          const memory = JSON.stringify(stored?.context?.offline ?? {});
          console.log(`${problems.length ? 'WRONG' : 'ok   '} ${out.at(-1)!.line}\n      memory: ${memory}`);
        }
      }
      return out;
    } finally {
      me.socket.close();
      // Every conversation starts with the mentors free (the world says so): its bookings go.
      await rows(app, sql`DELETE FROM mentor_sessions WHERE user_id = ${me.userId}`);
    }
  }

  it(`gets at least the measured share of ${conversations.reduce((n, c) => n + c.turns.length, 0)} turns right (goal 95%)`, async () => {
    if (!evalFile) expect(conversations.length).toBeGreaterThanOrEqual(250);
    const results: Awaited<ReturnType<typeof run>> = [];
    // One at a time: conversations share the mentors' diaries.
    for (const c of conversations) results.push(...(await run(c)));
    const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
    const by = (key: 'lang' | 'act') =>
      [...new Set(results.map((r) => r[key]))].sort().map((k) => {
        const of = results.filter((r) => r[key] === k);
        return `  ${k}: ${pct(of.filter((r) => r.right).length, of.length)} of ${of.length}`;
      });
    const right = results.filter((r) => r.right).length;
    console.log(
      [
        `turns right ${pct(right, results.length)} (${right}/${results.length})`,
        ...by('lang'),
        ...by('act'),
        ...results.filter((r) => !r.right).map((r) => `  wrong ${r.line}`),
      ].join('\n'),
    );
    // Another set is measured, not held to this set's floor.
    if (!evalFile) expect(right / results.length).toBeGreaterThanOrEqual(TURNS_RIGHT_FLOOR);
  }, 600_000);
});
