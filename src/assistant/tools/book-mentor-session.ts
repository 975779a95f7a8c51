import { z } from 'zod';
import { bookSession } from '../../domain/mentor-sessions/book-session.ts';
import { BookSessionInput } from '../../domain/mentor-sessions/schemas.ts';
import { getMentor } from '../../domain/mentors/get-mentor.ts';
import { summaries } from './summaries.ts';
import { defineTool } from './types.ts';
import { sessionView } from './views.ts';

export const bookMentorSessionTool = defineTool({
  name: 'book_mentor_session',
  description:
    'Book a mentor session (mentorId from search_mentors). Always a proposal first: booked only if ' +
    'the user says yes to it.',
  // The domain's own fields (BookSessionInput): one set of bounds; the place is the mentor's.
  input: z.strictObject({
    mentorId: BookSessionInput.shape.mentorId,
    scheduledAt: BookSessionInput.shape.scheduledAt.describe("With the user's UTC offset; future"),
    durationMinutes: BookSessionInput.shape.durationMinutes.default(60),
    sessionType: BookSessionInput.shape.sessionType,
    notes: BookSessionInput.shape.notes.describe('What the user wants to talk about, if they said'),
  }),
  sideEffect: 'confirm',
  // bookSession parses its input with BookSessionInput itself, so the tool books nothing the API would not.
  run: async ({ ctx, input }) => {
    const { session, verified } = await ctx.asUser(async (u) => {
      const booked = await bookSession(u, input);
      return { session: booked, verified: (await getMentor(u, booked.mentorId)).verified };
    });
    return {
      booked: true,
      session: sessionView(session, ctx.timeZone, ctx.lang),
      ...(verified ? {} : { unverified: true as const }),
    };
  },
  summarize: (r) => `booked with ${r.session.mentor}, ${r.session.when}`,
  propose: (r, _input, ctx) =>
    summaries[ctx.lang].book({
      minutes: r.session.durationMinutes,
      virtual: r.session.sessionType === 'virtual',
      mentor: r.session.mentor,
      when: r.session.when,
      unverified: Boolean(r.unverified),
    }),
});
