/**
 * npm run bench -- assistant [--users 40] [--turns 6] [--no-drop]
 * (or: npx tsx bench/assistant.ts …)
 *
 * Full assistant turns through the socket (chat:send → stored → turn → stored reply → chat:message)
 * on real PostgreSQL (BENCH_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres: a
 * fresh database is created for the run and dropped after it):
 *   1. the offline companion (tools and database, no model);
 *   2. the OpenAI provider against the local fake model at a fixed 50 ms per request, with plain
 *      replies and with one tool round: turns/s and the server's own latency (the turn's time minus
 *      the model's 50 ms per request), p50/p99;
 *   3. the prompt sent at turns 10, 100 and 1,000 of one conversation (estimated tokens).
 * Everything runs in this process; the load is `--users` clients, each sending `--turns` messages
 * one after another, all clients at once.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { countTokens } from '../src/assistant/memory/history.ts';
import { loadConfig } from '../src/config.ts';
import { fieldContext } from '../src/crypto/fields.ts';
import { chatMessages, locations } from '../src/db/schema/index.ts';
import { asSystem } from '../src/db/tx.ts';
import { withUser } from '../src/domain/context.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { type FakeModel, startFakeModel } from '../test/helpers/fake-model.ts';

const env = z
  .object({
    BENCH_ADMIN_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/)
      .default('postgresql://postgres@127.0.0.1:5432/postgres'),
  })
  .parse(process.env);

const here = { lat: 51.5074, lng: -0.1278 };
const MODEL_MS = 50;

export interface Stats {
  n: number;
  p50: number;
  p99: number;
  mean: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p99: at(0.99), mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}

export const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

export async function withDatabase<T>(drop: boolean, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `nc_bench_assistant_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: env.BENCH_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(env.BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    if (drop) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export function server(databaseUrl: string, extra: Record<string, string> = {}): Promise<RunningServer> {
  return startServer(
    loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'nightchill-bench-')),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: '20',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 9).toString('base64')}`,
      SEED_ON_START: 'false',
      BCRYPT_COST: '4',
      SIGNUPS_PER_HOUR: '1000000',
      ...extra,
    }),
  );
}

export async function client(s: RunningServer): Promise<{ socket: Socket; userId: string }> {
  const base = `http://127.0.0.1:${s.port}`;
  const tag = randomUUID().slice(0, 8);
  const post = async (route: string, body: unknown, token?: string) => {
    const res = await fetch(`${base}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { token: string; user: { id: string } };
  };
  const { token, user } = await post('/api/auth/register', {
    email: `b-${tag}@example.com`,
    username: `b_${tag}`,
    displayName: `Bench ${tag}`,
    password: `bench-${tag}-password`,
  });
  await post('/api/me/consent', { consent: true }, token);
  const socket = io(base, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { token },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, userId: user.id };
}

/** One turn: send, then wait for the assistant's reply to that message. Resolves with ms taken. */
function turn(socket: Socket, content: string, location?: { lat: number; lng: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let messageId: string | undefined;
    const early: { replyTo?: string; role: string }[] = [];
    const timer = setTimeout(() => reject(new Error('no reply within 30 s')), 30_000);
    const on = (m: { replyTo?: string; role: string }) => {
      if (m.role !== 'assistant') return;
      if (!messageId) {
        early.push(m);
        return;
      }
      if (m.replyTo !== messageId) return;
      clearTimeout(timer);
      socket.off('chat:message', on);
      resolve(performance.now() - started);
    };
    socket.on('chat:message', on);
    socket.emit(
      'chat:send',
      { clientMessageId: randomUUID(), content, ...(location ? { location } : {}) },
      (ack: { ok: boolean; message?: { id: string }; error?: unknown }) => {
        if (!ack.ok) {
          clearTimeout(timer);
          reject(new Error(`refused: ${JSON.stringify(ack.error)}`));
          return;
        }
        messageId = ack.message!.id;
        for (const m of early.splice(0)) on(m);
      },
    );
  });
}

interface Load {
  turnsPerSecond: number;
  latency: Stats;
}

