import { z } from 'zod';
import { getJourney } from '../../domain/journey/get.ts';
import { moodTrend } from '../../domain/moods/log.ts';
import { defineTool } from './types.ts';
import { journeySummary } from './views.ts';

export const getJourneyTool = defineTool({
  name: 'get_journey',
  description:
    "The user's level (1–5), streak, check-ins, milestones, what the next level needs, and their " +
    'mood trend (mean of the newest entries, direction).',
  input: z.strictObject({}),
  sideEffect: 'none',
  run: async ({ ctx }) => {
    const { journey, trend } = await ctx.asUser(async (u) => ({
      journey: await getJourney(u),
      trend: await moodTrend(u),
    }));
    return {
      ...journeySummary(journey),
      mood: { entries: trend.entries, average: trend.average, direction: trend.direction },
    };
  },
  summarize: (r) => `level ${r.level}, streak ${r.currentStreak}`,
});
