import { sql } from 'drizzle-orm';
import { locations } from '../schema/locations.ts';
import type { Tx } from '../tx.ts';
import type { PlaceRow } from './places.ts';

const placeFields = [
  'id',
  'name',
  'type',
  'latitude',
  'longitude',
  'address',
  'city',
  'stateProvince',
  'country',
  'postalCode',
  'timeZone',
  'description',
  'amenities',
  'anxietyLevel',
  'email',
  'website',
  'hours',
  'hasQrReward',
  'isVerified',
  'isBeginnerFriendly',
  'partnerId',
] as const satisfies readonly (keyof PlaceRow)[];

const columnNames = placeFields.map((f) => locations[f].name);
const columnList = sql.raw(columnNames.map((n) => `"${n}"`).join(', '));

/**
 * Inserts places in one statement whatever their number: the rows travel as a single JSON
 * parameter and json_populate_recordset types each field by the table's own column types (no
 * 65,535-parameter ceiling, one round trip). Rows already present (same id) are left alone.
 * Returns how many were inserted.
 */
export async function insertPlaces(tx: Tx, rows: readonly PlaceRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < placeFields.length; i++) {
      record[columnNames[i] as string] = row[placeFields[i] as keyof PlaceRow];
    }
    return record;
  });
  const result = await tx.execute(sql`
    INSERT INTO locations (${columnList})
    SELECT ${columnList} FROM json_populate_recordset(NULL::locations, ${JSON.stringify(records)}::json)
    ON CONFLICT DO NOTHING`);
  return result.rowCount ?? 0;
}