async function load(
  s: RunningServer,
  users: number,
  turns: number,
  script: (i: number) => { content: string; location?: typeof here },
): Promise<Load> {
  const clients = await Promise.all(Array.from({ length: users }, () => client(s)));
  const samples: number[] = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async ({ socket }) => {
      for (let i = 0; i < turns; i++) {
        const { content, location } = script(i);
        samples.push(await turn(socket, content, location));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const c of clients) c.socket.close();
  return { turnsPerSecond: samples.length / seconds, latency: stats(samples) };
}

const offlineScript = [
  { content: 'hello' },
  { content: 'any quiet cafés near me?', location: here },
  { content: 'check me in at Quiet Beans', location: here },
  { content: "what's my streak?" },
  { content: 'do I have any rewards?' },
  { content: 'what level am I?' },
];

async function seedPlaces(s: RunningServer): Promise<void> {
  await asSystem(s.deps.database.db, (tx) =>
    tx.insert(locations).values(
      Array.from({ length: 60 }, (_, i) => ({
        name: i === 0 ? 'Quiet Beans' : `Bench Place ${i}`,
        type: (['coffee', 'gym', 'nutrition'] as const)[i % 3]!,
        latitude: here.lat + (i === 0 ? 0.0001 : (i % 10) * 0.002),
        longitude: here.lng + Math.floor(i / 10) * 0.002,
        address: `${i} Bench Street`,
        city: 'London',
        country: 'UK',
        anxietyLevel: i % 2 === 0 ? ('low' as const) : ('high' as const),
        hasQrReward: i === 0,
      })),
    ),
  );
}

/** The prompt the model is sent on turn n of one conversation (n − 1 exchanges stored before it). */
async function promptAt(s: RunningServer, fake: FakeModel, n: number): Promise<number> {
  const c = await client(s);
  const words = 'I would like a calm place to sit for an hour after work, away from the noise. ';
  await withUser(s.deps, c.userId, async (ctx) => {
    for (let start = 0; start < n - 1; start += 200) {
      const values: (typeof chatMessages.$inferInsert)[] = [];
      for (let i = start; i < Math.min(n - 1, start + 200); i++) {
        const id = uuidv7();
        const seal = (text: string) => ctx.cipher.encrypt(text, fieldContext.chatContent(c.userId));
        values.push(
          {
            id,
            userId: c.userId,
            role: 'user',
            content: seal(words.repeat(2)),
            clientMessageId: randomUUID(),
          },
          {
            id: uuidv7(),
            userId: c.userId,
            role: 'assistant',
            replyTo: id,
            content: seal(words.repeat(3)),
            context: { turnId: randomUUID(), result: 'ok', aiNoticeAt: new Date().toISOString() },
          },
        );
      }
      await ctx.tx.insert(chatMessages).values(values);
    }
  });
  fake.requests.length = 0;
  await turn(c.socket, 'Where should I go tonight?');
  c.socket.close();
  const request = fake.requests[0]!;
  return countTokens(JSON.stringify({ messages: request.messages, tools: request.tools }));
}

export interface AssistantFigures {
  offline: Load;
  fakePlain: Load;
  fakeTool: Load;
  /** Prompt tokens (o200k_base) at turn 10, 100 and 1,000. */
  promptTokens: Record<number, number>;
}

export async function runAssistantBench(argv: string[]): Promise<AssistantFigures | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string', default: '40' },
      turns: { type: 'string', default: '6' },
      'no-drop': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: npm run bench -- assistant [--users 40] [--turns 6] [--no-drop]\n');
    return undefined;
  }
  const users = Number(values.users);
  const turns = Number(values.turns);
  if (!Number.isInteger(users) || users < 1 || !Number.isInteger(turns) || turns < 1 || turns > 25) {
    process.stderr.write(
      'bench assistant: --users ≥ 1 and --turns 1–25 (the chat rate limit is 30 a minute)\n',
    );
    process.exit(2);
  }
  const figures: Partial<AssistantFigures> = { promptTokens: {} };
  await withDatabase(!values['no-drop'], async (url) => {
    const lines: string[] = [];
    const offline = await server(url);
    try {
      await seedPlaces(offline);
      await load(offline, 5, 2, (i) => offlineScript[i % offlineScript.length]!); // warm-up
      const r = await load(offline, users, turns, (i) => offlineScript[i % offlineScript.length]!);
      figures.offline = r;
      lines.push(
        `| offline companion (tools + PostgreSQL) | ${r.latency.n} | ${fmt(r.turnsPerSecond)} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} |`,
      );
    } finally {
      await offline.close();
    }

    const fake = await startFakeModel();
    fake.latencyMs = MODEL_MS;
    const online = await server(url, { OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: fake.url });
    try {
      fake.fallback = { text: 'A calm answer.' };
      await load(online, 5, 2, () => ({ content: 'hello' }));
      const plain = await load(online, users, turns, () => ({ content: 'hello' }));
      figures.fakePlain = plain;
      const added = (l: Load, requests: number) => ({
        p50: l.latency.p50 - requests * MODEL_MS,
        p99: l.latency.p99 - requests * MODEL_MS,
      });
      const a = added(plain, 1);
      lines.push(
        `| fake model, 50 ms, plain reply (1 request) | ${plain.latency.n} | ${fmt(plain.turnsPerSecond)} | ${fmt(plain.latency.p50)} (+${fmt(a.p50)}) | ${fmt(plain.latency.p99)} (+${fmt(a.p99)}) |`,
      );
      fake.fallback = (req) =>
        req.messages.at(-1).role === 'tool'
          ? { text: 'Here is your journey.' }
          : { tools: [{ name: 'get_journey', arguments: {} }] };
      const tool = await load(online, users, turns, () => ({ content: 'how am I doing?' }));
      figures.fakeTool = tool;
      const b = added(tool, 2);
      lines.push(
        `| fake model, 50 ms, one tool round (2 requests) | ${tool.latency.n} | ${fmt(tool.turnsPerSecond)} | ${fmt(tool.latency.p50)} (+${fmt(b.p50)}) | ${fmt(tool.latency.p99)} (+${fmt(b.p99)}) |`,
      );
      fake.latencyMs = 0;
      fake.fallback = { text: 'Noted.' };
      const tokens = [];
      for (const n of [10, 100, 1_000]) {
        const t = await promptAt(online, fake, n);
        figures.promptTokens![n] = t;
        tokens.push(`| ${n} | ${t} |`);
      }
      process.stdout.write(
        [
          `Assistant turns, ${users} clients × ${turns} turns each, all at once (ms: send → reply received; (+n) = beyond the model's own 50 ms per request)`,
          '',
          '| provider | turns | turns/s | p50 ms | p99 ms |',
          '| --- | --- | --- | --- | --- |',
          ...lines,
          '',
          'Prompt sent to the model (messages + tool schemas, tokens counted by gpt-tokenizer, o200k_base)',
          '',
          '| turn | prompt tokens |',
          '| --- | --- |',
          ...tokens,
          '',
        ].join('\n'),
      );
    } finally {
      await online.close();
      await fake.close();
    }
  });
  return figures as AssistantFigures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAssistantBench(process.argv.slice(2)).catch((err) => {
    process.stderr.write(
      `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
