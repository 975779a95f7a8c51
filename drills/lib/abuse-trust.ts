/**
 * The abuse drill's attacks on what others trust (issue 17, "writes are unlimited", "rewards need
 * no presence", "one account moves any rating"): booking runs, suggestion bursts, check-ins without
 * being there, and flag campaigns, each from ordinary signed-up accounts over both instances.
 */
import { budgetTable } from '../../src/ratelimit/budgets.ts';
import { type Attack, becomeMentor, call, rateAllowance, repeat, ruleOf, Tally } from './attack.ts';
import { type DrillUser, type Json, registerUsers } from './clients.ts';
import { pool } from './stats.ts';

const HOUR = 3_600_000;

const booking = (mentorId: string, at: number, durationMinutes = 30) => ({
  mentorId,
  scheduledAt: new Date(at).toISOString(),
  durationMinutes,
  sessionType: 'virtual',
});

/** 4. A run of back-to-back bookings with one mentor; afterwards a real user still finds a slot. */
export const bookingsAttack: Attack = {
  name: 'bookings',
  async prepare({ urls, sizes }) {
    const [mentorUser, booker, rival] = (await registerUsers(urls[0], 3)) as [
      DrillUser,
      DrillUser,
      DrillUser,
    ];
    const mentorId = await becomeMentor(urls[0], mentorUser);
    // Half-hour slots from the day after tomorrow, 00:00 UTC.
    const first = Math.ceil(Date.now() / (24 * HOUR)) * 24 * HOUR + 24 * HOUR;
    const slot = (i: number) => first + i * HOUR * 0.5;
    return async (deadline) => {
      const tally = new Tally();
      const started = Date.now();
      let asked = 0;
      let lastRefused = -1;
      await repeat(deadline, sizes.bookingRounds!, async () => {
        const from = asked;
        asked += sizes.bookings!;
        await pool(
          Array.from({ length: sizes.bookings! }, (_, k) => from + k),
          5,
          async (i) => {
            const res = await call(urls[i % 2]!, 'POST', '/api/mentor-sessions', {
              token: booker.token,
              body: booking(mentorId, slot(i)),
            });
            if (tally.http(res, 201) === 'refused') lastRefused = Math.max(lastRefused, i);
          },
        );
      });
      // A slot the attacker asked for and was refused is still there for someone else.
      const theirs =
        lastRefused < 0
          ? { status: 0 }
          : await call(urls[1], 'POST', '/api/mentor-sessions', {
              token: rival.token,
              body: booking(mentorId, slot(lastRefused)),
            });
      const ms = Date.now() - started;
      const limit = Math.min(rateAllowance(ruleOf('bookings'), ms), budgetTable.bookings_open_per_mentor.cap);
      return {
        limits: [{ what: 'sessions booked', allowed: tally.through, limit }],
        broken: [
          ...(tally.refused ? [] : ['bookings never refused']),
          ...(theirs.status === 201 ? [] : [`a real user booking a refused slot got ${theirs.status}`]),
        ],
        serverErrors: tally.serverErrors,
        detail: `${asked} asked: ${tally}; a real user then booked a slot asked for: ${theirs.status}`,
      };
    };
  },
};

/** 5. Bursts of suggested places around the ordinary user's point: nobody else sees them. */
export const suggestionsAttack: Attack = {
  name: 'suggestions',
  async prepare({ urls, sizes, point }) {
    const [suggester, neighbour] = (await registerUsers(urls[0], 2)) as [DrillUser, DrillUser];
    return async (deadline) => {
      const tally = new Tally();
      const made = new Set<string>();
      const started = Date.now();
      let asked = 0;
      await repeat(deadline, sizes.suggestionRounds!, async () => {
        const from = asked;
        asked += sizes.suggestions!;
        await pool(
          Array.from({ length: sizes.suggestions! }, (_, k) => from + k),
          10,
          async (n) => {
            const res = await call(urls[n % 2]!, 'POST', '/api/locations', {
              token: suggester.token,
              body: {
                name: `Very quiet corner ${n}`,
                type: 'coffee',
                lat: point.lat + ((n % 9) - 4) * 0.0004,
                lng: point.lng + ((Math.floor(n / 9) % 9) - 4) * 0.0006,
                address: `${n} Calm Street`,
                city: 'London',
                country: 'UK',
              },
            });
            if (tally.http(res, 201) === 'through') made.add(res.body.location.id);
          },
        );
      });
      const limit = rateAllowance(ruleOf('place_suggestions'), Date.now() - started);
      const seen = await call(
        urls[1],
        'GET',
        `/api/locations?lat=${point.lat}&lng=${point.lng}&radiusKm=1&limit=20`,
        { token: neighbour.token },
      );
      const shown = ((seen.body?.locations ?? []) as { id: string }[]).filter((l) => made.has(l.id)).length;
      return {
        limits: [
          { what: 'places suggested', allowed: tally.through, limit },
          { what: 'suggestions shown to a neighbour', allowed: shown, limit: 0 },
        ],
        broken: [
          ...(tally.refused ? [] : ['suggestions never refused']),
          ...(seen.status === 200 ? [] : [`the neighbour's search answered ${seen.status}`]),
        ],
        serverErrors: tally.serverErrors,
        detail: `${asked} asked: ${tally}; ${shown} of them among a neighbour's 20 nearest`,
      };
    };
  },
};

