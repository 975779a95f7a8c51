import { sql } from 'drizzle-orm';
import type { UserContext } from '../context.ts';

/** What anyone may see of another user: never their e-mail, username or anything else. */
export interface PublicProfile {
  displayName: string;
  avatarUrl: string | null;
}

/**
 * Display names and avatars of the given users (mentors, review authors, the other side of a
 * session). Row-level security hides other users' rows: nc_public_profiles (drizzle/0014) reads
 * these two columns and nothing else.
 */
export async function publicProfiles(
  ctx: UserContext,
  userIds: readonly string[],
): Promise<Map<string, PublicProfile>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const { rows } = await ctx.tx.execute<{ id: string; display_name: string; avatar_url: string | null }>(
    sql`SELECT id, display_name, avatar_url FROM nc_public_profiles(${sql.param(ids)}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, { displayName: r.display_name, avatarUrl: r.avatar_url }]));
}

/** The name shown for a user whose account is gone (or was never readable). */
export const FORMER_USER: PublicProfile = { displayName: 'Former member', avatarUrl: null };
