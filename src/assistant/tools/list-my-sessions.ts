import { z } from 'zod';
import { listMySessions } from '../../domain/mentor-sessions/list-sessions.ts';
import { defineTool } from './types.ts';
import { sessionView } from './views.ts';

export const listMySessionsTool = defineTool({
  name: 'list_my_sessions',
  description: "The user's upcoming mentor sessions, soonest first (ids to cancel or move).",
  input: z.strictObject({ limit: z.number().int().min(1).max(10).default(5) }),
  sideEffect: 'none',
  run: async ({ ctx, input }) => {
    const sessions = await ctx.asUser((u) =>
      listMySessions(u, {
        role: 'user',
        status: 'scheduled',
        from: ctx.now.toISOString(),
        limit: input.limit,
      }),
    );
    return { sessions: sessions.map((s) => sessionView(s, ctx.timeZone, ctx.lang)) };
  },
  summarize: (r) => `${r.sessions.length} upcoming session${r.sessions.length === 1 ? '' : 's'}`,
});
