/**
 * npm run bench -- report [--write-doc]
 *
 * Every headline figure measured in one run on one machine, so ratios compare like with like: the
 * places bench (1,000,000 places; generated once into BENCH_DATABASE_URL), the hub bench (bare
 * Socket.IO echo, the anchors' plain batched-INSERT server and chat:send with nothing stored beside
 * stored chat:send, 1,000 sockets; cross-instance notifications; memory at 10,000 idle sockets)
 * and the assistant bench (offline and a 50 ms fake model; prompt size at turns 10/100/1,000). With --write-doc the table replaces the report section of
 * docs/performance.md. Takes 5–10 minutes on two cores (longer the first time: data generation).
 */

import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAssistantBench } from './assistant.ts';
import { ANCHOR_RATE, type HubFigures, type Paced, runHubBench } from './hub.ts';
import { runPlacesBench } from './places.ts';

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

export async function runReport(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'write-doc': { type: 'boolean', default: false },
      clients: { type: 'string', default: '1000' },
      idle: { type: 'string', default: '10000' },
    },
  });
  const load = [os.loadavg()[0]!];
  const started = new Date();
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
  const hub = await runHubBench([
    '--clients',
    values.clients!,
    '--inflight',
    '1',
    '--seconds',
    '5',
    '--idle',
    values.idle!,
  ]);
  load.push(os.loadavg()[0]!);
  const assistant = await runAssistantBench(['--users', '20', '--turns', '6']);
  load.push(os.loadavg()[0]!);
  if (!assistant) throw new Error('assistant bench returned nothing');

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
  const header = `Command: \`npm run bench -- report --write-doc\`. Run ${started.toISOString().slice(0, 16)}Z at commit ${commit} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, PostgreSQL and Redis on the same machine, load client on the same cores; 1-minute load average ${load.map((l) => f(l)).join(' → ')} across the parts (other work on the machine inflates every figure).`;
  process.stdout.write(`\n${header}\n\n${table}\n`);
  if (values['write-doc']) {
    const doc = path.join(root, 'docs', 'performance.md');
    const text = readFileSync(doc, 'utf8');
    const section = `<!-- report:start (written by npm run bench -- report --write-doc) -->\n## All figures, one run\n\n${header}\n\n${table}\n<!-- report:end -->`;
    const next = /<!-- report:start[\s\S]*?<!-- report:end -->/.test(text)
      ? text.replace(/<!-- report:start[\s\S]*?<!-- report:end -->/, section)
      : text.replace(/(\n<!-- places:start)/, `\n${section}\n$1`);
    writeFileSync(doc, next);
  }
}
