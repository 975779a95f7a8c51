import type { UserContext } from '../context.ts';
import { type JourneyView, journeyRow, journeyView, streakAt } from './state.ts';

/**
 * The signed-in user's journey, read without writing. The streak is computed at read time, so a
 * streak whose last day was two days ago reads 0 even though nothing has been written since.
 */
export async function getJourney(ctx: UserContext): Promise<JourneyView> {
  const now = ctx.clock.now();
  const row = await journeyRow(ctx.tx, ctx.userId);
  return journeyView(row, await streakAt(ctx.tx, ctx.userId, now), now);
}
