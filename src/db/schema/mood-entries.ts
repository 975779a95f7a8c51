import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { users } from './users.ts';

/**
 * The mood log (issue 16): how the user said they felt, by number (1 to 5) or in their words, and
 * an optional note. How someone feels is a health detail: the score, the words and the note are
 * each sealed at the application layer (src/crypto/fields.ts), so the database holds only who and
 * when. The journey's trend is computed in the app from the newest entries.
 */
export const moodEntries = pgTable(
  'mood_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 1 (very low) to 5 (very good), sealed. */
    score: text('score').notNull(),
    /** The user's word for it ("anxious", "pretty low"), sealed. */
    feeling: text('feeling'),
    /** A private note, sealed. */
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    check('mood_entries_score_check', sql`${t.score} LIKE 'enc:v1:%'`),
    check('mood_entries_feeling_check', sql`${t.feeling} LIKE 'enc:v1:%'`),
    check('mood_entries_note_check', sql`${t.note} LIKE 'enc:v1:%'`),
    index('idx_mood_entries_user').on(t.userId, t.createdAt.desc()),
  ],
);
