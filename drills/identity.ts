/**
 * Drill 6, identity: forged tokens on every route and the handshake; revoked, erased and
 * re-passworded users' open sockets (told why, then dropped); bad bytes in bodies and queries; an
 * IDOR sweep of every id-taking route and event; a marker the user wrote, looked for in a pg_dump;
 * the database roles; and two
 * users' interleaved work on a pool of two connections with failing transactions.
 */
import { SignJWT } from 'jose';
import pg from 'pg';
import { createDrizzle } from '../src/db/client.ts';
import { chatMessages } from '../src/db/schema/index.ts';
import { asUser } from '../src/db/tx.ts';
import { connectionArgs, runTool } from '../src/ops/pg-tools.ts';
import {
  api,
  type ClientSocket,
  type DrillUser,
  emitAck,
  newId,
  openSocket,
  registerUsers,
} from './lib/clients.ts';
import { startCluster } from './lib/cluster.ts';
import { drillSecrets } from './lib/instance.ts';
import { fill, operations } from './lib/openapi.ts';
import { ms, pool, prng, sleep } from './lib/stats.ts';
import { check, type Drill, verdictOf } from './lib/types.ts';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Tokens that must all be refused, for one real user. */
async function forgedTokens(userId: string, valid: string): Promise<Record<string, string>> {
  const key = new TextEncoder().encode(drillSecrets.JWT_SECRET);
  const now = Math.floor(Date.now() / 1000);
  const claims = { tv: 0 };
  const sign = (build: (j: SignJWT) => SignJWT, secret = key, alg = 'HS256') =>
    build(
      new SignJWT(claims)
        .setProtectedHeader({ alg, typ: 'JWT' })
        .setSubject(userId)
        .setIssuer('nightchill')
        .setAudience('nightchill'),
    ).sign(secret);
  const [h, p, s] = valid.split('.') as [string, string, string];
  const flip = (part: string, at: number) => {
    const chars = [...part];
    const i = Math.min(at, chars.length - 1);
    chars[i] = chars[i] === 'A' ? 'B' : 'A';
    return chars.join('');
  };
  return {
    algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: userId, tv: 0, iss: 'nightchill', aud: 'nightchill', iat: now, exp: now + 3600 })}.`,
    algNoneSigned: `${b64({ alg: 'none', typ: 'JWT' })}.${p}.${s}`,
    wrongKey: await sign(
      (j) => j.setIssuedAt(now).setExpirationTime(now + 3600),
      new TextEncoder().encode('x'.repeat(48)),
    ),
    hs512SameKey: await sign((j) => j.setIssuedAt(now).setExpirationTime(now + 3600), key, 'HS512'),
    expired: await sign((j) => j.setIssuedAt(now - 7200).setExpirationTime(now - 3600)),
    futureNbf: await sign((j) =>
      j
        .setIssuedAt(now)
        .setNotBefore(now + 3600)
        .setExpirationTime(now + 7200),
    ),
    wrongAudience: await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('nightchill')
      .setAudience('other')
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(key),
    wrongTokenVersion: await new SignJWT({ tv: 7 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('nightchill')
      .setAudience('nightchill')
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(key),
    unknownUser: await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(newId())
      .setIssuer('nightchill')
      .setAudience('nightchill')
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(key),
    flippedSignature: `${h}.${p}.${flip(s, 5)}`,
    flippedPayload: `${h}.${flip(p, 12)}.${s}`,
    flippedHeader: `${flip(h, 3)}.${p}.${s}`,
    truncated: `${h}.${p}.${s.slice(0, -4)}`,
    garbage: 'not.a.jwt',
  };
}

const disconnected = (s: ClientSocket) =>
  new Promise<number>((resolve) => s.once('disconnect', () => resolve(Date.now())));

export const identityDrill: Drill = {
  name: 'identity',
  summary:
    'forged JWTs, revoked/erased sockets ≤ 5 s, bad bytes, IDOR sweep, a marker in no dump, DB roles and RLS, pool-of-2 interleaving',
  sizes: { interleaved: 1000, revokeDeadlineMs: 5_000, concurrency: 8 },
  quick: { interleaved: 200 },
  async run({ sizes, log }) {
    const cluster = await startCluster({ env: { SEED_ON_START: 'true', DATABASE_POOL_MAX: '2' } });
    const sockets: ClientSocket[] = [];
    try {
      const [a, b] = cluster.instances as [(typeof cluster.instances)[0], (typeof cluster.instances)[0]];
      const [victim, attacker, leaver, eraser, renewer] = (await registerUsers(a.url, 5)) as [
        DrillUser,
        DrillUser,
        DrillUser,
        DrillUser,
        DrillUser,
      ];
      const ops = await operations(a.url);

      // 1. Forged tokens on every secured route and on the handshake.
      const forged = await forgedTokens(victim.id, victim.token);
      const secured = ops.filter((o) => o.secured);
      let attempts = 0;
      let accepted = 0;
      const acceptedWhere: string[] = [];
      const statuses = new Map<number, number>();
      await pool(
        secured.flatMap((op) => Object.entries(forged).map(([kind, token]) => ({ op, kind, token }))),
        sizes.concurrency!,
        async ({ op, kind, token }) => {
          attempts++;
          const res = await api(a.url, op.method, fill(op, newId()), {
            token,
            ...(op.hasBody ? { body: {} } : {}),
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status !== 401) {
            accepted++;
            acceptedWhere.push(`${kind} ${op.method} ${op.path} → ${res.status}`);
          }
        },
      );
      let handshakeAccepted = 0;
      for (const token of Object.values(forged)) {
        attempts++;
        const s = await openSocket(b.url, token).catch((err: { data?: { code?: string } }) => err);
        if (!(s instanceof Error) || (s as { data?: { code?: string } }).data?.code !== 'unauthorized') {
          handshakeAccepted++;
          if (!(s instanceof Error)) (s as ClientSocket).close();
        }
      }
      log(
        `forged tokens: ${attempts} attempts over ${secured.length} routes + handshake; statuses ${JSON.stringify([...statuses])}`,
      );
      for (const w of acceptedWhere.slice(0, 5)) log(`  not refused: ${w}`);

      // 2. A signed-out user, an erased user and one whose password changed lose their open
      // sockets, on both instances, each told why first (session:ended).
      const revokeTimes: number[] = [];
      const toldWhy: string[] = [];
      for (const [who, act, reason] of [
        [leaver, () => api(a.url, 'POST', '/api/auth/logout', { token: leaver.token }), 'signed_out'],
        [
          eraser,
          () => api(b.url, 'DELETE', '/api/me', { token: eraser.token, body: { password: eraser.password } }),
          'account_deleted',
        ],
        [
          renewer,
          () =>
            api(a.url, 'POST', '/api/me/password', {
              token: renewer.token,
              body: { currentPassword: renewer.password, newPassword: `lantern harbour meadow ${newId()}` },
            }),
          'password_changed',
        ],
      ] as const) {
        const onA = await openSocket(a.url, who.token);
        const onB = await openSocket(b.url, who.token);
        sockets.push(onA, onB);
        const told: string[] = [];
        for (const s of [onA, onB]) s.on('session:ended', (p: { reason: string }) => told.push(p.reason));
        const gone = Promise.all([disconnected(onA), disconnected(onB)]);
        const t0 = Date.now();
        const res = await act();
        if (res.status >= 300) throw new Error(`revocation request failed: ${res.status} ${res.text}`);
        const at = await Promise.race([
          gone.then((t) => Math.max(...t) - t0),
          sleep(sizes.revokeDeadlineMs! * 3).then(() => Number.POSITIVE_INFINITY),
        ]);
        revokeTimes.push(at);
        toldWhy.push(`${reason}: ${told.join('+') || 'nothing'}`);
        if (told.length !== 2 || told.some((t) => t !== reason)) revokeTimes.push(Number.POSITIVE_INFINITY);
        const again = await openSocket(a.url, who.token).then(
          (s) => {
            s.close();
            return 'accepted';
          },
          () => 'refused',
        );
        if (again !== 'refused') revokeTimes.push(Number.POSITIVE_INFINITY);
      }
      log(`revocation: sockets dropped after ${revokeTimes.map(ms).join(', ')}; told ${toldWhy.join(', ')}`);

      // 2b. Bad bytes (a NUL, a lone surrogate) in bodies and query strings: 400 naming the field, never a 500.
      const badBytes = await badByteRequests(a.url, victim);
      log(`bad bytes: ${badBytes.map((r) => `${r.what} → ${r.status}`).join(', ')}`);

      // 3. IDOR: the victim owns one of everything; the attacker tries every id on every route and event.
      const idor = await idorSweep(cluster.db.admin, a.url, b.url, victim, attacker, ops, sockets, log);

      // 3b. What a user wrote (a chat asking for a reminder, a check-in's mood and note, booking
      // notes) in a data dump of the database: nowhere. Written as the attacker, who has no check-in
      // yet: the victim's is seconds old at another place, which impossible travel refuses.
      const dump = await dumpFindings(cluster.db.url, cluster.db.admin, a.url, attacker);
      log(`dump: ${dump.lines} line(s) of pg_dump hold the marker (${dump.writes} writes carried it)`);

      // 4. Roles and row-level security as configured in the database.
      const roles = await roleFindings(cluster.db.admin);
      log(`roles: ${JSON.stringify(roles)}`);

      // 4b. Statements injected into the attacker's transaction on the app's user-traffic login
      // (DATABASE_APP_URL) try to leave row-level security and read the victim's row.
      const escapes = await injectionFindings(cluster.db.appUrl, attacker.id, victim.id);
      log(`injected role escapes: ${escapes.map((e) => `${e.attempt} → ${e.outcome}`).join('; ')}`);

      // 5. Interleaved work of two users on a pool of two, a third of it failing.
      const inter = await interleave(
        cluster.db.appUrl,
        victim.id,
        attacker.id,
        sizes.interleaved!,
        cluster.db.admin,
      );
      log(`interleaving: ${JSON.stringify(inter)}`);
      const revokeOk = revokeTimes.every((t) => t <= sizes.revokeDeadlineMs!);
      return verdictOf(
        [
          check(
            'forged accepted',
            accepted + handshakeAccepted === 0,
            `${accepted + handshakeAccepted}/${attempts}`,
          ),
          check(
            'revoked sockets dropped',
            revokeOk,
            `${revokeTimes.map(ms).join(' / ')} (${toldWhy.join(', ')})`,
          ),
          check(
            'bad bytes refused',
            badBytes.every((r) => r.status === 400),
            `${badBytes.filter((r) => r.status === 400).length}/${badBytes.length} answered 400`,
          ),
          check(
            'IDOR leaks',
            idor.leaks === 0 && idor.changed === 0,
            `${idor.leaks + idor.changed}/${idor.attempts}`,
          ),
          check(
            'marker in a dump',
            dump.lines === 0 && dump.writes === 3,
            `${dump.lines} lines after ${dump.writes}/3 writes`,
          ),
          check(
            'app roles',
            roles.problems.length === 0,
            roles.problems.length
              ? roles.problems.join('; ')
              : 'nosuper, no bypassrls, own nothing, FORCE RLS',
          ),
          check(
            'injected RLS escapes',
            escapes.every((e) => e.outcome !== 'read the victim'),
            `${escapes.filter((e) => e.outcome === 'read the victim').length}/${escapes.length}`,
          ),
          check('cross-user rows', inter.crossRows === 0, `${inter.crossRows}/${inter.requests}`),
          check('leftover user id', inter.leftover === 0, `${inter.leftover}/${inter.checks}`),
        ],
        {
          forgedAttempts: attempts,
          forgedAccepted: accepted + handshakeAccepted,
          idorAttempts: idor.attempts,
          idorLeaks: idor.leaks,
          idorChanged: idor.changed,
          idor5xx: idor.serverErrors,
          loginRole: roles.loginRole,
          loginRoleSuper: String(roles.loginRoleSuper),
          ...inter,
          revokeMs: revokeTimes.join(','),
        },
      );
    } finally {
      for (const s of sockets) s.close();
      await cluster.close();
    }
  },
};

/**
 * A marker word in what a user writes privately (a chat message asking for a reminder, so its title
 * and the reply's context too; a check-in's note; booking notes), then a data-only pg_dump of the
 * whole database: how many of its lines hold the marker (issue 15, point 3).
 */
async function dumpFindings(dbUrl: string, admin: pg.Pool, url: string, user: DrillUser) {
  const marker = `Zorblax${newId().slice(0, 8)}`;
  const { rows: places } = await admin.query<{ id: string }>('SELECT id FROM locations ORDER BY id LIMIT 1');
  const { rows: mentors } = await admin.query<{ id: string }>(
    'SELECT m.id FROM mentors m WHERE m.user_id <> $1 ORDER BY m.id LIMIT 1',
    [user.id],
  );
  const socket = await openSocket(url, user.token);
  try {
    const replied = new Promise<void>((resolve) =>
      socket.on('chat:message', (m: { role: string }) => m.role === 'assistant' && resolve()),
    );
    const ack = await emitAck(socket, 'chat:send', {
      clientMessageId: newId(),
      content: `remind me to take my ${marker} pills in 20 minutes`,
    });
    if (!ack.ok) throw new Error(`chat:send refused: ${JSON.stringify(ack)}`);
    await Promise.race([replied, sleep(15_000)]);
  } finally {
    socket.close();
  }
  const writes =
    [
      await api(url, 'POST', '/api/check-ins', {
        token: user.token,
        body: { locationId: places[0]!.id, mood: 'anxious', note: `${marker} helped` },
      }),
      await api(url, 'POST', '/api/mentor-sessions', {
        token: user.token,
        body: {
          mentorId: mentors[0]!.id,
          scheduledAt: new Date(Date.now() + 50 * 3_600_000).toISOString(),
          durationMinutes: 30,
          sessionType: 'virtual',
          notes: `about ${marker}`,
        },
      }),
    ].filter((r) => r.status < 300).length + 1;
  const { url: dumpUrl, env } = connectionArgs(dbUrl);
  const { stdout } = await runTool('pg_dump', ['--data-only', '--dbname', dumpUrl], env);
  return { lines: stdout.split('\n').filter((line) => line.includes(marker)).length, writes };
}

/** Requests carrying a NUL or a lone surrogate where text is expected, signed in or not. */
async function badByteRequests(url: string, user: DrillUser): Promise<{ what: string; status: number }[]> {
  const tag = newId().slice(0, 8);
  const cases: [string, string, string, { token?: string; body?: unknown }][] = [
    [
      'register displayName NUL',
      'POST',
      '/api/auth/register',
      {
        body: {
          email: `nul-${tag}@example.com`,
          username: `nul_${tag}`,
          displayName: 'x\u0000',
          password: `quiet lantern ${tag}`,
        },
      },
    ],
    ['login NUL', 'POST', '/api/auth/login', { body: { login: `a\u0000${user.username}`, password: 'x' } }],
    [
      'PATCH /api/me lone surrogate',
      'PATCH',
      '/api/me',
      { token: user.token, body: { displayName: 'a\ud800b' } },
    ],
    ['mentors ?specialization=%00', 'GET', '/api/mentors?specialization=%00', { token: user.token }],
    ['locations ?amenity=%00', 'GET', '/api/locations?lat=51.5&lng=-0.12&amenity=%00', {}],
  ];
  const out: { what: string; status: number }[] = [];
  for (const [what, method, route, options] of cases)
    out.push({ what, status: (await api(url, method, route, options)).status });
  return out;
}

async function idorSweep(
  admin: pg.Pool,
  urlA: string,
  urlB: string,
  victim: DrillUser,
  attacker: DrillUser,
  ops: Awaited<ReturnType<typeof operations>>,
  sockets: ClientSocket[],
  log: (l: string) => void,
) {
  const marker = `VICTIM-${newId()}`;
  // What the victim owns, made through the API as a user would.
  const { rows: places } = await admin.query<{ id: string; qr: boolean; lat: number; lng: number }>(
    'SELECT id, has_qr_reward AS qr, latitude::float8 AS lat, longitude::float8 AS lng FROM locations ORDER BY has_qr_reward DESC LIMIT 2',
  );
  const { rows: mentors } = await admin.query<{ id: string }>('SELECT id FROM mentors LIMIT 1');
  const place = places[0]!;
  const checkIn = await api(urlA, 'POST', '/api/check-ins', {
    token: victim.token,
    // At the place: only a check-in made there earns the reward whose code the attacker tries.
    body: { locationId: place.id, note: marker, lat: place.lat, lng: place.lng, accuracy: 20 },
  });
  const review = await api(urlA, 'POST', '/api/reviews', {
    token: victim.token,
    body: {
      reviewableType: 'location',
      reviewableId: place.id,
      rating: 5,
      title: 'mine',
      content: `fine ${marker.slice(0, 20)}`,
    },
  });
  const when = new Date(Date.now() + 3 * 86_400_000);
  when.setUTCHours(10, 0, 0, 0);
  const session = await api(urlA, 'POST', '/api/mentor-sessions', {
    token: victim.token,
    body: {
      mentorId: mentors[0]!.id,
      scheduledAt: when.toISOString(),
      durationMinutes: 60,
      sessionType: 'virtual',
    },
  });
  const socketV = await openSocket(urlA, victim.token);
  sockets.push(socketV);
  const sent = await emitAck(socketV, 'chat:send', {
    clientMessageId: newId(),
    content: `my secret is ${marker}`,
  });
  const { rows: notes } = await admin.query<{ id: string }>(
    'SELECT id FROM notifications WHERE user_id = $1',
    [victim.id],
  );
  const { rows: rewards } = await admin.query<{ id: string; qr_code: string }>(
    'SELECT id, qr_code FROM rewards WHERE user_id = $1',
    [victim.id],
  );
  const ids: Record<string, string | undefined> = {
    user: victim.id,
    checkIn: checkIn.body?.checkIn?.id,
    review: review.body?.review?.id,
    session: session.body?.session?.id,
    message: sent.ok ? sent.message.id : undefined,
    notification: notes[0]?.id,
    reward: rewards[0]?.id,
  };
  log(
    `victim owns ${JSON.stringify(Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, Boolean(v)])))}; statuses ${checkIn.status}/${review.status}/${session.status} ${session.status === 201 ? '' : session.text}`,
  );
  const secrets = [marker, victim.username, `${victim.username}@drill.test`, rewards[0]?.qr_code].filter(
    Boolean,
  ) as string[];
  const snapshot = async () =>
    JSON.stringify(
      (
        await admin.query(
          `SELECT (SELECT json_agg(s ORDER BY id) FROM mentor_sessions s WHERE user_id = $1) AS s,
                  (SELECT json_agg(n ORDER BY id) FROM notifications n WHERE user_id = $1) AS n,
                  (SELECT json_agg(json_build_array(id, rating, title, content) ORDER BY id) FROM reviews WHERE user_id = $1) AS r,
                  (SELECT json_agg(w ORDER BY id) FROM rewards w WHERE user_id = $1) AS w,
                  (SELECT json_agg(c ORDER BY id) FROM check_ins c WHERE user_id = $1) AS c,
                  (SELECT count(*) FROM chat_messages m WHERE user_id = $1 AND role = 'user') AS m,
                  (SELECT row_to_json(u) FROM (SELECT display_name, token_version, consent_given, role FROM users WHERE id = $1) u) AS u`,
          [victim.id],
        )
      ).rows[0],
    );
  const before = await snapshot();
  let attempts = 0;
  let leaks = 0;
  let serverErrors = 0;
  const leaked: string[] = [];
  const look = (what: string, text: string, status?: number) => {
    attempts++;
    if (status !== undefined && status >= 500) serverErrors++;
    if (secrets.some((s) => text.includes(s))) {
      leaks++;
      leaked.push(what);
    }
  };
  const bodies = (id: string) => [
    {},
    { status: 'cancelled' },
    { rating: 1, title: 'x', content: 'x' },
    { qrCode: rewards[0]?.qr_code ?? 'A'.repeat(20), locationId: place.id },
    { id, userId: id, locationId: id, mentorId: id, reviewableType: 'location', reviewableId: id, rating: 1 },
  ];
  for (const op of ops) {
    if (op.pathParams.length === 0 && !op.hasBody) continue;
    if (op.path === '/api/me' && op.method === 'DELETE') continue; // the attacker's own erasure
    for (const [kind, id] of Object.entries(ids)) {
      if (!id) continue;
      for (const body of op.hasBody ? bodies(id) : [undefined]) {
        const res = await api(urlB, op.method, fill(op, id), {
          token: attacker.token,
          ...(body ? { body } : {}),
        });
        look(`${op.method} ${op.path} ${kind}`, res.text, res.status);
      }
    }
  }
  // Socket events with the victim's ids, from the attacker's socket.
  const socketA = await openSocket(urlB, attacker.token);
  sockets.push(socketA);
  for (const id of Object.values(ids).filter(Boolean) as string[]) {
    for (const [event, payload] of [
      ['chat:sync', { afterId: id }],
      ['chat:history', { before: id }],
      ['chat:cancel', { turnId: id }],
      ['chat:confirm', { proposalId: id }],
    ] as const) {
      const ack = await emitAck(socketA, event, payload).catch(() => ({ ok: false }));
      look(`${event} ${id}`, JSON.stringify(ack));
    }
  }
  const after = await snapshot();
  // Nothing of the victim's may change (flagging a review is open to everyone, so is_flagged is not
  // compared; the assistant's reply to the victim's message is not counted).
  const changed = before === after ? 0 : 1;
  for (const l of leaked.slice(0, 5)) log(`  leak: ${l}`);
  if (changed) log(`  victim's rows changed:\n    ${before}\n    ${after}`);
  return { attempts, leaks, changed, serverErrors };
}

