/**
 * The figures of `npm run bench -- simulate`, printed, and written into docs/scaling.md between
 * the simulate:start / simulate:end markers with --write-doc.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkPlan, PLAN, type Figures as PlanFigures, planTable } from './simulate-plan.ts';

interface Rest {
  ok: number;
  refused: number;
  failed: number;
  p99: number;
}

export interface InstanceFigures {
  name: string;
  peakSockets: number;
  acks: number;
  acksPerS: number;
  peakHour: { hour: number; acksPerS: number; sockets: number; cpuShare: number };
  p50: number;
  p99: number;
  errors: Record<string, number>;
  turnsPerS: number;
  turns: number;
  cpuSeconds: number;
  idleCpuPerS: number;
  cpuPerMessage: number;
  cpuPerMessageNet: number;
  emits: number;
  batchRows: number;
  rssMb: number;
  rest: Record<string, Rest>;
  connectFailures: number;
  hourly: { hour: number; activity: number; acksPerS: number; sockets: number; cpuShare: number }[];
}

export interface Figures {
  date: string;
  machine: string;
  load: number[];
  options: {
    users: number;
    minutes: number;
    scale: number;
    seed: number;
    mentors: number;
    adapter: string;
    assistant: string;
  };
  hourMs: number;
  elapsedS: number;
  messages: number;
  perInstance: InstanceFigures[];
  db: {
    xactPerMessage: number;
    insertsPerMessage: number;
    updatesPerMessage: number;
    deletesPerMessage: number;
    insertsByTable: Record<string, number>;
    chatRowBytes: number;
    chatRows: number;
    notificationRowBytes: number;
  };
  redis: {
    commands: number;
    calls: Record<string, number>;
    publishes: number;
    emits: number;
    netOutputBytes: number;
  };
  alerts: {
    bookings: number;
    cross: number;
    delivered: number;
    crossDelivered: number;
    p50: number;
    p99: number;
  };
  crashes: number;
  /** The plan's per-instance and per-message figures as this run measured them. */
  measured: Partial<PlanFigures>;
}

