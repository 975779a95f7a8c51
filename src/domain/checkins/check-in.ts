import { and, desc, eq, sql } from 'drizzle-orm';
import { fieldContext } from '../../crypto/fields.ts';
import { checkIns, locations, type Presence } from '../../db/schema/index.ts';
import { AppError, violatedConstraint } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { getJourney } from '../journey/get.ts';
import { recomputeJourney } from '../journey/recompute.ts';
import type { JourneyView } from '../journey/state.ts';
import { evictLocationAfterCommit } from '../locations/invalidate.ts';
import { earnCoffeeReward } from '../rewards/earn.ts';
import { type RewardView, rewardById } from '../rewards/view.ts';
import { CheckInInput } from './schemas.ts';
import { type CheckInView, noteContext, selectCheckIns, toCheckInView } from './view.ts';

/** How far from a place a check-in with coordinates may be (GPS indoors is often 50–150 m off). */
export const GEOFENCE_METRES = 300;

/** The coarsest accuracy a device may report for its position and the check-in still earn a reward. */
export const MAX_ACCURACY_METRES = 150;

/** Nobody travels faster than a plane between two check-ins (cruising speed; take-off and landing are slower). */
export const MAX_TRAVEL_KMH = 900;

/**
 * Slack on the distance between two check-ins' places: each may have been made up to the
 * geofence from its place, so the person may have been this much nearer than the places are.
 */
export const TRAVEL_SLACK_METRES = 2 * GEOFENCE_METRES;

/**
 * The constraint that makes a second check-in at one place within the hour the same check-in:
 * one per monthly partition (drizzle/0005), named <partition>_one_per_place_per_hour.
 */
const isOneCheckInConstraint = (name: string | undefined) =>
  name?.endsWith('_one_per_place_per_hour') ?? false;

export interface CheckInResult {
  checkIn: CheckInView;
  journey: JourneyView;
  /** The coffee reward this check-in earned (for a repeat: the one the original earned). */
  reward?: RewardView;
  /** True when a check-in at this place within the hour already existed: nothing new was counted. */
  duplicate: boolean;
  /** Whether being there was verified (only then a reward is earned), and what to tell the user if not. */
  presence: PresenceView;
  levelUp: { from: number; to: number } | null;
  newMilestones: { id: string; title: string }[];
}

export interface PresenceView {
  verified: boolean;
  reason: 'no_location' | 'coarse_location' | 'not_judged' | null;
  message: string | null;
}

/**
 * Checks the signed-in user in at a place, now (ctx.clock). With coordinates, they must be within
 * GEOFENCE_METRES of it; without, the check-in is taken on trust for the journey but earns no
 * reward (docs/domain-rules.md says why), and neither does one whose reported accuracy is coarser
 * than MAX_ACCURACY_METRES. A check-in the user could not have reached from their previous (or
 * next) one at MAX_TRAVEL_KMH is refused: 422 impossible_travel. A second check-in at the place
 * within the hour returns the first with duplicate: true; the exclusion constraint decides that,
 * also for concurrent requests. A new check-in is counted by the trigger, may earn a coffee reward
 * (once per place per local day) and recomputes the journey, all in the caller's transaction.
 */
