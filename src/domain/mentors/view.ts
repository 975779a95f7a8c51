import type { mentors } from '../../db/schema/index.ts';
import { FORMER_USER, type PublicProfile } from './public-profiles.ts';
import type { Mentor } from './schemas.ts';

export type MentorRow = typeof mentors.$inferSelect;

export function toMentor(row: MentorRow, profile: PublicProfile | undefined, distanceKm?: number): Mentor {
  const { displayName, avatarUrl } = profile ?? FORMER_USER;
  const mentor: Mentor = {
    id: row.id,
    userId: row.userId,
    displayName,
    avatarUrl,
    title: row.title,
    specialization: row.specialization,
    bio: row.bio,
    verified: row.verified,
    available: row.available,
    scheduleType: row.scheduleType,
    locationId: row.locationId,
    rating: row.rating,
    reviewCount: row.reviewCount,
    totalSessions: row.totalSessions,
    createdAt: row.createdAt.toISOString(),
  };
  if (distanceKm !== undefined) mentor.distanceKm = distanceKm;
  return mentor;
}

/** Specializations trimmed and without case-insensitive repeats, first spelling kept. */
export function normalizeSpecialization(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = s.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
