import { z } from 'zod';

const instant = () => z.string().meta({ format: 'date-time' });

export const MOOD_NOTE_MAX_LENGTH = 1000;
export const MOOD_FEELING_MAX_LENGTH = 40;

export const MoodInput = z
  .strictObject({
    score: z.int().min(1).max(5).meta({ description: '1 (very low) to 5 (very good)' }),
    feeling: z
      .string()
      .trim()
      .min(1)
      .max(MOOD_FEELING_MAX_LENGTH)
      .optional()
      .meta({ description: 'The user\'s word for it ("anxious", "pretty low"); stored encrypted' }),
    note: z.string().max(MOOD_NOTE_MAX_LENGTH).optional().meta({ description: 'Private; stored encrypted' }),
  })
  .meta({ id: 'MoodInput' });
export type MoodInput = z.infer<typeof MoodInput>;

export const MoodEntrySchema = z
  .object({
    id: z.uuid(),
    score: z.int().min(1).max(5),
    feeling: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: instant(),
  })
  .meta({ id: 'MoodEntry' });

export const MoodTrendSchema = z
  .object({
    entries: z
      .int()
      .min(0)
      .meta({ description: 'How many entries the figures are taken over (newest first, up to 14)' }),
    average: z.number().nullable().meta({ description: 'Mean score of those entries' }),
    direction: z.enum(['up', 'down', 'steady', 'unknown']).meta({
      description:
        'Newer half against older half of those entries: a difference of 0.5 or more is a direction',
    }),
    latest: MoodEntrySchema.nullable(),
  })
  .meta({ id: 'MoodTrend' });

export const MoodListSchema = z
  .object({ moods: z.array(MoodEntrySchema), trend: MoodTrendSchema })
  .meta({ id: 'MoodList' });
