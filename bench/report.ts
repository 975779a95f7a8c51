/**
 * npm run bench -- report [--write-doc] [--runs 3]
 *
 * Every headline figure measured in one invocation on one machine, so ratios compare like with
 * like: the places bench (1,000,000 places; generated once into BENCH_DATABASE_URL), the hub bench
 * (bare Socket.IO echo, the anchors' plain batched-INSERT server and chat:send with nothing stored
 * beside stored chat:send, 1,000 sockets; cross-instance notifications; memory at 10,000 idle
 * sockets) and the assistant bench (offline and a 50 ms fake model; prompt size at turns
 * 10/100/1,000). Issue 19's way: the whole set runs `--runs` times (3) and every figure is the
 * median of the runs; the machine's 1-minute load is printed for every part of every run; the
 * goals are stated under the table with each run's figure. With --write-doc the table replaces the
 * report section of docs/performance.md, unless the load at the start was above 1.0 (then the
 * figures say more about the other work than about NightChill). One run takes 5–10 minutes on two
 * cores (longer the first time: data generation).
 */

import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type AssistantFigures, MODEL_MS, runAssistantBench } from './assistant.ts';
import { ANCHOR_RATE, type HubFigures, type Paced, runHubBench } from './hub.ts';
import { runPlacesBench } from './places.ts';
import { BenchUsageError } from './usage.ts';

const root = path.resolve(import.meta.dirname, '..');
const f = (n: number, digits = 1) => n.toFixed(digits);
const int = (n: number) => Math.round(n).toLocaleString('en');
/** One closed-loop run of the hub bench: the echo, then each server's rate as a share of it. */
function hubRows(
  run: HubFigures,
  labels: Record<'echo' | 'plain' | 'hubOnly' | 'stored', string>,
): [string, string, string][] {
  const latency = (r: HubFigures['echo']) => `p50 ${f(r.p50)} / p99 ${f(r.p99)} ms`;
  const share = (r: HubFigures['echo'], bold = false) => {
    const percent = `${f((r.rate / run.echo.rate) * 100, 0)}%`;
    return `${int(r.rate)} acks/s (${bold ? `**${percent}**` : percent} of echo)`;
  };
  return [
    [labels.echo, `${int(run.echo.rate)} acks/s`, latency(run.echo)],
    [labels.plain, share(run.plain), latency(run.plain)],
    [labels.hubOnly, share(run.hubOnly), latency(run.hubOnly)],
    [labels.stored, share(run.stored, true), latency(run.stored)],
  ];
}

const pacedCell = (p: Paced) =>
  [
    `echo p50 ${f(p.echo.p50, 2)} / p99 ${f(p.echo.p99, 2)} ms`,
    `plain ${f(p.plain.p50, 2)} / ${f(p.plain.p99, 2)}`,
    `chat:send ${f(p.stored.p50, 2)} / ${f(p.stored.p99, 2)}`,
  ].join('; ');

/** Goals of issue 19 read from the report (goal 4, Redis Cluster, is the cluster drill's). */
const GOALS = {
  storedOfPlain: 0.6,
  anchorP99Ms: 10,
  overheadP50Ms: 5,
  overheadP99Ms: 25,
  offlineP99Ms: 150,
  promptTokens: 3500,
};

/** The median of each number in objects of one shape (figures of several runs). */
export function medianOf<T>(runs: readonly T[]): T {
  const first = runs[0];
  if (typeof first === 'number') {
    const sorted = [...(runs as unknown as number[])].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return (sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2) as T;
  }
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return first as T;
  return Object.fromEntries(
    Object.keys(first).map((k) => [k, medianOf(runs.map((r) => (r as Record<string, unknown>)[k]))]),
  ) as T;
}

interface Run {
  places: Awaited<ReturnType<typeof runPlacesBench>>;
  hub100: HubFigures;
  hub: HubFigures;
  assistant: AssistantFigures;
  /** The 1-minute load before each part and at the end. */
  load: number[];
}

async function oneRun(clients: string, idle: string): Promise<Run> {
  const load = [os.loadavg()[0]!];
  const places = await runPlacesBench(['--no-doc', '--unindexed', '5']);
  load.push(os.loadavg()[0]!);
  const hub100 = await runHubBench([
    '--clients',
    '100',
    '--inflight',
    '10',
    '--seconds',
    '5',
    '--idle',
    '200',
  ]);
  load.push(os.loadavg()[0]!);
  const hub = await runHubBench(['--clients', clients, '--inflight', '1', '--seconds', '5', '--idle', idle]);
  load.push(os.loadavg()[0]!);
  const assistant = await runAssistantBench(['--users', '20', '--turns', '6']);
  load.push(os.loadavg()[0]!);
  if (!assistant) throw new Error('assistant bench returned nothing');
  return { places, hub100, hub, assistant, load };
}

