/**
 * Drill 7, soak: measures the cluster's chat:send capacity (stored + acked, a fake-model reply
 * started for each), then runs at half of it for --minutes (default 15): the p99 ack of every
 * minute must stay under 500 ms and the instances' memory must grow by less than 10%.
 */
import { type ClientSocket, type DrillUser, newId, openSockets, registerUsers } from './lib/clients.ts';
import { startCluster } from './lib/cluster.ts';
import { drillModel } from './lib/model.ts';
import { mb, ms, sleep, summarize } from './lib/stats.ts';
import { check, type Drill, verdictOf } from './lib/types.ts';

/** A user may send 30 messages a minute (src/domain/chat/limits.ts): each soak user sends one per 2.5 s. */
const PER_USER_GAP_MS = 2_500;

export const soakDrill: Drill = {
  name: 'soak',
  summary:
    '--minutes 15 at half the measured capacity with the fake model: p99 ack < 500 ms, memory growth < 10%',
  sizes: {
    minutes: 15,
    capacityUsers: 100,
    warmupSeconds: 30,
    maxRate: 400,
    p99LimitMs: 500,
    memoryGrowthPct: 10,
  },
  quick: { minutes: 1, capacityUsers: 40, warmupSeconds: 10 },
  async run({ sizes, log }) {
    const { model, env } = await drillModel();
    model.fallback = { text: 'A calm reply from the fake model.' };
    const cluster = await startCluster({ env });
    const sockets: ClientSocket[] = [];
    try {
      const instances = cluster.instances;
      const connect = async (users: DrillUser[]) => {
        const opened = await openSockets(
          users.map((u, k) => ({ url: instances[k % 2]!.url, token: u.token })),
        );
        sockets.push(...opened);
        return opened;
      };
      const send = (s: ClientSocket) =>
        s
          .timeout(10_000)
          .emitWithAck('chat:send', {
            clientMessageId: newId(),
            content: 'How busy is the café by the park now?',
          })
          .then(
            (ack: { ok: boolean }) => ack.ok,
            () => false,
          );

      // Capacity: each user spends its burst of 30 with 5 in flight; messages per second until the
      // last one's reply has arrived (a message is handled when stored, acked and answered).
      const burstUsers = await connect(await registerUsers(instances[0]!.url, sizes.capacityUsers!));
      let replies = 0;
      for (const s of burstUsers)
        s.on('chat:message', (m: { role: string }) => m.role === 'assistant' && replies++);
      let acked = 0;
      const t0 = performance.now();
      await Promise.all(
        burstUsers.flatMap((s) =>
          Array.from({ length: 5 }, async () => {
            for (let i = 0; i < 6; i++) if (await send(s)) acked++;
          }),
        ),
      );
      const ackSeconds = (performance.now() - t0) / 1000;
      const deadline = Date.now() + 120_000;
      while (replies < acked && Date.now() < deadline) await sleep(50);
      const capacity = replies / ((performance.now() - t0) / 1000);
      log(
        `burst: ${acked} acked in ${ackSeconds.toFixed(1)} s (${(acked / ackSeconds).toFixed(0)}/s), ${replies} answered`,
      );
      const rate = Math.min(sizes.maxRate!, capacity / 2);
      const userCount = Math.ceil((rate * PER_USER_GAP_MS) / 1000);
      log(
        `capacity ${capacity.toFixed(0)} acks/s (${acked} acked); soak at ${rate.toFixed(0)}/s with ${userCount} users for ${sizes.minutes} min`,
      );
      for (const s of burstUsers) s.close();
      await sleep(5_000); // the burst's replies drain

      const users = await connect(await registerUsers(instances[0]!.url, userCount));
      const minutes: number[][] = [];
      const failures: number[] = [];
      let running = true;
      const soakStart = Date.now();
      const warmupMs = sizes.warmupSeconds! * 1000;
      const totalMs = warmupMs + sizes.minutes! * 60_000;
      const loops = users.map(async (s, k) => {
        await sleep((k * PER_USER_GAP_MS) / users.length);
        while (running) {
          const started = Date.now();
          void s
            .timeout(10_000)
            .emitWithAck('chat:send', { clientMessageId: newId(), content: 'Is the gym quiet at this hour?' })
            .then(
              (ack: { ok: boolean }) => ({ ok: ack.ok }),
              () => ({ ok: false }),
            )
            .then(({ ok }) => {
              const since = started - soakStart - warmupMs;
              if (since < 0) return;
              const minute = Math.floor(since / 60_000);
              if (ok) {
                minutes[minute] ??= [];
                minutes[minute]!.push(Date.now() - started);
              } else failures[minute] = (failures[minute] ?? 0) + 1;
            });
          await sleep(PER_USER_GAP_MS);
        }
      });
      // Memory is read twice, each time after a forced full GC, which stops the instance for a
      // moment (hundreds of ms on a busy machine): once ten seconds before the measured window
      // (the warm-up absorbs the stall) and once after the last ack. Probing every minute put a
      // stall into every minute's p99.
      await sleep(Math.max(0, warmupMs - 10_000));
      const first = await Promise.all(instances.map((i) => i.probe()));
      await sleep(Math.min(10_000, warmupMs));
      log('warm-up over; measuring');
      while (Date.now() - soakStart < totalMs) {
        await sleep(Math.min(60_000, totalMs - (Date.now() - soakStart)));
        const m = minutes.length - 2; // the last complete minute
        if (m >= 0 && minutes[m])
          log(`minute ${m + 1}: ${minutes[m]!.length} acks, p99 ${ms(summarize(minutes[m]!).p99)}`);
      }
      running = false;
      await Promise.all(loops);
      await sleep(2_000);
      const last = await Promise.all(instances.map((i) => i.probe()));

      const perMinute = minutes.filter(Boolean).map((m) => summarize(m).p99);
      const worstP99 = Math.max(...perMinute);
      const all = summarize(minutes.flat());
      const growthPct = Math.max(...last.map((p, i) => ((p.rss - first[i]!.rss) / first[i]!.rss) * 100));
      const heapPct = Math.max(
        ...last.map((p, i) => ((p.heapUsed - first[i]!.heapUsed) / first[i]!.heapUsed) * 100),
      );
      const failed = failures.reduce((s, n) => s + (n ?? 0), 0);
      const crashes = instances.reduce((s, i) => s + i.crashes(), 0);
      return verdictOf(
        [
          check(
            'worst minute p99',
            worstP99 < sizes.p99LimitMs!,
            `${ms(worstP99)} (overall p50 ${ms(all.p50)}, p99 ${ms(all.p99)}, ${all.n} acks)`,
          ),
          check(
            'memory growth',
            growthPct < sizes.memoryGrowthPct!,
            `${growthPct.toFixed(1)}% RSS (heap ${heapPct.toFixed(1)}%, ${mb(last[0]!.rss)} at the end)`,
          ),
          check('failed sends', failed === 0, String(failed)),
          check('process exits', crashes === 0, String(crashes)),
        ],
        {
          capacity: Math.round(capacity),
          rate: Math.round(rate),
          users: userCount,
          minutes: sizes.minutes!,
          worstP99Ms: Math.round(worstP99),
          p50Ms: Math.round(all.p50),
          p99Ms: Math.round(all.p99),
          acks: all.n,
          rssGrowthPct: Number(growthPct.toFixed(1)),
          heapGrowthPct: Number(heapPct.toFixed(1)),
        },
      );
    } finally {
      for (const s of sockets) s.close();
      await cluster.close();
      await model.close();
    }
  },
};
