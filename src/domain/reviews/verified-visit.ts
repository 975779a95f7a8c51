import { and, eq, sql } from 'drizzle-orm';
import { checkIns, mentorSessions } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import type { ReviewableType } from './schemas.ts';

/**
 * A review is of a verified visit when its author checked in at the place while there (presence
 * `verified`: a position inside the geofence; drizzle/0022, like nc_flag_review), or completed a
 * session with the mentor. Both reads are the author's own rows.
 */
export async function isVerifiedVisit(
  ctx: UserContext,
  type: ReviewableType,
  targetId: string,
): Promise<boolean> {
  const visit =
    type === 'location'
      ? ctx.tx
          .select({ one: sql`1` })
          .from(checkIns)
          .where(
            and(
              eq(checkIns.userId, ctx.userId),
              eq(checkIns.locationId, targetId),
              eq(checkIns.presence, 'verified'),
            ),
          )
      : ctx.tx
          .select({ one: sql`1` })
          .from(mentorSessions)
          .where(
            and(
              eq(mentorSessions.userId, ctx.userId),
              eq(mentorSessions.mentorId, targetId),
              eq(mentorSessions.status, 'completed'),
            ),
          );
  const rows = await visit.limit(1);
  return rows.length > 0;
}
