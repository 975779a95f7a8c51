import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { rewards } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { lockJourneyOwner, recomputeJourney } from '../journey/recompute.ts';
import { RedeemInput } from './schemas.ts';
import { type RewardView, rewardById, rewardStatus } from './view.ts';

/**
 * Redeems one of the signed-in user's rewards by its QR code, at the place that gave it, once.
 * One conditional UPDATE decides: of many concurrent redemptions of a code exactly one changes the
 * row, and every other sees it redeemed. When nothing changed, the row is read again only to say
 * why. Another user's code is invisible (row-level security) and reads as unknown.
 */
export async function redeemReward(ctx: UserContext, raw: RedeemInput): Promise<RewardView> {
  const input = parseInput(RedeemInput, raw);
  const now = ctx.clock.now();
  // The redemption trigger counts into journey_progress; take the user's lock first (see there).
  await lockJourneyOwner(ctx);
  const [redeemed] = await ctx.tx
    .update(rewards)
    .set({ redeemed: true, redeemedAt: now, redeemedLocationId: input.locationId })
    .where(
      and(
        eq(rewards.qrCode, input.qrCode),
        eq(rewards.userId, ctx.userId),
        eq(rewards.redeemed, false),
        or(isNull(rewards.expiresAt), gt(rewards.expiresAt, now)),
        eq(rewards.locationId, input.locationId),
      ),
    )
    .returning({ id: rewards.id });
  if (!redeemed) throw await whyNotRedeemable(ctx, input, now);

  await recomputeJourney(ctx);
  return (await rewardById(ctx.tx, redeemed.id, now))!;
}

async function whyNotRedeemable(ctx: UserContext, input: RedeemInput, now: Date): Promise<AppError> {
  const [row] = await ctx.tx
    .select()
    .from(rewards)
    .where(and(eq(rewards.qrCode, input.qrCode), eq(rewards.userId, ctx.userId)));
  if (!row) {
    return new AppError('not_found', 'No reward has this QR code.', { reason: 'reward_not_found' });
  }
  const status = rewardStatus(row, now);
  if (status === 'redeemed') {
    return new AppError('conflict', 'This reward has already been redeemed.', {
      details: { redeemedAt: row.redeemedAt?.toISOString() },
      reason: 'reward_already_redeemed',
    });
  }
  if (status === 'expired') {
    return new AppError('unprocessable', 'This reward has expired.', {
      details: { expiresAt: row.expiresAt?.toISOString() },
      reason: 'reward_expired',
    });
  }
  return new AppError('unprocessable', 'This reward can only be redeemed at the place that gave it.', {
    details: { locationId: row.locationId },
    reason: 'reward_wrong_place',
  });
}
