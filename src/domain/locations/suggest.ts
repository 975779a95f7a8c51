import { locations } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { evictLocationAfterCommit } from './invalidate.ts';
import { type PublicLocation, SuggestLocationInput } from './schemas.ts';
import { toPublicLocation } from './view.ts';

/**
 * A signed-in user suggests a place. It is theirs (created_by) and unverified until an operator
 * verifies it; row-level security (locations_suggest) refuses anything else, so this holds even
 * for a caller that bypassed the input schema.
 */
export async function suggestLocation(ctx: UserContext, raw: SuggestLocationInput): Promise<PublicLocation> {
  const input = parseInput(SuggestLocationInput, raw);
  const { lat, lng, ...fields } = input;
  const [row] = await ctx.tx
    .insert(locations)
    .values({
      ...fields,
      latitude: lat,
      longitude: lng,
      timeZone: input.timeZone ?? 'UTC',
      createdBy: ctx.userId,
      isVerified: false,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    })
    .returning();
  // A new place can belong to cached nearby lists it was never in: start a new generation.
  evictLocationAfterCommit(ctx, row!.id, { membership: true });
  return toPublicLocation(row!);
}
