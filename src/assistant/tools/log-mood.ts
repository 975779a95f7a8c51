import { z } from 'zod';
import { logMood } from '../../domain/moods/log.ts';
import { MoodInput } from '../../domain/moods/schemas.ts';
import { summaries } from './summaries.ts';
import { defineTool } from './types.ts';

export const logMoodTool = defineTool({
  name: 'log_mood',
  description:
    "Record in the user's private mood log how they say they feel: a score from 1 (very low) to 5 " +
    '(very good) and their own word for it. Use it when they tell you their mood ("2/5 today", ' +
    '"pretty low", "anxious"); acknowledge the feeling in your reply. Unless their message states ' +
    'a mood, it returns a proposal for them to confirm. Returns the trend of their recent entries.',
  // The domain's own fields (MoodInput): one set of bounds.
  input: z.strictObject({
    score: MoodInput.shape.score,
    feeling: MoodInput.shape.feeling,
    note: MoodInput.shape.note.describe('A private note, only if the user asked for one'),
  }),
  sideEffect: 'write',
  run: async ({ ctx, input }) => {
    const { mood, trend } = await ctx.asUser((u) => logMood(u, input));
    return {
      moodId: mood.id,
      score: mood.score,
      ...(mood.feeling ? { feeling: mood.feeling } : {}),
      trend: { entries: trend.entries, average: trend.average, direction: trend.direction },
    };
  },
  summarize: (r) => `mood ${r.score}/5 logged`,
  propose: (r, _input, ctx) => summaries[ctx.lang].mood({ feeling: r.feeling, score: r.score }),
});
