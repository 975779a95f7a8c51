import { and, asc, eq, gt, or, type SQL, sql } from 'drizzle-orm';
import { DecryptionError, isSealed } from '../../crypto/cipher.ts';
import { fieldContext } from '../../crypto/fields.ts';
import {
  chatMessages,
  checkIns,
  journeyProgress,
  locations,
  mentorSessions,
  mentors,
  moodEntries,
  notifications,
  partnerStaff,
  pushSubscriptions,
  reviewFlags,
  reviews,
  rewards,
  users,
} from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { mapInSlices } from '../../slices.ts';
import { openAttachments, type ReplyAttachments } from '../chat/attachments.ts';
import { openContext } from '../chat/context-seal.ts';
import type { UserContext } from '../context.ts';
import { type PublicUser, toPublicUser } from './user.ts';

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
type SessionRow = Omit<Row<typeof mentorSessions>, 'mentorNotes' | 'userNotes'> & { notes: string | null };

export interface AccountExport {
  exportedAt: Date;
  user: PublicUser;
  journeyProgress: Row<typeof journeyProgress> | null;
  checkIns: (Omit<Row<typeof checkIns>, 'mood'> & { mood: string | null })[];
  moodEntries: (Omit<Row<typeof moodEntries>, 'score'> & { score: string | null })[];
  rewards: Row<typeof rewards>[];
  mentor: Row<typeof mentors> | null;
  /** Sessions they booked, and sessions booked with them as mentor; each with their own side's notes. */
  mentorSessions: { asUser: SessionRow[]; asMentor: SessionRow[] };
  reviews: Row<typeof reviews>[];
  /** Reviews of other people they flagged. */
  reviewFlags: Row<typeof reviewFlags>[];
  notifications: (Omit<Row<typeof notifications>, 'title' | 'message'> & {
    title: string | null;
    message: string | null;
  })[];
  chatMessages: (Omit<Row<typeof chatMessages>, 'content' | 'attachments'> & {
    content: string | null;
    attachments: ReplyAttachments | null;
  })[];
  /** Devices that get alerts with no tab open; the browsers' keys are left out (they open nothing of the user's). */
  pushSubscriptions: Omit<Row<typeof pushSubscriptions>, 'p256dh' | 'auth'>[];
  /**
   * Counter staff: the partner they serve at, links they made as an operator, and the rewards they
   * redeemed for customers (which, when and where: nothing of the customer's).
   */
  counter: {
    staffAt: Row<typeof partnerStaff> | null;
    staffLinked: Row<typeof partnerStaff>[];
    redemptions: { id: string; redeemedAt: Date; redeemedLocationId: string | null }[];
  };
  /** Places they suggested (kept, without them, if they erase the account). */
  suggestedLocations: Row<typeof locations>[];
  /** Encrypted values no configured key could open (a key was removed): exported as null. */
  undecryptableValues: number;
}

/** Chat messages read per query in an export (up to 4 KB each). */
const CHAT_PAGE = 200;

/**
 * Everything stored about the user, every table, with encrypted fields (check-in notes, chat,
 * their own session notes) decrypted. The password hash and token version are left out; so are a
 * mentor's private notes about a session the user booked, which are the mentor's.
 */
