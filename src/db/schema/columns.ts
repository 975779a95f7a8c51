import { timestamp } from 'drizzle-orm/pg-core';

/**
 * Every instant is stored as timestamptz. The seed used TIMESTAMP (without time zone), which
 * silently shifts values when a session's TimeZone differs and makes "days in the user's time zone"
 * impossible to compute; see drizzle/0001 for the note.
 */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const createdAt = () => instant('created_at').notNull().defaultNow();
export const updatedAt = () => instant('updated_at').notNull().defaultNow();
