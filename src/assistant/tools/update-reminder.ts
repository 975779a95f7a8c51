import { z } from 'zod';
import { moveReminder, newTimeFields, oneNewTime } from '../../domain/notifications/change-reminder.ts';
import { summaries, whenIn } from './summaries.ts';
import { defineTool } from './types.ts';
import { clip } from './views.ts';

export const updateReminderTool = defineTool({
  name: 'update_reminder',
  description:
    'Move a pending reminder (id from create_reminder or list_my_reminders) to `at` or `inMinutes` ' +
    'from now; it goes off then only.',
  input: z.strictObject({ reminderId: z.uuid(), ...newTimeFields }).refine(...oneNewTime),
  sideEffect: 'write',
  run: async ({ ctx, input }) => {
    const { reminderId, ...to } = input;
    const { reminder, from } = await ctx.asUser((u) => moveReminder(u, reminderId, to));
    return {
      reminderId: reminder.id,
      title: clip(reminder.title, 100) ?? '',
      at: reminder.deliverAt.toISOString(),
      when: whenIn(reminder.deliverAt, ctx.timeZone, ctx.lang),
      from: whenIn(from, ctx.timeZone, ctx.lang),
    };
  },
  summarize: (r) => `reminder moved to ${r.when}`,
  propose: (r, _input, ctx) =>
    summaries[ctx.lang].moveReminder({ title: r.title, from: r.from, when: r.when }),
});
