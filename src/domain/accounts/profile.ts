import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { ProfilePatch } from './schemas.ts';
import { type PublicUser, toPublicUser } from './user.ts';

/** The signed-in user's own account. */
export async function getProfile(ctx: UserContext): Promise<PublicUser> {
  const [row] = await ctx.tx.select().from(users).where(eq(users.id, ctx.userId));
  if (!row) throw new AppError('not_found', 'This account no longer exists.');
  return toPublicUser(row);
}

/** Changes what the user may change about themself (ProfilePatch lists it; roles and counters are not). */
export async function updateProfile(ctx: UserContext, raw: ProfilePatch): Promise<PublicUser> {
  const patch = parseInput(ProfilePatch, raw);
  const [row] = await ctx.tx
    .update(users)
    .set({
      displayName: patch.displayName,
      bio: patch.bio,
      avatarUrl: patch.avatarUrl,
      themeMode: patch.themeMode,
      notificationsEnabled: patch.notificationsEnabled,
      timeZone: patch.timeZone,
      crisisCountry: patch.crisisCountry,
    })
    .where(eq(users.id, ctx.userId))
    .returning();
  if (!row) throw new AppError('not_found', 'This account no longer exists.');
  return toPublicUser(row);
}
