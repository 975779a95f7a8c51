import { index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { partners } from './partners.ts';
import { users } from './users.ts';

/**
 * A partner's counter staff: ordinary accounts an operator linked to one partner. They redeem
 * users' QR rewards at that partner's places (src/domain/rewards/redeem.ts); nothing else changes
 * for them. One partner per account: a barista works at one business.
 */
export const partnerStaff = pgTable(
  'partner_staff',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** The operator who linked the account. */
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('idx_partner_staff_partner').on(t.partnerId)],
);
