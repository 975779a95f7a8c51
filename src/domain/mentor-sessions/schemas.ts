import { z } from 'zod';
import { sessionStatuses, sessionTypes } from '../../db/schema/index.ts';

/** How far ahead a session may be booked. */
export const MAX_BOOKING_DAYS = 180;

const Instant = z.iso.datetime({ offset: true }).meta({ example: '2030-05-01T17:00:00Z' });
const Notes = z.string().trim().min(1).max(2000);

export const BookSessionInput = z
  .strictObject({
    mentorId: z.uuid(),
    scheduledAt: Instant.meta({
      description: `In the future, at most ${MAX_BOOKING_DAYS} days ahead`,
    }),
    durationMinutes: z.number().int().min(15).max(180).meta({ example: 60 }),
    sessionType: z.enum(sessionTypes),
    locationId: z.uuid().optional().meta({
      description: "Where to meet; an in-person session defaults to the mentor's place",
    }),
    notes: Notes.optional().meta({ description: 'For both sides to read; stored encrypted' }),
  })
  .meta({ id: 'BookSessionInput' });

export const ChangeSessionInput = z
  .strictObject({
    status: z.enum(['cancelled', 'completed', 'no-show']).optional().meta({
      description: 'cancelled by either side while scheduled; completed / no-show by the mentor once started',
    }),
    notes: Notes.nullable().optional().meta({
      description: "The caller's own notes (the user's, or the mentor's private ones); null clears them",
    }),
    scheduledAt: Instant.optional().meta({
      description: `Moves the session (the booker only, while it is scheduled and ahead): in the future, at most ${MAX_BOOKING_DAYS} days ahead; sent alone`,
    }),
  })
  .refine((v) => v.status !== undefined || v.notes !== undefined || v.scheduledAt !== undefined, {
    message: 'send status, notes or scheduledAt',
  })
  .refine((v) => v.scheduledAt === undefined || (v.status === undefined && v.notes === undefined), {
    message: 'scheduledAt moves the session and is sent alone',
    path: ['scheduledAt'],
  })
  .meta({ id: 'ChangeSessionInput' });

/** A session moved to another start (moveSession): the booker's own change. */
export const MoveSessionInput = z.strictObject({ scheduledAt: Instant }).meta({ id: 'MoveSessionInput' });

export const SessionListQuery = z.strictObject({
  role: z.enum(['user', 'mentor', 'all']).default('all'),
  status: z.enum(sessionStatuses).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const SessionSchema = z
  .object({
    id: z.uuid(),
    mentorId: z.uuid(),
    userId: z.uuid(),
    /** Which side of the session the caller is on. */
    role: z.enum(['user', 'mentor']),
    mentorDisplayName: z.string(),
    userDisplayName: z.string(),
    scheduledAt: z.string().meta({ format: 'date-time' }),
    endsAt: z.string().meta({ format: 'date-time' }),
    durationMinutes: z.number().int(),
    sessionType: z.enum(sessionTypes).nullable(),
    locationId: z.uuid().nullable(),
    status: z.enum(sessionStatuses),
    userNotes: z.string().nullable(),
    mentorNotes: z.string().nullable().optional().meta({ description: 'Only ever sent to the mentor' }),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
    completedAt: z.string().nullable().meta({ format: 'date-time' }),
  })
  .meta({ id: 'MentorSession' });

export type BookSessionInput = z.infer<typeof BookSessionInput>;
export type ChangeSessionInput = z.infer<typeof ChangeSessionInput>;
export type MoveSessionInput = z.infer<typeof MoveSessionInput>;
export type SessionListQuery = z.infer<typeof SessionListQuery>;
export type Session = z.infer<typeof SessionSchema>;
