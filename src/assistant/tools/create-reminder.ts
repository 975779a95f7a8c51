import { z } from 'zod';
import { localTime } from '../../domain/local-time.ts';
import { notify } from '../../domain/notifications/notify.ts';
import { AppError } from '../../errors.ts';
import { defineTool } from './types.ts';

/** How far ahead a reminder may be set. */
const MAX_AHEAD_MS = 366 * 24 * 3600 * 1000;

export const createReminderTool = defineTool({
  name: 'create_reminder',
  description:
    'Send the user a reminder notification, now or at a later time. It only ever reaches the user ' +
    'themself. Give either `at` or `inMinutes`; neither means now. Unless the user asked to be ' +
    'reminded in this message, or when it carries a link, it returns a proposal for them to confirm.',
  input: z.strictObject({
    title: z.string().trim().min(1).max(100).describe('Short, e.g. "Drink some water"'),
    message: z.string().trim().min(1).max(300).optional(),
    at: z.iso.datetime({ offset: true }).optional().describe("ISO 8601 with the user's UTC offset"),
    inMinutes: z.number().int().min(0).max(527_040).optional(),
  }),
  sideEffect: 'write',
  run: async ({ ctx, input }) => {
    const now = ctx.now.getTime();
    const when =
      input.at !== undefined
        ? new Date(input.at)
        : input.inMinutes
          ? new Date(now + input.inMinutes * 60_000)
          : undefined;
    if (when && when.getTime() < now - 60_000) {
      throw new AppError('invalid_payload', 'That time has already passed.', {
        details: [{ field: 'at', message: 'must be in the future' }],
      });
    }
    if (when && when.getTime() > now + MAX_AHEAD_MS) {
      throw new AppError('invalid_payload', 'Reminders can be set up to a year ahead.', {
        details: [{ field: 'at', message: 'too far ahead' }],
      });
    }
    const later = when && when.getTime() > now ? when : undefined;
    const row = await ctx.asUser((u) =>
      notify(u, {
        // The recipient is always the signed-in user: no input names anyone else.
        userId: u.userId,
        type: 'reminder',
        title: input.title,
        message: input.message ?? input.title,
        data: { source: 'assistant' },
        ...(later ? { deliverAt: later } : {}),
      }),
    );
    return {
      reminderId: row.id,
      title: row.title,
      ...(row.message !== row.title ? { message: row.message } : {}),
      when: later ? localTime(later, ctx.timeZone) : 'now',
      ...(later ? { at: later.toISOString() } : {}),
    };
  },
  summarize: (r) => (r.when === 'now' ? 'reminder sent' : `reminder set for ${r.when}`),
  // Not asked for plainly, or carrying a link (consent.ts): this is what the user confirms.
  propose: (r) =>
    `${r.when === 'now' ? `Send you a reminder now: "${r.title}"` : `Remind you "${r.title}" on ${r.when}`}${
      r.message ? ` with the message "${r.message}"` : ''
    }`,
});
