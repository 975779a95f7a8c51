import { and, eq, gt, or, sql } from 'drizzle-orm';
import { checkIns, mentorSessions, mentors, reviews, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { RateLimiter } from '../../ratelimit/index.ts';
import { openContext, sealContext } from '../chat/context-seal.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { FORMER_USER } from '../mentors/public-profiles.ts';
import { notify } from '../notifications/notify.ts';
import { openNotice, sealNotice } from '../notifications/sealed.ts';
import { accountKey, consumeAttempt, loginLimits } from './login-limits.ts';
import { verifyPassword } from './passwords.ts';
import { EraseInput } from './schemas.ts';
import { type PublicUser, toPublicUser } from './user.ts';

/**
 * Erases the account: deleting the user row deletes every row of theirs through the foreign keys'
 * ON DELETE CASCADE (check-ins, rewards, chat, notifications, journey, reviews, their mentor profile
 * with its sessions and the reviews of it, sessions they booked, their devices' push subscriptions);
 * places they suggested stay, as public places, with created_by set to NULL. Triggers take their
 * check-ins and reviews off the places' and mentors' counters and ratings.
 *
 * The current password is required: a stolen token alone must not be able to destroy an account
 * for good. Password checks count against the same per-account limit as sign-in.
 *
 * The other side of each upcoming session is told it is off (without naming who left). After commit:
 * `user-deleted` (the hub drops their sockets), and cached places and mentors whose counts changed
 * are evicted. Every token of theirs then fails: the account they name is gone.
 */
export async function eraseAccount(
  ctx: UserContext,
  raw: { password: string },
  limiter: RateLimiter,
): Promise<PublicUser> {
  const input = parseInput(EraseInput, raw);
  const key = accountKey({ id: ctx.userId }, '');
  await consumeAttempt(limiter, key, loginLimits.perAccount);
  const [user] = await ctx.tx.select().from(users).where(eq(users.id, ctx.userId));
  if (!user) throw new AppError('not_found', 'This account no longer exists.');
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw new AppError('forbidden', 'The password is wrong.', {
      details: { field: 'password' },
      reason: 'invalid_password',
    });
  }

  const [mentor] = await ctx.tx
    .select({ id: mentors.id })
    .from(mentors)
    .where(eq(mentors.userId, ctx.userId));
  const visited = await ctx.tx
    .selectDistinct({ id: checkIns.locationId })
    .from(checkIns)
    .where(eq(checkIns.userId, ctx.userId));
  const reviewed = await ctx.tx
    .select({ type: reviews.reviewableType, id: reviews.reviewableId })
    .from(reviews)
    .where(eq(reviews.userId, ctx.userId));

  await tellOtherSides(ctx, mentor?.id);
  await forgetInOthersRows(ctx, user, mentor?.id);
  await ctx.tx.delete(users).where(eq(users.id, ctx.userId));

  const locationIds = new Set([
    ...visited.map((v) => v.id),
    ...reviewed.filter((r) => r.type === 'location').map((r) => r.id),
  ]);
  const mentorIds = new Set([
    ...(mentor ? [mentor.id] : []),
    ...reviewed.filter((r) => r.type === 'mentor').map((r) => r.id),
  ]);
  ctx.afterCommit(() => {
    ctx.events.emit('user-deleted', { userId: ctx.userId });
    const evictions = [
      ...[...locationIds].map((id) => ctx.cache.invalidateLocation(id)),
      ...[...mentorIds].map((id) => ctx.cache.invalidateMentor(id)),
      limiter.reset(key),
    ];
    Promise.all(evictions).catch((err: unknown) =>
      ctx.logger.warn({ err }, 'erasure: evicting cached entries failed'),
    );
  });
  return toPublicUser(user);
}

