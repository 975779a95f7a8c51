import { z } from 'zod';
import { scheduleTypes } from '../../db/schema/index.ts';

const Specialization = z
  .array(z.string().trim().min(1).max(60))
  .min(1)
  .max(10)
  .meta({ example: ['social anxiety', 'gym confidence'] });

const Latitude = z.number().min(-90).max(90).meta({ example: 51.5074 });
const Longitude = z.number().min(-180).max(180).meta({ example: -0.1278 });

/** lat and lng travel together: one without the other names the missing field. */
function bothOrNeither(value: { lat?: number | null; lng?: number | null }, ctx: z.RefinementCtx) {
  const hasLat = value.lat !== undefined && value.lat !== null;
  const hasLng = value.lng !== undefined && value.lng !== null;
  if (hasLat && !hasLng) ctx.addIssue({ code: 'custom', path: ['lng'], message: 'required with lat' });
  if (hasLng && !hasLat) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'required with lng' });
}

export const CreateMentorInput = z
  .strictObject({
    title: z.string().trim().min(1).max(100).meta({ example: 'Peer mentor' }),
    specialization: Specialization,
    bio: z.string().trim().min(1).max(2000),
    scheduleType: z.enum(scheduleTypes),
    available: z.boolean().optional(),
    locationId: z.uuid().optional(),
    lat: Latitude.optional(),
    lng: Longitude.optional(),
  })
  .superRefine(bothOrNeither)
  .meta({ id: 'CreateMentorInput' });

export const UpdateMentorInput = z
  .strictObject({
    title: z.string().trim().min(1).max(100).optional(),
    specialization: Specialization.optional(),
    bio: z.string().trim().min(1).max(2000).optional(),
    scheduleType: z.enum(scheduleTypes).optional(),
    available: z.boolean().optional(),
    locationId: z.uuid().nullable().optional(),
    lat: Latitude.nullable().optional(),
    lng: Longitude.nullable().optional(),
  })
  .superRefine(bothOrNeither)
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'send at least one field to change',
  })
  .meta({ id: 'UpdateMentorInput' });

const QueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

export const MentorSearchQuery = z
  .strictObject({
    lat: z.coerce.number().min(-90).max(90).optional(),
    lng: z.coerce.number().min(-180).max(180).optional(),
    radiusKm: z.coerce.number().min(0.1).max(500).default(25),
    specialization: z.string().trim().min(1).max(60).optional(),
    name: z.string().trim().min(1).max(80).optional(),
    available: QueryBoolean.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .superRefine(bothOrNeither);

export const MentorSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    displayName: z.string(),
    avatarUrl: z.string().nullable(),
    title: z.string(),
    specialization: z.array(z.string()),
    bio: z.string(),
    verified: z.boolean(),
    available: z.boolean(),
    scheduleType: z.enum(scheduleTypes).nullable(),
    locationId: z.uuid().nullable(),
    rating: z.number(),
    reviewCount: z.number().int(),
    totalSessions: z.number().int(),
    createdAt: z.string().meta({ format: 'date-time' }),
    distanceKm: z.number().optional(),
  })
  .meta({ id: 'Mentor' });

export type CreateMentorInput = z.infer<typeof CreateMentorInput>;
export type UpdateMentorInput = z.infer<typeof UpdateMentorInput>;
export type MentorSearchQuery = z.infer<typeof MentorSearchQuery>;
/** A mentor as anyone sees them. Their own coordinates stay private: only the distance is shown. */
export type Mentor = z.infer<typeof MentorSchema>;
