/**
 * npm run bench -- simulate [--users 200] [--minutes 3] [--scale 1] [--seed 1] [--adapter classic]
 *                           [--write-doc]
 *
 * A synthetic day (bench/simulate-schedule.ts: quiet night, morning and evening peaks) compressed
 * into --minutes and replayed against TWO app instances (child processes over one fresh database,
 * a Redis of their own: drills/lib/cluster.ts), with the offline assistant. Each simulated user
 * connects (socket.io, websocket) while online, sends a few chat:send an online hour, checks in and
 * searches places over REST now and then and books mentors, whose alerts cross instances. It
 * measures per instance what docs/scaling.md rests on: peak sockets, acks/s and ack p50/p99,
 * assistant turns/s, CPU seconds per message (/metrics), and for the whole system database writes
 * per message (pg_stat_database) and Redis commands per fan-out (INFO commandstats).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { sendChat } from '../drills/lib/chat.ts';
import { installCleanupHooks } from '../drills/lib/cleanup.ts';
import { api, type ClientSocket, type DrillUser, openSocket, registerUsers } from '../drills/lib/clients.ts';
import { startCluster } from '../drills/lib/cluster.ts';
import { drillModel } from '../drills/lib/model.ts';
import { pool, prng, sleep, summarize } from '../drills/lib/stats.ts';
import { type Figures, printFigures, writeDoc } from './simulate-doc.ts';
import {
  bytesPerRow,
  diffCalls,
  type InstanceSample,
  sampleDatabase,
  sampleInstance,
  sampleRedis,
} from './simulate-probe.ts';
import { activity, buildSchedule, type Schedule } from './simulate-schedule.ts';
import { BenchUsageError } from './usage.ts';

/**
 * Idle before the day: the instances' CPU at rest is measured, and their database sessions flush
 * the set-up's statistics (PostgreSQL 15 flushes an idle session's counters within 10 s).
 */
const IDLE_MS = 11_000;

const HELP = `Usage: npm run bench -- simulate [--users 200] [--minutes 3] [--scale 1] [--seed 1]
                                  [--adapter classic|sharded] [--assistant offline|fake] [--write-doc]`;

interface PerInstance {
  latencies: number[];
  ackAt: number[];
  errors: Record<string, number>;
  rest: Record<'checkin' | 'search' | 'book', RestStats>;
  connectFailures: number;
  samples: InstanceSample[];
}

interface RestStats {
  ok: number;
  refused: number;
  failed: number;
  ms: number[];
  /** The first refusal or failure, for the log. */
  first?: string;
}
const restStats = (): RestStats => ({ ok: 0, refused: 0, failed: 0, ms: [] });
const newStats = (): PerInstance => ({
  latencies: [],
  ackAt: [],
  errors: {},
  rest: { checkin: restStats(), search: restStats(), book: restStats() },
  connectFailures: 0,
  samples: [],
});

