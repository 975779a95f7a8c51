import { z } from 'zod';
import { listPendingReminders } from '../../domain/notifications/change-reminder.ts';
import { whenIn } from './summaries.ts';
import { defineTool } from './types.ts';
import { clip } from './views.ts';

export const listMyRemindersTool = defineTool({
  name: 'list_my_reminders',
  description: "The user's pending reminders, soonest first (ids to move or cancel).",
  input: z.strictObject({ limit: z.number().int().min(1).max(10).default(5) }),
  sideEffect: 'none',
  run: async ({ ctx, input }) => {
    const found = await ctx.asUser((u) => listPendingReminders(u, input.limit));
    return {
      reminders: found.map((r) => ({
        id: r.id,
        title: clip(r.title, 100) ?? '',
        at: r.deliverAt.toISOString(),
        when: whenIn(r.deliverAt, ctx.timeZone, ctx.lang),
      })),
    };
  },
  summarize: (r) => `${r.reminders.length} reminder${r.reminders.length === 1 ? '' : 's'} to come`,
});
