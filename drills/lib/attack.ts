import type pg from 'pg';
import type { RateBudget } from '../../src/ratelimit/budgets.ts';
import { budgetTable } from '../../src/ratelimit/budgets.ts';
import type { RateRule } from '../../src/ratelimit/types.ts';
import { api, type ClientSocket, type DrillUser, type Json } from './clients.ts';
import type { Point } from './steady.ts';

/** What an attack needs: both instances, the database (to look, never to help), its sizes. */
export interface AttackContext {
  urls: [string, string];
  admin: pg.Pool;
  sizes: Record<string, number>;
  log(line: string): void;
  /** Every socket an attack opens goes here too, so the drill closes it whatever happens (an attack closes its own when done). */
  sockets: ClientSocket[];
  /** The ordinary user's search point (attacks that look at what others see use it). */
  point: Point;
}

/** One limit an attack ran into: how much got through against how much may. */
export interface Limit {
  what: string;
  allowed: number;
  limit: number;
}

export interface Outcome {
  limits: Limit[];
  /** Other promises the attack checked (a refusal's code, a rival's booking), each a sentence. */
  broken: string[];
  /** Answers of 500 and over, acks with `internal`, calls that got no answer. */
  serverErrors: number;
  /** A line for the log and the docs. */
  detail: string;
}

export interface Attack {
  name: string;
  /**
   * Makes the accounts and data the attack needs (before the quiet stretch is measured) and
   * returns the attack itself, which keeps at it until `deadline` (ms since the epoch), never past
   * the bounds of its sizes, and then reports.
   */
  prepare(ctx: AttackContext): Promise<(deadline: number) => Promise<Outcome>>;
}

/** The most a rate budget lets through in `ms`: its burst plus what refills meanwhile. */
export function rateAllowance(rule: RateRule, ms: number): number {
  return Math.floor(rule.limit + (rule.limit * ms) / 1000 / rule.windowSeconds);
}

/** A rate budget's default rule (the drill runs without LIMITS, as production does by default). */
export const ruleOf = (name: RateBudget): RateRule => budgetTable[name].rule;

/** Answers sorted: through (the expected success), refused by a budget, or something else. */
export class Tally {
  through = 0;
  refused = 0;
  serverErrors = 0;
  readonly other: Record<string, number> = {};
  readonly budgets: Record<string, number> = {};

  /** An HTTP answer: `expected` is success, 429 rate_limited a refusal, 5xx a server error. */
  http(res: { status: number; body: Json }, expected: number | number[]): 'through' | 'refused' | string {
    if (typeof expected === 'number' ? res.status === expected : expected.includes(res.status)) {
      this.through++;
      return 'through';
    }
    const error = res.body?.error;
    if (res.status === 429 && error?.code === 'rate_limited') {
      this.refused++;
      const budget = String(error.details?.budget ?? 'login');
      this.budgets[budget] = (this.budgets[budget] ?? 0) + 1;
      return 'refused';
    }
    if (res.status >= 500) this.serverErrors++;
    const kind = error?.code ?? String(res.status);
    this.other[kind] = (this.other[kind] ?? 0) + 1;
    return kind;
  }

  /** A socket ack: ok is success, rate_limited a refusal, internal or no ack a server error. */
  ack(ack: Json): 'through' | 'refused' | string {
    if (ack?.ok) {
      this.through++;
      return 'through';
    }
    const code = ack?.error?.code ?? 'no_ack';
    if (code === 'rate_limited') {
      this.refused++;
      return 'refused';
    }
    if (code === 'internal' || code === 'no_ack') this.serverErrors++;
    this.other[code] = (this.other[code] ?? 0) + 1;
    return code;
  }

  /** "12 through, 88 refused (bookings 80, bookings_open_per_mentor 8), other {}" */
  toString(): string {
    const budgets = Object.entries(this.budgets)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const other = Object.keys(this.other).length ? `, other ${JSON.stringify(this.other)}` : '';
    return `${this.through} through, ${this.refused} refused${budgets ? ` (${budgets})` : ''}${other}`;
  }
}

/** fetch that answers 599 instead of throwing (no answer within the timeout, a reset). */
export function call(
  url: string,
  method: string,
  route: string,
  options: { token?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<{ status: number; body: Json; text: string }> {
  return api(url, method, route, options).catch(() => ({ status: 599, body: undefined, text: 'no answer' }));
}

/**
 * Runs `round` at least `minRounds` times, then again until the deadline, `maxRounds` in all at
 * most; returns how many ran.
 */
export async function repeat(
  deadline: number,
  maxRounds: number,
  round: (i: number) => Promise<void>,
  minRounds = 1,
) {
  let i = 0;
  while (i < maxRounds && (i < minRounds || Date.now() < deadline)) await round(i++);
  return i;
}

/** Makes a signed-up user a mentor (online and in person) through POST /api/mentors; their mentor id. */
export async function becomeMentor(url: string, user: DrillUser): Promise<string> {
  const res = await call(url, 'POST', '/api/mentors', {
    token: user.token,
    body: { title: 'Peer mentor', specialization: ['Calm'], bio: 'Here to listen.', scheduleType: 'both' },
  });
  if (res.status !== 201) throw new Error(`becoming a mentor: ${res.status} ${res.text}`);
  return res.body.mentor.id as string;
}
