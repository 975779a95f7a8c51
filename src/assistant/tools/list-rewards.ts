import { z } from 'zod';
import { listRewards } from '../../domain/rewards/list.ts';
import { defineTool } from './types.ts';
import { rewardView } from './views.ts';

export const listRewardsTool = defineTool({
  name: 'list_rewards',
  description:
    "The user's coffee rewards, earned by check-ins at reward places. Their QR codes are in the app only.",
  input: z.strictObject({
    status: z.enum(['active', 'redeemed', 'expired', 'all']).default('active'),
    limit: z.number().int().min(1).max(10).default(5),
  }),
  sideEffect: 'none',
  run: async ({ ctx, input }) => {
    const rewards = await ctx.asUser((u) => listRewards(u, input));
    return { status: input.status, rewards: rewards.map((r) => rewardView(r, ctx.timeZone)) };
  },
  summarize: (r) =>
    `${r.rewards.length} ${r.status === 'all' ? '' : `${r.status} `}reward${r.rewards.length === 1 ? '' : 's'}`,
});
