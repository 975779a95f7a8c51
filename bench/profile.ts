/**
 * npm run bench -- profile <file.cpuprofile> [--top 25] [--busiest <seconds>]
 *
 * Where the CPU went in a V8 profile (node --cpu-prof, or `npm run bench -- hub --profile`): self
 * time per function and per package, and total (inclusive) time per function, so "measure,
 * profile, then speed" needs no browser. --busiest N looks only at the N seconds with the least
 * idle time: a bench's process lives through set-up and quiet phases that would dilute the one
 * under load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BenchUsageError } from './usage.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<pkg> (or src/..., bench/...) for a script URL. */
function owner(url: string): string {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node';
  const match = url.match(/\/(src|bench)\/(.*)$/);
  return match ? `${match[1]}/${match[2]}` : path.basename(url);
}

export async function summariseProfile(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, busiest: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    throw new BenchUsageError(
      'usage: npm run bench -- profile <file.cpuprofile> [--top 25] [--busiest <seconds>]',
    );
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const [from, to] = values.busiest
    ? busiestWindow(profile, byId, Number(values.busiest) * 1e6)
    : [0, profile.samples.length];
  const selfUs = new Map<number, number>();
  const totalByFunction = new Map<string, number>();
  const nameOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    return `${frame.functionName || '(anonymous)'}  ${owner(frame.url)}:${frame.lineNumber + 1}`;
  };
  for (let i = from; i < to; i++) {
    const id = profile.samples[i]!;
    const us = profile.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(at);
      if (seen.has(name) || name.startsWith('(root)')) continue;
      seen.add(name);
      totalByFunction.set(name, (totalByFunction.get(name) ?? 0) + us);
    }
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const where = owner(byId.get(id)!.callFrame.url);
    byFunction.set(nameOf(id), (byFunction.get(nameOf(id)) ?? 0) + us);
    byOwner.set(where, (byOwner.get(where) ?? 0) + us);
  }
  const top = Number(values.top);
  const table = (title: string, m: Map<string, number>) => {
    process.stdout.write(`\n${title}\n`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(6)}%  ${k}\n`);
    }
  };
  const span = values.busiest ? ` (the busiest ${values.busiest} s)` : '';
  process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled${span}\n`);
  table('self time by package or file', byOwner);
  table('self time by function', byFunction);
  table('total time by function (itself and what it calls)', totalByFunction);
}

/** The sample range [from, to) spanning `windowUs` with the least idle time in it. */
function busiestWindow(profile: Profile, byId: Map<number, ProfileNode>, windowUs: number): [number, number] {
  if (!(windowUs > 0)) throw new BenchUsageError('--busiest takes a number of seconds');
  const idle = (i: number) => byId.get(profile.samples[i]!)!.callFrame.functionName === '(idle)';
  let best: [number, number] = [0, profile.samples.length];
  let bestIdle = Number.POSITIVE_INFINITY;
  let span = 0;
  let idleUs = 0;
  let from = 0;
  for (let to = 0; to < profile.samples.length; to++) {
    const us = profile.timeDeltas[to] ?? 0;
    span += us;
    if (idle(to)) idleUs += us;
    while (span - (profile.timeDeltas[from] ?? 0) >= windowUs) {
      span -= profile.timeDeltas[from] ?? 0;
      if (idle(from)) idleUs -= profile.timeDeltas[from] ?? 0;
      from++;
    }
    if (span >= windowUs && idleUs < bestIdle) {
      bestIdle = idleUs;
      best = [from, to + 1];
    }
  }
  return best;
}
