import { z } from 'zod';
import { getLocation } from '../../domain/locations/get.ts';
import { defineTool } from './types.ts';
import { placeView } from './views.ts';

export const getLocationTool = defineTool({
  name: 'get_location',
  description: 'One place by id (from search_locations): quietness, amenities, hours.',
  input: z.strictObject({ locationId: z.uuid() }),
  sideEffect: 'none',
  run: async ({ ctx, input }) => {
    const location = await ctx.asPublic((p) => getLocation(p, input.locationId));
    return { ...placeView(location, 400), hours: location.hours, timeZone: location.timeZone };
  },
  summarize: (r) => `details of ${r.name}`,
});
