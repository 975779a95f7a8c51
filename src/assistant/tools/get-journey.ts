import { z } from 'zod';
import { getJourney } from '../../domain/journey/get.ts';
import { defineTool } from './types.ts';
import { journeySummary } from './views.ts';

export const getJourneyTool = defineTool({
  name: 'get_journey',
  description: "The user's journey: level 1–5, streak, check-ins, milestones and what the next level needs.",
  input: z.strictObject({}),
  sideEffect: 'none',
  run: async ({ ctx }) => journeySummary(await ctx.asUser((u) => getJourney(u))),
  summarize: (r) => `level ${r.level}, streak ${r.currentStreak}`,
});
