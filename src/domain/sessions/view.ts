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
    id: row.id,
    mentorId: row.mentorId,
    userId: row.userId,
    role,
    mentorDisplayName: (profiles.get(mentorUserId) ?? FORMER_USER).displayName,
    userDisplayName: (profiles.get(row.userId) ?? FORMER_USER).displayName,
    scheduledAt: row.scheduledAt.toISOString(),
    endsAt: endsAt(row).toISOString(),
    durationMinutes: row.durationMinutes,
    sessionType: row.sessionType,
    locationId: row.locationId,
    status: row.status,
    userNotes: open('user', row.userNotes),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
  if (role === 'mentor') session.mentorNotes = open('mentor', row.mentorNotes);
  return session;
}

export const endsAt = (row: Pick<SessionRow, 'scheduledAt' | 'durationMinutes'>) =>
  new Date(row.scheduledAt.getTime() + row.durationMinutes * 60_000);

/**
 * What a live `mentor:session` push carries: no notes, since the event may cross Redis to
 * other instances in the clear.
 */
export function sessionEventPayload(session: Session): Record<string, unknown> {
  const { userNotes: _u, mentorNotes: _m, role: _r, ...rest } = session;
  return rest;
}
