import { z } from 'zod';
import { changeSession } from '../../domain/mentor-sessions/change-session.ts';
import { summaries } from './summaries.ts';
import { defineTool } from './types.ts';
import { sessionView } from './views.ts';

export const cancelMentorSessionTool = defineTool({
  name: 'cancel_mentor_session',
  description:
    "Cancel one of the user's mentor sessions (id from list_my_sessions). Always a proposal first.",
  input: z.strictObject({ sessionId: z.uuid() }),
  sideEffect: 'confirm',
  run: async ({ ctx, input }) => {
    const session = await ctx.asUser((u) => changeSession(u, input.sessionId, { status: 'cancelled' }));
    return { cancelled: true, session: sessionView(session, ctx.timeZone, ctx.lang) };
  },
  summarize: (r) => `cancelled the session with ${r.session.mentor}, ${r.session.when}`,
  propose: (r, _input, ctx) =>
    summaries[ctx.lang].cancel({
      mentor: r.session.mentor,
      when: r.session.when,
    }),
});
