import { eq } from 'drizzle-orm';
import { readSealedOrPlain } from '../../crypto/cipher.ts';
import { fieldContext } from '../../crypto/fields.ts';
import { checkIns, locations, type Mood, moods, type Presence } from '../../db/schema/index.ts';
import type { Tx } from '../../db/tx.ts';
import type { UserContext } from '../context.ts';

type CheckInRow = typeof checkIns.$inferSelect;
type PlaceSummary = { id: string; name: string; type: (typeof locations.$inferSelect)['type'] };

/** A check-in as its owner sees it: the note decrypted, the place named. */
export interface CheckInView {
  id: string;
  locationId: string;
  location: PlaceSummary;
  timestamp: Date;
  mood: Mood | null;
  note: string | null;
  rewardEarnedId: string | null;
  presence: Presence | null;
  createdAt: Date;
}

/** Associated data binding a note's ciphertext to its owner: it cannot be replayed into another account. */
export const noteContext = fieldContext.checkInNote;

/** The mood as the user gave it; null when none was given or it cannot be read. */
export function openMood(
  ctx: Pick<UserContext, 'cipher'>,
  row: Pick<CheckInRow, 'mood' | 'userId'>,
): Mood | null {
  if (row.mood === null) return null;
  const mood = readSealedOrPlain(ctx.cipher, row.mood, fieldContext.checkInMood(row.userId));
  return (moods as readonly string[]).includes(mood) ? (mood as Mood) : null;
}

export function toCheckInView(ctx: UserContext, row: CheckInRow, place: PlaceSummary): CheckInView {
  return {
    id: row.id,
    locationId: row.locationId,
    location: place,
    timestamp: row.timestamp,
    mood: openMood(ctx, row),
    note: row.note === null ? null : ctx.cipher.read(row.note, noteContext(row.userId)),
    rewardEarnedId: row.rewardEarnedId,
    presence: row.presence,
    createdAt: row.createdAt,
  };
}

/** Check-ins with their place's id, name and type; row-level security keeps them the user's own. */
export function selectCheckIns(tx: Tx) {
  return tx
    .select({
      checkIn: checkIns,
      place: { id: locations.id, name: locations.name, type: locations.type },
    })
    .from(checkIns)
    .innerJoin(locations, eq(locations.id, checkIns.locationId));
}
