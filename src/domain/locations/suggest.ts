import { locations } from '../../db/schema/index.ts';
import { chargeUser } from '../../ratelimit/budgets.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { type PublicLocation, SuggestLocationInput } from './schemas.ts';
import { toPublicLocation } from './view.ts';

/**
 * A signed-in user suggests a place. It is theirs (created_by), unverified until an operator
 * verifies it, and unlisted: only they find it in searches until an operator verifies it or three
 * other people check in there in person (drizzle/0017). Row-level security (locations_suggest)
 * refuses anything else, so this holds even for a caller that bypassed the input schema. Counts
 * against the user's daily place_suggestions budget.
 */
export async function suggestLocation(ctx: UserContext, raw: SuggestLocationInput): Promise<PublicLocation> {
  const input = parseInput(SuggestLocationInput, raw);
  await chargeUser(ctx, 'place_suggestions');
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
      isSuggestion: true,
      isListed: false,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    })
    .returning();
  // Nothing to evict: unlisted, it belongs to no shared (cached) list (its suggester's searches
  // read it from the database: ownSuggestionsNear), and a place not found is never cached.
  return toPublicLocation(row!);
}
