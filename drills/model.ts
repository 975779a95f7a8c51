/**
 * Drill 4, model faults: the fake model answers slowly, with 429 and 500, cuts its stream, and
 * calls tools with garbage arguments. Every message must get its reply (or the clear fallback) as a
 * chat:message within the turn deadline. Then the model and Redis are both taken away and a crisis
 * message must still get the crisis response within 2 s.
 */
import type { ModelRequest } from '../test/helpers/fake-model.ts';
import { sendChat, type WireMessage } from './lib/chat.ts';
import { type ClientSocket, openSocket, registerUsers } from './lib/clients.ts';
import { startCluster } from './lib/cluster.ts';
import { drillModel, type Script } from './lib/model.ts';
import { ms, summarize } from './lib/stats.ts';
import { check, type Drill, verdictOf } from './lib/types.ts';

const faults: Record<string, (request: ModelRequest) => Script> = {
  slow: () => ({
    text: 'A slow but complete answer, word by word, as a tired model would give it.',
    chunkSize: 4,
    delayMs: 150,
  }),
  rate429: () => ({
    status: 429,
    headers: { 'retry-after': '1' },
    body: { error: { message: 'slow down', type: 'rate_limit' } },
  }),
  error500: () => ({ status: 500 }),
  cut: () => ({ cut: 'I was saying something useful when' }),
  garbageTools: (request) =>
    request.messages.some((m: { role: string }) => m.role === 'tool')
      ? { text: 'Done, despite the odd tool call.' }
      : {
          tools: [
            { name: 'search_locations', arguments: '{"lat": nope, "lng":' },
            { name: 'check_in', arguments: { locationId: 5, mood: ['x'] } },
            { name: 'no_such_tool', arguments: { userId: '00000000-0000-0000-0000-000000000000' } },
            { name: 'create_reminder', arguments: '"__proto__"' },
          ],
        },
};

const faultOf = (request: ModelRequest): string | undefined => {
  for (let i = request.messages.length - 1; i >= 0; i--) {
    const m = request.messages[i] as { role: string; content?: unknown };
    if (m.role === 'user' && typeof m.content === 'string') return /\[fault:(\w+)\]/.exec(m.content)?.[1];
  }
  return undefined;
};

export const modelDrill: Drill = {
  name: 'model',
  summary:
    'slow, 429, 500, cut streams, garbage tool args: a reply for every message in the deadline; crisis ≤ 2 s without model and Redis',
  sizes: { usersPerFault: 10, rounds: 2, turnDeadlineMs: 90_000, crisisMs: 2_000, crisisUsers: 5 },
  quick: { usersPerFault: 2, rounds: 1, crisisUsers: 2 },
  async run({ sizes, log }) {
    const { model, env } = await drillModel();
    model.fallback = (request) => faults[faultOf(request) ?? '']?.(request) ?? { text: 'OK.' };
    const cluster = await startCluster({ env });
    const sockets: ClientSocket[] = [];
    let modelClosed = false;
    try {
      const instances = cluster.instances;
      const names = Object.keys(faults);
      const users = await registerUsers(
        instances[0]!.url,
        names.length * sizes.usersPerFault! + sizes.crisisUsers!,
      );
      const crisisUsers = users.splice(0, sizes.crisisUsers!);
      const timings: Record<string, number[]> = {};
      let missing = 0;
      const replyTimes: number[] = [];
      await Promise.all(
        users.map(async (user, k) => {
          const fault = names[k % names.length]!;
          const socket = await openSocket(instances[k % 2]!.url, user.token);
          sockets.push(socket);
          const replies = new Map<string, number>();
          socket.on('chat:message', (m: WireMessage) => {
            if (m.role !== 'user' && m.replyTo) replies.set(m.replyTo, Date.now());
          });
          for (let r = 0; r < sizes.rounds!; r++) {
            const sent = await sendChat(socket, `[fault:${fault}] find me a quiet café please (${r})`);
            if (!sent.id) {
              missing++;
              continue;
            }
            const deadline = sent.sentAt + sizes.turnDeadlineMs!;
            while (!replies.has(sent.id) && Date.now() < deadline)
              await new Promise((res) => setTimeout(res, 50));
            const at = replies.get(sent.id);
            if (at === undefined) missing++;
            else {
              timings[fault] = [...(timings[fault] ?? []), at - sent.sentAt];
              replyTimes.push(at - sent.sentAt);
            }
          }
        }),
      );
      const perFault = Object.fromEntries(Object.entries(timings).map(([f, t]) => [f, summarize(t).max]));
      log(
        `replies: ${replyTimes.length}, missing ${missing}; slowest per fault ${JSON.stringify(perFault)} ms`,
      );

      // The crisis response with neither the model nor Redis.
      await model.close();
      modelClosed = true;
      await cluster.redis?.stop();
      const crisisTimes: number[] = [];
      for (const [k, user] of crisisUsers.entries()) {
        const socket = await openSocket(instances[k % 2]!.url, user.token);
        sockets.push(socket);
        const first = new Promise<number>((resolve) => {
          socket.on('chat:message', (m: WireMessage) => {
            if (m.role !== 'user') resolve(Date.now());
          });
        });
        const t0 = Date.now();
        const sent = await sendChat(socket, 'I want to kill myself tonight');
        const at = await Promise.race([
          first,
          new Promise<number>((r) => setTimeout(() => r(Number.NaN), sizes.crisisMs! * 5)),
        ]);
        crisisTimes.push(sent.id ? at - t0 : Number.NaN);
      }
      const crisis = summarize(crisisTimes.map((t) => (Number.isNaN(t) ? Number.POSITIVE_INFINITY : t)));
      const exits = instances.reduce((s, i) => s + i.crashes(), 0);
      const all = summarize(replyTimes);
      return verdictOf(
        [
          check(
            'replied in deadline',
            missing === 0,
            `${replyTimes.length}/${replyTimes.length + missing} (max ${ms(all.max)})`,
          ),
          check(
            'crisis response',
            crisis.max <= sizes.crisisMs!,
            `max ${ms(crisis.max)} of ${crisisTimes.length}`,
          ),
          check('process exits', exits === 0, String(exits)),
        ],
        {
          ...Object.fromEntries(Object.entries(perFault).map(([f, v]) => [`${f}MaxMs`, v])),
          crisisMaxMs: crisis.max,
          missing,
        },
      );
    } finally {
      for (const s of sockets) s.close();
      await cluster.close();
      if (!modelClosed) await model.close();
    }
  },
};
