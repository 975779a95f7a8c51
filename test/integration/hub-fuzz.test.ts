import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { mulberry32 as prng } from '../../src/db/seed/random.ts';
import { asSystem } from '../../src/db/tx.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { emitAck, openSocket } from '../helpers/sockets.ts';

/** 500 hostile frames: malformed JSON, wrong types, unknown events, binary junk, 1 MB strings. */
function hostileFrames(count: number): (string | Buffer)[] {
  const rand = prng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const payloads = [
    '{"clientMessageId":',
    'null',
    '[]',
    '{"clientMessageId":"x","content":5}',
    `{"clientMessageId":"${randomUUID()}","content":"${'y'.repeat(5000)}"}`,
    '{"__proto__":{"polluted":true},"content":"x"}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '"\\ud800"',
    '{"afterId":{"$gt":""}}',
    '1e999',
  ];
  const events = [
    'chat:send',
    'chat:sync',
    'chat:history',
    'chat:cancel',
    'no:such',
    '__proto__',
    '',
    'constructor',
  ];
  const frames: (string | Buffer)[] = [];
  for (let i = 0; i < count; i++) {
    switch (Math.floor(rand() * 8)) {
      case 0:
        frames.push(`42${i}["${pick(events)}",${pick(payloads)}]`);
        break;
      case 1:
        frames.push(`42["${pick(events)}",${pick(payloads)},`);
        break;
      case 2:
        frames.push(pick(['4', '9', '42', '43', '40', '41', '45-["x"]', '2probe', '6', '']));
        break;
      case 3:
        frames.push(Buffer.from(Array.from({ length: 64 }, () => Math.floor(rand() * 256))));
        break;
      case 4:
        frames.push(
          `42["chat:send",{"clientMessageId":"${randomUUID()}","content":"${'z'.repeat(1_000_000)}"}]`,
        );
        break;
      case 5:
        frames.push(
          `42${Math.floor(rand() * 1e12)}["chat:sync",{"limit":${pick(['-1', '1e9', '"10"', 'null'])}}]`,
        );
        break;
      case 6:
        frames.push(String.fromCharCode(...Array.from({ length: 32 }, () => Math.floor(rand() * 0xffff))));
        break;
      default:
        frames.push(
          `42["chat:send",${JSON.stringify({ clientMessageId: randomUUID(), content: rand() > 0.5 ? '' : 7 })}]`,
        );
    }
  }
  return frames;
}

describe('hostile socket traffic', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    // The fuzzer reconnects after every frame that closes its connection, far more often than the
    // connect budget lets one account (limits-sockets.test.ts): off here, where frames are tested.
    app = await startTestApp('pglite', { env: { LIMITS: 'socket_connects=off' } });
    const who = await app.signUp();
    token = who.token;
    await asSystem(app.deps.database.db, (tx) =>
      tx.execute(sql`UPDATE users SET consent_given = true, consent_date = now() WHERE id = ${who.user.id}`),
    );
  });
  afterAll(() => app?.close());

  /** A raw engine.io websocket that has completed the Socket.IO CONNECT with our token. */
  function rawSocket(): Promise<WebSocket> {
    const url = `${app.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const ws = new WebSocket(url);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('raw socket did not connect')), 5_000);
      ws.on('message', (data) => {
        const text = data.toString();
        if (text.startsWith('0')) ws.send(`40${JSON.stringify({ token })}`);
        else if (text.startsWith('40')) {
          clearTimeout(timer);
          resolve(ws);
        } else if (text === '2') ws.send('3');
      });
      ws.on('error', reject);
    });
  }

  it('survives 500 mutated frames: errors or drops, never a crash, other clients unaffected', async () => {
    const bystander = await openSocket(app.url, token);
    const frames = hostileFrames(500);
    const deadline = Date.now() + 60_000;
    let ws = await rawSocket();
    let reconnects = 0;
    for (const frame of frames) {
      if (Date.now() > deadline) break;
      if (ws.readyState !== WebSocket.OPEN) {
        ws = await rawSocket();
        reconnects++;
      }
      ws.send(frame);
      await new Promise((r) => setImmediate(r));
    }
    ws.close();
    expect(Date.now()).toBeLessThan(deadline);
    expect(reconnects).toBeGreaterThan(0); // malformed packets do close their own connection
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ack = await emitAck(bystander, 'chat:send', {
      clientMessageId: randomUUID(),
      content: 'still fine?',
    });
    expect(ack.ok).toBe(true);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    bystander.close();
  });
});
