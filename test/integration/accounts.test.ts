import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';

type Detail = { field: string; message: string };
/** The fields a 400 names: the field itself, or (an unknown key) the key named in the message. */
const named = (details: Detail[]) => details.map((d) => `${d.field} ${d.message}`).join(' | ');

describe.each(backends)('the account (GET/PATCH /api/me, consent, logout) on %s', (backend) => {
  const clock = manualClock('2025-03-01T09:00:00.000Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend, { clock });
  });
  afterAll(() => app?.close());

  it('shows the signed-in user their own account, without secrets', async () => {
    const { user, token } = await app.signUp({ timeZone: 'Asia/Tokyo' });
    const res = await app.api('GET', '/api/me', { token });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, email: user.email, timeZone: 'Asia/Tokyo' });
    expect(Object.keys(res.body.user)).not.toContain('passwordHash');
    expect(Object.keys(res.body.user)).not.toContain('tokenVersion');
  });

  it('refuses /api/me without a token or with a forged one', async () => {
    expect((await app.api('GET', '/api/me')).status).toBe(401);
    const forged = await app.api('GET', '/api/me', { token: 'eyJhbGciOiJub25lIn0.e30.' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('unauthorized');
  });

  it('changes every editable profile field and keeps the change', async () => {
    const { token } = await app.signUp();
    const patch = {
      displayName: '  Quiet Sam  ',
      bio: 'Mornings are best.',
      avatarUrl: 'https://cdn.example.com/sam.png',
      themeMode: 'neon',
      notificationsEnabled: false,
      timeZone: 'America/New_York',
    };
    const res = await app.api('PATCH', '/api/me', { token, body: patch });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ ...patch, displayName: 'Quiet Sam' });
    const again = await app.api('GET', '/api/me', { token });
    expect(again.body.user).toMatchObject({ ...patch, displayName: 'Quiet Sam' });

    const cleared = await app.api('PATCH', '/api/me', { token, body: { bio: null, avatarUrl: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.user).toMatchObject({ bio: null, avatarUrl: null, themeMode: 'neon' });
  });

  it('answers bad profile changes with 400 naming the field, and changes nothing', async () => {
    const { token } = await app.signUp();
    const before = (await app.api('GET', '/api/me', { token })).body.user;
    const cases: [unknown, string][] = [
      [{}, 'at least one field'],
      [{ role: 'operator' }, 'role'],
      [{ displayName: 'x', journeyLevel: 5 }, 'journeyLevel'],
      [{ displayName: '' }, 'displayName'],
      [{ displayName: 'x'.repeat(101) }, 'displayName'],
      [{ displayName: 42 }, 'displayName'],
      [{ bio: 'x'.repeat(1001) }, 'bio'],
      [{ avatarUrl: 'http://example.com/a.png' }, 'avatarUrl'],
      [{ avatarUrl: 'javascript:alert(1)' }, 'avatarUrl'],
      [{ avatarUrl: `https://example.com/${'a'.repeat(3000)}` }, 'avatarUrl'],
      [{ themeMode: 'blue' }, 'themeMode'],
      [{ notificationsEnabled: 'yes' }, 'notificationsEnabled'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ timeZone: 'x'.repeat(65) }, 'timeZone'],
      [[{ displayName: 'x' }], '(root)'],
    ];
    for (const [body, field] of cases) {
      const res = await app.api('PATCH', '/api/me', { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
      expect(named(res.body.error.details), JSON.stringify(body)).toContain(field);
    }
    const malformed = await app.api('PATCH', '/api/me', { token, body: '{"bio": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_payload');
    expect((await app.api('GET', '/api/me', { token })).body.user).toEqual(before);
  });

  it('records consent with the time it was given, keeps that time when given again, and clears it on withdrawal', async () => {
    const { token } = await app.signUp();
    clock.set('2025-03-02T10:30:00.000Z');
    const given = await app.api('POST', '/api/me/consent', { token, body: { consent: true } });
    expect(given.status).toBe(200);
    expect(given.body.user).toMatchObject({ consentGiven: true, consentDate: '2025-03-02T10:30:00.000Z' });

    clock.set('2025-03-05T08:00:00.000Z');
    const again = await app.api('POST', '/api/me/consent', { token, body: { consent: true } });
    expect(again.body.user.consentDate).toBe('2025-03-02T10:30:00.000Z');

    const withdrawn = await app.api('POST', '/api/me/consent', { token, body: { consent: false } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.user).toMatchObject({ consentGiven: false, consentDate: null });

    const regiven = await app.api('POST', '/api/me/consent', { token, body: { consent: true } });
    expect(regiven.body.user).toMatchObject({ consentGiven: true, consentDate: '2025-03-05T08:00:00.000Z' });
  });

  it('answers bad consent bodies with 400 naming the field', async () => {
    const { token } = await app.signUp();
    const cases: [unknown, string][] = [
      [{}, 'consent'],
      [{ consent: 'yes' }, 'consent'],
      [{ consent: 1 }, 'consent'],
      [{ consent: true, consentDate: '2020-01-01T00:00:00Z' }, 'consentDate'],
    ];
    for (const [body, field] of cases) {
      const res = await app.api('POST', '/api/me/consent', { token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(named(res.body.error.details)).toContain(field);
    }
    expect((await app.api('POST', '/api/me/consent', { token, body: '{' })).status).toBe(400);
    expect((await app.api('POST', '/api/me/consent', { body: { consent: true } })).status).toBe(401);
  });

  it('signs out everywhere: every token of the account stops working, a new sign-in works', async () => {
    const { user, token: phone, password } = await app.signUp();
    const login = await app.api('POST', '/api/auth/login', { body: { login: user.username, password } });
    const laptop = login.body.token as string;
    const other = await app.signUp();

    const out = await app.api('POST', '/api/auth/logout', { token: laptop });
    expect(out.status).toBe(204);
    for (const token of [phone, laptop]) {
      const res = await app.api('GET', '/api/me', { token });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
    expect((await app.api('POST', '/api/auth/logout', { token: phone })).status).toBe(401);
    // Someone else's session is untouched.
    expect((await app.api('GET', '/api/me', { token: other.token })).status).toBe(200);

    const back = await app.api('POST', '/api/auth/login', { body: { login: user.email, password } });
    expect(back.status).toBe(200);
    expect((await app.api('GET', '/api/me', { token: back.body.token })).status).toBe(200);
  });

  it('refuses logout without a token', async () => {
    const res = await app.api('POST', '/api/auth/logout');
    expect(res.status).toBe(401);
  });
});