export async function runSimulateBench(argv: string[]): Promise<Figures | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string', default: '200' },
      minutes: { type: 'string', default: '3' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      adapter: { type: 'string', default: 'classic' },
      assistant: { type: 'string', default: 'offline' },
      'write-doc': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return undefined;
  }
  if (values.adapter !== 'classic' && values.adapter !== 'sharded')
    throw new BenchUsageError('--adapter must be classic or sharded');
  if (values.assistant !== 'offline' && values.assistant !== 'fake')
    throw new BenchUsageError('--assistant must be offline or fake');
  const users = Number(values.users);
  const options = {
    users,
    minutes: Number(values.minutes),
    scale: Number(values.scale),
    seed: Number(values.seed),
    mentors: Math.max(2, Math.round(users * 0.05)),
  };
  const schedule = buildSchedule(options); // validates the options
  const log = (line: string) => process.stderr.write(`simulate: ${line}\n`);
  installCleanupHooks();

  const load = [os.loadavg()[0]!];
  log(`starting 2 instances (adapter ${values.adapter}, ${values.assistant} assistant)`);
  // --assistant fake: the tests' local OpenAI-compatible server streams a short reply in chunks of
  // 24 characters 40 ms apart, so the instances run the provider path (SDK, streaming).
  const fake = values.assistant === 'fake' ? await drillModel() : undefined;
  if (fake) fake.model.fallback = { text: FAKE_REPLY, chunkSize: 24, delayMs: 40 };
  const cluster = await startCluster({
    instances: 2,
    env: {
      SEED_ON_START: 'true',
      DATABASE_POOL_MAX: '10',
      REDIS_ADAPTER: values.adapter,
      ...fake?.env,
    },
  }).catch(async (err) => {
    await fake?.model.close();
    throw err;
  });
  const sockets = new Set<ClientSocket>();
  const redis = new Redis(cluster.redis!.url, { maxRetriesPerRequest: 1 });
  try {
    const instances = cluster.instances;
    const stats = instances.map(newStats);
    const people = await registerUsers(instances[0]!.url, users);
    const mentorIds = await makeMentors(instances[0]!.url, people.slice(0, options.mentors));
    const { rows: places } = await cluster.db.admin.query<{ id: string; lat: number; lng: number }>(
      'SELECT id, latitude::float8 AS lat, longitude::float8 AS lng FROM locations ORDER BY id LIMIT 500',
    );
    if (places.length === 0) throw new Error('simulate: the seed made no places');
    log(
      `${users} users (${options.mentors} mentors), ${places.length} places; ${IDLE_MS / 1000} s idle baseline`,
    );

    const idle0 = await Promise.all(instances.map((i) => sampleInstance(i.url)));
    await sleep(IDLE_MS);
    const idle1 = await Promise.all(instances.map((i) => sampleInstance(i.url)));
    const db0 = await sampleDatabase(cluster.db.admin, cluster.db.name);
    const redis0 = await sampleRedis(redis);
    const start0 = await Promise.all(instances.map((i) => sampleInstance(i.url)));

    // The day.
    const t0 = Date.now();
    const deadline = t0 + schedule.dayMs + 60_000;
    const alerts = new Map<string, number>(); // session id → ms the mentor's socket got it
    const bookings: { id: string; startedAt: number; cross: boolean }[] = [];
    let slot = 0;
    const random = prng(options.seed + 1);
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const got = await Promise.allSettled(instances.map((i) => sampleInstance(i.url)));
        for (const [k, g] of got.entries()) if (g.status === 'fulfilled') stats[k]!.samples.push(g.value);
        await sleep(1_000);
      }
    })();
    const until = async (ms: number) => {
      const wait = Math.min(t0 + ms, deadline) - Date.now();
      if (wait > 0) await sleep(wait);
    };

    const runUser = async (k: number) => {
      const plan = schedule.plans[k]!;
      const user = people[k]!;
      const home = k % 2;
      const st = stats[home]!;
      const url = instances[home]!.url;
      for (const session of plan.sessions) {
        await until(session.from);
        if (Date.now() >= deadline) return;
        let socket: ClientSocket;
        try {
          socket = await openSocket(url, user.token);
        } catch {
          st.connectFailures++;
          continue;
        }
        sockets.add(socket);
        if (plan.mentor)
          socket.on('mentor:session', (e: { event: string; session: { id: string } }) => {
            if (e.event === 'booked' && !alerts.has(e.session.id)) alerts.set(e.session.id, Date.now());
          });
        const pending: Promise<void>[] = [];
        for (const action of session.actions) {
          await until(action.at);
          if (Date.now() >= deadline) break;
          if (action.kind === 'chat') {
            pending.push(
              sendChat(socket, chatLine(random), { timeoutMs: 10_000 }).then((sent) => {
                if (sent.id) {
                  st.latencies.push(sent.ackedAt! - sent.sentAt);
                  st.ackAt.push(sent.ackedAt! - t0);
                } else st.errors[sent.error ?? 'unknown'] = (st.errors[sent.error ?? 'unknown'] ?? 0) + 1;
              }),
            );
          } else if (action.kind === 'book') {
            const mentorIndex = Math.floor(random() * options.mentors);
            const when = bookingSlot(slot++);
            if (!when) continue;
            const startedAt = Date.now();
            pending.push(
              rest(st.rest.book, () =>
                api(url, 'POST', '/api/mentor-sessions', {
                  token: user.token,
                  body: {
                    mentorId: mentorIds[mentorIndex]!,
                    scheduledAt: when,
                    durationMinutes: 60,
                    sessionType: 'virtual',
                  },
                  timeoutMs: 10_000,
                }),
              ).then((res) => {
                if (res?.status === 201)
                  bookings.push({
                    id: res.body.session.id as string,
                    startedAt,
                    cross: mentorIndex % 2 !== home,
                  });
              }),
            );
          } else {
            const place = places[Math.floor(random() * places.length)]!;
            pending.push(
              rest(st.rest[action.kind], () =>
                action.kind === 'checkin'
                  ? api(url, 'POST', '/api/check-ins', {
                      token: user.token,
                      body: { locationId: place.id },
                      timeoutMs: 10_000,
                    })
                  : api(
                      url,
                      'GET',
                      `/api/locations?lat=${place.lat.toFixed(4)}&lng=${place.lng.toFixed(4)}&radiusKm=5`,
                      { token: user.token, timeoutMs: 10_000 },
                    ),
              ).then(() => {}),
            );
          }
        }
        await until(session.to);
        // Mentors stay until every other user is done, so no alert is missed at the day's end.
        if (plan.mentor) await othersDone;
        await Promise.all(pending);
        socket.close();
        sockets.delete(socket);
      }
    };
    log(
      `replaying a day in ${options.minutes} min (1 simulated hour = ${(schedule.hourMs / 1000).toFixed(1)} s)`,
    );
    const progress = setInterval(() => {
      const h = Math.floor((Date.now() - t0) / schedule.hourMs);
      const acks = stats.map((s) => s.ackAt.length).join('+');
      log(`hour ${String(h).padStart(2)}: ${sockets.size} sockets, ${acks} acks so far`);
    }, schedule.hourMs * 3);
    let markDone = () => {};
    const othersDone = new Promise<void>((r) => {
      markDone = r;
    });
    const mentorRuns = schedule.plans.filter((p) => p.mentor).map((p) => runUser(p.index));
    await pool(
      schedule.plans.filter((p) => !p.mentor).map((p) => p.index),
      schedule.plans.length,
      runUser,
    );
    await sleep(2_000); // the last alerts
    markDone();
    await Promise.all(mentorRuns);
    clearInterval(progress);
    const elapsedS = (Date.now() - t0) / 1000;
    await sleep(2_000); // the last replies
    sampling = false;
    await sampler;
    const end = await Promise.all(instances.map((i) => sampleInstance(i.url)));
    const redis1 = await sampleRedis(redis);
    // Stopping the instances ends their database sessions, which flushes their statistics.
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
    await sleep(1_000);
    const db1 = await sampleDatabase(cluster.db.admin, cluster.db.name);
    const chatRow = await bytesPerRow(cluster.db.admin, 'chat_messages');
    const notificationRow = await bytesPerRow(cluster.db.admin, 'notifications');
    load.push(os.loadavg()[0]!);

    for (const [k, s] of stats.entries())
      for (const [kind, r] of Object.entries(s.rest))
        if (r.first) log(`${instances[k]!.name} ${kind}: first refusal or failure: ${r.first}`);
    const messages = stats.reduce((n, s) => n + s.latencies.length, 0);
    const perInstance = instances.map((inst, k) => {
      const s = stats[k]!;
      const lat = summarize(s.latencies);
      const cpu = end[k]!.cpuSeconds - start0[k]!.cpuSeconds;
      const idleRate = (idle1[k]!.cpuSeconds - idle0[k]!.cpuSeconds) / ((idle1[k]!.at - idle0[k]!.at) / 1000);
      const hourly = hourlyRates(schedule, s);
      const peak = hourly.reduce((best, h) => (h.acksPerS > best.acksPerS ? h : best), hourly[0]!);
      return {
        name: inst.name,
        peakSockets: Math.max(0, ...s.samples.map((x) => x.sockets)),
        acks: lat.n,
        acksPerS: lat.n / elapsedS,
        peakHour: peak,
        p50: lat.p50,
        p99: lat.p99,
        errors: s.errors,
        turnsPerS: (end[k]!.assistantTurns - start0[k]!.assistantTurns) / elapsedS,
        turns: end[k]!.assistantTurns - start0[k]!.assistantTurns,
        cpuSeconds: cpu,
        idleCpuPerS: idleRate,
        cpuPerMessage: lat.n ? cpu / lat.n : Number.NaN,
        cpuPerMessageNet: lat.n ? (cpu - idleRate * elapsedS) / lat.n : Number.NaN,
        emits: end[k]!.emits - start0[k]!.emits,
        batchRows:
          end[k]!.batches > start0[k]!.batches
            ? (end[k]!.batchRows - start0[k]!.batchRows) / (end[k]!.batches - start0[k]!.batches)
            : Number.NaN,
        rssMb: Math.max(0, ...s.samples.map((x) => x.rssBytes)) / 1024 / 1024,
        rest: Object.fromEntries(
          Object.entries(s.rest).map(([name, r]) => [
            name,
            { ok: r.ok, refused: r.refused, failed: r.failed, p99: summarize(r.ms).p99 },
          ]),
        ),
        connectFailures: s.connectFailures,
        hourly,
      };
    });
    const emits = perInstance.reduce((n, i) => n + i.emits, 0);
    const calls = diffCalls(redis1, redis0);
    const alertLatency = summarize(
      bookings.filter((b) => alerts.has(b.id)).map((b) => alerts.get(b.id)! - b.startedAt),
    );
    const figures: Figures = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`,
      load,
      options: { ...options, adapter: values.adapter, assistant: values.assistant },
      hourMs: schedule.hourMs,
      elapsedS,
      messages,
      perInstance,
      db: {
        xactPerMessage: (db1.xactCommit - db0.xactCommit) / messages,
        insertsPerMessage: (db1.inserted - db0.inserted) / messages,
        updatesPerMessage: (db1.updated - db0.updated) / messages,
        deletesPerMessage: (db1.deleted - db0.deleted) / messages,
        insertsByTable: Object.fromEntries(
          Object.entries(db1.insertsByTable)
            .map(([t, n]) => [t, n - (db0.insertsByTable[t] ?? 0)] as const)
            .filter(([, n]) => n > 0),
        ),
        chatRowBytes: chatRow.rows ? chatRow.bytes / chatRow.rows : Number.NaN,
        chatRows: chatRow.rows,
        notificationRowBytes: notificationRow.rows
          ? notificationRow.bytes / notificationRow.rows
          : Number.NaN,
      },
      redis: {
        commands: redis1.commands - redis0.commands,
        calls,
        publishes: (calls.publish ?? 0) + (calls.spublish ?? 0),
        emits,
        netOutputBytes: redis1.netOutputBytes - redis0.netOutputBytes,
      },
      alerts: {
        bookings: bookings.length,
        cross: bookings.filter((b) => b.cross).length,
        delivered: bookings.filter((b) => alerts.has(b.id)).length,
        crossDelivered: bookings.filter((b) => b.cross && alerts.has(b.id)).length,
        p50: alertLatency.p50,
        p99: alertLatency.p99,
      },
      crashes: instances.reduce((n, i) => n + i.crashes(), 0),
      measured: {},
    };
    const chatInserts = figures.db.insertsByTable.chat_messages ?? Number.NaN;
    figures.measured = finite({
      // The busier core decides.
      messagesPerCoreSecond: Math.min(...perInstance.map((i) => 1 / i.cpuPerMessageNet)),
      emitsPerMessage: emits / messages,
      redisCommandsPerMessage: figures.redis.commands / messages,
      transactionsPerMessage: figures.db.xactPerMessage,
      chatRowsPerMessage: chatInserts / messages,
      ...(chatRow.rows >= 2_000 ? { chatRowBytes: figures.db.chatRowBytes } : {}),
    });
    printFigures(figures);
    if (values['write-doc']) writeDoc(figures);
    return figures;
  } finally {
    for (const s of sockets) s.close();
    redis.disconnect();
    await cluster.close();
    await fake?.model.close();
  }
}

/** Drops the figures a short run could not measure (NaN, ±Infinity). */
function finite<T extends Record<string, number>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => Number.isFinite(v))) as Partial<T>;
}

/** Acks per second and sockets in each simulated hour, from the client's acks and the samples. */
function hourlyRates(schedule: Schedule, s: PerInstance) {
  const hourS = schedule.hourMs / 1000;
  return Array.from({ length: 24 }, (_, hour) => {
    const acks = s.ackAt.filter((t) => Math.floor(t / schedule.hourMs) === hour).length;
    const t0 = s.samples[0]?.at ?? 0;
    const inHour = s.samples.filter((x) => Math.floor((x.at - t0) / schedule.hourMs) === hour);
    const first = inHour[0];
    const last = inHour.at(-1);
    const cpu =
      first && last && last.at > first.at
        ? (last.cpuSeconds - first.cpuSeconds) / ((last.at - first.at) / 1000)
        : Number.NaN;
    return {
      hour,
      activity: activity(hour + 0.5),
      acksPerS: acks / hourS,
      sockets: Math.max(0, ...inHour.map((x) => x.sockets)),
      cpuShare: cpu,
    };
  });
}

async function rest(
  bucket: RestStats,
  call: () => ReturnType<typeof api>,
): Promise<Awaited<ReturnType<typeof api>> | undefined> {
  const started = performance.now();
  try {
    const res = await call();
    bucket.ms.push(performance.now() - started);
    if (res.status < 300) bucket.ok++;
    else if (res.status < 500) bucket.refused++;
    else bucket.failed++;
    if (res.status >= 300 && !bucket.first) bucket.first = `${res.status} ${res.text.slice(0, 200)}`;
    return res;
  } catch (err) {
    bucket.failed++;
    bucket.first ??= String(err);
    return undefined;
  }
}

async function makeMentors(url: string, users: DrillUser[]): Promise<string[]> {
  return pool(users, 8, async (u, i) => {
    const res = await api(url, 'POST', '/api/mentors', {
      token: u.token,
      body: {
        title: `Peer mentor ${i}`,
        specialization: ['calm', 'gym confidence'],
        bio: 'Simulated mentor for the capacity bench.',
        scheduleType: 'both',
        available: true,
      },
    });
    if (res.status !== 201) throw new Error(`simulate: becoming a mentor: ${res.status} ${res.text}`);
    return res.body.mentor.id as string;
  });
}

/** The n-th booking's start: hourly slots from tomorrow 00:00 UTC on, so no two overlap. */
function bookingSlot(n: number): string | undefined {
  if (n >= 24 * 170) return undefined; // bookings go at most 180 days ahead
  const base = new Date();
  base.setUTCHours(0, 0, 0, 0);
  return new Date(base.getTime() + 86_400_000 + n * 3_600_000).toISOString();
}

const FAKE_REPLY =
  'That sounds like a good plan. The park by the river is usually quiet at this hour; a short walk and a few slow breaths might help before the gym.';

const lines = [
  'Is the park by the river quiet around now?',
  'I feel a bit anxious about the gym tonight.',
  'Any calm café near me for reading?',
  'Thanks, that helps. What about tomorrow morning?',
  'Can you suggest a short breathing exercise?',
  'I checked in at the library, it was lovely.',
];
const chatLine = (random: () => number) => lines[Math.floor(random() * lines.length)]!;
