import { and, asc, eq } from 'drizzle-orm';
import { locations, partners } from '../../db/schema/index.ts';
import type { Tx } from '../../db/tx.ts';
import { AppError } from '../../errors.ts';
import type { ReadContext } from '../context.ts';
import { type PublicPartner, toPublicPartner } from './schemas.ts';

/** Active partners, by name: the public list. */
export async function listPartners(ctx: ReadContext): Promise<PublicPartner[]> {
  const rows = await ctx.tx
    .select()
    .from(partners)
    .where(eq(partners.active, true))
    .orderBy(asc(partners.name), asc(partners.id))
    .limit(500);
  return rows.map(toPublicPartner);
}

/** One active partner; an inactive or unknown one is not_found. */
export async function getPartner(ctx: ReadContext, id: string): Promise<PublicPartner> {
  const [row] = await ctx.tx
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), eq(partners.active, true)));
  if (!row) throw new AppError('not_found', 'No such partner.');
  return toPublicPartner(row);
}

/**
 * The active partner of a place, or null: what a reward earned there carries (rewards.partner_id
 * and the partner shown with it). Works in any transaction: partners and places are public.
 */
export async function partnerForLocation(tx: Tx, locationId: string): Promise<PublicPartner | null> {
  const [row] = await tx
    .select({ partner: partners })
    .from(locations)
    .innerJoin(partners, eq(partners.id, locations.partnerId))
    .where(and(eq(locations.id, locationId), eq(partners.active, true)));
  return row ? toPublicPartner(row.partner) : null;
}
