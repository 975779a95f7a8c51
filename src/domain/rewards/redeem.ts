import { sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import { type ContextSource, withUser } from '../context.ts';
import { parseInput } from '../input.ts';
import { recomputeJourney } from '../journey/recompute.ts';
import { notify } from '../notifications/notify.ts';
import { RedeemInput } from './schemas.ts';

/** What the counter learns of a redeemed reward: what it is and where, never whose. */
export interface CounterRedemption {
  reward: { id: string; type: string; title: string; earnedAt: Date; redeemedAt: Date };
  place: { id: string; name: string };
}

type Outcome = {
  outcome:
    | 'redeemed'
    | 'not_staff'
    | 'not_your_place'
    | 'not_found'
    | 'own_reward'
    | 'redeemed_before'
    | 'expired'
    | 'wrong_place';
  reward_id: string | null;
  owner_id: string | null;
  title: string | null;
  type: string | null;
  earned_at: Date | string | null;
  redeemed_at: Date | string | null;
  expires_at: Date | string | null;
  reward_location: string | null;
  place_name: string | null;
};

const at = (v: Date | string | null) => (v === null ? null : new Date(v));

/**
 * The owner's own route answers this: a reward is redeemed by the place's staff scanning the code
 * the owner shows (redeemAtCounter), so a code alone, from anywhere, redeems nothing.
 */
export function ownerCannotRedeem(): never {
  throw new AppError(
    'forbidden',
    'Show this code at the counter: the staff there scan it to redeem your reward.',
    {
      reason: 'counter_only',
    },
  );
}

/**
 * A partner's staff member redeems the reward whose QR code the owner shows, at one of the
 * partner's places, once. nc_redeem_at_counter (drizzle/0018) decides in one statement under the
 * staff member's own identity: they are staff, the place is their partner's, the code is not their
 * own, and the reward is unredeemed, unexpired and from this place; the app role can no longer
 * update rewards itself. Then, as the owner, the journey is recomputed and the owner is told live.
 * The counters the journey reads were moved by the redemption's trigger in the first transaction,
 * so should the second fail, the next recompute (any check-in) catches up: nothing is lost.
 */
export async function redeemAtCounter(
  source: ContextSource,
  staffId: string,
  raw: RedeemInput,
): Promise<CounterRedemption> {
  const input = parseInput(RedeemInput, raw);
  const row = await withUser(source, staffId, async (ctx) => {
    const { rows } = await ctx.tx.execute<Outcome>(
      sql`SELECT * FROM nc_redeem_at_counter(${input.qrCode}, ${input.locationId}::uuid, ${ctx.clock.now().toISOString()}::timestamptz)`,
    );
    return rows[0]!;
  });
  if (row.outcome !== 'redeemed') throw whyNot(row);

  const redemption: CounterRedemption = {
    reward: {
      id: row.reward_id!,
      type: row.type!,
      title: row.title!,
      earnedAt: at(row.earned_at)!,
      redeemedAt: at(row.redeemed_at)!,
    },
    place: { id: input.locationId, name: row.place_name! },
  };
  await withUser(source, row.owner_id!, async (ctx) => {
    await recomputeJourney(ctx);
    await notify(ctx, {
      userId: ctx.userId,
      type: 'reward_redeemed',
      title: `${redemption.reward.title}: redeemed`,
      message: `Redeemed at ${redemption.place.name}. Enjoy it.`,
      actionUrl: '/#/journey',
      data: { rewardId: redemption.reward.id, locationId: input.locationId },
    });
  });
  return redemption;
}

function whyNot(row: Outcome): AppError {
  switch (row.outcome) {
    case 'not_staff':
      return new AppError('forbidden', "Only a partner's counter staff can redeem rewards.", {
        reason: 'staff_only',
      });
    case 'not_your_place':
      return new AppError('forbidden', "That place is not one of your partner's places.", {
        reason: 'not_your_place',
      });
    case 'own_reward':
      return new AppError('forbidden', 'Your own rewards are redeemed by a colleague, not by you.', {
        reason: 'own_reward',
      });
    case 'not_found':
      return new AppError('not_found', 'No reward has this code: check it was typed or scanned whole.', {
        reason: 'reward_not_found',
      });
    case 'redeemed_before':
      return new AppError('conflict', 'This reward has already been redeemed.', {
        details: { redeemedAt: at(row.redeemed_at)?.toISOString() },
        reason: 'reward_already_redeemed',
      });
    case 'expired':
      return new AppError('unprocessable', 'This reward has expired.', {
        details: { expiresAt: at(row.expires_at)?.toISOString() },
        reason: 'reward_expired',
      });
    default:
      return new AppError('unprocessable', 'This reward can only be redeemed at the place that gave it.', {
        details: { locationId: row.reward_location },
        reason: 'reward_wrong_place',
      });
  }
}
