import { z } from 'zod';
import { logMood } from '../../domain/moods/log.ts';
import { MoodInput } from '../../domain/moods/schemas.ts';
import { summaries } from './summaries.ts';
import { defineTool } from './types.ts';

export const logMoodTool = defineTool({
  name: 'log_mood',
  description:
    'When the user says how they feel ("2/5 today", "pretty low"): log it in their private mood log. ' +
    'Acknowledge the feeling first; offer an exercise when low. Returns their recent trend.',
  // The domain's own fields (MoodInput): one set of bounds.
  input: z.strictObject({
    score: MoodInput.shape.score,
    feeling: MoodInput.shape.feeling,
    note: MoodInput.shape.note.describe('Private; only if the user asked'),
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
