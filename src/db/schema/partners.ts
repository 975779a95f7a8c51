import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';

export const partnershipLevels = ['bronze', 'silver', 'gold', 'platinum'] as const;

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 255 }).notNull(),
    type: varchar('type', { length: 50 }),
    email: varchar('email', { length: 255 }),
    phone: varchar('phone', { length: 20 }),
    website: text('website'),
    description: text('description'),
    logoUrl: text('logo_url'),
    partnershipLevel: varchar('partnership_level', { length: 20, enum: partnershipLevels }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'partners_partnership_level_check',
      sql`${t.partnershipLevel} IN ('bronze', 'silver', 'gold', 'platinum')`,
    ),
    index('idx_partners_active').on(t.active),
  ],
);
