/**
 * Drill 2, Redis outage: the cluster's Redis is killed for 30 s under chat traffic, then started
 * again on the same port. No process may exit, every send is still stored and acked, replies still
 * reach the sender's own instance, and cross-instance delivery comes back within 5 s.
 */

import { lostMessages, type Sent, sendChat, type Watched, watch } from './lib/chat.ts';
import { type ClientSocket, openSocket, registerUsers } from './lib/clients.ts';
import { startCluster } from './lib/cluster.ts';
import { drillModel } from './lib/model.ts';
import { ms, sleep } from './lib/stats.ts';
import { check, type Drill, verdictOf } from './lib/types.ts';

export const redisOutageDrill: Drill = {
  name: 'redis',
  summary:
    'Redis down 30 s under traffic: 0 exits, local delivery on, 0 acked lost, cross-instance back ≤ 5 s',
  sizes: { users: 50, beforeSeconds: 5, outageSeconds: 30, intervalMs: 2500, healDeadlineMs: 5_000 },
  quick: { users: 10, beforeSeconds: 2, outageSeconds: 5 },
  async run({ sizes, log }) {
    const { model, env } = await drillModel();
    const cluster = await startCluster({ env });
    const sockets: ClientSocket[] = [];
    try {
      const [a, b] = cluster.instances as [(typeof cluster.instances)[0], (typeof cluster.instances)[0]];
      const redis = cluster.redis!;
      const users = await registerUsers(a.url, sizes.users!);
      // Each user has a device on A (the sender) and one on B (sees its messages cross-instance).
      const devices: { onA: ClientSocket; onB: ClientSocket; seenA: Watched; seenB: Watched }[] = [];
      for (const user of users) {
        const onA = await openSocket(a.url, user.token);
        const onB = await openSocket(b.url, user.token);
        sockets.push(onA, onB);
        devices.push({ onA, onB, seenA: watch(onA), seenB: watch(onB) });
      }
      log(`${users.length} users, a device on each instance`);
      const sent: (Sent & { phase: string; device: number })[] = [];
      let phase = 'before';
      let sending = true;
      const loops = devices.map(async (d, i) => {
        await sleep((i * sizes.intervalMs!) / devices.length);
        while (sending) {
          const p = phase;
          void sendChat(d.onA, `redis drill ${p}`).then((s) => sent.push({ ...s, phase: p, device: i }));
          await sleep(sizes.intervalMs!);
        }
      });

      await sleep(sizes.beforeSeconds! * 1000);
      phase = 'outage';
      const downAt = Date.now();
      await redis.stop();
      log(`redis stopped for ${sizes.outageSeconds} s`);
      await sleep(sizes.outageSeconds! * 1000);
      phase = 'after';
      await redis.start();
      const backAt = Date.now();
      log('redis started again');
      // A probe every 100 ms from device 0 on A; healed when one shows up on B.
      let healedMs: number | undefined;
      const probe = devices[0]!;
      while (healedMs === undefined && Date.now() - backAt < sizes.healDeadlineMs! * 3) {
        const s = await sendChat(probe.onA, 'heal probe', { timeoutMs: 2_000 });
        await sleep(100);
        if (probe.seenB.userArrivals.has(s.clientMessageId))
          healedMs = probe.seenB.userArrivals.get(s.clientMessageId)! - backAt;
        for (const d of devices) {
          for (const [, at] of d.seenB.userArrivals) {
            if (at > backAt && (healedMs === undefined || at - backAt < healedMs)) healedMs = at - backAt;
          }
        }
      }
      await sleep(3_000);
      sending = false;
      await Promise.all(loops);
      await sleep(3_000); // last acks and replies

      const during = sent.filter((s) => s.phase === 'outage');
      const failedDuring = during.filter((s) => !s.id);
      const replied = during.filter((s) => s.id && devices[s.device]!.seenA.replies.has(s.id));
      const codes: Record<string, number> = {};
      for (const s of failedDuring) codes[s.error ?? '?'] = (codes[s.error ?? '?'] ?? 0) + 1;
      if (failedDuring.length) {
        const offsets = failedDuring.map((s) => Math.round((s.sentAt - downAt) / 100) / 10);
        log(`refused during the outage: ${JSON.stringify(codes)} sent at +${offsets.join(' +')} s`);
      }
      const lost = await lostMessages(cluster.db.admin, sent);
      const exits = a.crashes() + b.crashes();
      return verdictOf(
        [
          check('process exits', exits === 0, String(exits)),
          check(
            'sends refused in outage',
            failedDuring.length === 0,
            `${failedDuring.length}/${during.length}`,
          ),
          check(
            'local replies in outage',
            replied.length === during.length,
            `${replied.length}/${during.length}`,
          ),
          check('acked lost', lost === 0, `${lost}/${sent.filter((s) => s.id).length}`),
          check(
            'cross-instance back after',
            healedMs !== undefined && healedMs <= sizes.healDeadlineMs!,
            healedMs === undefined ? 'never' : ms(healedMs),
          ),
        ],
        { sentDuringOutage: during.length, lost, healedMs: healedMs ?? -1, exits },
      );
    } finally {
      for (const s of sockets) s.close();
      await cluster.close();
      await model.close();
    }
  },
};
