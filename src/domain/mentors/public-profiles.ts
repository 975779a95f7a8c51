import { inArray } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { elevated } from '../../db/tx.ts';
import type { UserContext } from '../context.ts';

/** What anyone may see of another user: never their e-mail, username or anything else. */
export interface PublicProfile {
  displayName: string;
  avatarUrl: string | null;
}

/**
 * Display names and avatars of the given users (mentors, review authors, the other side of a
 * session). Row-level security hides other users' rows, so the read is elevated, and limited to
 * these two columns.
 */
export async function publicProfiles(
  ctx: UserContext,
  userIds: readonly string[],
): Promise<Map<string, PublicProfile>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await elevated(ctx.tx, (tx) =>
    tx
      .select({ id: users.id, displayName: users.displayName, avatarUrl: users.avatarUrl })
      .from(users)
      .where(inArray(users.id, ids)),
  );
  return new Map(rows.map((r) => [r.id, { displayName: r.displayName, avatarUrl: r.avatarUrl }]));
}

/** The name shown for a user whose account is gone (or was never readable). */
export const FORMER_USER: PublicProfile = { displayName: 'Former member', avatarUrl: null };
