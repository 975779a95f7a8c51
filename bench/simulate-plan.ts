/**
 * The arithmetic of docs/scaling.md, as code: what N concurrent users need, from per-instance and
 * per-message figures. `npm run bench -- simulate` prints it with the figures it measured beside
 * the ones the plan assumes (PLAN), and says whether each assumption still holds.
 */
import { activity } from './simulate-schedule.ts';

export interface Traffic {
  /** Share of connected users who send in the peak minute. */
  activeShare: number;
  /** chat:send per active user in that minute (the limit is 30). */
  messagesPerActiveMinute: number;
  /** Prompt tokens the model reads per assistant turn (docs/assistant.md: 3,200 to 5,300). */
  promptTokensPerTurn: number;
}

/** Per-instance and per-message figures; the plan's values are in PLAN. */
export interface Figures {
  /** Sockets one instance (one Node process, one core) is planned for. */
  socketsPerInstance: number;
  /** chat:send an instance handles per second of one core, the message's whole mix included. */
  messagesPerCoreSecond: number;
  /** Share of its core an instance may use at peak (the rest is headroom for a failed peer). */
  targetCpu: number;
  /** Room emits (each one a PUBLISH) per message. */
  emitsPerMessage: number;
  redisCommandsPerMessage: number;
  /** Transactions committed per message (reads included). */
  transactionsPerMessage: number;
  /** chat_messages rows per message (the user's and the reply). */
  chatRowsPerMessage: number;
  /** chat_messages bytes on disk per row, indexes included. */
  chatRowBytes: number;
}

export const TRAFFIC: Traffic = { activeShare: 0.1, messagesPerActiveMinute: 2, promptTokensPerTurn: 5_300 };

/**
 * What the plan assumes of one instance and one message: the simulation's figures on this machine
 * (2026-11-25: 49–58 chat:send per core-second, 8–10 emits, 60–66 Redis commands, 3.7–3.8
 * transactions, 640–770 bytes per chat row), rounded to the safe side by about a quarter. The
 * simulation checks them on every run.
 */
export const PLAN: Figures = {
  socketsPerInstance: 10_000,
  messagesPerCoreSecond: 40,
  targetCpu: 0.6,
  emitsPerMessage: 12,
  redisCommandsPerMessage: 80,
  transactionsPerMessage: 5,
  chatRowsPerMessage: 2,
  chatRowBytes: 1_000,
};

/** Mean of the diurnal curve over the day: messages a day = peak rate × 86,400 × this. */
export const MEAN_ACTIVITY =
  Array.from({ length: 24 * 60 }, (_, m) => activity(m / 60)).reduce((a, b) => a + b, 0) / (24 * 60);

export interface Plan {
  users: number;
  messagesPerS: number;
  instancesForSockets: number;
  instancesForCpu: number;
  /** The larger of the two, and at least 2 (one may fail). */
  instances: number;
  publishesPerS: number;
  /** Classic adapter: every publish reaches every instance. */
  classicDeliveriesPerS: number;
  /** What each instance receives (and mostly drops) from the others with the classic adapter. */
  classicInboundPerInstance: number;
  redisCommandsPerS: number;
  transactionsPerS: number;
  chatRowsPerS: number;
  messagesPerDay: number;
  chatRowsPerQuarter: number;
  chatBytesPerQuarter: number;
  promptTokensPerS: number;
}

export function planFor(users: number, f: Figures = PLAN, t: Traffic = TRAFFIC): Plan {
  const messagesPerS = (users * t.activeShare * t.messagesPerActiveMinute) / 60;
  const instancesForSockets = Math.ceil(users / f.socketsPerInstance);
  const instancesForCpu = Math.ceil(messagesPerS / (f.messagesPerCoreSecond * f.targetCpu));
  const instances = Math.max(2, instancesForSockets, instancesForCpu);
  const publishesPerS = messagesPerS * f.emitsPerMessage;
  const messagesPerDay = messagesPerS * 86_400 * MEAN_ACTIVITY;
  const chatRowsPerQuarter = messagesPerDay * 91 * f.chatRowsPerMessage;
  return {
    users,
    messagesPerS,
    instancesForSockets,
    instancesForCpu,
    instances,
    publishesPerS,
    classicDeliveriesPerS: publishesPerS * instances,
    classicInboundPerInstance: (publishesPerS * (instances - 1)) / instances,
    redisCommandsPerS: messagesPerS * f.redisCommandsPerMessage,
    transactionsPerS: messagesPerS * f.transactionsPerMessage,
    chatRowsPerS: messagesPerS * f.chatRowsPerMessage,
    messagesPerDay,
    chatRowsPerQuarter,
    chatBytesPerQuarter: chatRowsPerQuarter * f.chatRowBytes,
    promptTokensPerS: messagesPerS * t.promptTokensPerTurn,
  };
}

