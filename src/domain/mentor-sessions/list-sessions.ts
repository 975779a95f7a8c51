import { and, asc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { mentorSessions, mentors } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { publicProfiles } from '../mentors/public-profiles.ts';
import { type Session, SessionListQuery } from './schemas.ts';
import { toSession } from './view.ts';

/**
 * The signed-in user's sessions, as the booking user, as the mentor, or both, soonest first.
 * `from`/`to` bound the start time (from inclusive, to exclusive). Row-level security already
 * limits the rows to the two sides; the role filter only narrows that.
 */
export async function listMySessions(ctx: UserContext, raw: SessionListQuery): Promise<Session[]> {
  const q = parseInput(SessionListQuery, raw);
  const asUser = eq(mentorSessions.userId, ctx.userId);
  const asMentor = eq(mentors.userId, ctx.userId);
  const side: SQL | undefined =
    q.role === 'user' ? asUser : q.role === 'mentor' ? asMentor : or(asUser, asMentor);

  const rows = await ctx.tx
    .select({ row: mentorSessions, mentorUserId: mentors.userId })
    .from(mentorSessions)
    .innerJoin(mentors, eq(mentors.id, mentorSessions.mentorId))
    .where(
      and(
        side,
        q.status ? eq(mentorSessions.status, q.status) : undefined,
        q.from ? gte(mentorSessions.scheduledAt, new Date(q.from)) : undefined,
        q.to ? lt(mentorSessions.scheduledAt, new Date(q.to)) : undefined,
      ),
    )
    .orderBy(asc(mentorSessions.scheduledAt), asc(mentorSessions.id))
    .limit(q.limit);

  const profiles = await publicProfiles(
    ctx,
    rows.flatMap((r) => [r.mentorUserId, r.row.userId]),
  );
  return rows.map((r) => toSession(ctx, r.row, r.mentorUserId, profiles));
}
