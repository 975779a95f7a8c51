import { z } from 'zod';
import { cursorPageQuery } from '../paging.ts';

/** A notification as the inbox shows it (the `notification` push carries the first fields of it). */
export const InboxNotification = z
  .object({
    id: z.uuid(),
    type: z.string(),
    title: z.string(),
    message: z.string(),
    actionUrl: z.string().nullable(),
    actionLabel: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).nullable(),
    read: z.boolean(),
    readAt: z.string().nullable().meta({ format: 'date-time' }),
    createdAt: z.string().meta({ format: 'date-time' }),
    /** A reminder's delivery time: it appears in the inbox then, and sorts by it. */
    deliverAt: z.string().nullable().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Notification' });

export const InboxQuery = z.strictObject({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'true: unread only; false: read only' }),
  ...cursorPageQuery(20),
});

export const InboxPage = z
  .object({
    notifications: z.array(InboxNotification),
    unreadCount: z.number().int(),
    nextCursor: z.uuid().nullable(),
  })
  .meta({ id: 'NotificationPage' });

export type InboxQuery = z.infer<typeof InboxQuery>;
