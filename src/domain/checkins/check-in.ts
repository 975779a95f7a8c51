import { and, desc, eq, sql } from 'drizzle-orm';
import { fieldContext } from '../../crypto/fields.ts';
import { checkIns, locations } from '../../db/schema/index.ts';
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
  levelUp: { from: number; to: number } | null;
  newMilestones: { id: string; title: string }[];
}

/**
 * Checks the signed-in user in at a place, now (ctx.clock). With coordinates, they must be within
 * GEOFENCE_METRES of it; without, the check-in is taken on trust (docs/domain-rules.md says why).
 * A second check-in at the place within the hour returns the first with duplicate: true; the
 * exclusion constraint decides that, also for concurrent requests. A new check-in is counted by
 * the trigger, may earn a coffee reward (once per place per local day) and recomputes the journey,
 * all in the caller's transaction.
 */
export async function checkIn(ctx: UserContext, raw: CheckInInput): Promise<CheckInResult> {
  const input = parseInput(CheckInInput, raw);
  const now = ctx.clock.now();
  const place = await findPlace(ctx, input);

  // One check-in per place per hour: looked for under a (user, place) lock, so concurrent requests
  // queue and the second finds the first. The partitions' exclusion constraints back this up, but
  // each sees only its own month: the lock and look-up also cover an hour across two months.
  await ctx.tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`check-in:${ctx.userId}:${place.id}`}, 0))`,
  );
  if (await hourCheckIn(ctx, place, now)) return repeated(ctx, place, now);

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

  const reward = place.hasQrReward ? await earnCoffeeReward(ctx, place, now) : undefined;
  if (reward) {
    [row] = await ctx.tx
      .update(checkIns)
      .set({ rewardEarnedId: reward.id })
      .where(eq(checkIns.id, row.id))
      .returning();
  }
  const change = await recomputeJourney(ctx);
  // The place's check-in count is shown with its details: drop the cached copy once this commits.
  evictLocationAfterCommit(ctx, place.id);
  return {
    checkIn: toCheckInView(ctx, row!, place),
    journey: change.journey,
    ...(reward ? { reward } : {}),
    duplicate: false,
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
    levelUp: null,
    newMilestones: [],
  };
}
