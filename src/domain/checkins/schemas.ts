import { z } from 'zod';
import { locationTypes, moods, presences } from '../../db/schema/index.ts';
import { JourneySchema } from '../journey/schemas.ts';
import { RewardSchema } from '../rewards/schemas.ts';
import { isCheckInCursor } from './cursor.ts';

const instant = () => z.string().meta({ format: 'date-time' });

export const NOTE_MAX_LENGTH = 1000;

/** The largest accuracy (metres) a device may report for a position; anything beyond is nonsense. */
export const ACCURACY_MAX_METRES = 1_000_000;

export const CheckInInput = z
  .strictObject({
    locationId: z.uuid(),
    mood: z.enum(moods).optional(),
    note: z.string().max(NOTE_MAX_LENGTH).optional().meta({ description: 'Private; stored encrypted' }),
    lat: z.number().min(-90).max(90).optional().meta({ description: 'Where the user is; with lng' }),
    lng: z.number().min(-180).max(180).optional(),
    accuracy: z
      .number()
      .min(0)
      .max(ACCURACY_MAX_METRES)
      .optional()
      .meta({
        description:
          "The position's accuracy in metres, as the device reports it (the radius of 68% confidence); " +
          'with lat and lng. Above 150 m the check-in counts but earns no reward.',
      }),
  })
  .superRefine((input, ctx) => {
    if ((input.lat === undefined) !== (input.lng === undefined)) {
      const missing = input.lat === undefined ? 'lat' : 'lng';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'lat and lng must be sent together' });
    }
    if (input.accuracy !== undefined && input.lat === undefined && input.lng === undefined) {
      ctx.addIssue({ code: 'custom', path: ['accuracy'], message: 'accuracy goes with lat and lng' });
    }
  })
  .meta({ id: 'CheckInInput' });

export type CheckInInput = z.infer<typeof CheckInInput>;

export const CheckInSchema = z
  .object({
    id: z.uuid(),
    locationId: z.uuid(),
    location: z.object({ id: z.uuid(), name: z.string(), type: z.enum(locationTypes) }),
    timestamp: instant(),
    mood: z.enum(moods).nullable(),
    note: z.string().nullable(),
    rewardEarnedId: z.uuid().nullable(),
    presence: z
      .enum(presences)
      .nullable()
      .meta({
        description:
          'How being at the place was judged: verified (coordinates inside the geofence, accuracy ' +
          'within bounds), no_location, coarse_location; null for check-ins from before it was judged',
      }),
    createdAt: instant(),
  })
  .meta({ id: 'CheckIn' });

export const PresenceSchema = z
  .object({
    verified: z.boolean().meta({ description: 'Only a verified check-in earns rewards' }),
    reason: z
      .enum(['no_location', 'coarse_location', 'not_judged'])
      .nullable()
      .meta({ description: 'Why it is not verified; null when it is' }),
    message: z
      .string()
      .nullable()
      .meta({ description: 'For the user, at a place with rewards when this check-in earns none' }),
  })
  .meta({ id: 'Presence' });

export const CheckInResult = z
  .object({
    checkIn: CheckInSchema,
    journey: JourneySchema,
    reward: RewardSchema.optional(),
    duplicate: z
      .boolean()
      .meta({ description: 'True when this repeats a check-in at the same place within the hour' }),
    presence: PresenceSchema,
    levelUp: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    newMilestones: z.array(z.object({ id: z.string(), title: z.string() })),
  })
  .meta({ id: 'CheckInResult' });

export const ListCheckInsQuery = z.object({
  before: z
    .string()
    .max(200)
    .refine(isCheckInCursor, { message: 'must be a nextCursor from a previous page' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const CheckInPage = z
  .object({ checkIns: z.array(CheckInSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'CheckInPage' });