async function roleFindings(admin: pg.Pool) {
  const problems: string[] = [];
  const { rows: roles } = await admin.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
    `SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname IN ('nightchill_app', 'nightchill_system')`,
  );
  if (roles.length !== 2) problems.push(`roles found: ${roles.map((r) => r.rolname).join(',')}`);
  for (const r of roles) {
    if (r.rolsuper) problems.push(`${r.rolname} is superuser`);
    if (r.rolbypassrls) problems.push(`${r.rolname} has BYPASSRLS`);
  }
  const { rows: owned } = await admin.query<{ relname: string; owner: string }>(
    `SELECT c.relname, pg_get_userbyid(c.relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) IN ('nightchill_app', 'nightchill_system')`,
  );
  for (const o of owned) problems.push(`${o.owner} owns ${o.relname}`);
  const perUser = [
    'users',
    'check_ins',
    'rewards',
    'chat_messages',
    'notifications',
    'journey_progress',
    'mentor_sessions',
    'reviews',
  ];
  const { rows: tables } = await admin.query<{
    relname: string;
    relrowsecurity: boolean;
    relforcerowsecurity: boolean;
  }>(
    `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  );
  for (const name of perUser) {
    const t = tables.find((x) => x.relname === name);
    if (!t?.relrowsecurity || !t.relforcerowsecurity) problems.push(`${name} lacks FORCE ROW LEVEL SECURITY`);
  }
  // The logins the instances use: DATABASE_URL's (system work, reported, not judged; see
  // docs/reliability.md) and user traffic's, which must not be able to become the system role.
  const { rows: logins } = await admin.query<{ usename: string; super: boolean; system: boolean }>(
    `SELECT DISTINCT a.usename, r.rolsuper AS super, pg_has_role(a.usename, 'nightchill_system', 'MEMBER') AS system
     FROM pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename
     WHERE a.application_name = 'nightchill' AND a.datname = current_database() ORDER BY 1`,
  );
  if (!logins.some((l) => !l.system))
    problems.push('no instance connects as a login outside nightchill_system');
  const system = logins.find((l) => l.system);
  return {
    problems,
    loginRole: logins.map((l) => l.usename).join(','),
    loginRoleSuper: system?.super ?? false,
  };
}

/**
 * Statements an injection could add to a user's transaction on the user-traffic login, each
 * trying to leave row-level security and read another user's row.
 */
async function injectionFindings(appUrl: string, attackerId: string, victimId: string) {
  const attempts = [
    'RESET ROLE',
    'SET ROLE nightchill_system',
    `SELECT set_config('role', 'nightchill_system', true)`,
    'SET SESSION AUTHORIZATION DEFAULT',
    'SET ROLE NONE',
  ];
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  const findings: { attempt: string; outcome: string }[] = [];
  try {
    for (const attempt of attempts) {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('role', 'nightchill_app', true), set_config('app.user_id', $1, true)`,
        [attackerId],
      );
      let outcome: string;
      try {
        await client.query(attempt);
        const { rows } = await client.query('SELECT id FROM users WHERE id = $1', [victimId]);
        outcome = rows.length > 0 ? 'read the victim' : 'no rows';
      } catch (err) {
        outcome = `refused (${(err as { code?: string }).code ?? 'error'})`;
      }
      await client.query('ROLLBACK');
      findings.push({ attempt, outcome });
    }
  } finally {
    await client.end();
  }
  return findings;
}

