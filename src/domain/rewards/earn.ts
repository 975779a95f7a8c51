import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rewards, users } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { notify } from '../notifications/notify.ts';
import { type RewardView, rewardById } from './view.ts';

/** How long a coffee reward stays redeemable after it is earned. */
export const COFFEE_REWARD_TTL_DAYS = 7;

/** 24 random bytes (192 bits) as base64url: 32 characters nobody can guess or enumerate. */
export const newQrCode = () => randomBytes(24).toString('base64url');

export interface RewardingPlace {
  id: string;
  name: string;
  partnerId: string | null;
}

/**
 * Gives the signed-in user a coffee reward for a check-in at `place` at `at`, unless they already
 * have one from that place for the same day in their own time zone. The day is decided by the
 * partial unique index idx_rewards_once_per_place_day (user, place, earned_on), so two check-ins
 * racing for the same day cannot both earn one. Returns the reward, or undefined when none was due.
 */
export async function earnCoffeeReward(
  ctx: UserContext,
  place: RewardingPlace,
  at: Date,
): Promise<RewardView | undefined> {
  const expiresAt = new Date(at.getTime() + COFFEE_REWARD_TTL_DAYS * 24 * 3600 * 1000);
  const localDay = sql`(${at.toISOString()}::timestamptz AT TIME ZONE (SELECT ${users.timeZone} FROM ${users} WHERE ${users.id} = ${ctx.userId}))::date`;
  const [row] = await ctx.tx
    .insert(rewards)
    .values({
      userId: ctx.userId,
      type: 'coffee',
      title: `A free coffee at ${place.name}`.slice(0, 255),
      description: `Show this QR code at ${place.name} within ${COFFEE_REWARD_TTL_DAYS} days for a coffee on us.`,
      qrCode: newQrCode(),
      expiresAt,
      partnerId: place.partnerId,
      locationId: place.id,
      earnedOn: localDay,
      earnedAt: at,
      createdAt: at,
    })
    .onConflictDoNothing({
      target: [rewards.userId, rewards.locationId, rewards.earnedOn],
      where: sql`type = 'coffee'`,
    })
    .returning({ id: rewards.id });
  if (!row) return undefined;

  await notify(ctx, {
    userId: ctx.userId,
    type: 'reward',
    title: 'A free coffee is yours',
    message: `You earned a free coffee at ${place.name}. Show the QR code there within ${COFFEE_REWARD_TTL_DAYS} days.`,
    actionUrl: '/rewards',
    actionLabel: 'Show QR code',
    data: { rewardId: row.id, locationId: place.id },
  });
  return rewardById(ctx.tx, row.id, at);
}
