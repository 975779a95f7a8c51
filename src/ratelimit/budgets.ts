import { AppError } from '../errors.ts';
import type { Leases } from './leases.ts';
import type { RateLimiter, RateRule } from './types.ts';

interface RateEntry {
  kind: 'rate';
  per: 'user' | 'address';
  /** What one unit is, for docs/security.md's table. */
  counts: string;
  rule: RateRule;
  /** The sentence a refusal carries. */
  message: string;
}

interface CapEntry {
  kind: 'cap';
  per: 'user' | 'address';
  counts: string;
  cap: number;
  message: string;
  /** What a refusal's Retry-After says when nothing better is known. */
  retryAfterSeconds: number;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * Every budget on something that costs, with defaults no real person meets (docs/security.md,
 * "Limits"): `rate` budgets refill over their window (GCRA, src/ratelimit/gcra.ts, in Redis when
 * there is one), `cap` budgets bound how many exist at once. LIMITS overrides any of them.
 */
export const budgetTable = {
  chat_send: {
    kind: 'rate',
    per: 'user',
    counts: 'chat:send messages',
    rule: { limit: 30, windowSeconds: MINUTE },
    message: 'You are sending messages very quickly; take a breath and try again shortly.',
  },
  chat_reads: {
    kind: 'rate',
    per: 'user',
    counts: 'rows returned by chat:sync, chat:history and GET /api/me/messages (at least 1 a call)',
    // A reconnect after a long time away reads up to 2,000 (the web client's ten pages of 200), and
    // scrolling back reads pages of 50: 3,000 at once, refilling at 1,000 a minute. It was 10,000
    // per 10 minutes, the same rate with over three times the burst: 20 replies of 2 MB at once,
    // which took another user's p99 to four times its quiet figure (docs/reliability.md, reads).
    rule: { limit: 3_000, windowSeconds: 3 * MINUTE },
    message: 'You have read a lot of chat history in a short time; try again shortly.',
  },
  exports: {
    kind: 'rate',
    per: 'user',
    counts: 'GET /api/me/export',
    rule: { limit: 5, windowSeconds: HOUR },
    message: 'You have downloaded your data several times this hour; try again later.',
  },
  exports_at_once: {
    kind: 'cap',
    per: 'user',
    counts: 'exports running at the same time',
    // One: a person downloads their data once; a second at once only doubles the work.
    cap: 1,
    message: 'An export of your data is already being prepared; try again in a moment.',
    retryAfterSeconds: 5,
  },
  bookings: {
    kind: 'rate',
    per: 'user',
    counts: 'mentor sessions booked (REST and the assistant)',
    rule: { limit: 20, windowSeconds: DAY },
    message: 'You have booked many sessions today; try again tomorrow.',
  },
  bookings_open_per_mentor: {
    kind: 'cap',
    per: 'user',
    counts: 'sessions booked with one mentor that are still ahead and not cancelled',
    // Twice a week for the whole booking horizon (180 days) is 52; weekly, 26.
    cap: 30,
    message: 'You already have many upcoming sessions with this mentor.',
    retryAfterSeconds: DAY,
  },
  place_suggestions: {
    kind: 'rate',
    per: 'user',
    counts: 'places suggested (POST /api/locations)',
    rule: { limit: 10, windowSeconds: DAY },
    message: 'You have suggested many places today; try again tomorrow.',
  },
  reviews: {
    kind: 'rate',
    per: 'user',
    counts: 'reviews written (POST /api/reviews)',
    rule: { limit: 20, windowSeconds: DAY },
    message: 'You have written many reviews today; try again tomorrow.',
  },
  flags: {
    kind: 'rate',
    per: 'user',
    counts: 'reviews flagged',
    rule: { limit: 20, windowSeconds: DAY },
    message: 'You have flagged many reviews today; try again tomorrow.',
  },
  counter_redemptions: {
    kind: 'rate',
    per: 'user',
    counts: "codes a partner's staff account tries at the counter (POST /api/staff/redeem)",
    // A busy café at its busiest redeems a few a minute; guessing 192-bit codes is hopeless anyway.
    rule: { limit: 300, windowSeconds: HOUR },
    message: 'Many codes were tried at this counter in the last hour; wait a little, then try again.',
  },
  reminders: {
    kind: 'rate',
    per: 'user',
    counts: 'reminders set through the assistant',
    rule: { limit: 50, windowSeconds: DAY },
    message: 'You have set many reminders today; try again tomorrow.',
  },
  sockets_per_user: {
    kind: 'cap',
    per: 'user',
    counts: 'open sockets (the oldest is told and closed)',
    cap: 20,
    message: 'Too many open connections for this account.',
    retryAfterSeconds: 30,
  },
  socket_connects: {
    kind: 'rate',
    per: 'user',
    counts: 'sockets opened (handshakes with a valid token), before the socket caps are counted',
    // Twenty tabs reconnecting at once after a restart, three times over, within the minute. Each
    // handshake costs two counts across instances and a database look-up: 300 in a few seconds
    // from one account took another user's p99 to four times its quiet figure (the abuse drill).
    rule: { limit: 60, windowSeconds: MINUTE },
    message: 'Too many connections opened in a short time; wait a moment, then reconnect.',
  },
  sockets_per_address: {
    kind: 'cap',
    per: 'address',
    counts: 'open sockets from one client address (an IPv6 /64); a new one is refused',
    // A campus or carrier NAT puts many people behind one address.
    cap: 2_000,
    message: 'Too many open connections from this network; try again shortly.',
    retryAfterSeconds: 30,
  },
} as const satisfies Record<string, RateEntry | CapEntry>;

export type BudgetName = keyof typeof budgetTable;
export type RateBudget = {
  [K in BudgetName]: (typeof budgetTable)[K]['kind'] extends 'rate' ? K : never;
}[BudgetName];
export type CapBudget = Exclude<BudgetName, RateBudget>;

/** What LIMITS sets: a rule or cap per budget it names, null for one turned off. */
export type LimitSettings = Partial<Record<BudgetName, RateRule | number | null>>;

const units = { s: 1, m: MINUTE, h: HOUR, d: DAY } as const;

/**
 * Parses LIMITS: comma-separated `name=value`, where a rate budget takes `N/<window>` (window
 * `30s`, `10m`, `1h`, `1d`; a bare unit means 1 of it), or `N` (its default window), and a cap `N`;
 * `off` (or 0) turns a budget off. `chat_reads=500/1m,sockets_per_user=5,exports=off`. Throws a
 * sentence naming what is wrong.
 */
export function parseLimits(raw: string): LimitSettings {
  const settings: LimitSettings = {};
  for (const part of raw.split(',')) {
    const entry = part.trim();
    if (!entry) continue;
    const match = /^([a-z_]+)\s*=\s*(\S+)$/.exec(entry);
    if (!match) throw new Error(`"${entry}" is not name=value`);
    const [, name = '', value = ''] = match;
    if (!Object.hasOwn(budgetTable, name)) {
      throw new Error(`"${name}" is not a limit; known: ${Object.keys(budgetTable).join(', ')}`);
    }
    const budget = name as BudgetName;
    const known = budgetTable[budget];
    if (value === 'off' || value === '0') {
      settings[budget] = null;
      continue;
    }
    const rate = /^(\d{1,9})(?:\/(\d{1,7})?([smhd]))?$/.exec(value);
    if (!rate || (known.kind === 'cap' && rate[3] !== undefined) || Number(rate[1]) < 1) {
      throw new Error(
        known.kind === 'cap'
          ? `${name} is a cap: a whole number or off, not "${value}"`
          : `${name} takes N/<window> (500/1m, 20/1d), N or off, not "${value}"`,
      );
    }
    const limit = Number(rate[1]);
    if (known.kind === 'cap') settings[budget] = limit;
    else {
      const unit = rate[3] as keyof typeof units | undefined;
      const windowSeconds = unit ? Number(rate[2] ?? 1) * units[unit] : known.rule.windowSeconds;
      if (windowSeconds < 1) throw new Error(`${name}: the window must be at least 1s`);
      settings[budget] = { limit, windowSeconds };
    }
  }
  return settings;
}

/** The refusal every budget answers with: rate_limited (HTTP 429 with Retry-After, or the ack). */
export function overBudget(name: BudgetName, retryAfterSeconds: number, message?: string): AppError {
  return new AppError('rate_limited', message ?? budgetTable[name].message, {
    details: { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)), budget: name },
  });
}

