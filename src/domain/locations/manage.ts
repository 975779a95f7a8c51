import { eq } from 'drizzle-orm';
import { locations, partners } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { SystemContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { evictLocationAfterCommit } from './invalidate.ts';
import { EditLocationInput, type PublicLocation } from './schemas.ts';
import { toPublicLocation } from './view.ts';

// Operator verbs: the caller has checked the operator role (withOperator) or is the admin CLI.

/** Changes a place (verification, partner link, corrections); its cached views go after commit. */
export async function editLocation(
  ctx: SystemContext,
  id: string,
  raw: EditLocationInput,
): Promise<PublicLocation> {
  const input = parseInput(EditLocationInput, raw);
  const { lat, lng, ...fields } = input;
  if (input.partnerId) {
    const [partner] = await ctx.tx
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.id, input.partnerId));
    if (!partner) throw new AppError('not_found', 'No such partner.', { details: { field: 'partnerId' } });
  }
  const [row] = await ctx.tx
    .update(locations)
    .set({
      ...fields,
      ...(lat === undefined ? {} : { latitude: lat }),
      ...(lng === undefined ? {} : { longitude: lng }),
      updatedAt: ctx.clock.now(),
    })
    .where(eq(locations.id, id))
    .returning();
  if (!row) throw new AppError('not_found', 'No such place.');
  evictLocationAfterCommit(ctx, id, { membership: true });
  return toPublicLocation(row);
}

/** Marks a suggested place as verified by an operator (which lists it: trigger locations_list_verified). */
export function verifyLocation(ctx: SystemContext, id: string): Promise<PublicLocation> {
  return editLocation(ctx, id, { isVerified: true });
}