/** Upcoming sessions vanish with the account: the mentor (or the booker) hears it is off. */
async function tellOtherSides(ctx: UserContext, ownMentorId: string | undefined): Promise<void> {
  const upcoming = await ctx.tx
    .select({
      scheduledAt: mentorSessions.scheduledAt,
      bookerId: mentorSessions.userId,
      mentorUserId: mentors.userId,
    })
    .from(mentorSessions)
    .innerJoin(mentors, eq(mentors.id, mentorSessions.mentorId))
    .where(
      and(
        eq(mentorSessions.status, 'scheduled'),
        gt(mentorSessions.scheduledAt, ctx.clock.now()),
        or(
          eq(mentorSessions.userId, ctx.userId),
          ownMentorId ? eq(mentorSessions.mentorId, ownMentorId) : undefined,
        ),
      ),
    );
  for (const s of upcoming) {
    const other = s.bookerId === ctx.userId ? s.mentorUserId : s.bookerId;
    if (other === ctx.userId) continue;
    await notify(ctx, {
      userId: other,
      type: 'session_cancelled',
      title: 'A session was cancelled',
      message: `Your session on ${s.scheduledAt.toISOString().slice(0, 16).replace('T', ' ')} UTC was cancelled: the other person closed their account.`,
      data: { scheduledAt: s.scheduledAt.toISOString(), reason: 'account_closed' },
    });
  }
}

/**
 * Other people's rows that name the leaver: a mentor's "Zelda booked a session…", a client's "your
 * mentor Zelda confirmed…", another user's assistant reply context listing Zelda as a mentor. Their
 * name (and e-mail, should it appear) becomes "Former member" there: those rows are the other
 * person's, so they stay, without the leaver in them. Found by what ties them to the leaver (the
 * sessions booked by or with them, their mentor id, their user id), never by the name alone: the
 * functions of drizzle/0014 find those rows, and write back only rows they would find.
 */
async function forgetInOthersRows(
  ctx: UserContext,
  user: { displayName: string; email: string },
  ownMentorId: string | undefined,
): Promise<void> {
  const forget = (text: string, quote: (s: string) => string = (s) => s) =>
    text
      .replaceAll(quote(user.displayName), FORMER_USER.displayName)
      .replaceAll(quote(user.email), FORMER_USER.displayName);
  // Both are sealed: each row is opened, rewritten and sealed again here, in the leaver's transaction.
  const notices = await ctx.tx.execute<{ id: string; user_id: string; title: string; message: string }>(
    sql`SELECT id, user_id, title, message FROM nc_notices_naming_caller()`,
  );
  for (const row of notices.rows) {
    const open = openNotice(ctx.cipher, { userId: row.user_id, title: row.title, message: row.message });
    const rewritten = { title: forget(open.title), message: forget(open.message) };
    if (rewritten.title === open.title && rewritten.message === open.message) continue;
    const sealed = sealNotice(ctx.cipher, row.user_id, rewritten);
    await ctx.tx.execute(sql`SELECT nc_reseal_notice(${row.id}::uuid, ${sealed.title}, ${sealed.message})`);
  }
  // Replies that mention the leaver's ids, found by the tags sealed contexts keep of them.
  const ties = [ctx.userId, ...(ownMentorId ? [ownMentorId] : [])];
  const tags = sql.param(ties.flatMap((id) => ctx.cipher.tags(id)));
  const replies = await ctx.tx.execute<{
    id: string;
    user_id: string;
    context: Record<string, unknown> | null;
  }>(sql`SELECT id, user_id, context FROM nc_replies_tagged(${tags}::text[])`);
  // As names appear inside JSON text (quotes and backslashes escaped).
  const inJson = (s: string) => JSON.stringify(s).slice(1, -1);
  for (const row of replies.rows) {
    const context = openContext(ctx.cipher, row.user_id, row.context);
    if (!context) continue;
    const json = JSON.stringify(context);
    const rewritten = forget(json, inJson);
    if (rewritten === json) continue;
    const sealed = sealContext(ctx.cipher, row.user_id, JSON.parse(rewritten));
    await ctx.tx.execute(
      sql`SELECT nc_reseal_reply(${row.id}::uuid, ${tags}::text[], ${JSON.stringify(sealed)}::jsonb)`,
    );
  }
}
