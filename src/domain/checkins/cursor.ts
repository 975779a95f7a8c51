/** A page boundary in a user's check-ins, newest first: the last row's (timestamp, id). */
export interface CheckInCursor {
  timestamp: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const encodeCursor = (c: CheckInCursor) =>
  Buffer.from(`${c.timestamp.toISOString()}|${c.id}`, 'utf8').toString('base64url');

/** The cursor an opaque string holds, or undefined when it is not one this server issued. */
export function decodeCursor(raw: string): CheckInCursor | undefined {
  const [at, id, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id || !UUID.test(id)) return undefined;
  const timestamp = new Date(at);
  if (Number.isNaN(timestamp.getTime()) || timestamp.toISOString() !== at) return undefined;
  return { timestamp, id };
}

export const isCheckInCursor = (raw: string) => decodeCursor(raw) !== undefined;
