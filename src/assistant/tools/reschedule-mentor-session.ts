import { z } from 'zod';
import { moveSession } from '../../domain/mentor-sessions/move-session.ts';
import { MoveSessionInput } from '../../domain/mentor-sessions/schemas.ts';
import { summaries, whenIn } from './summaries.ts';
import { defineTool } from './types.ts';
import { sessionView } from './views.ts';

export const rescheduleMentorSessionTool = defineTool({
  name: 'reschedule_mentor_session',
  description:
    "Move one of the user's scheduled sessions (id from list_my_sessions) to a new start; a proposal unless they asked for exactly that.",
  input: z.strictObject({ sessionId: z.uuid(), scheduledAt: MoveSessionInput.shape.scheduledAt }),
  sideEffect: 'write',
  // moveSession holds the rules (the booker only, a free slot, the reminder follows); PATCH shares it.
  run: async ({ ctx, input }) => {
    const { session, from } = await ctx.asUser((u) =>
      moveSession(u, input.sessionId, { scheduledAt: input.scheduledAt }),
    );
    return {
      moved: true,
      session: sessionView(session, ctx.timeZone, ctx.lang),
      from: whenIn(from, ctx.timeZone, ctx.lang),
    };
  },
  summarize: (r) => `moved the session with ${r.session.mentor} to ${r.session.when}`,
  propose: (r, _input, ctx) =>
    summaries[ctx.lang].moveSession({ mentor: r.session.mentor, from: r.from, when: r.session.when }),
});
