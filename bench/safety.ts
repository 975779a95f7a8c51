/**
 * npm run bench -- safety [--users 20] [--messages 10] [--no-doc]
 *
 * Time to the referral: from chat:send to the first chat:delta of the safety response, through the
 * real socket path, with the model and Redis down (the promise of issue 14: the local check
 * answers alone). One server on a fresh PostgreSQL database (BENCH_ADMIN_URL), Redis of its own
 * that is stopped after start-up, OPENAI_BASE_URL on a closed port. `--users` clients each send
 * `--messages` crisis messages in six languages one after another, all clients at once. Also the
 * detector alone on every message of the evaluation set. Writes the safety section of
 * docs/performance.md unless --no-doc.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Socket } from 'socket.io-client';
import { createDetector } from '../src/assistant/safety/detect.ts';
import { freePort, startOwnRedis } from '../test/helpers/redis-server.ts';
import { client, fmt, type Stats, server, stats, withDatabase } from './assistant.ts';
import { BenchUsageError } from './usage.ts';

const messages = [
  'I took like 20 of my sleeping pills an hour ago',
  'i want to kms',
  'ya no puedo más, quiero morirme',
  'je veux en finir avec la vie',
  'ich will nicht mehr leben',
  'não aguento mais, quero morrer',
  'voglio farla finita',
  'my partner hits me and I am scared to go home',
  'the pills are ready for tonight',
  'my brother sent me a goodbye text',
];

/** Resolves with the ms from sending to the first delta of the reply. */
function referral(socket: Socket, content: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timer = setTimeout(() => reject(new Error('no referral within 10 s')), 10_000);
    socket.once('chat:delta', () => {
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
    socket.emit(
      'chat:send',
      { clientMessageId: randomUUID(), content },
      (ack: { ok: boolean; error?: unknown }) => {
        if (!ack.ok) {
          clearTimeout(timer);
          reject(new Error(`refused: ${JSON.stringify(ack.error)}`));
        }
      },
    );
  });
}

function detectorStats(): { perMessage: Stats; count: number } {
  const detect = createDetector();
  const lines = readFileSync(new URL('../test/eval/safety-messages.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const text of lines) {
      const t = performance.now();
      detect(text);
      samples.push((performance.now() - t) * 1000);
    }
  }
  return { perMessage: stats(samples), count: lines.length };
}

export async function runSafetyBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      users: { type: 'string', default: '20' },
      messages: { type: 'string', default: '10' },
      'no-doc': { type: 'boolean' },
    },
    strict: true,
  });
  const users = Number(values.users);
  const perUser = Number(values.messages);
  if (!Number.isInteger(users) || users < 1 || users > 500)
    throw new BenchUsageError('--users must be 1–500');
  if (!Number.isInteger(perUser) || perUser < 1 || perUser > 200)
    throw new BenchUsageError('--messages must be 1–200');
  const load = os.loadavg();
  const detector = detectorStats();
  const redis = await startOwnRedis();
  const closedPort = await freePort();
  const result = await withDatabase(true, async (url) => {
    const s = await server(url, {
      REDIS_URL: redis.url,
      OPENAI_API_KEY: 'bench',
      OPENAI_BASE_URL: `http://127.0.0.1:${closedPort}/v1`,
      OPENAI_MODERATION_MODEL: 'off',
    });
    try {
      const clients = await Promise.all(Array.from({ length: users }, () => client(s)));
      await redis.stop();
      const samples: number[] = [];
      const started = performance.now();
      await Promise.all(
        clients.map(async ({ socket }, u) => {
          for (let i = 0; i < perUser; i++)
            samples.push(await referral(socket, messages[(u + i) % messages.length]!));
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      for (const c of clients) c.socket.close();
      return { latency: stats(samples), perSecond: samples.length / seconds };
    } finally {
      await s.close();
    }
  });
  const table = [
    '| what | n | p50 | p99 |',
    '| --- | --- | --- | --- |',
    `| chat:send → first chat:delta of the safety response, model and Redis down (ms) | ${result.latency.n} | ${fmt(result.latency.p50)} | ${fmt(result.latency.p99)} |`,
    `| the detector alone, per message of the evaluation set (µs) | ${detector.perMessage.n} | ${fmt(detector.perMessage.p50)} | ${fmt(detector.perMessage.p99)} |`,
  ].join('\n');
  process.stdout.write(
    `${table}\n\n${users} users × ${perUser} messages, ${result.perSecond.toFixed(0)} referrals/s\n`,
  );
  if (values['no-doc']) return;
  const file = new URL('../docs/performance.md', import.meta.url);
  const section = `<!-- safety:start (written by npm run bench -- safety) -->
## Safety: time to the referral

Command: \`npm run bench -- safety\`. Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, PostgreSQL (a fresh database); Redis of the bench's own, stopped after the clients connected; the model's address a closed port; 1-minute load ${load[0]?.toFixed(1)} at the start. ${users} clients each sent ${perUser} crisis messages in six languages one after another, all at once (${result.perSecond.toFixed(0)} referrals/s).

${table}

Goal (issue 14): p99 under 100 ms with the model and Redis down: **${result.latency.p99 < 100 ? 'met' : 'not met'}** (p99 ${fmt(result.latency.p99)} ms). The response is streamed before it is stored, so the database is on the path only for storing the user's message and for their name and country (a cache of recent turns, else a look-up bounded to 300 ms). All ${users} clients send at once to one process, which gives a referral every ${(1000 / result.perSecond).toFixed(1)} ms: a message waits for the ones before it, so the p50 is about the clients' number times that, not the time one referral takes alone.
<!-- safety:end -->`;
  const text = readFileSync(file, 'utf8');
  const pattern = /<!-- safety:start[\s\S]*?<!-- safety:end -->/;
  writeFileSync(
    file,
    pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`,
  );
}