export async function checkIn(ctx: UserContext, raw: CheckInInput): Promise<CheckInResult> {
  const input = parseInput(CheckInInput, raw);
  const now = ctx.clock.now();
  const place = await findPlace(ctx, input);

  // One check-in per place per hour, and no impossible journey between two: looked for under a
  // per-user lock, so one user's concurrent requests queue and each sees the one before. The
  // partitions' exclusion constraints back the hour rule up, but each sees only its own month:
  // the lock and look-up also cover an hour across two months.
  await ctx.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`check-in:${ctx.userId}`}, 0))`);
  // The place's own part (its count, the listing of a visited suggestion) runs at commit
  // (drizzle/0025): the café's row is held only while this commits, never across the rest of it.
  if (await hourCheckIn(ctx, place, now)) return repeated(ctx, place, now);
  await refuseImpossibleTravel(ctx, place, now);

  const presence = judgePresence(input);

  const note = input.note?.trim() ? ctx.cipher.encrypt(input.note, noteContext(ctx.userId)) : null;
  let row: typeof checkIns.$inferSelect | undefined;
  try {
    // A savepoint: when the constraint refuses the row, the transaction goes on to read the first.
    row = await ctx.tx.transaction(async (sp) => {
      const [inserted] = await sp
        .insert(checkIns)
        .values({
          userId: ctx.userId,
          locationId: place.id,
          timestamp: now,
          mood: input.mood ? ctx.cipher.encrypt(input.mood, fieldContext.checkInMood(ctx.userId)) : null,
          note,
          presence,
          createdAt: now,
        })
        .returning();
      return inserted;
    });
  } catch (err) {
    if (!isOneCheckInConstraint(violatedConstraint(err))) throw err;
    return repeated(ctx, place, now);
  }
  if (!row) throw new Error('check-in insert returned no row');

  // Only being there earns something redeemable.
  const reward =
    place.hasQrReward && presence === 'verified' ? await earnCoffeeReward(ctx, place, now) : undefined;
  if (reward) {
    [row] = await ctx.tx
      .update(checkIns)
      .set({ rewardEarnedId: reward.id })
      .where(eq(checkIns.id, row.id))
      .returning();
  }
  const change = await recomputeJourney(ctx);
  // The place's check-in count is shown with its details: drop the cached copy once this commits.
  // A suggestion this visit listed (drizzle/0017) now belongs to everyone's searches too.
  evictLocationAfterCommit(ctx, place.id, { membership: await listedNow(ctx, place, presence) });
  return {
    checkIn: toCheckInView(ctx, row!, place),
    journey: change.journey,
    ...(reward ? { reward } : {}),
    duplicate: false,
    presence: presenceView(presence, place.hasQrReward, input.accuracy),
    levelUp: change.levelUp,
    newMilestones: change.newMilestones,
  };
}

type Place = Awaited<ReturnType<typeof findPlace>>;

/** The place, refused when unknown or (given coordinates) too far away. */
async function findPlace(ctx: UserContext, input: CheckInInput) {
  const distance =
    input.lat !== undefined && input.lng !== undefined
      ? sql<number>`earth_distance(ll_to_earth(${locations.latitude}, ${locations.longitude}), ll_to_earth(${input.lat}::float8, ${input.lng}::float8))`.mapWith(
          Number,
        )
      : sql<null>`NULL`;
  const [place] = await ctx.tx
    .select({
      id: locations.id,
      name: locations.name,
      type: locations.type,
      hasQrReward: locations.hasQrReward,
      partnerId: locations.partnerId,
      latitude: locations.latitude,
      longitude: locations.longitude,
      isListed: locations.isListed,
      distanceM: distance,
    })
    .from(locations)
    .where(eq(locations.id, input.locationId));
  if (!place) throw new AppError('not_found', 'There is no such place.', { reason: 'location_not_found' });
  if (place.distanceM !== null && place.distanceM > GEOFENCE_METRES) {
    throw new AppError(
      'unprocessable',
      `You seem to be ${Math.round(place.distanceM)} m from ${place.name}; check in when you are there.`,
      {
        details: { distanceM: Math.round(place.distanceM), maxDistanceM: GEOFENCE_METRES },
        reason: 'too_far',
      },
    );
  }
  return place;
}

/** The user's check-in at this place within the hour of now, if any. */
async function hourCheckIn(ctx: UserContext, place: Place, now: Date) {
  const [existing] = await selectCheckIns(ctx.tx)
    .where(
      and(
        eq(checkIns.userId, ctx.userId),
        eq(checkIns.locationId, place.id),
        sql`minutes_range(${checkIns.timestamp}, 60) && minutes_range(${now.toISOString()}::timestamptz, 60)`,
      ),
    )
    .orderBy(desc(checkIns.timestamp))
    .limit(1);
  return existing;
}

/** The check-in within the hour that made this one a repeat, with the reward it earned, if any. */
async function repeated(ctx: UserContext, place: Place, now: Date): Promise<CheckInResult> {
  const existing = await hourCheckIn(ctx, place, now);
  if (!existing) {
    // The row the constraint saw is gone already (deleted in between): let the client try again.
    throw new AppError('conflict', 'A check-in here is being recorded; try again.', {
      details: { retryable: true },
    });
  }
  const reward = existing.checkIn.rewardEarnedId
    ? await rewardById(ctx.tx, existing.checkIn.rewardEarnedId, now)
    : undefined;
  return {
    checkIn: toCheckInView(ctx, existing.checkIn, existing.place),
    journey: await getJourney(ctx),
    ...(reward ? { reward } : {}),
    duplicate: true,
    presence: presenceView(existing.checkIn.presence, place.hasQrReward),
    levelUp: null,
    newMilestones: [],
  };
}

/** How being at the place is judged from what the client sent (the geofence has been passed). */
function judgePresence(input: CheckInInput): Presence {
  if (input.lat === undefined || input.lng === undefined) return 'no_location';
  if (input.accuracy !== undefined && input.accuracy > MAX_ACCURACY_METRES) return 'coarse_location';
  return 'verified';
}

/** What the client is told about presence; a message only where a reward was there to earn. */
function presenceView(presence: Presence | null, hasQrReward: boolean, accuracy?: number): PresenceView {
  if (presence === 'verified') return { verified: true, reason: null, message: null };
  const reason = presence ?? 'not_judged';
  const why =
    reason === 'no_location'
      ? 'rewards need your location at the place, and none was shared'
      : reason === 'coarse_location'
        ? `your position was too imprecise to tell${accuracy === undefined ? '' : ` (±${Math.round(accuracy)} m)`}; rewards need ${MAX_ACCURACY_METRES} m or better`
        : 'it was recorded without a verified location';
  return {
    verified: false,
    reason,
    message: hasQrReward
      ? `Checked in: this counts toward your journey, but it earns no reward: ${why}.`
      : null,
  };
}

/**
 * Whether this verified visit listed a suggestion that was unlisted. The trigger decides at commit
 * (drizzle/0025); here it is asked to decide now, which holds the place's row to the commit: only
 * for the few unlisted suggestions.
 */
async function listedNow(ctx: UserContext, place: Place, presence: Presence): Promise<boolean> {
  if (place.isListed || presence !== 'verified') return false;
  await ctx.tx.execute(sql`SET CONSTRAINTS check_in_lists_suggestion IMMEDIATE`);
  const [row] = await ctx.tx
    .select({ isListed: locations.isListed })
    .from(locations)
    .where(eq(locations.id, place.id));
  return row?.isListed ?? false;
}

/**
 * Refuses a check-in at `place` now that the user could not have reached from their check-in
 * just before it (or, with a clock set back, just after it) at MAX_TRAVEL_KMH, allowing
 * TRAVEL_SLACK_METRES (of several at that instant, the farthest). The nearest in time is enough:
 * each accepted check-in was reachable from the one before, so by the triangle inequality so is
 * every earlier one. Places are where check-ins were; coordinates are never stored.
 */
async function refuseImpossibleTravel(ctx: UserContext, place: Place, now: Date): Promise<void> {
  const at = now.toISOString();
  const neighbour = (after: boolean) => sql`(
    SELECT (extract(epoch FROM c.timestamp) * 1000)::float8 AS at_ms, c.location_id, l.name,
           earth_distance(ll_to_earth(l.latitude, l.longitude),
                          ll_to_earth(${place.latitude}::float8, ${place.longitude}::float8)) AS metres
    FROM check_ins c JOIN locations l ON l.id = c.location_id
    WHERE c.user_id = ${ctx.userId}
      AND ${after ? sql`c.timestamp > ${at}::timestamptz` : sql`c.timestamp <= ${at}::timestamptz`}
    ORDER BY c.timestamp ${after ? sql`ASC` : sql`DESC`}, metres DESC LIMIT 1)`;
  const { rows } = await ctx.tx.execute<{
    at_ms: number | string;
    location_id: string;
    name: string;
    metres: number | string;
  }>(sql`${neighbour(false)} UNION ALL ${neighbour(true)}`);
  const maxMetresPerSecond = (MAX_TRAVEL_KMH * 1000) / 3600;
  for (const row of rows) {
    const then = new Date(Number(row.at_ms));
    const metres = Number(row.metres);
    const seconds = Math.abs(now.getTime() - then.getTime()) / 1000;
    if (metres - TRAVEL_SLACK_METRES <= maxMetresPerSecond * seconds) continue;
    const km = Math.round(metres / 100) / 10;
    const before = then <= now;
    const earliestAt = new Date(
      then.getTime() + ((metres - TRAVEL_SLACK_METRES) / maxMetresPerSecond) * 1000,
    );
    throw new AppError(
      'unprocessable',
      before
        ? `Your last check-in was at ${row.name}, ${km} km from ${place.name}, ${elapsed(seconds)} ago: ` +
            `nobody travels that fast (more than ${MAX_TRAVEL_KMH} km/h). You can check in here ` +
            `${elapsed((earliestAt.getTime() - now.getTime()) / 1000, true)}.`
        : `You have a check-in at ${row.name}, ${km} km from ${place.name}, ${elapsed(seconds)} after ` +
            `this one: nobody travels that fast (more than ${MAX_TRAVEL_KMH} km/h).`,
      {
        reason: 'impossible_travel',
        details: {
          otherCheckIn: { locationId: row.location_id, name: row.name, at: then.toISOString() },
          distanceKm: km,
          elapsedSeconds: Math.round(seconds),
          maxSpeedKmh: MAX_TRAVEL_KMH,
          ...(before
            ? { earliestAt: new Date(Math.ceil(earliestAt.getTime() / 1000) * 1000).toISOString() }
            : {}),
        },
      },
    );
  }
}

/** "40 seconds", "12 minutes", "3 hours" (rounded up with `from`: "in 3 hours"). */
function elapsed(seconds: number, from = false): string {
  const round = from ? Math.ceil : Math.round;
  const [n, unit] =
    seconds < 120
      ? [round(seconds), 'second']
      : seconds < 7200
        ? [round(seconds / 60), 'minute']
        : [round(seconds / 3600), 'hour'];
  const text = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return from ? `in ${text}` : text;
}
