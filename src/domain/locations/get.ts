import { eq } from 'drizzle-orm';
import { locations } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { ReadContext } from '../context.ts';
import type { PublicLocation } from './schemas.ts';
import { toPublicLocation } from './view.ts';

/** A place's details change rarely, and every change evicts them (see invalidate.ts). */
export const LOCATION_TTL_SECONDS = 300;

/** One place by id (cached as "loc:<id>"), or not_found. */
export function getLocation(ctx: ReadContext, id: string): Promise<PublicLocation> {
  return ctx.cache.getOrLoad(`loc:${id}`, LOCATION_TTL_SECONDS, async () => {
    const [row] = await ctx.tx.select().from(locations).where(eq(locations.id, id));
    if (!row) throw new AppError('not_found', 'No such place.');
    return toPublicLocation(row);
  });
}
