import { ScheduleReminderInput, scheduleReminder } from '../../domain/notifications/schedule-reminder.ts';
import { summaries, whenIn } from './summaries.ts';
import { defineTool } from './types.ts';

export const createReminderTool = defineTool({
  name: 'create_reminder',
  description:
    'A reminder notification to the user only: at `at`, in `inMinutes`, or now if neither. One with ' +
    'a link is always a proposal.',
  input: ScheduleReminderInput,
  sideEffect: 'write',
  run: async ({ ctx, input }) => {
    const { notification: row, later } = await ctx.asUser((u) => scheduleReminder(u, input));
    return {
      reminderId: row.id,
      title: row.title,
      ...(row.message !== row.title ? { message: row.message } : {}),
      when: later ? whenIn(later, ctx.timeZone, ctx.lang) : 'now',
      ...(later ? { at: later.toISOString() } : {}),
    };
  },
  summarize: (r) => (r.when === 'now' ? 'reminder sent' : `reminder set for ${r.when}`),
  // Not asked for plainly, or carrying a link (consent.ts): this is what the user confirms.
  propose: (r, _input, ctx) =>
    summaries[ctx.lang].remind({
      title: r.title,
      when: r.when === 'now' ? undefined : r.when,
      message: r.message,
    }),
});
