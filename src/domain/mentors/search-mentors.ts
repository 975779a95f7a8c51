import { and, asc, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { locations, mentors } from '../../db/schema/index.ts';
import type { UserContext } from '../context.ts';
import { parseInput } from '../input.ts';
import { publicProfiles } from './public-profiles.ts';
import { type Mentor, MentorSearchQuery } from './schemas.ts';
import { toMentor } from './view.ts';

/** A mentor's position: their own coordinates, else those of their place; NULL when neither. */
const latitude = sql`coalesce(${mentors.latitude}, ${locations.latitude})`;
const longitude = sql`coalesce(${mentors.longitude}, ${locations.longitude})`;
const position = sql`ll_to_earth(${latitude}::float8, ${longitude}::float8)`;

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;
/** Hyphens and underscores read as spaces on both sides: "social anxiety" finds "social-anxiety". */
const spaced = (term: string) => term.replace(/[-_]+/g, ' ');

/**
 * Mentors by distance, specialization and availability.
 *
 * With lat/lng: mentors positioned within radiusKm, nearest first with distanceKm, followed by
 * mentors with no position at all who meet online (schedule type virtual or both), who are as near
 * as anyone. Without: verified first, then the best rated. A specialization matches any entry of a
 * mentor's list that contains it, ignoring case, hyphens and underscores ("anxiety" finds "Social
 * Anxiety", "social anxiety" finds "social-anxiety"); a name, any
 * mentor whose display name contains it (nc_mentors_named: names live on users, which row-level
 * security hides). `notSelf` leaves out the caller's own mentor profile (the assistant never
 * suggests someone to themself). Mentors are few next to places, so the distance is computed per
 * row rather than through an index.
 *
 * Takes the query as the query string spells it (`available: 'true'`), not as parsed: a flag's
 * 'true' → true does not parse twice, so the raw query is parsed here, once.
 */
export async function searchMentors(
  ctx: UserContext,
  raw: z.input<typeof MentorSearchQuery>,
  options: { notSelf?: boolean } = {},
): Promise<Mentor[]> {
  const q = parseInput(MentorSearchQuery, raw);
  const near = q.lat !== undefined && q.lng !== undefined ? { lat: q.lat, lng: q.lng } : undefined;
  const distance = near
    ? sql<string | null>`earth_distance(${position}, ll_to_earth(${near.lat}::float8, ${near.lng}::float8))`
    : sql<null>`NULL`;

  const where: (SQL | undefined)[] = [
    q.available === undefined ? undefined : eq(mentors.available, q.available),
    q.specialization
      ? sql`EXISTS (SELECT 1 FROM unnest(${mentors.specialization}) AS s(name)
             WHERE translate(s.name, '-_', '  ') ILIKE ${likePattern(spaced(q.specialization))})`
      : undefined,
    q.name ? sql`${mentors.id} IN (SELECT nc_mentors_named(${q.name}))` : undefined,
    options.notSelf ? ne(mentors.userId, ctx.userId) : undefined,
    near
      ? sql`(${distance} <= ${q.radiusKm * 1000}::float8
             OR (${latitude} IS NULL AND ${mentors.scheduleType} IS DISTINCT FROM 'in-person'))`
      : undefined,
  ];
  const order = near
    ? [sql`${distance} ASC NULLS LAST`, desc(mentors.rating), asc(mentors.id)]
    : [desc(mentors.verified), desc(mentors.rating), desc(mentors.reviewCount), asc(mentors.id)];

  const rows = await ctx.tx
    .select({ mentor: mentors, distanceM: distance })
    .from(mentors)
    .leftJoin(locations, eq(locations.id, mentors.locationId))
    .where(and(...where))
    .orderBy(...order)
    .limit(q.limit);

  const profiles = await publicProfiles(
    ctx,
    rows.map((r) => r.mentor.userId),
  );
  return rows.map(({ mentor, distanceM }) =>
    toMentor(
      mentor,
      profiles.get(mentor.userId),
      distanceM === null ? undefined : Math.round(Number(distanceM)) / 1000,
    ),
  );
}
