import { eq } from 'drizzle-orm';
import { partners } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { SystemContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { CreatePartnerInput, type PublicPartner, toPublicPartner, UpdatePartnerInput } from './schemas.ts';

// Operator verbs: the caller has checked the operator role (withOperator) or is the admin CLI.

export async function createPartner(ctx: SystemContext, raw: CreatePartnerInput): Promise<PublicPartner> {
  const input = parseInput(CreatePartnerInput, raw);
  const now = ctx.clock.now();
  const [row] = await ctx.tx
    .insert(partners)
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning();
  return toPublicPartner(row!);
}

export async function updatePartner(
  ctx: SystemContext,
  id: string,
  raw: UpdatePartnerInput,
): Promise<PublicPartner> {
  const input = parseInput(UpdatePartnerInput, raw);
  const [row] = await ctx.tx
    .update(partners)
    .set({ ...input, updatedAt: ctx.clock.now() })
    .where(eq(partners.id, id))
    .returning();
  if (!row) throw new AppError('not_found', 'No such partner.');
  return toPublicPartner(row);
}

/** Ends a partnership: the partner leaves the public list and new rewards stop carrying it; places keep the link. */
export function deactivatePartner(ctx: SystemContext, id: string): Promise<PublicPartner> {
  return updatePartner(ctx, id, { active: false });
}
