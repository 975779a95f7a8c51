import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { fieldContext } from '../../src/crypto/fields.ts';
import {
  checkIns,
  locations,
  mentorSessions,
  partnerStaff,
  partners,
  reviewFlags,
  reviews,
  rewards,
} from '../../src/db/schema/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import { appendAssistantMessage, appendUserMessage } from '../../src/domain/chat/messages.ts';
import { withSystem, withUser } from '../../src/domain/context.ts';
import { logMood } from '../../src/domain/moods/log.ts';
import { listNotifications } from '../../src/domain/notifications/inbox.ts';
import { notify } from '../../src/domain/notifications/notify.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { repliesOf } from '../helpers/assistant.ts';
import { backends } from '../helpers/db.ts';
import { makeLocation, makeMentor, makeUser } from '../helpers/factories.ts';
import { browserKeys } from '../helpers/push-service.ts';
import { rawGet } from '../helpers/raw-http.ts';

type Json = Record<string, unknown>;

/** Where each table's rows of the user appear in the export. */
const exportedRows: Record<string, (e: Json) => Json[]> = {
  check_ins: (e) => e.checkIns as Json[],
  chat_messages: (e) => e.chatMessages as Json[],
  journey_progress: (e) => [e.journeyProgress as Json],
  locations: (e) => e.suggestedLocations as Json[],
  mentor_sessions: (e) => (e.mentorSessions as { asUser: Json[] }).asUser,
  mentors: (e) => [e.mentor as Json],
  mood_entries: (e) => e.moodEntries as Json[],
  notifications: (e) => e.notifications as Json[],
  push_subscriptions: (e) => e.pushSubscriptions as Json[],
  review_flags: (e) => e.reviewFlags as Json[],
  reviews: (e) => e.reviews as Json[],
  rewards: (e) => e.rewards as Json[],
};

/** Where a column of a table that also has another users column is exported (read before the table's own). */
const exportedByColumn: Record<string, (e: Json) => Json[]> = {
  'partner_staff.user_id': (e) => [(e.counter as { staffAt: Json }).staffAt],
  'partner_staff.added_by': (e) => (e.counter as { staffLinked: Json[] }).staffLinked,
  // The customers' rewards a staff member redeemed: which, when and where, nothing of the customer's.
  'rewards.redeemed_by': (e) => (e.counter as { redemptions: Json[] }).redemptions,
};

const rowKey = (row: Json) => String(row.id ?? row.userId ?? row.user_id);

