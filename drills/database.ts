/**
 * Drill 3, database stall and restart: the instances reach PostgreSQL through a TCP proxy the drill
 * controls. It stalls every connection (a hung server), then resets them all and refuses new ones
 * (a restart). Sends must fail fast with a retryable code, nothing acked may be lost, the pool
 * must recover within 10 s, and row-level security must still keep users apart afterwards.
 */

import { type Sent, sendChat } from './lib/chat.ts';
import { type ClientSocket, emitAck, openSocket, registerUsers } from './lib/clients.ts';
import { startCluster } from './lib/cluster.ts';
import { drillModel } from './lib/model.ts';
import { ms, sleep, summarize } from './lib/stats.ts';
import { startFaultProxy } from './lib/tcp-proxy.ts';
import { check, type Drill, verdictOf } from './lib/types.ts';

interface Attempt extends Sent {
  phase: string;
  user: number;
  retryable?: boolean;
}

export const databaseDrill: Drill = {
  name: 'database',
  summary:
    'PostgreSQL stalled, then restarted (TCP proxy): fast retryable errors, 0 acked lost, pool back ≤ 10 s, RLS intact',
  sizes: {
    users: 50,
    intervalMs: 2500,
    steadySeconds: 3,
    stallSeconds: 10,
    downSeconds: 5,
    failFastMs: 6_000,
    recoverDeadlineMs: 10_000,
  },
  quick: { users: 12, steadySeconds: 2, stallSeconds: 5, downSeconds: 3 },
  async run({ sizes, log }) {
    const { model, env } = await drillModel();
    const proxy = await startFaultProxy({ host: '127.0.0.1', port: 5432 });
    const cluster = await startCluster({
      env,
      databaseUrl: (real) => {
        const u = new URL(real);
        u.host = `127.0.0.1:${proxy.port}`;
        return u.toString();
      },
    });
    const sockets: ClientSocket[] = [];
    try {
      const [a, b] = cluster.instances as [(typeof cluster.instances)[0], (typeof cluster.instances)[0]];
      const users = await registerUsers(a.url, sizes.users!);
      const devices: ClientSocket[] = [];
      for (const [i, u] of users.entries()) {
        const s = await openSocket(i % 2 ? b.url : a.url, u.token);
        devices.push(s);
        sockets.push(s);
      }
      const attempts: Attempt[] = [];
      let phase = 'steady';
      let sending = true;
      const sendOne = async (i: number, p: string, clientMessageId?: string) => {
        const sent = await sendChat(devices[i]!, `database drill ${users[i]!.id}`, {
          timeoutMs: 15_000,
          ...(clientMessageId ? { clientMessageId } : {}),
        });
        attempts.push({ ...sent, phase: p, user: i });
        return sent;
      };
      const inflight: Promise<unknown>[] = [];
      const loops = devices.map(async (_, i) => {
        await sleep((i * sizes.intervalMs!) / devices.length);
        while (sending) {
          inflight.push(sendOne(i, phase));
          await sleep(sizes.intervalMs!);
        }
      });
      await sleep(sizes.steadySeconds! * 1000);

      phase = 'stall';
      proxy.stall();
      log(`database stalled for ${sizes.stallSeconds} s`);
      await sleep(sizes.stallSeconds! * 1000);
      phase = 'recovering';
      proxy.resume();
      const resumedAt = Date.now();
      log('stall over');
      await sleep(3_000);

      phase = 'down';
      await proxy.refuse();
      log(`database connections reset; refusing for ${sizes.downSeconds} s`);
      await sleep(sizes.downSeconds! * 1000);
      phase = 'restarted';
      await proxy.accept();
      const restartedAt = Date.now();
      log('database accepting again');
      await sleep(Math.max(4_000, sizes.recoverDeadlineMs! / 2));
      sending = false;
      await Promise.all(loops);
      await Promise.all(inflight);
      for (const inst of [a, b])
        if (inst.crashes())
          log(`instance ${inst.name} exited ${JSON.stringify(inst.exited())}:\n${inst.logTail()}`);

      const byPhase: Record<string, string> = {};
      for (const p of ['steady', 'stall', 'recovering', 'down', 'restarted']) {
        const of = attempts.filter((s) => s.phase === p);
        byPhase[p] = `${of.filter((s) => s.id).length}/${of.length}`;
      }
      log(`acked by phase ${JSON.stringify(byPhase)}`);
      // Every refused send is retried once with its clientMessageId, as a client would.
      const refused = attempts.filter((s) => !s.id);
      const retried = await Promise.all(refused.map((s) => sendOne(s.user, 'retry', s.clientMessageId)));
      const stillRefused = retried.filter((s) => !s.id).length;
      if (stillRefused)
        log(`still refused on retry: ${JSON.stringify(retried.filter((s) => !s.id).map((s) => s.error))}`);

      const firstOkAfter = (t: number) => {
        const ok = attempts.filter((s) => s.id && s.sentAt >= t).map((s) => s.ackedAt!);
        return ok.length ? Math.min(...ok) - t : Number.POSITIVE_INFINITY;
      };
      const failures = (p: string) => {
        const failed = attempts.filter((s) => s.phase === p && !s.id);
        const times = summarize(failed.map((s) => (s.ackedAt ?? s.sentAt + 15_000) - s.sentAt));
        const codes: Record<string, number> = {};
        for (const s of failed) codes[s.error ?? '?'] = (codes[s.error ?? '?'] ?? 0) + 1;
        const slow = attempts.filter(
          (s) => s.phase === p && (s.ackedAt ?? Number.POSITIVE_INFINITY) - s.sentAt > sizes.failFastMs!,
        ).length;
        const retryable = failed.filter((s) => s.error === 'unavailable').length;
        log(
          `${p}: ${failed.length} refused ${JSON.stringify(codes)}, ${slow} answered after ${ms(sizes.failFastMs!)} or never; time to the error p50 ${ms(times.p50)} max ${ms(times.max)}`,
        );
        return { failed: failed.length, retryable, slow, times, codes };
      };
      const stall = failures('stall');
      const down = failures('down');
      // Acked ones are stored once, under the acked id.
      const ackedIds = new Map<string, string>();
      for (const s of attempts) if (s.id) ackedIds.set(s.clientMessageId, s.id);
      const { rows } = await cluster.db.admin.query<{ id: string; client_message_id: string; n: number }>(
        `SELECT min(id::text) AS id, client_message_id, count(*)::int AS n FROM chat_messages WHERE role = 'user' GROUP BY client_message_id`,
      );
      const stored = new Map(rows.map((r) => [r.client_message_id, r]));
      const lost = [...ackedIds].filter(([cmid, id]) => stored.get(cmid)?.id !== id).length;
      const dup = rows.filter((r) => r.n > 1).length;

      // Row-level security after the faults: each user's history holds only their own messages.
      let foreign = 0;
      let historyFailed = 0;
      for (const [i, s] of devices.entries()) {
        const h = await emitAck(s, 'chat:history', { limit: 100 }, 10_000).catch(() => ({ ok: false }));
        if (!h.ok) {
          historyFailed++;
          foreign++;
          continue;
        }
        foreign += (h.messages as { role: string; content: string }[]).filter(
          (m) => m.role === 'user' && m.content !== `database drill ${users[i]!.id}`,
        ).length;
      }
      const recoverStall = firstOkAfter(resumedAt);
      const recoverRestart = firstOkAfter(restartedAt);
      const exits = a.crashes() + b.crashes();
      return verdictOf(
        [
          // While the database hangs, every send is answered within failFastMs: stored, or refused as retryable.
          check(
            'stall: answered fast',
            stall.slow === 0 && stall.retryable === stall.failed,
            `${stall.slow} slow, ${stall.failed - stall.retryable} not retryable`,
          ),
          check(
            'restart: refused fast & retryable',
            down.slow === 0 && down.retryable === down.failed,
            `${down.retryable}/${down.failed} unavailable, max ${ms(down.times.max)}`,
          ),
          check('acked lost', lost === 0 && dup === 0, `${lost}/${ackedIds.size} (dup ${dup})`),
          check('refused after retry', stillRefused === 0, `${stillRefused}/${refused.length}`),
          check('recovered after stall', recoverStall <= sizes.recoverDeadlineMs!, ms(recoverStall)),
          check('recovered after restart', recoverRestart <= sizes.recoverDeadlineMs!, ms(recoverRestart)),
          check('RLS foreign rows', foreign === 0, `${foreign} (history failed ${historyFailed})`),
          check('process exits', exits === 0, String(exits)),
        ],
        {
          sent: attempts.length,
          stallSlow: stall.slow,
          stallRefused: stall.failed,
          downRefused: down.failed,
          downCodes: JSON.stringify(down.codes),
          downErrorMaxMs: down.times.max,
          recoverStallMs: recoverStall,
          recoverRestartMs: recoverRestart,
          lost,
        },
      );
    } finally {
      for (const s of sockets) s.close();
      await cluster.close();
      await proxy.close();
      await model.close();
    }
  },
};