interface RewardPlace {
  id: string;
  lat: number;
  lng: number;
  city: string;
}

/**
 * 6. Check-ins at reward places without being there: no coordinates, coordinates 5 km off, a
 * position too coarse to judge, and London then Sydney a moment later. Nothing redeemable may come of it.
 */
export const rewardsAttack: Attack = {
  name: 'rewards',
  async prepare({ urls, admin, sizes }) {
    const { rows: places } = await admin.query<RewardPlace>(
      `SELECT id, latitude::float8 AS lat, longitude::float8 AS lng, city FROM locations
       WHERE has_qr_reward ORDER BY city, id`,
    );
    const london = places.find((p) => p.city === 'London');
    const sydney = places.find((p) => p.city === 'Sydney');
    if (!london || !sydney) throw new Error('the seed has no reward place in London or in Sydney');
    const targets = places.slice(0, sizes.rewardPlaces!);
    const accounts = (await registerUsers(urls[0], 4)) as [DrillUser, DrillUser, DrillUser, DrillUser];
    const [blind, far, coarse, jumper] = accounts;
    return async (deadline) => {
      const tally = new Tally();
      const codes: Record<string, Record<string, number>> = { far: {}, jump: {} };
      const checkIn = async (who: DrillUser, k: number, body: Json, kind?: string) => {
        const res = await call(urls[k % 2]!, 'POST', '/api/check-ins', { token: who.token, body });
        const answer = tally.http(res, [200, 201]);
        const key = answer === 'through' && res.body?.duplicate ? 'duplicate' : answer;
        if (kind) codes[kind]![key] = (codes[kind]![key] ?? 0) + 1;
      };
      const rounds = await repeat(deadline, sizes.rewardRounds!, async () => {
        await Promise.all([
          (async () => {
            for (const [k, p] of targets.entries()) await checkIn(blind, k, { locationId: p.id });
          })(),
          (async () => {
            for (const [k, p] of targets.entries())
              await checkIn(far, k, { locationId: p.id, lat: p.lat + 0.05, lng: p.lng, accuracy: 10 }, 'far');
          })(),
          (async () => {
            for (const [k, p] of targets.entries())
              await checkIn(coarse, k, { locationId: p.id, lat: p.lat, lng: p.lng, accuracy: 5000 });
          })(),
          (async () => {
            await checkIn(jumper, 0, { locationId: london.id });
            await checkIn(
              jumper,
              1,
              { locationId: sydney.id, lat: sydney.lat, lng: sydney.lng, accuracy: 5 },
              'jump',
            );
          })(),
        ]);
      });
      const { rows } = await admin.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM rewards WHERE user_id = ANY($1::uuid[])',
        [accounts.map((a) => a.id)],
      );
      const earned = rows[0]!.n;
      return {
        limits: [{ what: 'rewards earned', allowed: earned, limit: 0 }],
        broken: [
          ...(codes.far!.too_far === rounds * targets.length
            ? []
            : [`check-ins 5 km off answered ${JSON.stringify(codes.far)}, not all too_far`]),
          ...(codes.jump!.impossible_travel === rounds
            ? []
            : [`London then Sydney answered ${JSON.stringify(codes.jump)}, not impossible_travel`]),
        ],
        serverErrors: tally.serverErrors,
        detail: `${rounds} rounds over ${targets.length} reward places: ${tally}; 5 km off ${JSON.stringify(codes.far)}; London→Sydney ${JSON.stringify(codes.jump)}; ${earned} rewards`,
      };
    };
  },
};
