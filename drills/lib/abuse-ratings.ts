/**
 * The abuse drill's attack on ratings (issue 17, "one account moves any rating"): one new account
 * flags every review of a mentor and of a place, three fresh accounts that only checked in without
 * a position join in, and a colluding mentor marks a session completed moments after it starts so
 * its booker can write a "verified" five-star review.
 */
import { type Attack, becomeMentor, call, rateAllowance, ruleOf, Tally } from './attack.ts';
import { type DrillUser, registerUsers } from './clients.ts';
import { pool, sleep } from './stats.ts';

async function review(url: string, who: DrillUser, type: 'mentor' | 'location', id: string, rating: number) {
  const res = await call(url, 'POST', '/api/reviews', {
    token: who.token,
    body: { reviewableType: type, reviewableId: id, rating, content: `Rated ${rating} by a drill.` },
  });
  if (res.status !== 201) throw new Error(`writing a review: ${res.status} ${res.text}`);
  return res.body.review as { id: string; isVerifiedVisit: boolean };
}

/** The review ids listed publicly for a target. */
async function listed(url: string, token: string, type: string, id: string): Promise<Set<string>> {
  const res = await call(url, 'GET', `/api/reviews?reviewableType=${type}&reviewableId=${id}&limit=100`, {
    token,
  });
  return new Set(((res.body?.reviews ?? []) as { id: string }[]).map((r) => r.id));
}

const ratingOf = async (url: string, token: string, mentorId: string) =>
  Number((await call(url, 'GET', `/api/mentors/${mentorId}`, { token })).body?.mentor?.rating);

export const ratingsAttack: Attack = {
  name: 'ratings',
  async prepare({ urls, admin, sizes }) {
    const [a, b] = urls;
    const people = await registerUsers(a, sizes.reviews! + 7);
    const [target, colluder, booker, flagger, ...rest] = people as DrillUser[];
    const puppets = rest.slice(0, 3);
    const reviewers = rest.slice(3);
    const [mentorId, farmId] = await Promise.all([becomeMentor(a, target!), becomeMentor(b, colluder!)]);
    const { rows } = await admin.query<{ id: string }>(
      "SELECT id FROM locations WHERE city = 'London' AND NOT has_qr_reward ORDER BY id LIMIT 1",
    );
    const placeId = rows[0]!.id;
    const mentorReviews = await pool(reviewers, 8, (r, i) =>
      review(urls[i % 2]!, r, 'mentor', mentorId, 1 + (i % 5)),
    );
    const placeReview = await review(a, reviewers[0]!, 'location', placeId, 5);
    const ratingBefore = await ratingOf(a, flagger!.token, mentorId);
    const ids = [...mentorReviews.map((r) => r.id), placeReview.id];

    return async () => {
      const started = Date.now();
      // The colluding mentor's session: booked to start in three seconds, fifteen minutes long.
      const startsAt = Math.ceil((Date.now() + 3_000) / 1000) * 1000;
      const booked = await call(b, 'POST', '/api/mentor-sessions', {
        token: booker!.token,
        body: {
          mentorId: farmId,
          scheduledAt: new Date(startsAt).toISOString(),
          durationMinutes: 15,
          sessionType: 'virtual',
        },
      });
      if (booked.status !== 201)
        throw new Error(`booking the farmed session: ${booked.status} ${booked.text}`);

      const mine = new Tally();
      const theirs = new Tally();
      await Promise.all([
        (async () => {
          for (const [k, id] of ids.entries())
            mine.http(
              await call(urls[k % 2]!, 'POST', `/api/reviews/${id}/flag`, { token: flagger!.token }),
              204,
            );
        })(),
        ...puppets.map(async (p, j) => {
          // A check-in without a position: it counts for the journey, and must not count as a visit.
          theirs.http(
            await call(urls[j % 2]!, 'POST', '/api/check-ins', {
              token: p.token,
              body: { locationId: placeId },
            }),
            201,
          );
          for (const [k, id] of [placeReview.id, ...ids.slice(0, 12)].entries())
            theirs.http(
              await call(urls[(j + k) % 2]!, 'POST', `/api/reviews/${id}/flag`, { token: p.token }),
              204,
            );
        }),
      ]);

      await sleep(Math.max(0, startsAt + 1_000 - Date.now()));
      const early = await call(a, 'PATCH', `/api/mentor-sessions/${booked.body.session.id}`, {
        token: colluder!.token,
        body: { status: 'completed' },
      });
      const farmed = await review(b, booker!, 'mentor', farmId, 5);

      const stillListed = await listed(b, booker!.token, 'mentor', mentorId);
      const placeListed = await listed(b, booker!.token, 'location', placeId);
      const hidden =
        mentorReviews.filter((r) => !stillListed.has(r.id)).length +
        (placeListed.has(placeReview.id) ? 0 : 1);
      const ratingAfter = await ratingOf(b, booker!.token, mentorId);
      const moved = Math.round(Math.abs(ratingAfter - ratingBefore) * 100) / 100;
      const flagLimit = rateAllowance(ruleOf('flags'), Date.now() - started);
      const earlyCode = early.body?.error?.code;
      return {
        limits: [
          { what: 'reviews hidden', allowed: hidden, limit: 0 },
          { what: 'rating moved', allowed: Number.isFinite(moved) ? moved : 99, limit: 0 },
          { what: 'flags from one account', allowed: mine.through, limit: flagLimit },
          { what: 'verified reviews farmed', allowed: farmed.isVerifiedVisit ? 1 : 0, limit: 0 },
        ],
        broken:
          earlyCode === 'session_not_ended'
            ? []
            : [`completing 1 s in answered ${early.status} ${earlyCode}`],
        serverErrors: mine.serverErrors + theirs.serverErrors,
        detail:
          `${ids.length} reviews flagged by one account: ${mine}; by 3 accounts with a check-in without a position: ${theirs}; ` +
          `${hidden} hidden; rating ${ratingBefore} → ${ratingAfter}; completed 1 s in: ${early.status} ${earlyCode}; ` +
          `its review verified: ${farmed.isVerifiedVisit}`,
      };
    };
  },
};