const percent = (n: number) => `${f(n * 100, 0)}%`;
const meets = (ok: boolean) => (ok ? 'met' : '**not met**');

/** Issue 19's goals, each with every run's figure: medians decide, each run shown. */
function goalLines(runs: readonly Run[], clients: string): string[] {
  const each = (pick: (r: Run) => number, digits = 1) => runs.map((r) => f(pick(r), digits)).join(', ');
  const ratio100 = runs.map((r) => r.hub100.stored.rate / r.hub100.plain.rate);
  const ratio1000 = runs.map((r) => r.hub.stored.rate / r.hub.plain.rate);
  const [m100, m1000] = [medianOf(ratio100), medianOf(ratio1000)];
  const anchor = runs.flatMap((r) => [r.hub100.atAnchor.stored.p99, r.hub.atAnchor.stored.p99]);
  /** What the server adds before the model's first words, paced (as people chat) or in a closed loop. */
  const overhead = (r: Run, q: 'p50' | 'p99', load: 'fakePlainPaced' | 'fakePlain' = 'fakePlainPaced') =>
    r.assistant[load].firstDelta[q] - MODEL_MS;
  const both = (load: 'fakePlainPaced' | 'fakePlain') =>
    runs.map((r) => `${f(overhead(r, 'p50', load))} / ${f(overhead(r, 'p99', load))}`).join('; ');
  const o50 = medianOf(runs.map((r) => overhead(r, 'p50')));
  const o99 = medianOf(runs.map((r) => overhead(r, 'p99')));
  const offline99 = medianOf(runs.map((r) => r.assistant.offline.latency.p99));
  const tokens = medianOf(runs.map((r) => r.assistant.promptTokens[1000] ?? 0));
  return [
    `- Goal 1, guarantees cost at most 40% (stored chat:send ≥ ${percent(GOALS.storedOfPlain)} of the plain batched-INSERT server): ${percent(m100)} at 100 × 10 (runs: ${ratio100.map(percent).join(', ')}), ${percent(m1000)} at ${clients} × 1 (runs: ${ratio1000.map(percent).join(', ')}): ${meets(m100 >= GOALS.storedOfPlain && m1000 >= GOALS.storedOfPlain)}.`,
    `- Goal 2, ack p99 ≤ ${GOALS.anchorP99Ms} ms at ${int(ANCHOR_RATE)}/s in every run: 100 sockets ${each((r) => r.hub100.atAnchor.stored.p99)} ms; ${clients} sockets ${each((r) => r.hub.atAnchor.stored.p99)} ms: ${meets(anchor.every((p) => p <= GOALS.anchorP99Ms))}.`,
    `- Goal 3, turn overhead (chat:send → first chat:delta minus the fake model's ${MODEL_MS} ms, 20 users paced as people chat): p50 ${f(o50)} / p99 ${f(o99)} ms (runs: ${both('fakePlainPaced')}; closed loop ${both('fakePlain')}): ${meets(o50 <= GOALS.overheadP50Ms && o99 <= GOALS.overheadP99Ms)}; offline turns p99 ${f(offline99, 0)} ms at 20 × 6 closed loop (runs: ${each((r) => r.assistant.offline.latency.p99, 0)}): ${meets(offline99 <= GOALS.offlineP99Ms)}; prompt tokens at turn 1,000 ${int(tokens)}: ${meets(tokens <= GOALS.promptTokens)}.`,
  ];
}

