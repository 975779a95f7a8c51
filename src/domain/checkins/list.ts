import { and, desc, eq, sql } from 'drizzle-orm';
import { checkIns } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { ListCheckInsQuery } from './schemas.ts';
import { type CheckInView, selectCheckIns, toCheckInView } from './view.ts';

export interface ListCheckInsInput {
  /** nextCursor from the previous page. */
  before?: string;
  limit: number;
}

/** The signed-in user's check-ins, newest first, with notes decrypted and places named. */
export async function listCheckIns(
  ctx: UserContext,
  raw: ListCheckInsInput,
): Promise<{ checkIns: CheckInView[]; nextCursor: string | null }> {
  const input = parseInput(ListCheckInsQuery, raw);
  const cursor = input.before === undefined ? undefined : decodeCursor(input.before);
  if (input.before !== undefined && !cursor) {
    throw new AppError('invalid_payload', 'Invalid query: before.', {
      details: [{ field: 'before', message: 'must be a nextCursor from a previous page' }],
    });
  }
  const rows = await selectCheckIns(ctx.tx)
    .where(
      and(
        eq(checkIns.userId, ctx.userId),
        cursor
          ? sql`(${checkIns.timestamp}, ${checkIns.id}) < (${cursor.timestamp.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(checkIns.timestamp), desc(checkIns.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    checkIns: page.map((r) => toCheckInView(ctx, r.checkIn, r.place)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ timestamp: last.checkIn.timestamp, id: last.checkIn.id })
        : null,
  };
}