/** Each assumption of PLAN against a measured figure: holds when the measurement is no worse. */
export function checkPlan(
  measured: Partial<Figures>,
): { name: keyof Figures; plan: number; measured: number; holds: boolean }[] {
  const higherIsBetter = new Set<keyof Figures>(['messagesPerCoreSecond', 'socketsPerInstance']);
  return (Object.keys(measured) as (keyof Figures)[])
    .filter((k) => Number.isFinite(measured[k]))
    .map((name) => {
      const m = measured[name]!;
      const plan = PLAN[name];
      return { name, plan, measured: m, holds: higherIsBetter.has(name) ? m >= plan : m <= plan };
    });
}

const fmt = (v: number, digits = 0) => v.toLocaleString('en', { maximumFractionDigits: digits });
/** 1,234 · 12.3 k · 4.5 M · 6.7 G */
export function short(v: number): string {
  if (v >= 1e9) return `${fmt(v / 1e9, 1)} G`;
  if (v >= 1e6) return `${fmt(v / 1e6, 1)} M`;
  if (v >= 1e4) return `${fmt(v / 1e3, 0)} k`;
  return fmt(v, v < 10 ? 1 : 0);
}

const bytes = (v: number) => (v >= 1e12 ? `${fmt(v / 1e12, 1)} TB` : `${fmt(v / 1e9, 0)} GB`);

/** The arithmetic for 10k / 100k / 1M users as a markdown table (docs/scaling.md, the bench). */
export function planTable(f: Figures = PLAN, t: Traffic = TRAFFIC): string {
  const plans = [1e4, 1e5, 1e6].map((u) => planFor(u, f, t));
  const rows: [string, (p: Plan) => string][] = [
    ['chat:send/s at the peak minute', (p) => short(p.messagesPerS)],
    ['instances for the sockets / for the CPU', (p) => `${p.instancesForSockets} / ${p.instancesForCpu}`],
    ['**app instances** (the larger, at least 2)', (p) => `**${p.instances}**`],
    ['room emits = PUBLISH/s', (p) => short(p.publishesPerS)],
    ['classic adapter: deliveries/s from Redis', (p) => short(p.classicDeliveriesPerS)],
    [
      'classic adapter: broadcasts each instance receives for nothing, /s',
      (p) => short(p.classicInboundPerInstance),
    ],
    ['sharded adapter: deliveries/s (≈ one instance per user room)', (p) => short(p.publishesPerS)],
    ['Redis commands/s (adapter, partial replies, rate limits, locks)', (p) => short(p.redisCommandsPerS)],
    ['PostgreSQL transactions/s (reads included)', (p) => short(p.transactionsPerS)],
    ['chat_messages rows/s at the peak', (p) => short(p.chatRowsPerS)],
    ['chat:send a day', (p) => short(p.messagesPerDay)],
    ['chat_messages rows a quarter', (p) => short(p.chatRowsPerQuarter)],
    ['chat_messages on disk a quarter', (p) => bytes(p.chatBytesPerQuarter)],
    [
      'model: prompt tokens/s (per minute)',
      (p) => `${short(p.promptTokensPerS)} (${short(p.promptTokensPerS * 60)})`,
    ],
  ];
  return [
    '| at the peak | 10,000 users | 100,000 | 1,000,000 |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([name, fn]) => `| ${name} | ${plans.map(fn).join(' | ')} |`),
  ].join('\n');
}
