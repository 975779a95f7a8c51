import { z } from 'zod';
import { checkIn } from '../../domain/checkins/check-in.ts';
import { CheckInInput } from '../../domain/checkins/schemas.ts';
import { summaries } from './summaries.ts';
import { defineTool } from './types.ts';
import { journeySummary } from './views.ts';

export const checkInTool = defineTool({
  name: 'check_in',
  description:
    'Check the user in at a place by id when they say they are there or ask to be. The position ' +
    'their device shared checks the distance. At a place they did not name or you did not just ' +
    'list, a proposal.',
  // The domain's own fields (CheckInInput): one set of bounds; the position comes from the device.
  input: z.strictObject({
    locationId: CheckInInput.shape.locationId,
    mood: CheckInInput.shape.mood.describe('Only as the user said'),
    note: CheckInInput.shape.note.describe('Private; only if the user asked'),
  }),
  sideEffect: 'write',
  run: async ({ ctx, input }) => {
    const result = await ctx.asUser((u) =>
      checkIn(u, {
        locationId: input.locationId,
        ...(input.mood ? { mood: input.mood } : {}),
        ...(input.note ? { note: input.note } : {}),
        ...(ctx.location ? { lat: ctx.location.lat, lng: ctx.location.lng } : {}),
        ...(ctx.location?.accuracy !== undefined ? { accuracy: ctx.location.accuracy } : {}),
      }),
    );
    return {
      checkInId: result.checkIn.id,
      place: {
        id: result.checkIn.location.id,
        name: result.checkIn.location.name,
        type: result.checkIn.location.type,
      },
      mood: result.checkIn.mood,
      alreadyCheckedInThisHour: result.duplicate,
      journey: journeySummary(result.journey),
      ...(result.reward ? { reward: { title: result.reward.title, status: result.reward.status } } : {}),
      // Said to the user when set: this check-in earns no reward, and why (no or an imprecise position).
      ...(result.presence.message ? { rewardWithheld: result.presence.message } : {}),
      levelUp: result.levelUp,
      newMilestones: result.newMilestones.map((m) => m.title),
    };
  },
  summarize: (r) =>
    r.alreadyCheckedInThisHour ? `already checked in at ${r.place.name}` : `checked in at ${r.place.name}`,
  // Asked for plainly, a check-in just happens; otherwise (consent.ts) this is what the user confirms.
  propose: (r, input, ctx) =>
    summaries[ctx.lang].checkIn({
      place: r.place.name,
      mood: input.mood ?? undefined,
      note: Boolean(input.note),
    }),
});
