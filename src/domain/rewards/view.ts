import { eq } from 'drizzle-orm';
import { partners, rewards } from '../../db/schema/index.ts';
import type { Tx } from '../../db/tx.ts';

export type RewardStatus = 'active' | 'redeemed' | 'expired';
type RewardRow = typeof rewards.$inferSelect;
type PartnerSummary = { id: string; name: string; logoUrl: string | null };

/** A reward as its owner sees it (docs/domain-rules.md: reward {id, qrCode, expiresAt, …}). */
export interface RewardView {
  id: string;
  type: RewardRow['type'];
  title: string;
  description: string | null;
  qrCode: string | null;
  expiresAt: Date | null;
  locationId: string | null;
  partnerId: string | null;
  partner?: PartnerSummary;
  earnedAt: Date;
  status: RewardStatus;
  redeemed: boolean;
  redeemedAt: Date | null;
  redeemedLocationId: string | null;
}

export function rewardStatus(row: RewardRow, now: Date): RewardStatus {
  if (row.redeemed) return 'redeemed';
  if (row.expiresAt && row.expiresAt <= now) return 'expired';
  return 'active';
}

export function toRewardView(row: RewardRow, partner: PartnerSummary | null, now: Date): RewardView {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    description: row.description,
    qrCode: row.qrCode,
    expiresAt: row.expiresAt,
    locationId: row.locationId,
    partnerId: row.partnerId,
    ...(partner ? { partner } : {}),
    earnedAt: row.earnedAt,
    status: rewardStatus(row, now),
    redeemed: row.redeemed,
    redeemedAt: row.redeemedAt,
    redeemedLocationId: row.redeemedLocationId,
  };
}

/** Rewards with the partner of the place that gave them; row-level security keeps them the user's own. */
export function selectRewards(tx: Tx) {
  return tx
    .select({
      reward: rewards,
      partner: { id: partners.id, name: partners.name, logoUrl: partners.logoUrl },
    })
    .from(rewards)
    .leftJoin(partners, eq(partners.id, rewards.partnerId));
}

/** One reward of the user's by id, as a view (undefined when it is not theirs or not there). */
export async function rewardById(tx: Tx, id: string, now: Date): Promise<RewardView | undefined> {
  const [found] = await selectRewards(tx).where(eq(rewards.id, id));
  return found ? toRewardView(found.reward, found.partner, now) : undefined;
}