const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(0)}%` : 'n/a');

export function render(x: Figures): string {
  const [a, b] = x.perInstance;
  const both = (fn: (i: InstanceFigures) => string) => x.perInstance.map(fn).join(' | ');
  const errors = (i: InstanceFigures) =>
    Object.entries(i.errors)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || '0';
  const rest = (i: InstanceFigures, k: string) => {
    const r = i.rest[k];
    return r ? `${r.ok} ok, ${r.refused} refused, ${r.failed} failed; p99 ${f(r.p99, 0)} ms` : 'n/a';
  };
  const perInstance = [
    `| per instance | ${a?.name ?? 'A'} | ${b?.name ?? 'B'} |`,
    '| --- | ---: | ---: |',
    `| peak concurrent sockets | ${both((i) => String(i.peakSockets))} |`,
    `| chat:send acked (whole day) | ${both((i) => `${i.acks} (${f(i.acksPerS)}/s)`)} |`,
    `| busiest simulated hour | ${both((i) => `${String(i.peakHour.hour).padStart(2, '0')}:00, ${f(i.peakHour.acksPerS)} acks/s, CPU ${pct(i.peakHour.cpuShare)} of a core`)} |`,
    `| ack p50 / p99 | ${both((i) => `${f(i.p50, 0)} / ${f(i.p99, 0)} ms`)} |`,
    `| chat:send not acked | ${both(errors)} |`,
    `| assistant turns (${x.options.assistant}) | ${both((i) => `${i.turns} (${f(i.turnsPerS)}/s)`)} |`,
    `| CPU seconds per message (all work, incl. idle) | ${both((i) => `${f(i.cpuPerMessage * 1000)} ms`)} |`,
    `| CPU per message, idle (${both((i) => `${f(i.idleCpuPerS * 100)}%`).replace(' | ', ' / ')} of a core) subtracted | ${both((i) => `${f(i.cpuPerMessageNet * 1000)} ms`)} |`,
    `| → messages per core-second (net) | ${both((i) => f(1 / i.cpuPerMessageNet, 0))} |`,
    `| rows per group-commit batch (mean) | ${both((i) => f(i.batchRows, 2))} |`,
    `| room emits (fan-outs) | ${both((i) => String(i.emits))} |`,
    `| peak RSS | ${both((i) => `${f(i.rssMb, 0)} MB`)} |`,
    `| check-ins (REST) | ${both((i) => rest(i, 'checkin'))} |`,
    `| place searches (REST) | ${both((i) => rest(i, 'search'))} |`,
    `| bookings (REST) | ${both((i) => rest(i, 'book'))} |`,
    `| socket connects refused | ${both((i) => String(i.connectFailures))} |`,
  ].join('\n');

  const d = x.db;
  const tables = Object.entries(d.insertsByTable)
    .sort((p, q) => q[1] - p[1])
    .map(([t, n]) => `${t} ${f(n / x.messages, 2)}`)
    .join(', ');
  const database = [
    '| database, per acked chat:send (whole system) | figure |',
    '| --- | ---: |',
    `| transactions committed (xact_commit, reads included) | ${f(d.xactPerMessage, 2)} |`,
    `| rows inserted (tup_inserted) | ${f(d.insertsPerMessage, 2)} |`,
    `| rows updated (tup_updated) | ${f(d.updatesPerMessage, 2)} |`,
    `| rows deleted | ${f(d.deletesPerMessage, 2)} |`,
    `| rows inserted per table | ${tables} |`,
    `| chat_messages on disk per row (heap + indexes, ${d.chatRows} rows) | ${d.chatRows >= 2_000 ? `${f(d.chatRowBytes, 0)} B` : 'too few rows to tell'} |`,
  ].join('\n');

  const r = x.redis;
  const top = Object.entries(r.calls)
    .sort((p, q) => q[1] - p[1])
    .slice(0, 6)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  const redis = [
    '| Redis (own server, whole system) | figure |',
    '| --- | ---: |',
    `| commands processed | ${r.commands} (${f(r.commands / x.messages, 2)} per message) |`,
    `| most called | ${top} |`,
    `| publishes (PUBLISH + SPUBLISH) | ${r.publishes} |`,
    `| room emits on the instances | ${r.emits} (${f(r.emits / x.messages, 2)} per message) |`,
    `| publishes per room emit | ${f(r.publishes / r.emits, 2)} |`,
    `| publishes per message | ${f(r.publishes / x.messages, 2)} |`,
    `| bytes sent by Redis per message | ${f(r.netOutputBytes / x.messages, 0)} |`,
  ].join('\n');

  const al = x.alerts;
  const alerts = `Mentor booking alerts: ${al.bookings} bookings (${al.cross} across instances), ${al.delivered} alerts delivered (${al.crossDelivered} across), request → alert on the mentor's socket p50 ${f(al.p50, 0)} ms, p99 ${f(al.p99, 0)} ms. Instance exits: ${x.crashes}.`;

  const hours = [
    '| simulated hours | curve | acks/s A + B | sockets A + B (max) | CPU A / B |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (let h = 0; h < 24; h += 3) {
    const rows = x.perInstance.map((i) => i.hourly.slice(h, h + 3));
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    const curve = mean(rows[0]!.map((r) => r.activity));
    const acks = rows.map((rs) => mean(rs.map((r) => r.acksPerS)));
    const sockets = rows.map((rs) => Math.max(...rs.map((r) => r.sockets)));
    const cpu = rows.map((rs) => mean(rs.map((r) => r.cpuShare).filter(Number.isFinite)));
    hours.push(
      `| ${String(h).padStart(2, '0')}–${String(h + 3).padStart(2, '0')} | ${f(curve, 2)} | ${acks.map((v) => f(v)).join(' + ')} | ${sockets.join(' + ')} | ${cpu.map(pct).join(' / ')} |`,
    );
  }
  const checks = [
    '| the plan assumes (bench/simulate-plan.ts) | plan | measured | |',
    '| --- | ---: | ---: | --- |',
    ...checkPlan(x.measured).map(
      (c) => `| ${c.name} | ${c.plan} | ${f(c.measured, 2)} | ${c.holds ? 'holds' : '**does not hold**'} |`,
    ),
  ].join('\n');
  const scaled = planTable({ ...PLAN, ...x.measured });
  return [
    perInstance,
    database,
    redis,
    alerts,
    hours.join('\n'),
    checks,
    `The arithmetic with the measured figures:\n\n${scaled}`,
  ].join('\n\n');
}

export function printFigures(x: Figures): void {
  process.stdout.write(`${render(x)}\n`);
}

export function writeDoc(x: Figures): void {
  const file = path.resolve(import.meta.dirname, '../docs/scaling.md');
  const o = x.options;
  // The default run (offline assistant, classic adapter) has the section the plan cites; the
  // variants have one each.
  const marker =
    o.assistant === 'offline' && o.adapter === 'classic'
      ? 'simulate'
      : `simulate-${o.assistant}-${o.adapter}`;
  const section = `<!-- ${marker}:start (written by npm run bench -- simulate --write-doc) -->
Command: \`npm run bench -- simulate --users ${o.users} --minutes ${o.minutes} --scale ${o.scale} --seed ${o.seed}${o.adapter === 'classic' ? '' : ` --adapter ${o.adapter}`}${o.assistant === 'offline' ? '' : ` --assistant ${o.assistant}`} --write-doc\`.
Run ${x.date} UTC on ${x.machine}; two instances (child processes, one fresh PostgreSQL database,
their own redis-server, ${o.adapter} adapter, ${o.assistant === 'offline' ? 'offline assistant' : 'fake OpenAI-compatible model streaming 24 characters every 40 ms'}), the load client in the bench
process on the same cores; 1-minute load ${f(x.load[0]!)} at the start, ${f(x.load.at(-1)!)} at the end.
${o.users} users (${o.mentors} of them mentors, online all day); a day of ${o.minutes} min (one
simulated hour = ${f(x.hourMs / 1000)} s), replayed in ${f(x.elapsedS, 0)} s; ${x.messages} messages acked.

${render(x)}
<!-- ${marker}:end -->`;
  const text = readFileSync(file, 'utf8');
  const pattern = new RegExp(`<!-- ${marker}:start[\\s\\S]*?<!-- ${marker}:end -->`);
  writeFileSync(
    file,
    pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`,
  );
}