/** The budgets in force: one place that counts, refuses, and holds slots. */
export interface Budgets {
  /** A rate budget's rule, undefined when it is off. */
  rule(name: RateBudget): RateRule | undefined;
  /** A cap, undefined when it is off. */
  cap(name: CapBudget): number | undefined;
  /**
   * Charges `cost` units (1 by default; more than the whole budget counts as all of it, so no
   * request is refused for ever) to subject (a user id or an address bucket) and returns what was
   * charged; rate_limited with the wait when the budget cannot pay, charging nothing.
   */
  charge(name: RateBudget, subject: string, cost?: number): Promise<number>;
  /** Gives back units charged that went unused (a read that returned fewer rows than it asked). */
  refund(name: RateBudget, subject: string, units: number): Promise<void>;
  /** Runs fn holding one of the cap's slots for subject (across instances); rate_limited when none is free. */
  hold<T>(name: 'exports_at_once', subject: string, fn: () => Promise<T>): Promise<T>;
}

/** How long a slot outlives a holder that died with it (an export takes seconds). */
const HOLD_TTL_MS = 2 * 60_000;

/** The budgets over a rate limiter and leases (both in Redis when there is one), with LIMITS applied. */
export function createBudgets(options: {
  limiter: RateLimiter;
  leases: Leases;
  settings?: LimitSettings;
}): Budgets {
  const { limiter, leases, settings = {} } = options;
  const rule = (name: RateBudget): RateRule | undefined => {
    const set = settings[name];
    if (set === null) return undefined;
    return typeof set === 'object' ? set : budgetTable[name].rule;
  };
  const cap = (name: CapBudget): number | undefined => {
    const set = settings[name];
    if (set === null) return undefined;
    return typeof set === 'number' ? set : budgetTable[name].cap;
  };
  const key = (name: BudgetName, subject: string) => `budget:${name}:${subject}`;
  return {
    rule,
    cap,
    async charge(name, subject, cost = 1) {
      const r = rule(name);
      if (!r) return 0;
      const units = Math.min(Math.max(1, Math.ceil(cost)), r.limit);
      const decision = await limiter.consume(key(name, subject), r, units);
      if (!decision.allowed) throw overBudget(name, decision.retryAfterSeconds);
      return units;
    },
    async refund(name, subject, units) {
      const r = rule(name);
      const back = Math.floor(units);
      if (!r || back < 1) return;
      await limiter.consume(key(name, subject), r, -back);
    },
    async hold(name, subject, fn) {
      const n = cap(name);
      if (n === undefined) return fn();
      const lease = await leases.acquire(key(name, subject), n, HOLD_TTL_MS);
      if (!lease) throw overBudget(name, budgetTable[name].retryAfterSeconds);
      try {
        return await fn();
      } finally {
        await lease.release();
      }
    },
  };
}

/**
 * Charges one unit of a user's budget from inside a domain verb, so every surface that calls the
 * verb (route, assistant tool) pays the same. Contexts built by hand without budgets (some tests)
 * charge nothing; every server builds its contexts from Deps, which always has them.
 */
export async function chargeUser(
  ctx: { budgets?: Budgets; userId: string },
  name: RateBudget,
): Promise<void> {
  await ctx.budgets?.charge(name, ctx.userId);
}
