/**
 * npm run bench -- assistant [--users 20] [--turns 6] [--think 3000] [--only offline|model|prompt] [--no-drop]
 * (or: npx tsx bench/assistant.ts …)
 *
 * Full assistant turns through the socket (chat:send → stored → turn → stored reply → chat:message)
 * on real PostgreSQL (BENCH_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres: a
 * fresh database is created for the run and dropped after it):
 *   1. the offline companion (tools and database, no model): the whole turn, p50/p99;
 *   2. the OpenAI provider against the local fake model at a fixed 50 ms to its first token, with
 *      plain replies: what the server adds before the model's words (chat:send → the first
 *      chat:delta, minus the model's 50 ms), p50/p99; and with one tool round (the whole turn);
 *   3. the prompt sent at turns 10, 100 and 1,000 of one conversation (tokens).
 * Everything runs in this process. `--users` clients at once, each sending `--turns` messages, in
 * two loads: a closed loop (each sends the next the moment its reply ends: it saturates the cores
 * by design) and a paced one (each thinks about `--think` ms between a reply and its next message,
 * as people chat). `--only` runs one part (for a profile: `npx tsx --cpu-prof bench/assistant.ts`).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import { countTokens } from '../src/assistant/memory/history.ts';
import { defaultAssistantOptions } from '../src/assistant/options.ts';
import { toolSpecs } from '../src/assistant/tools/registry.ts';
import { loadConfig } from '../src/config.ts';
import { locations } from '../src/db/schema/index.ts';
import { asSystem } from '../src/db/tx.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { type FakeModel, startFakeModel } from '../test/helpers/fake-model.ts';
import { seedConversation } from '../test/helpers/history.ts';

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
export const MODEL_MS = 50;

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

/** When each part of one turn arrived, in ms from the chat:send. */
interface TurnTimes {
  /** The ack: the message is stored. */
  ack: number;
  /** The first chat:delta of the turn. */
  firstDelta: number | undefined;
  /** The reply (chat:message) received: the whole turn. */
  total: number;
}

/** One turn: send, then wait for the assistant's reply to that message. */
function turn(socket: Socket, content: string, location?: { lat: number; lng: number }): Promise<TurnTimes> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let messageId: string | undefined;
    let ack = 0;
    let firstDelta: number | undefined;
    const early: { replyTo?: string; role: string }[] = [];
    const timer = setTimeout(() => reject(new Error('no reply within 30 s')), 30_000);
    // One turn per client at a time: the first delta after the send is this turn's.
    const onDelta = () => {
      firstDelta ??= performance.now() - started;
    };
    const on = (m: { replyTo?: string; role: string }) => {
      if (m.role !== 'assistant') return;
      if (!messageId) {
        early.push(m);
        return;
      }
      if (m.replyTo !== messageId) return;
      clearTimeout(timer);
      socket.off('chat:message', on);
      socket.off('chat:delta', onDelta);
      resolve({ ack, firstDelta, total: performance.now() - started });
    };
    socket.on('chat:delta', onDelta);
    socket.on('chat:message', on);
    socket.emit(
      'chat:send',
      { clientMessageId: randomUUID(), content, ...(location ? { location } : {}) },
      (ack_: { ok: boolean; message?: { id: string }; error?: unknown }) => {
        if (!ack_.ok) {
          clearTimeout(timer);
          reject(new Error(`refused: ${JSON.stringify(ack_.error)}`));
          return;
        }
        ack = performance.now() - started;
        messageId = ack_.message!.id;
        for (const m of early.splice(0)) on(m);
      },
    );
  });
}

