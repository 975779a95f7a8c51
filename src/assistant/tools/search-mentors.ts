import { z } from 'zod';
import { cityCentre } from '../../domain/locations/find-by-name.ts';
import { searchMentors } from '../../domain/mentors/search-mentors.ts';
import { AppError } from '../../errors.ts';
import { defineTool } from './types.ts';
import { mentorView } from './views.ts';

export const searchMentorsTool = defineTool({
  name: 'search_mentors',
  description:
    'Peer mentors by specialization (e.g. "social anxiety") near the user\'s device or a city; ' +
    'online mentors anywhere.',
  input: z.strictObject({
    specialization: z.string().trim().min(1).max(60).optional(),
    name: z.string().trim().min(1).max(80).optional().describe("Part of the mentor's name"),
    city: z.string().trim().min(2).max(100).optional(),
    radiusKm: z.number().min(0.1).max(500).default(25),
    availableOnly: z.boolean().default(true),
    limit: z.number().int().min(1).max(10).default(5),
  }),
  sideEffect: 'none',
  run: async ({ ctx, input }) => {
    let centre = ctx.location;
    if (input.city) {
      centre = await ctx.asPublic((p) => cityCentre(p, input.city!));
      if (!centre)
        throw new AppError('not_found', `No places known in "${input.city}".`, { reason: 'unknown_city' });
    }
    const found = await ctx.asUser((u) =>
      searchMentors(
        u,
        {
          ...(centre ? { lat: centre.lat, lng: centre.lng } : {}),
          radiusKm: input.radiusKm,
          ...(input.specialization ? { specialization: input.specialization } : {}),
          ...(input.name ? { name: input.name } : {}),
          ...(input.availableOnly ? { available: 'true' as const } : {}),
          limit: input.limit,
        },
        { notSelf: true },
      ),
    );
    // Verified mentors first, the search's own order kept within each group.
    const mentors = found.sort((a, b) => Number(b.verified) - Number(a.verified));
    return { mentors: mentors.map(mentorView) };
  },
  summarize: (r) => `${r.mentors.length} mentor${r.mentors.length === 1 ? '' : 's'} found`,
});
