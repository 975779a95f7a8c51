import { z } from 'zod';

const instant = () => z.string().meta({ format: 'date-time' });

export const MilestoneSchema = z
  .object({
    id: z.string().meta({ example: 'first_check_in' }),
    title: z.string().meta({ example: 'First check-in' }),
    achieved: z.boolean(),
    achievedAt: instant().optional(),
  })
  .meta({ id: 'Milestone' });

export const JourneySchema = z
  .object({
    level: z.number().int().min(1).max(5),
    currentStreak: z
      .number()
      .int()
      .meta({ description: "Consecutive days with a check-in, in the user's time zone" }),
    longestStreak: z.number().int(),
    totalCheckIns: z.number().int(),
    gymVisits: z.number().int(),
    mentorSessions: z.number().int(),
    coffeeRedemptions: z.number().int(),
    completionPercentage: z.number().int().min(0).max(100),
    milestones: z.array(MilestoneSchema),
    nextLevel: z
      .object({
        level: z.number().int(),
        requirements: z.array(
          z.object({
            name: z.enum(['checkIns', 'gymVisits', 'mentorSessions', 'streakDays']),
            current: z.number().int(),
            target: z.number().int(),
          }),
        ),
      })
      .nullable(),
    levelStartDate: instant(),
    lastCheckIn: instant().nullable(),
  })
  .meta({ id: 'Journey' });

export const JourneyResult = z.object({ journey: JourneySchema }).meta({ id: 'JourneyResult' });