export async function exportAccount(ctx: UserContext): Promise<AccountExport> {
  const { tx, userId } = ctx;
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'This account no longer exists.');
  let undecryptable = 0;
  // `plainBefore`: a column sealed since drizzle/0013, where a value not yet sealed is plain text.
  const open = (value: string | null, context: string, plainBefore = false): string | null => {
    if (value === null) return null;
    if (plainBefore && !isSealed(value)) return value;
    try {
      return ctx.cipher.decrypt(value, context);
    } catch (err) {
      if (!(err instanceof DecryptionError)) throw err;
      undecryptable++;
      return null;
    }
  };

  const [journey] = await tx.select().from(journeyProgress).where(eq(journeyProgress.userId, userId));
  const [mentor] = await tx.select().from(mentors).where(eq(mentors.userId, userId));
  const sessions = (side: 'user' | 'mentor', rows: Row<typeof mentorSessions>[]): SessionRow[] =>
    rows.map(({ mentorNotes, userNotes, ...s }) => ({
      ...s,
      notes: open(side === 'user' ? userNotes : mentorNotes, fieldContext.sessionNote(s.id, side)),
    }));

  const checkInRows = await tx
    .select()
    .from(checkIns)
    .where(eq(checkIns.userId, userId))
    .orderBy(asc(checkIns.timestamp));
  const moodRows = await tx
    .select()
    .from(moodEntries)
    .where(eq(moodEntries.userId, userId))
    .orderBy(asc(moodEntries.createdAt));
  // A long history in pages, each a query of its own: the database's work and this process's
  // parsing come in pieces between other requests, not as one 5 MB result.
  const chatRows: Row<typeof chatMessages>[] = [];
  for (let after: string | undefined; ; ) {
    const page = await tx
      .select()
      .from(chatMessages)
      .where(and(eq(chatMessages.userId, userId), after ? gt(chatMessages.id, after) : undefined))
      .orderBy(asc(chatMessages.id))
      .limit(CHAT_PAGE);
    chatRows.push(...page);
    if (page.length < CHAT_PAGE) break;
    after = page.at(-1)!.id;
  }
  const notificationRows = await tx
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt));
  const sessionsOf = (where: SQL) =>
    tx.select().from(mentorSessions).where(where).orderBy(asc(mentorSessions.scheduledAt));
  const bookedRows = await sessionsOf(eq(mentorSessions.userId, userId));
  const mentoredRows = mentor ? await sessionsOf(eq(mentorSessions.mentorId, mentor.id)) : [];

  // Decrypt everything first, so the count of what could not be opened is complete; a hundred rows
  // at a time (mapInSlices), so a large account's thousands of values are not one block that holds
  // every other request on the instance.
  const sections = {
    checkIns: await mapInSlices(checkInRows, (c) => ({
      ...c,
      note: open(c.note, fieldContext.checkInNote(userId)),
      mood: open(c.mood, fieldContext.checkInMood(userId), true),
    })),
    moodEntries: await mapInSlices(moodRows, (m) => ({
      ...m,
      score: open(m.score, fieldContext.mood(userId, 'score')),
      feeling: open(m.feeling, fieldContext.mood(userId, 'feeling')),
      note: open(m.note, fieldContext.mood(userId, 'note')),
    })),
    chatMessages: await mapInSlices(chatRows, (m) => ({
      ...m,
      content: open(m.content, fieldContext.chatContent(userId)),
      context: openContext(ctx.cipher, userId, m.context, open) ?? null,
      attachments: openAttachments(ctx.cipher, userId, m.attachments, open) ?? null,
    })),
    notifications: await mapInSlices(notificationRows, (n) => ({
      ...n,
      title: open(n.title, fieldContext.notificationTitle(userId), true),
      message: open(n.message, fieldContext.notificationMessage(userId), true),
    })),
    mentorSessions: { asUser: sessions('user', bookedRows), asMentor: sessions('mentor', mentoredRows) },
  };
  return {
    exportedAt: ctx.clock.now(),
    user: toPublicUser(user),
    journeyProgress: journey ?? null,
    rewards: await tx.select().from(rewards).where(eq(rewards.userId, userId)).orderBy(asc(rewards.earnedAt)),
    mentor: mentor ?? null,
    reviews: await tx
      .select()
      .from(reviews)
      .where(eq(reviews.userId, userId))
      .orderBy(asc(reviews.createdAt)),
    reviewFlags: await tx
      .select()
      .from(reviewFlags)
      .where(eq(reviewFlags.userId, userId))
      .orderBy(asc(reviewFlags.createdAt)),
    pushSubscriptions: (
      await tx
        .select()
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, userId))
        .orderBy(asc(pushSubscriptions.createdAt))
    ).map(({ p256dh: _key, auth: _secret, ...device }) => device),
    counter: await counterRecord(tx, userId),
    suggestedLocations: await tx
      .select()
      .from(locations)
      .where(eq(locations.createdBy, userId))
      .orderBy(asc(locations.createdAt)),
    ...sections,
    undecryptableValues: undecryptable,
  };
}

async function counterRecord(tx: UserContext['tx'], userId: string): Promise<AccountExport['counter']> {
  const links = await tx
    .select()
    .from(partnerStaff)
    .where(or(eq(partnerStaff.userId, userId), eq(partnerStaff.addedBy, userId)))
    .orderBy(asc(partnerStaff.createdAt));
  const { rows } = await tx.execute<{
    id: string;
    redeemed_at: Date | string;
    redeemed_location_id: string | null;
  }>(sql`SELECT * FROM nc_my_counter_redemptions()`);
  return {
    staffAt: links.find((l) => l.userId === userId) ?? null,
    staffLinked: links.filter((l) => l.addedBy === userId && l.userId !== userId),
    redemptions: rows.map((r) => ({
      id: r.id,
      redeemedAt: new Date(r.redeemed_at),
      redeemedLocationId: r.redeemed_location_id,
    })),
  };
}