export async function runReport(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'write-doc': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      clients: { type: 'string', default: '1000' },
      idle: { type: 'string', default: '10000' },
    },
  });
  const count = Number(values.runs);
  if (!Number.isInteger(count) || count < 1 || count > 5) throw new BenchUsageError('--runs must be 1 to 5');
  const started = new Date();
  const runs: Run[] = [];
  for (let i = 0; i < count; i++) runs.push(await oneRun(values.clients!, values.idle!));
  const { places, hub100, hub, assistant } = medianOf(runs);

  const rows: [string, string, string][] = [
    ...hubRows(hub100, {
      echo: 'bare Socket.IO echo, 100 clients × 10 in flight',
      plain: "plain batched INSERT server (the anchors' way, none of NightChill's guarantees), same load",
      hubOnly: 'chat:send handled and encrypted, nothing stored (the hub alone), same load',
      stored: 'NightChill chat:send stored + acked, same load',
    }),
    ...hubRows(hub, {
      echo: `bare echo, ${values.clients} clients × 1 in flight`,
      plain: 'plain batched INSERT server, same load',
      hubOnly: 'chat:send, nothing stored, same load',
      stored: `chat:send, ${values.clients} sockets × 1 in flight`,
    }),
    [
      `ack latency at half the stored rate (${int(hub.pacedRate)}/s), ${values.clients} sockets: echo / plain / chat:send`,
      '',
      pacedCell(hub.atHalf),
    ],
    [
      `ack latency at the anchors' ${int(ANCHOR_RATE)}/s (goal: chat:send p99 ≤ 10 ms), 100 sockets`,
      '',
      pacedCell(hub100.atAnchor),
    ],
    [`same, ${values.clients} sockets`, '', pacedCell(hub.atAnchor)],
    [
      'full assistant turns, offline provider (20 clients × 6 turns)',
      `${f(assistant.offline.turnsPerSecond)} turns/s`,
      `p50 ${f(assistant.offline.latency.p50, 0)} / p99 ${f(assistant.offline.latency.p99, 0)} ms`,
    ],
    [
      'full assistant turns, fake model at 50 ms, plain reply',
      `${f(assistant.fakePlain.turnsPerSecond)} turns/s`,
      `p50 ${f(assistant.fakePlain.latency.p50, 0)} / p99 ${f(assistant.fakePlain.latency.p99, 0)} ms`,
    ],
    [
      'full assistant turns, fake model at 50 ms, one tool round',
      `${f(assistant.fakeTool.turnsPerSecond)} turns/s`,
      `p50 ${f(assistant.fakeTool.latency.p50, 0)} / p99 ${f(assistant.fakeTool.latency.p99, 0)} ms`,
    ],
    [
      'cross-instance notification A→B through Redis (200/s)',
      '',
      `p50 ${f(hub.notification.p50)} / p99 ${f(hub.notification.p99)} ms`,
    ],
    [
      `nearby search, 20 nearest in 5 km, ${int(places.places)} places: app query (prepared)`,
      `${places.query.n} queries`,
      `p50 ${f(places.query.p50, 2)} / p99 ${f(places.query.p99, 2)} ms`,
    ],
    [
      'same, bare SQL as one named prepared statement',
      `${places.prepared.n} queries`,
      `p50 ${f(places.prepared.p50, 2)} / p99 ${f(places.prepared.p99, 2)} ms`,
    ],
    [
      'same, HTTP GET /api/locations',
      `${places.http.n} requests`,
      `p50 ${f(places.http.p50, 2)} / p99 ${f(places.http.p99, 2)} ms`,
    ],
    [
      `memory per idle authenticated socket (${int(hub.idleConnections)} sockets, fresh instance, RSS)`,
      `${f(hub.perConnectionKb)} KB (bare echo ${f(hub.echoPerConnectionKb)} KB)`,
      'goal ≤ 18 KB',
    ],
    [
      'prompt tokens per turn at turn 10 / 100 / 1,000',
      [10, 100, 1000].map((n) => int(assistant.promptTokens[n] ?? 0)).join(' / '),
      'o200k_base (gpt-tokenizer), goal ≤ 3,500 at turn 1,000',
    ],
  ];
  const table = [
    '| measurement | throughput / size | latency |',
    '| --- | ---: | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
    } catch {
      return 'unknown';
    }
  })();
  const loadAtStart = runs[0]!.load[0]!;
  const header = `Command: \`npm run bench -- report --write-doc\`. Run ${started.toISOString().slice(0, 16)}Z at commit ${commit} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, PostgreSQL and Redis on the same machine, load client on the same cores. Every figure is the median of ${count} runs in this invocation; the 1-minute load average before each part (places, hub 100 × 10, hub ${values.clients} × 1, assistant) and at the end: ${runs.map((r, i) => `run ${i + 1}: ${r.load.map((l) => f(l)).join(' → ')}`).join('; ')}.`;
  const goals = goalLines(runs, values.clients!).join('\n');
  process.stdout.write(`\n${header}\n\n${table}\n\nIssue 19's goals:\n${goals}\n`);
  if (values['write-doc'] && loadAtStart > 1.0) {
    process.stdout.write(
      `\nNot written to docs/performance.md: the 1-minute load was ${f(loadAtStart)} at the start (above 1.0: other work would set the figures).\n`,
    );
  } else if (values['write-doc']) {
    const doc = path.join(root, 'docs', 'performance.md');
    const text = readFileSync(doc, 'utf8');
    const section = `<!-- report:start (written by npm run bench -- report --write-doc) -->\n## All figures, one invocation\n\n${header}\n\n${table}\n\nIssue 19's goals:\n\n${goals}\n<!-- report:end -->`;
    const next = /<!-- report:start[\s\S]*?<!-- report:end -->/.test(text)
      ? text.replace(/<!-- report:start[\s\S]*?<!-- report:end -->/, section)
      : text.replace(/(\n<!-- places:start)/, `\n${section}\n$1`);
    writeFileSync(doc, next);
  }
}