/**
 * Two users' units of work interleaved on a pool of two connections, a third of them failing
 * (an exception in the callback, or an SQL error). Each unit reads chat_messages as its user and
 * must see only that user's rows; after each, a connection is taken from the pool and must carry
 * no app.user_id and no role.
 */
async function interleave(url: string, userA: string, userB: string, requests: number, admin: pg.Pool) {
  await admin.query(
    `INSERT INTO chat_messages (id, user_id, role, content, created_at)
     SELECT gen_random_uuid(), u, 'user', 'enc:v1:x:y', now() FROM unnest($1::uuid[]) u, generate_series(1, 3)`,
    [[userA, userB]],
  );
  const pgPool = new pg.Pool({ connectionString: url, max: 2 });
  pgPool.on('error', () => {});
  const db = createDrizzle(pgPool);
  const rand = prng(7);
  let crossRows = 0;
  let failures = 0;
  let leftover = 0;
  let checks = 0;
  const plan = Array.from({ length: requests }, () => ({
    user: rand() < 0.5 ? userA : userB,
    fail: Math.floor(rand() * 6),
  }));
  try {
    await pool(plan, 6, async ({ user, fail }) => {
      try {
        await asUser(db, user, async (tx) => {
          const rows = await tx.select({ userId: chatMessages.userId }).from(chatMessages);
          crossRows += rows.filter((r) => r.userId !== user).length;
          if (fail === 0) throw new Error('drill: failing unit of work');
          if (fail === 1) await tx.execute('SELECT 1/0' as never);
          return rows;
        });
      } catch {
        failures++;
      }
      const client = await pgPool.connect();
      try {
        const { rows } = await client.query<{ uid: string; switched: boolean }>(
          "SELECT coalesce(current_setting('app.user_id', true), '') AS uid, current_user <> session_user AS switched",
        );
        checks++;
        if (rows[0]!.uid !== '' || rows[0]!.switched) leftover++;
      } finally {
        client.release();
      }
    });
  } finally {
    await pgPool.end();
  }
  return { requests, failures, crossRows, leftover, checks };
}
