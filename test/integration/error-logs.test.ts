import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';
import { testPassword } from '../helpers/app.ts';
import { testConfig } from '../helpers/config.ts';
import { backends, createTestDatabase } from '../helpers/db.ts';
import { makeUser } from '../helpers/factories.ts';

/** The app's own logger (its serializers and redaction), writing into an array. */
function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('debug', sink) };
}

const bcryptHash = /\$2[aby]\$\d\d\$/;

describe.each(backends)('database errors in the logs, on %s', (backend) => {
  it('logs a failed sign-up without the statement, its parameters or the row: no e-mail, name or hash', async () => {
    const { lines, logger } = capturedLogger();
    const t = await createTestDatabase(backend);
    // A trigger that fails the insert in a way no code anticipates, quoting the row in its
    // message and detail as PostgreSQL's own errors do ("Failing row contains (…)").
    await t.handle.db.execute(
      sql.raw(`CREATE FUNCTION test_refuse_user() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused %', NEW.email USING DETAIL = NEW::text, HINT = NEW.password_hash; END $$`),
    );
    await t.handle.db.execute(
      sql.raw(
        'CREATE TRIGGER test_refuse_user BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION test_refuse_user()',
      ),
    );
    const server = await startServer(testConfig(), { database: t.handle, logger });
    try {
      const tag = randomUUID().slice(0, 8);
      const secrets = {
        email: `private-${tag}@example.com`,
        username: `hidden_${tag}`,
        name: `Zelda ${tag}`,
      };
      const res = await fetch(`http://127.0.0.1:${server.port}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: secrets.email,
          username: secrets.username,
          displayName: secrets.name,
          password: testPassword,
        }),
      });
      expect(res.status).toBe(500);
      const failure = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unhandled error');
      expect(failure?.err).toMatchObject({ code: 'P0001', message: expect.stringContaining('P0001') });
      const logged = lines.join('');
      for (const value of [...Object.values(secrets), tag, testPassword]) expect(logged).not.toContain(value);
      expect(logged).not.toMatch(bcryptHash);
      expect(logged).not.toMatch(/insert into|params:/i);
    } finally {
      await server.close();
      await t.drop();
    }
  });

  it('logs a constraint violation by its code and constraint, never the key PostgreSQL quotes', async () => {
    const { lines, logger } = capturedLogger();
    const t = await createTestDatabase(backend);
    try {
      const email = `taken-${randomUUID().slice(0, 8)}@example.com`;
      await makeUser(t.handle.db, { email, passwordHash: '$2b$04$abcdefghijklmnopqrstuv' });
      const err = await makeUser(t.handle.db, { email, passwordHash: '$2b$04$abcdefghijklmnopqrstuw' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Error);
      // As an error, and as the message alone (some call sites log `{ err: err.message }`).
      logger.error({ err }, 'write failed');
      logger.warn({ err: (err as Error).message }, 'write failed');
      const [asError, asMessage] = lines.map((l) => JSON.parse(l));
      expect(asError.err).toMatchObject({ code: '23505', constraint: 'idx_users_email', table: 'users' });
      expect(asError.err.stack).toMatch(/^\w+\n\s+at /);
      expect(asMessage.err).toMatch(/Failed query \(statement and parameters not logged\)/);
      const logged = lines.join('');
      expect(logged).not.toContain(email);
      expect(logged).not.toMatch(bcryptHash);
    } finally {
      await t.drop();
    }
  });

  it('logs every other error as before: message, stack and cause', () => {
    const { lines, logger } = capturedLogger();
    logger.error(
      { err: new Error('model timed out', { cause: new Error('socket hang up') }) },
      'turn failed',
    );
    const { err } = JSON.parse(lines[0]!);
    expect(err.message).toContain('model timed out');
    expect(err.stack).toContain('socket hang up');
  });
});
