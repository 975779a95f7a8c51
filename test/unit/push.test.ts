import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { endpointProblem } from '../../src/domain/push/endpoint.ts';
import { PUSHED_TYPES, pushPayload } from '../../src/push/payload.ts';
import { resolveVapidKeys } from '../../src/secrets.ts';
import { vapidPair } from '../helpers/push-service.ts';

function problemsOf(env: Record<string, string>): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('push endpoints the server will post to', () => {
  it('takes push services on the internet over https, in production and out', () => {
    for (const url of [
      'https://fcm.googleapis.com/fcm/send/abc:def',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://web.push.apple.com/QGx',
    ]) {
      expect(endpointProblem(url, { production: true }), url).toBeUndefined();
      expect(endpointProblem(url, { production: false }), url).toBeUndefined();
    }
  });

  it('refuses, in production, plain http, addresses and private names: the server must not post inward', () => {
    for (const url of [
      'http://127.0.0.1:9999/push',
      'http://localhost/push',
      'http://push.example.com/x',
      'https://127.0.0.1/x',
      'https://[::1]/x',
      'https://10.0.0.7/x',
      'https://169.254.169.254/latest',
      'https://redis/x',
      'https://db.internal/x',
      'https://printer.local/x',
      'https://user:pw@fcm.googleapis.com/x',
    ]) {
      expect(endpointProblem(url, { production: true }), url).toBeDefined();
    }
  });

  it('allows plain http to a loopback address outside production only (a local stand-in push service)', () => {
    expect(endpointProblem('http://127.0.0.1:9999/push/a', { production: false })).toBeUndefined();
    expect(endpointProblem('http://localhost:9999/push/a', { production: false })).toBeUndefined();
    expect(endpointProblem('http://10.0.0.7/push/a', { production: false })).toBe('must be an https:// URL');
    expect(endpointProblem('http://push.example.com/a', { production: false })).toBe(
      'must be an https:// URL',
    );
  });
});

describe('the push payload', () => {
  const notification = {
    id: '00000000-0000-4000-8000-000000000001',
    type: 'session_booked',
    title: 'New session booked',
    message: 'Robin booked a 30-minute virtual session.',
    createdAt: '2026-01-01T10:00:00.000Z',
    data: { sessionId: '00000000-0000-4000-8000-0000000000aa', mentorId: 'm' },
  };

  it('carries the words, where a tap leads and a tag, nothing else', () => {
    expect(pushPayload(notification, true)).toEqual({
      title: 'New session booked',
      body: 'Robin booked a 30-minute virtual session.',
      url: '/#/mentor',
      tag: 'session-00000000-0000-4000-8000-0000000000aa',
    });
    const { data: _data, ...plain } = notification;
    expect(pushPayload({ ...plain, type: 'reminder' }, false)).toEqual({
      title: 'New session booked',
      body: 'Robin booked a 30-minute virtual session.',
      url: '/',
      tag: 'notification-00000000-0000-4000-8000-000000000001',
    });
  });

  it('cuts long words well inside the 4 KB a push service takes', () => {
    const long = pushPayload({ ...notification, title: '🙂'.repeat(500), message: '🙂'.repeat(5000) }, false);
    expect([...long.title]).toHaveLength(120);
    expect([...long.body]).toHaveLength(600);
    expect(Buffer.byteLength(JSON.stringify(long))).toBeLessThan(3_000);
  });

  it('pushes the alerts people asked for, and no inherited name passes for a type', () => {
    expect(Object.keys(PUSHED_TYPES).sort()).toEqual([
      'reminder',
      'session_booked',
      'session_cancelled',
      'session_reminder',
    ]);
    expect(Object.hasOwn(PUSHED_TYPES, 'constructor')).toBe(false);
  });
});

describe('VAPID configuration', () => {
  const pair = vapidPair();
  const dataDir = () => mkdtempSync(path.join(tmpdir(), 'nightchill-vapid-'));

  it('takes a configured pair and subject', () => {
    const config = loadConfig({ ...pair, VAPID_SUBJECT: 'mailto:ops@example.org', DATA_DIR: dataDir() });
    expect(config.push).toEqual({
      vapidKeys: { publicKey: pair.VAPID_PUBLIC_KEY, privateKey: pair.VAPID_PRIVATE_KEY },
      subject: 'mailto:ops@example.org',
    });
    expect(resolveVapidKeys(config)).toEqual(config.push.vapidKeys);
  });

  it('refuses half a pair, a mismatched pair, malformed keys and a subject push services cannot use', () => {
    expect(problemsOf({ VAPID_PUBLIC_KEY: pair.VAPID_PUBLIC_KEY }).map((p) => p.variable)).toEqual([
      'VAPID_PRIVATE_KEY',
    ]);
    const other = vapidPair();
    expect(problemsOf({ ...pair, VAPID_PRIVATE_KEY: other.VAPID_PRIVATE_KEY })).toEqual([
      { variable: 'VAPID_PUBLIC_KEY', message: 'is not the public half of VAPID_PRIVATE_KEY' },
    ]);
    expect(problemsOf({ ...pair, VAPID_PUBLIC_KEY: 'abc' }).map((p) => p.variable)).toContain(
      'VAPID_PUBLIC_KEY',
    );
    expect(problemsOf({ ...pair, VAPID_SUBJECT: 'http://example.org' }).map((p) => p.variable)).toEqual([
      'VAPID_SUBJECT',
    ]);
  });

  it('generates a pair once for the embedded default, kept in DATA_DIR (0600) across restarts', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    const first = resolveVapidKeys(config)!;
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(first.privateKey, 'base64url')).toHaveLength(32);
    expect(problemsOf({ VAPID_PUBLIC_KEY: first.publicKey, VAPID_PRIVATE_KEY: first.privateKey })).toEqual(
      [],
    );
    expect(resolveVapidKeys(loadConfig({ DATA_DIR: dir }))).toEqual(first);
    const file = path.join(dir, 'vapid.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('invents no pair for a shared database: push is off there without configured keys', () => {
    const shared = loadConfig({
      DATA_DIR: dataDir(),
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/nightchill',
      JWT_SECRET: 'x'.repeat(32),
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    expect(resolveVapidKeys(shared)).toBeUndefined();
  });
});
