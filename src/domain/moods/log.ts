import { desc, eq } from 'drizzle-orm';
import { fieldContext } from '../../crypto/fields.ts';
import { moodEntries } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { MoodInput } from './schemas.ts';

type MoodRow = typeof moodEntries.$inferSelect;

export interface MoodEntryView {
  id: string;
  score: number;
  feeling: string | null;
  note: string | null;
  createdAt: Date;
}

export interface MoodTrend {
  entries: number;
  average: number | null;
  direction: 'up' | 'down' | 'steady' | 'unknown';
  latest: MoodEntryView | null;
}

/** How many of the newest entries the trend is taken over: about two weeks of daily check-ins. */
export const TREND_WINDOW = 14;

const seal = (ctx: UserContext, value: string, column: 'score' | 'feeling' | 'note') =>
  ctx.cipher.encrypt(value, fieldContext.mood(ctx.userId, column));

/** An entry as its owner reads it; a value that cannot be opened reads as absent. */
export function toMoodView(ctx: Pick<UserContext, 'cipher'>, row: MoodRow): MoodEntryView | undefined {
  const open = (value: string | null, column: 'score' | 'feeling' | 'note') => {
    if (value === null) return null;
    try {
      return ctx.cipher.decrypt(value, fieldContext.mood(row.userId, column));
    } catch {
      return null;
    }
  };
  const score = Number(open(row.score, 'score'));
  if (!Number.isInteger(score) || score < 1 || score > 5) return undefined;
  return {
    id: row.id,
    score,
    feeling: open(row.feeling, 'feeling'),
    note: open(row.note, 'note'),
    createdAt: row.createdAt,
  };
}

/** Records how the user says they feel, now. */
export async function logMood(
  ctx: UserContext,
  raw: MoodInput,
): Promise<{ mood: MoodEntryView; trend: MoodTrend }> {
  const input = parseInput(MoodInput, raw);
  const now = ctx.clock.now();
  const [row] = await ctx.tx
    .insert(moodEntries)
    .values({
      userId: ctx.userId,
      score: seal(ctx, String(input.score), 'score'),
      feeling: input.feeling ? seal(ctx, input.feeling, 'feeling') : null,
      note: input.note?.trim() ? seal(ctx, input.note, 'note') : null,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('mood insert returned no row');
  const mood = toMoodView(ctx, row);
  if (!mood) throw new Error('mood entry does not open after sealing');
  return { mood, trend: await moodTrend(ctx) };
}

/** The user's newest entries, newest first. */
export async function listMoods(
  ctx: UserContext,
  limit = 30,
): Promise<{ moods: MoodEntryView[]; trend: MoodTrend }> {
  const rows = await ctx.tx
    .select()
    .from(moodEntries)
    .where(eq(moodEntries.userId, ctx.userId))
    .orderBy(desc(moodEntries.createdAt))
    .limit(Math.max(limit, TREND_WINDOW));
  const views = rows.map((r) => toMoodView(ctx, r)).filter((v): v is MoodEntryView => v !== undefined);
  return { moods: views.slice(0, limit), trend: trendOf(views.slice(0, TREND_WINDOW)) };
}

export async function moodTrend(ctx: UserContext): Promise<MoodTrend> {
  return (await listMoods(ctx, TREND_WINDOW)).trend;
}

/**
 * The newest entries' mean and direction: the newer half's mean against the older half's, a
 * difference of half a point or more being a direction. Fewer than four entries tell no direction.
 */
export function trendOf(newestFirst: MoodEntryView[]): MoodTrend {
  const scores = newestFirst.map((m) => m.score);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const average = scores.length ? Math.round(mean(scores) * 10) / 10 : null;
  let direction: MoodTrend['direction'] = 'unknown';
  if (scores.length >= 4) {
    const half = Math.floor(scores.length / 2);
    const delta = mean(scores.slice(0, half)) - mean(scores.slice(scores.length - half));
    direction = delta >= 0.5 ? 'up' : delta <= -0.5 ? 'down' : 'steady';
  }
  return { entries: scores.length, average, direction, latest: newestFirst[0] ?? null };
}