interface Load {
  /** Closed loop (think 0) or paced (think time between a reply and the next message). */
  thinkMs: number;
  turnsPerSecond: number;
  /** chat:send → the reply received (chat:message). */
  latency: Stats;
  /** chat:send → its ack (the message stored). */
  ack: Stats;
  /** chat:send → the turn's first chat:delta. */
  firstDelta: Stats;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A think time around `ms`: uniform between half and one and a half of it. */
const think = (ms: number) => ms * (0.5 + Math.random());

/**
 * `users` clients at once, each sending `turns` messages one after another: with thinkMs 0 each
 * sends the next the moment its reply ends (a closed loop: it saturates the cores by design); else
 * each first waits a random part of thinkMs, and thinks about that long after every reply, as
 * people chat. prime: each client's first turn (the one that carries the AI notice) is not timed.
 */
async function load(
  s: RunningServer,
  plan: { users: number; turns: number; thinkMs?: number; prime?: boolean },
  script: (i: number) => { content: string; location?: typeof here },
): Promise<Load> {
  const thinkMs = plan.thinkMs ?? 0;
  const clients = await Promise.all(Array.from({ length: plan.users }, () => client(s)));
  if (plan.prime) await Promise.all(clients.map(({ socket }) => turn(socket, 'hello')));
  const samples: TurnTimes[] = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async ({ socket }) => {
      if (thinkMs) await sleep(Math.random() * thinkMs);
      for (let i = 0; i < plan.turns; i++) {
        const { content, location } = script(i);
        samples.push(await turn(socket, content, location));
        if (thinkMs && i < plan.turns - 1) await sleep(think(thinkMs));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const c of clients) c.socket.close();
  return {
    thinkMs,
    turnsPerSecond: samples.length / seconds,
    latency: stats(samples.map((t) => t.total)),
    ack: stats(samples.map((t) => t.ack)),
    firstDelta: stats(samples.flatMap((t) => (t.firstDelta === undefined ? [] : [t.firstDelta]))),
  };
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

/** What the first request of turn n of one conversation costs (n − 1 exchanges stored before it). */
async function promptAt(
  s: RunningServer,
  fake: FakeModel,
  n: number,
): Promise<{ tokens: number; tools: number }> {
  const c = await client(s);
  const words = 'I would like a calm place to sit for an hour after work, away from the noise. ';
  await seedConversation(s.deps, c.userId, n - 1, () => ({ user: words.repeat(2), reply: words.repeat(3) }));
  fake.requests.length = 0;
  await turn(c.socket, 'Where should I go tonight?');
  c.socket.close();
  const request = fake.requests[0]!;
  return {
    tokens: countTokens(JSON.stringify({ messages: request.messages, tools: request.tools })),
    tools: request.tools?.length ?? 0,
  };
}

export interface AssistantFigures {
  /** The offline companion, closed loop. */
  offline: Load;
  /** The offline companion, paced (think time between turns). */
  offlinePaced: Load;
  fakePlain: Load;
  fakePlainPaced: Load;
  fakeTool: Load;
  /** Prompt tokens (o200k_base) at turn 10, 100 and 1,000. */
  promptTokens: Record<number, number>;
}

const PHASES = ['offline', 'model', 'prompt'] as const;
type Phase = (typeof PHASES)[number];

/** A row of the turn table: whole turns, and for the fake model what the server adds before its words. */
function row(name: string, l: Load, requests: number): string {
  const mode = l.thinkMs ? `paced, ~${fmt(l.thinkMs / 1000)} s think` : 'closed loop';
  const beyond = (v: number) => (requests ? ` (+${fmt(v - requests * MODEL_MS)})` : '');
  const first =
    requests === 1 && l.firstDelta.n
      ? `${fmt(l.firstDelta.p50 - MODEL_MS)} / ${fmt(l.firstDelta.p99 - MODEL_MS)}`
      : '–';
  return `| ${name} | ${mode} | ${l.latency.n} | ${fmt(l.turnsPerSecond)} | ${fmt(l.ack.p50)} / ${fmt(l.ack.p99)} | ${first} | ${fmt(l.latency.p50)}${beyond(l.latency.p50)} | ${fmt(l.latency.p99)}${beyond(l.latency.p99)} |`;
}

const loadAverage = () => loadavg()[0]!.toFixed(2);

export async function runAssistantBench(argv: string[]): Promise<AssistantFigures | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string', default: '20' },
      turns: { type: 'string', default: '6' },
      think: { type: 'string', default: '3000' },
      only: { type: 'string' },
      'no-drop': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const usage =
    'Usage: npm run bench -- assistant [--users 20] [--turns 6] [--think 3000] [--only offline|model|prompt] [--no-drop]\n';
  if (values.help) {
    process.stdout.write(usage);
    return undefined;
  }
  const users = Number(values.users);
  const turns = Number(values.turns);
  const thinkMs = Number(values.think);
  const only = values.only as Phase | undefined;
  if (
    !Number.isInteger(users) ||
    users < 1 ||
    !Number.isInteger(turns) ||
    turns < 1 ||
    turns > 25 ||
    !(thinkMs >= 100) ||
    (only !== undefined && !PHASES.includes(only))
  ) {
    process.stderr.write(
      `bench assistant: --users ≥ 1, --turns 1–25 (the chat rate limit is 30 a minute), --think ≥ 100 ms\n${usage}`,
    );
    process.exit(2);
  }
  const runs = (phase: Phase) => only === undefined || only === phase;
  const figures: Partial<AssistantFigures> = { promptTokens: {} };
  const loadAtStart = loadAverage();
  await withDatabase(!values['no-drop'], async (url) => {
    const lines: string[] = [];
    const tokens: string[] = [];
    const offline = await server(url);
    try {
      if (runs('offline')) {
        await seedPlaces(offline);
        const script = (i: number) => offlineScript[i % offlineScript.length]!;
        await load(offline, { users: 5, turns: 2 }, script); // warm-up
        figures.offline = await load(offline, { users, turns }, script);
        lines.push(row('offline companion (tools + PostgreSQL)', figures.offline, 0));
        figures.offlinePaced = await load(offline, { users, turns, thinkMs }, script);
        lines.push(row('offline companion (tools + PostgreSQL)', figures.offlinePaced, 0));
      }
    } finally {
      await offline.close();
    }

    const fake = await startFakeModel();
    fake.latencyMs = MODEL_MS;
    const online = await server(url, { OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: fake.url });
    try {
      if (runs('model')) {
        fake.fallback = { text: 'A calm answer.' };
        const plain = () => ({ content: 'hello' });
        await load(online, { users: 5, turns: 2 }, plain); // warm-up
        figures.fakePlain = await load(online, { users, turns, prime: true }, plain);
        lines.push(row('fake model, plain reply (1 request)', figures.fakePlain, 1));
        figures.fakePlainPaced = await load(online, { users, turns, thinkMs, prime: true }, plain);
        lines.push(row('fake model, plain reply (1 request)', figures.fakePlainPaced, 1));
        fake.fallback = (req) =>
          req.messages.at(-1).role === 'tool'
            ? { text: 'Here is your journey.' }
            : { tools: [{ name: 'get_journey', arguments: {} }] };
        figures.fakeTool = await load(online, { users, turns }, () => ({ content: 'how am I doing?' }));
        lines.push(row('fake model, one tool round (2 requests)', figures.fakeTool, 2));
      }
      if (runs('prompt')) {
        fake.latencyMs = 0;
        fake.fallback = { text: 'Noted.' };
        for (const n of [10, 100, 1_000]) {
          const t = await promptAt(online, fake, n);
          figures.promptTokens![n] = t.tokens;
          tokens.push(`| ${n} | ${t.tokens} | ${t.tools} of ${toolSpecs.length} |`);
        }
      }
    } finally {
      await online.close();
      await fake.close();
    }
    process.stdout.write(
      [
        `Assistant turns, ${users} clients × ${turns} turns each, all at once; Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; 1-minute load ${loadAtStart} at the start, ${loadAverage()} at the end.`,
        `ms from chat:send: its ack; the first chat:delta minus the fake model's own ${MODEL_MS} ms to its first token (what the server adds before the model's words; clients' first turn, the AI notice's, untimed); the reply received ((+n): beyond the model's ${MODEL_MS} ms per request).`,
        '',
        '| provider | load | turns | turns/s | ack p50 / p99 | server adds before the first delta p50 / p99 | turn p50 | turn p99 |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...lines,
        '',
        ...(tokens.length
          ? [
              `The first request of turn n (the JSON of its messages and tool schemas, tokens counted by gpt-tokenizer, o200k_base; budget ${defaultAssistantOptions.promptTokenBudget.toLocaleString('en')}), the message "Where should I go tonight?"`,
              '',
              '| turn | prompt tokens | tools sent |',
              '| --- | --- | --- |',
              ...tokens,
              '',
            ]
          : []),
      ].join('\n'),
    );
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
