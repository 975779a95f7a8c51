import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { locations, partnerStaff, partners, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { SystemContext, UserContext } from '../context.ts';
import { parseInput } from '../input.ts';

// A partner's counter staff (docs/domain-rules.md, "Redemption at the counter"). Operators link
// and unlink accounts (withOperator or the admin CLI); the staff page asks staffPost.

export const AddStaffInput = z
  .object({ email: z.email().max(255).meta({ description: 'The e-mail of an existing account' }) })
  .meta({ id: 'AddStaffInput' });
export type AddStaffInput = z.infer<typeof AddStaffInput>;

export const StaffMemberSchema = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    displayName: z.string().nullable(),
    partnerId: z.uuid(),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'StaffMember' });

export const StaffPostSchema = z
  .object({
    partner: z.object({ id: z.uuid(), name: z.string() }),
    places: z.array(z.object({ id: z.uuid(), name: z.string(), address: z.string(), city: z.string() })),
  })
  .meta({ id: 'StaffPost' });

export interface StaffMember {
  userId: string;
  email: string;
  displayName: string | null;
  partnerId: string;
  createdAt: Date;
}

export type StaffPost = z.infer<typeof StaffPostSchema>;

const member = (ctx: SystemContext) =>
  ctx.tx
    .select({
      userId: partnerStaff.userId,
      email: users.email,
      displayName: users.displayName,
      partnerId: partnerStaff.partnerId,
      createdAt: partnerStaff.createdAt,
    })
    .from(partnerStaff)
    .innerJoin(users, eq(users.id, partnerStaff.userId));

/**
 * Links the account with this e-mail to the partner as counter staff. Linking it again to the same
 * partner changes nothing; an account is staff at one partner at a time (conflict otherwise).
 */
export async function addStaff(
  ctx: SystemContext & { operatorId?: string },
  partnerId: string,
  raw: AddStaffInput,
): Promise<StaffMember> {
  const { email } = parseInput(AddStaffInput, raw);
  const [partner] = await ctx.tx
    .select({ active: partners.active })
    .from(partners)
    .where(eq(partners.id, partnerId));
  if (!partner) throw new AppError('not_found', 'No such partner.');
  if (!partner.active)
    throw new AppError('unprocessable', 'This partnership has ended: it cannot take new staff.');
  const [account] = await ctx.tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  if (!account) throw new AppError('not_found', `No account with the e-mail ${email}: they sign up first.`);
  await ctx.tx
    .insert(partnerStaff)
    .values({ userId: account.id, partnerId, addedBy: ctx.operatorId ?? null, createdAt: ctx.clock.now() })
    .onConflictDoNothing();
  const [linked] = await member(ctx).where(eq(partnerStaff.userId, account.id));
  if (linked!.partnerId !== partnerId) {
    throw new AppError(
      'conflict',
      'This account is already staff at another partner; remove it there first.',
    );
  }
  return linked!;
}

/** Unlinks a staff account from the partner (not found when it is not linked there). */
export async function removeStaff(
  ctx: SystemContext,
  partnerId: string,
  userId: string,
): Promise<{ removed: true }> {
  const gone = await ctx.tx
    .delete(partnerStaff)
    .where(and(eq(partnerStaff.partnerId, partnerId), eq(partnerStaff.userId, userId)))
    .returning({ userId: partnerStaff.userId });
  if (gone.length === 0) throw new AppError('not_found', 'This account is not staff at this partner.');
  return { removed: true };
}

/** The partner's staff, in the order they were added. */
export async function listStaff(ctx: SystemContext, partnerId: string): Promise<StaffMember[]> {
  const [partner] = await ctx.tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId));
  if (!partner) throw new AppError('not_found', 'No such partner.');
  return member(ctx).where(eq(partnerStaff.partnerId, partnerId)).orderBy(asc(partnerStaff.createdAt));
}

/**
 * Where the signed-in account serves at the counter: its partner and that partner's places, or
 * null for everyone else (the web client asks on every load: no error for ordinary users).
 * Row-level security shows an account its own link only.
 */
export async function staffPost(ctx: UserContext): Promise<StaffPost | null> {
  const [link] = await ctx.tx
    .select({ id: partners.id, name: partners.name })
    .from(partnerStaff)
    .innerJoin(partners, eq(partners.id, partnerStaff.partnerId))
    .where(eq(partnerStaff.userId, ctx.userId));
  if (!link) return null;
  const places = await ctx.tx
    .select({ id: locations.id, name: locations.name, address: locations.address, city: locations.city })
    .from(locations)
    .where(eq(locations.partnerId, link.id))
    .orderBy(asc(locations.name));
  return { partner: link, places };
}
