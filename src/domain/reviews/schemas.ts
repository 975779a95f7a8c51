import { z } from 'zod';
import { reviewableTypes } from '../../db/schema/index.ts';

const Rating = z.number().int().min(1).max(5).meta({ example: 4 });
const Title = z.string().trim().min(1).max(255);
const Content = z.string().trim().min(1).max(5000);

export const CreateReviewInput = z
  .strictObject({
    reviewableType: z.enum(reviewableTypes),
    reviewableId: z.uuid(),
    rating: Rating,
    title: Title.optional(),
    content: Content.optional(),
  })
  .meta({ id: 'CreateReviewInput' });

export const UpdateReviewInput = z
  .strictObject({
    rating: Rating.optional(),
    title: Title.nullable().optional(),
    content: Content.nullable().optional(),
  })
  .refine((v) => v.rating !== undefined || v.title !== undefined || v.content !== undefined, {
    message: 'send rating, title or content',
  })
  .meta({ id: 'UpdateReviewInput' });

/** A page boundary: the microsecond creation time and id of the last review of the previous page. */
export const ReviewCursor = z
  .string()
  .regex(/^\d{1,20}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a nextCursor')
  .meta({ description: 'nextCursor of the previous page' });

export const ReviewListQuery = z.strictObject({
  reviewableType: z.enum(reviewableTypes),
  reviewableId: z.uuid(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: ReviewCursor.optional(),
});

export const ReviewSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    authorDisplayName: z.string(),
    authorAvatarUrl: z.string().nullable(),
    reviewableType: z.enum(reviewableTypes),
    reviewableId: z.uuid(),
    rating: z.number().int(),
    title: z.string().nullable(),
    content: z.string().nullable(),
    isVerifiedVisit: z.boolean(),
    isHeld: z.boolean().meta({
      description:
        'Held for an operator as written (its author booked the mentor unusually often): shown only to ' +
        'its author, and public once an operator clears it',
    }),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Review' });

export type CreateReviewInput = z.infer<typeof CreateReviewInput>;
export type UpdateReviewInput = z.infer<typeof UpdateReviewInput>;
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;
export type Review = z.infer<typeof ReviewSchema>;
export type ReviewableType = Review['reviewableType'];
