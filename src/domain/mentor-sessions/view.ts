import type { SessionOnWire } from '../../contract/socket.ts';
import { fieldContext } from '../../crypto/fields.ts';
import type { mentorSessions } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { FORMER_USER, type PublicProfile } from '../mentors/public-profiles.ts';
import type { Session } from './schemas.ts';

export type SessionRow = typeof mentorSessions.$inferSelect;

type Side = 'user' | 'mentor';

/**
 * Notes are encrypted with their session and side as associated data (fieldContext), so a value
 * copied into another session, or to the other side's column, does not decrypt.
 */
export function sealNotes(
  ctx: UserContext,
  side: Side,
  sessionId: string,
  notes: string | null,
): string | null {
  return notes === null ? null : ctx.cipher.encrypt(notes, fieldContext.sessionNote(sessionId, side));
}

/** A session as one of its two sides sees it: the mentor's notes reach the mentor only. */
export function toSession(
  ctx: UserContext,
  row: SessionRow,
  mentorUserId: string,
  profiles: Map<string, PublicProfile>,
): Session {
  const role = row.userId === ctx.userId ? 'user' : 'mentor';
  const open = (side: Side, stored: string | null) =>
    stored === null ? null : ctx.cipher.read(stored, fieldContext.sessionNote(row.id, side));
  const session: Session = {
    ...sessionEventPayload(row, {
      mentor: (profiles.get(mentorUserId) ?? FORMER_USER).displayName,
      user: (profiles.get(row.userId) ?? FORMER_USER).displayName,
    }),
    role,
    userNotes: open('user', row.userNotes),
  };
  if (role === 'mentor') session.mentorNotes = open('mentor', row.mentorNotes);
  return session;
}

export const endsAt = (row: Pick<SessionRow, 'scheduledAt' | 'durationMinutes'>) =>
  new Date(row.scheduledAt.getTime() + row.durationMinutes * 60_000);

/**
 * The one builder of a session's shared fields: the `mentor:session` payload (booking, changes,
 * the reminder sweep) and the base of each side's view (toSession). `names`: the display names
 * of the mentor and the person who booked.
 */
export function sessionEventPayload(row: SessionRow, names: { mentor: string; user: string }): SessionOnWire {
  return {
    id: row.id,
    mentorId: row.mentorId,
    userId: row.userId,
    mentorDisplayName: names.mentor,
    userDisplayName: names.user,
    scheduledAt: row.scheduledAt.toISOString(),
    endsAt: endsAt(row).toISOString(),
    durationMinutes: row.durationMinutes,
    sessionType: row.sessionType,
    locationId: row.locationId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
