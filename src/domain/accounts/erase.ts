import { and, eq, gt, or } from 'drizzle-orm';
import { checkIns, mentorSessions, mentors, reviews, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { RateLimiter } from '../../ratelimit/index.ts';
import type { UserContext } from '../context.ts';
import { notify } from '../notifications/notify.ts';
import { accountKey, consumeAttempt, loginLimits } from './login-limits.ts';
import { verifyPassword } from './passwords.ts';
import { type PublicUser, toPublicUser } from './user.ts';

/**
 * Erases the account: deleting the user row deletes every row of theirs through the foreign keys'
 * ON DELETE CASCADE (check-ins, rewards, chat, notifications, journey, reviews, their mentor profile
 * with its sessions and the reviews of it, sessions they booked); places they suggested stay, as
 * public places, with created_by set to NULL. Triggers take their check-ins and reviews off the
 * places' and mentors' counters and ratings.
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
  input: { password: string },
  limiter: RateLimiter,
): Promise<PublicUser> {
  const key = accountKey({ id: ctx.userId }, '');
  await consumeAttempt(limiter, key, loginLimits.perAccount);
  const [user] = await ctx.tx.select().from(users).where(eq(users.id, ctx.userId));
  if (!user) throw new AppError('not_found', 'This account no longer exists.');
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw new AppError('forbidden', 'The password is wrong.', { field: 'password' }, 'invalid_password');
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
