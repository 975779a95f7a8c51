import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/tx.ts';
import { startTestApp } from '../helpers/app.ts';
import { emitAck, openSocket } from '../helpers/sockets.ts';

describe('graceful shutdown', () => {
  it('finishes acks in flight, then drops connections so clients reconnect elsewhere', async () => {
    const app = await startTestApp('pglite');
    try {
      const { user, token } = await app.signUp();
      await asSystem(app.deps.database.db, (tx) =>
        tx.execute(sql`UPDATE users SET consent_given = true, consent_date = now() WHERE id = ${user.id}`),
      );
      const socket = await openSocket(app.url, token);
      const reason = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      // "In flight" means the server has the event: wait until all five have arrived (on a busy
      // machine a fixed pause may end before the frames do, and a frame the server never got is
      // the client's to resend after reconnecting, not this test's subject).
      const [serverSocket] = [...app.server.hub.io.of('/').sockets.values()];
      let received = 0;
      const allReceived = new Promise<void>((resolve) =>
        serverSocket?.onAny((event) => {
          if (event === 'chat:send' && ++received === 5) resolve();
        }),
      );
      const acks = Array.from({ length: 5 }, (_, i) =>
        emitAck(socket, 'chat:send', { clientMessageId: randomUUID(), content: `last words ${i}` }),
      );
      await allReceived;
      await new Promise((r) => setImmediate(r)); // socket.io dispatches to the handler on the next tick
      const closing = app.server.hub.close(5_000);
      const results = await Promise.all(acks);
      expect(results.every((a) => a.ok)).toBe(true);
      await closing;
      // A transport close, not "io server disconnect": socket.io clients reconnect by themselves.
      expect(await reason).toBe('transport close');
      await expect(openSocket(app.url, token)).rejects.toBeInstanceOf(Error);
      const { rows } = await asSystem(app.deps.database.db, (tx) =>
        tx.execute(
          sql`SELECT count(*)::int AS n FROM chat_messages WHERE user_id = ${user.id} AND role = 'user'`,
        ),
      );
      expect(rows[0]?.n).toBe(5);
    } finally {
      await app.close();
    }
  });
});
