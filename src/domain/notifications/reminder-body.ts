/**
 * A reminder the user set without words of its own is stored with its title as its message (the
 * assistant's tool reads them so). Shown, that would be the title twice: the inbox and the push
 * give it a body saying where it came from and how far ahead it was set instead.
 */
export function withReminderBody<
  T extends { type: string; title: string; message: string; createdAt: Date; deliverAt: Date | null },
>(row: T): T {
  if (row.type !== 'reminder' || row.message !== row.title) return row;
  const ahead = row.deliverAt ? row.deliverAt.getTime() - row.createdAt.getTime() : 0;
  const message =
    ahead >= 60_000
      ? `You set this reminder in chat ${span(ahead)} earlier.`
      : 'You asked for this reminder in chat.';
  return { ...row, message };
}

/** "20 minutes", "3 hours", "2 days": how long ahead, rounded as a person would say it. */
function span(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return plural(hours, 'hour');
  return plural(Math.round(hours / 24), 'day');
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