describe.each(backends)('export and erasure of an account on %s', (backend) => {
  const clock = manualClock('2025-06-02T08:00:00.000Z');
  let app: TestApp;
  const db = () => app.deps.database.db;

  /** Every column of the database that references users, read from the catalog (not a list that can go stale). */
  async function userReferences(): Promise<{ table: string; column: string }[]> {
    const { rows } = await asSystem(db(), (tx) =>
      tx.execute(sql`
        SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass
          AND c.conparentid = 0 -- a partitioned table's, not each partition's copy of it
        ORDER BY 1, 2`),
    );
    return rows as { table: string; column: string }[];
  }

  /** Every (table, column) of the public schema whose text form mentions the id (or a name) anywhere. */
  async function mentionsOf(id: string): Promise<string[]> {
    return asSystem(db(), async (tx) => {
      const { rows } = await tx.execute(sql`
        SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
        WHERE table_schema = 'public' ORDER BY 1, 2`);
      const found: string[] = [];
      for (const { table, column } of rows as { table: string; column: string }[]) {
        const { rows: hit } = await tx.execute(
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)}::text LIKE ${`%${id}%`}`,
        );
        if ((hit[0] as { n: number }).n > 0) found.push(`${table}.${column}`);
      }
      return found;
    });
  }

  /** A signed-up user with a row in every table that can hold one of theirs. */
  async function richUser() {
    const me = await app.signUp();
    const uid = me.user.id;
    await app.api('POST', '/api/me/consent', { token: me.token, body: { consent: true } });
    const cafe = await makeLocation(db(), { hasQrReward: true });
    const suggested = await makeLocation(db(), { createdBy: uid, name: 'My quiet corner' });
    const otherMentorUser = await makeUser(db());
    const otherMentor = await makeMentor(db(), otherMentorUser.id);
    const ownMentor = await makeMentor(db(), uid, { title: 'Calm coach' });
    const client = await makeUser(db());
    const soon = new Date('2025-06-10T10:00:00.000Z');

    const ids = await asSystem(db(), async (tx) => {
      const [checkIn] = await tx
        .insert(checkIns)
        .values({
          userId: uid,
          locationId: cafe.id,
          timestamp: clock.now(),
          note: app.deps.cipher.encrypt('sat by the window', fieldContext.checkInNote(uid)),
        })
        .returning();
      const [reward] = await tx
        .insert(rewards)
        .values({ userId: uid, type: 'coffee', title: 'Free coffee', locationId: cafe.id })
        .returning();
      const [booked] = await tx
        .insert(mentorSessions)
        .values({ mentorId: otherMentor.id, userId: uid, scheduledAt: soon, durationMinutes: 30 })
        .returning();
      const [mentored] = await tx
        .insert(mentorSessions)
        .values({ mentorId: ownMentor.id, userId: client.id, scheduledAt: soon, durationMinutes: 45 })
        .returning();
      await tx
        .update(mentorSessions)
        .set({
          userNotes: app.deps.cipher.encrypt(
            'ask about crowds',
            fieldContext.sessionNote(booked!.id, 'user'),
          ),
          mentorNotes: app.deps.cipher.encrypt(
            'their private note',
            fieldContext.sessionNote(booked!.id, 'mentor'),
          ),
        })
        .where(sql`${mentorSessions.id} = ${booked!.id}`);
      await tx
        .update(mentorSessions)
        .set({
          mentorNotes: app.deps.cipher.encrypt(
            'prepare breathing',
            fieldContext.sessionNote(mentored!.id, 'mentor'),
          ),
        })
        .where(sql`${mentorSessions.id} = ${mentored!.id}`);
      const [placeReview] = await tx
        .insert(reviews)
        .values({ userId: uid, reviewableType: 'location', reviewableId: cafe.id, rating: 5 })
        .returning();
      const [mentorReview] = await tx
        .insert(reviews)
        .values({ userId: uid, reviewableType: 'mentor', reviewableId: otherMentor.id, rating: 4 })
        .returning();
      const [clientReview] = await tx
        .insert(reviews)
        .values({ userId: client.id, reviewableType: 'mentor', reviewableId: ownMentor.id, rating: 3 })
        .returning();
      await tx.insert(reviewFlags).values({ reviewId: clientReview!.id, userId: uid, verifiedVisit: false });
      // Counter staff at a partner, who also linked a colleague and redeemed a customer's coffee.
      const [partner] = await tx.insert(partners).values({ name: 'Staffed Beans' }).returning();
      await tx.insert(partnerStaff).values({ userId: uid, partnerId: partner!.id });
      await tx.insert(partnerStaff).values({ userId: client.id, partnerId: partner!.id, addedBy: uid });
      await tx.insert(rewards).values({
        userId: client.id,
        type: 'coffee',
        title: "A client's coffee",
        locationId: cafe.id,
        redeemed: true,
        redeemedAt: clock.now(),
        redeemedLocationId: cafe.id,
        redeemedBy: uid,
      });
      return {
        checkIn: checkIn!,
        reward: reward!,
        booked: booked!,
        mentored: mentored!,
        placeReview,
        mentorReview,
      };
    });
    await withSystem(app.deps, (ctx) =>
      notify(ctx, { userId: uid, type: 'reward', title: 'A coffee on us', message: 'Enjoy.' }),
    );
    const keys = browserKeys();
    const device = await app.api('POST', '/api/me/push-subscriptions', {
      token: me.token,
      body: { endpoint: `https://push.example.com/${uid}`, keys: { p256dh: keys.p256dh, auth: keys.auth } },
    });
    expect(device.status, JSON.stringify(device.body)).toBeLessThan(300);
    await withUser(app.deps, uid, async (ctx) => {
      const { message } = await appendUserMessage(ctx, {
        clientMessageId: '0190c3a4-1111-7000-8000-000000000001',
        content: 'Where is quiet near me?',
      });
      await appendAssistantMessage(ctx, { content: 'Try the café on Elm Street.', replyTo: message.id });
      await logMood(ctx, { score: 2, feeling: 'pretty low', note: 'long week' });
    });
    return { ...me, cafe, suggested, ownMentor, otherMentor, otherMentorUser, client, ...ids };
  }

  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());

  it("exports every row of the user's from every table that references users, decrypted, as a download", async () => {
    const u = await richUser();
    const res = await app.api('GET', '/api/me/export', { token: u.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="nightchill-export-2025-06-02.json"',
    );
    const e = res.body as Json;

    expect(e.user).toMatchObject({ id: u.user.id, email: u.user.email, consentGiven: true });
    const text = JSON.stringify(e);
    for (const secret of ['passwordHash', 'password_hash', 'tokenVersion', 'enc:v1:', 'their private note']) {
      expect(text).not.toContain(secret);
    }

    const references = await userReferences();
    expect(references.length).toBeGreaterThan(5);
    for (const { table, column } of references) {
      const pick = exportedByColumn[`${table}.${column}`] ?? exportedRows[table];
      expect(pick, `the export has no section for ${table}.${column}`).toBeDefined();
      const { rows } = await asSystem(db(), (tx) =>
        tx.execute(
          sql`SELECT to_jsonb(t) AS row FROM ${sql.identifier(table)} t WHERE ${sql.identifier(column)} = ${u.user.id}`,
        ),
      );
      const inDb = rows.map((r) => rowKey((r as { row: Json }).row)).sort();
      expect(inDb.length, `${table}.${column} was seeded`).toBeGreaterThan(0);
      const exported = pick!(e).map(rowKey);
      for (const key of inDb) expect(exported, `${table}.${column} row ${key}`).toContain(key);
    }

    expect(e.checkIns).toEqual([expect.objectContaining({ id: u.checkIn.id, note: 'sat by the window' })]);
    expect((e.chatMessages as Json[]).map((m) => [m.role, m.content])).toEqual([
      ['user', 'Where is quiet near me?'],
      ['assistant', 'Try the café on Elm Street.'],
    ]);
    const sessions = e.mentorSessions as { asUser: Json[]; asMentor: Json[] };
    expect(sessions.asUser).toEqual([
      expect.objectContaining({ id: u.booked.id, notes: 'ask about crowds' }),
    ]);
    expect(sessions.asMentor).toEqual([
      expect.objectContaining({ id: u.mentored.id, notes: 'prepare breathing' }),
    ]);
    expect(e.mentor).toMatchObject({ id: u.ownMentor.id, title: 'Calm coach' });
    expect(e.suggestedLocations).toEqual([expect.objectContaining({ id: u.suggested.id })]);
    expect(e.undecryptableValues).toBe(0);
  });

  it('exports a long chat history whole and in order, read a page at a time', async () => {
    const me = await app.signUp();
    const other = await app.signUp();
    const send = (userId: string, content: string) =>
      withUser(app.deps, userId, (ctx) => appendUserMessage(ctx, { clientMessageId: randomUUID(), content }));
    // Past two pages of the export's reads, with another person's messages in between.
    for (let i = 0; i < 410; i++) {
      await send(me.user.id, `note ${i}`);
      if (i % 150 === 0) await send(other.user.id, `theirs ${i}`);
    }
    // Asked for with gzip (as fetch asks by default), it comes uncompressed: a saved file, where
    // compressing 4 MB cost the server at its busiest (no-transform also tells proxies). On a
    // connection of its own: the pool's last one sat idle through the seeding above.
    const res = await rawGet(`${app.url}/api/me/export`, {
      authorization: `Bearer ${me.token}`,
      'accept-encoding': 'gzip, deflate',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store, no-transform');
    const exported = JSON.parse(res.body.toString('utf8')) as Json;
    const contents = (exported.chatMessages as Json[]).map((m) => m.content);
    expect(contents).toEqual(Array.from({ length: 410 }, (_, i) => `note ${i}`));
    expect(exported.undecryptableValues).toBe(0);
  });

  it('refuses the export without a token', async () => {
    expect((await app.api('GET', '/api/me/export')).status).toBe(401);
  });

  it('refuses erasure without the right password, and erases nothing', async () => {
    const u = await richUser();
    const wrong = await app.api('DELETE', '/api/me', {
      token: u.token,
      body: { password: 'not-my-password' },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({ code: 'invalid_password', details: { field: 'password' } });
    for (const body of [undefined, {}, { password: '' }, { password: 7 }, { password: 'x'.repeat(201) }]) {
      const res = await app.api('DELETE', '/api/me', { token: u.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain('password');
    }
    const extra = await app.api('DELETE', '/api/me', {
      token: u.token,
      body: { password: u.password, all: true },
    });
    expect(extra.status).toBe(400);
    expect((await app.api('GET', '/api/me', { token: u.token })).status).toBe(200);
    expect(await mentionsOf(u.user.id)).toContain('users.id');
  });

  it('erases the account: no row mentions the user anywhere, the token and password stop working', async () => {
    const u = await richUser();
    const bystander = await richUser();
    const before = await mentionsOf(u.user.id);
    expect(before).toEqual(expect.arrayContaining(['users.id', 'check_ins.user_id', 'locations.created_by']));
    const deleted: string[] = [];
    const onDeleted = ({ userId }: { userId: string }) => deleted.push(userId);
    app.deps.events.on('user-deleted', onDeleted);

    const res = await app.api('DELETE', '/api/me', { token: u.token, body: { password: u.password } });
    app.deps.events.off('user-deleted', onDeleted);
    expect(res.status).toBe(200);
    expect(res.body.user.id).toBe(u.user.id);
    expect(deleted).toEqual([u.user.id]);

    expect(await mentionsOf(u.user.id)).toEqual([]);
    // Nor the rows hanging off their mentor profile (sessions booked with them, reviews of them).
    expect(await mentionsOf(u.ownMentor.id)).toEqual([]);
    for (const { table, column } of await userReferences()) {
      const { rows } = await asSystem(db(), (tx) =>
        tx.execute(
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${u.user.id}`,
        ),
      );
      expect((rows[0] as { n: number }).n, `${table}.${column}`).toBe(0);
    }

    const me = await app.api('GET', '/api/me', { token: u.token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthorized');
    const login = await app.api('POST', '/api/auth/login', {
      body: { login: u.user.email, password: u.password },
    });
    expect(login.status).toBe(401);

    // The place they suggested stays, as nobody's; counters and ratings no longer count them.
    const places = await asSystem(db(), (tx) =>
      tx
        .select()
        .from(locations)
        .where(inArray(locations.id, [u.suggested.id, u.cafe.id])),
    );
    expect(places.find((p) => p.id === u.suggested.id)).toMatchObject({
      createdBy: null,
      name: 'My quiet corner',
    });
    expect(places.find((p) => p.id === u.cafe.id)).toMatchObject({
      checkInCount: 0,
      reviewCount: 0,
      rating: 0,
    });

    // The other side of each upcoming session hears it is off, without being told who left.
    for (const other of [u.otherMentorUser.id, u.client.id]) {
      const inbox = await withUser(app.deps, other, (ctx) => listNotifications(ctx, { limit: 10 }));
      expect(inbox.notifications).toEqual([
        expect.objectContaining({
          type: 'session_cancelled',
          message: expect.stringContaining('2025-06-10 10:00'),
        }),
      ]);
      expect(JSON.stringify(inbox.notifications)).not.toContain(u.user.username);
    }

    // Someone else's account is untouched.
    const theirs = await app.api('GET', '/api/me/export', { token: bystander.token });
    expect(theirs.status).toBe(200);
    expect(theirs.body.checkIns).toHaveLength(1);
    expect(theirs.body.chatMessages).toHaveLength(2);
  });

  it("leaves the leaver's name and e-mail in nobody else's rows: notifications and assistant context say Former member", async () => {
    const name = `Zelda Erasable ${randomUUID().slice(0, 6)}`;
    const u = await app.signUp({ displayName: name });
    const ownMentor = await makeMentor(db(), u.user.id, { title: 'Calm coach' });
    const mentorUser = await app.signUp();
    const mentor = await makeMentor(db(), mentorUser.user.id);
    const client = await app.signUp();
    const soon = (h: number) => new Date(clock.now().getTime() + h * 3_600_000).toISOString();
    const book = (token: string, mentorId: string, h: number) =>
      app.api('POST', '/api/mentor-sessions', {
        token,
        body: { mentorId, scheduledAt: soon(h), durationMinutes: 60, sessionType: 'virtual' },
      });
    // The leaver books a mentor (the mentor is told "<name> booked…"), and, as a mentor, confirms
    // cancels a client's session (the client is told "<name> cancelled…").
    expect((await book(u.token, mentor.id, 48)).status).toBe(201);
    const theirs = await book(client.token, ownMentor.id, 72);
    expect(theirs.status).toBe(201);
    const confirmed = await app.api('PATCH', `/api/mentor-sessions/${theirs.body.session.id}`, {
      token: u.token,
      body: { status: 'cancelled' },
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    // Another user's assistant listed the leaver as a mentor (a search_mentors result in context).
    await withUser(app.deps, client.user.id, async (ctx) => {
      const { message } = await appendUserMessage(ctx, {
        clientMessageId: randomUUID(),
        content: 'find me a mentor',
      });
      await appendAssistantMessage(ctx, {
        content: 'Here is a mentor.',
        replyTo: message.id,
        context: {
          tools: [{ name: 'search_mentors', ok: true, result: { mentors: [{ id: ownMentor.id, name }] } }],
        },
      });
    });
    // Both rows are sealed: the name is found by reading them as their owners do, not in the raw table.
    const mentorInbox = async () =>
      (
        await withUser(app.deps, mentorUser.user.id, (ctx) => listNotifications(ctx, { limit: 10 }))
      ).notifications.filter((n) => n.type === 'session_booked');
    const clientContext = async () => (await repliesOf(app, client.user.id)).map((r) => r.context);
    expect(await mentionsOf(name)).toEqual(['users.display_name']);
    expect(JSON.stringify(await mentorInbox())).toContain(name);
    expect(JSON.stringify(await clientContext())).toContain(name);

    const res = await app.api('DELETE', '/api/me', { token: u.token, body: { password: u.password } });
    expect(res.status).toBe(200);
    expect(await mentionsOf(name)).toEqual([]);
    expect(await mentionsOf(u.user.email)).toEqual([]);
    expect(await mentorInbox()).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Former member booked a 60-minute/) }),
    ]);
    // Everything else in those rows is still there: the client's conversation and its context.
    expect(await clientContext()).toEqual([
      {
        tools: [
          {
            name: 'search_mentors',
            ok: true,
            result: { mentors: [{ id: ownMentor.id, name: 'Former member' }] },
          },
        ],
      },
    ]);
  });

  it('limits password guesses through erasure like sign-in: 429 with Retry-After', async () => {
    const u = await app.signUp();
    const guess = (i: number) =>
      app.api('DELETE', '/api/me', { token: u.token, body: { password: `guess-${i}-guess` } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await guess(i)).status);
    expect(statuses).toEqual([403, 403, 403, 403, 403]);
    const limited = await guess(5);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await app.api('GET', '/api/me', { token: u.token })).status).toBe(200);
  });
});
