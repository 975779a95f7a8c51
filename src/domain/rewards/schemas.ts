import { z } from 'zod';
import { rewardTypes } from '../../db/schema/index.ts';

const instant = () => z.string().meta({ format: 'date-time' });

export const RewardSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(rewardTypes),
    title: z.string(),
    description: z.string().nullable(),
    qrCode: z.string().nullable().meta({ description: 'Show it at the place; redeemable once' }),
    expiresAt: instant().nullable(),
    locationId: z.uuid().nullable(),
    partnerId: z.uuid().nullable(),
    partner: z.object({ id: z.uuid(), name: z.string(), logoUrl: z.string().nullable() }).optional(),
    earnedAt: instant(),
    status: z.enum(['active', 'redeemed', 'expired']),
    redeemed: z.boolean(),
    redeemedAt: instant().nullable(),
    redeemedLocationId: z.uuid().nullable(),
  })
  .meta({ id: 'Reward' });

export const RewardResult = z.object({ reward: RewardSchema }).meta({ id: 'RewardResult' });
export const RewardsResult = z.object({ rewards: z.array(RewardSchema) }).meta({ id: 'RewardsResult' });

export const ListRewardsQuery = z.object({
  status: z.enum(['active', 'redeemed', 'expired', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(100).default(100),
});

export const RedeemInput = z
  .object({
    qrCode: z
      .string()
      .trim()
      .min(16)
      .max(128)
      .regex(/^[A-Za-z0-9_-]+$/, 'must be a QR code as issued (letters, digits, - and _)'),
    locationId: z.uuid().meta({ description: 'The place where the code is shown' }),
  })
  .meta({ id: 'RedeemInput' });

export type RedeemInput = z.infer<typeof RedeemInput>;
