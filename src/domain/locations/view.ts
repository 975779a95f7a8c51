import type { locations } from '../../db/schema/index.ts';
import type { PublicLocation } from './schemas.ts';

export type LocationRow = typeof locations.$inferSelect;

/** A place as the API and the assistant show it: dates as ISO strings (so it caches as JSON unchanged), no created_by. */
export function toPublicLocation(row: LocationRow): PublicLocation {
  const { createdBy: _createdBy, createdAt, updatedAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
