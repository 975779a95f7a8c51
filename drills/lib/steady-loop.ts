/**
 * The ordinary user's loop, in a process of its own (started by drills/lib/steady.ts): measured
 * from the drill's process, an attacker's client work (parsing 2 MB replies, opening hundreds of
 * sockets) would delay the ordinary user's answers there and count as the server's slowness.
 * argv[2]: JSON { url, token, point, periodMs, historyLimit }. Messages in: 'start', 'stop' (then
 * it answers with the stretch), 'close'.
 */
import { api, emitAck, openSocket } from './clients.ts';
import { sleep, summarize } from './stats.ts';
import type { Stretch } from './steady.ts';

const { url, tokens, point, periodMs, historyLimit } = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  tokens: string[];
  point: { lat: number; lng: number };
  periodMs: number;
  historyLimit: number;
};
const send = (message: unknown) => process.send?.(message);

const people = await Promise.all(
  tokens.map(async (token) => ({ token, socket: await openSocket(url, token) })),
);
const nearby = `/api/locations?lat=${point.lat}&lng=${point.lng}&radiusKm=3&limit=20`;
type Person = (typeof people)[number];
const http =
  (route: string) =>
  async ({ token }: Person) => {
    const res = await api(url, 'GET', route, { token, timeoutMs: 10_000 });
    return res.status === 200 ? undefined : (res.body?.error?.code ?? String(res.status));
  };
/** One round, one person's, by name: each call answers undefined on success, else what went wrong. */
const calls: [string, (person: Person) => Promise<string | undefined>][] = [
  [
    'history',
    async ({ socket }) => {
      const ack = await emitAck(socket, 'chat:history', { limit: historyLimit }, 10_000);
      return ack.ok ? undefined : ack.error.code;
    },
  ],
  ['me', http('/api/me')],
  ['nearby', http(nearby)],
];
let turn = 0;

let latencies: number[] = [];
let byCall: Record<string, number[]> = {};
let errors: Record<string, number> = {};
let running = false;
let loop: Promise<void> = Promise.resolve();

async function run(): Promise<void> {
  while (running) {
    const round = Date.now();
    const person = people[turn++ % people.length]!;
    for (const [name, call] of calls) {
      const started = performance.now();
      const failure = await call(person).catch(() => 'no_answer');
      if (failure) errors[failure] = (errors[failure] ?? 0) + 1;
      else {
        const took = performance.now() - started;
        latencies.push(took);
        const seen = byCall[name] ?? [];
        seen.push(took);
        byCall[name] = seen;
      }
    }
    await sleep(Math.max(0, round + periodMs - Date.now()));
  }
}

process.on('message', async (message) => {
  if (message === 'start' && !running) {
    latencies = [];
    byCall = {};
    errors = {};
    running = true;
    loop = run();
  } else if (message === 'stop') {
    running = false;
    await loop;
    const stretch: Stretch = {
      ...summarize(latencies),
      errors,
      p99ByCall: Object.fromEntries(Object.entries(byCall).map(([name, v]) => [name, summarize(v).p99])),
    };
    send(stretch);
  } else if (message === 'close') {
    for (const { socket } of people) socket.close();
    process.exit(0);
  }
});
// The drill going away takes this process with it.
process.on('disconnect', () => process.exit(0));
send('ready');
