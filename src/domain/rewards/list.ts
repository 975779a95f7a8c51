import { and, desc, eq, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import { rewards } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { ListRewardsQuery } from './schemas.ts';
import { type RewardStatus, type RewardView, selectRewards, toRewardView } from './view.ts';

export interface ListRewardsInput {
  status: RewardStatus | 'all';
  limit: number;
}

function statusFilter(status: ListRewardsInput['status'], now: Date): SQL | undefined {
  switch (status) {
    case 'active':
      return and(eq(rewards.redeemed, false), or(isNull(rewards.expiresAt), gt(rewards.expiresAt, now)));
    case 'redeemed':
      return eq(rewards.redeemed, true);
    case 'expired':
      return and(eq(rewards.redeemed, false), lte(rewards.expiresAt, now));
    case 'all':
      return undefined;
  }
}

/** The signed-in user's rewards, newest first, filtered by status at ctx.clock.now(). */
export async function listRewards(ctx: UserContext, raw: ListRewardsInput): Promise<RewardView[]> {
  const input = parseInput(ListRewardsQuery, raw);
  const now = ctx.clock.now();
  const rows = await selectRewards(ctx.tx)
    .where(and(eq(rewards.userId, ctx.userId), statusFilter(input.status, now)))
    .orderBy(desc(rewards.earnedAt), desc(rewards.id))
    .limit(input.limit);
  return rows.map((r) => toRewardView(r.reward, r.partner, now));
}
