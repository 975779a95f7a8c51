import { z } from 'zod';
import { cancelReminder } from '../../domain/notifications/change-reminder.ts';
import { summaries, whenIn } from './summaries.ts';
import { defineTool } from './types.ts';
import { clip } from './views.ts';

export const cancelReminderTool = defineTool({
  name: 'cancel_reminder',
  description:
    'Cancel a pending reminder (id from create_reminder or list_my_reminders) so it never goes off.',
  input: z.strictObject({ reminderId: z.uuid() }),
  sideEffect: 'write',
  run: async ({ ctx, input }) => {
    const reminder = await ctx.asUser((u) => cancelReminder(u, input.reminderId));
    return {
      reminderId: reminder.id,
      title: clip(reminder.title, 100) ?? '',
      when: whenIn(reminder.deliverAt, ctx.timeZone, ctx.lang),
      cancelled: true,
    };
  },
  summarize: (r) => `reminder for ${r.when} cancelled`,
  propose: (r, _input, ctx) => summaries[ctx.lang].cancelReminder({ title: r.title, when: r.when }),
});
