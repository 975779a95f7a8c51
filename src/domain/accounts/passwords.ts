import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

/** bcrypt cost 12, as the seed's security section asks. */
export const BCRYPT_COST = 12;

/**
 * bcrypt and zxcvbn run on worker threads (password-worker.mjs; piscina, a kept pool: queueing, a
 * crashed thread replaced), never on the event loop: bcryptjs's own async mode computes on the main
 * thread in slices of up to 100 ms, so each login held every other user's requests on that
 * instance for a quarter of a second (the abuse drill's login attack took an ordinary user's p99
 * from 13 to 150 ms), and zxcvbn took up to 0.1 s of it at each sign-up (0.25 s more the first
 * time, ranking its word lists). One thread fewer than the cores (at least one, at most four), so
 * the event loop keeps a core; more logins at once queue. Made at the first password, so a process
 * that checks none starts none; an idle thread ends after a minute.
 */
let pool: Piscina | undefined;
function passwordThreads(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./password-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: Math.min(4, Math.max(1, availableParallelism() - 1)),
    idleTimeout: 60_000,
    // A plain thread: none of the process's own preloads (tsx, a drill's probe) are needed to hash.
    execArgv: [],
  });
  return pool;
}

export function hashPassword(password: string, cost = BCRYPT_COST): Promise<string> {
  return passwordThreads().run({ op: 'hash', password, cost });
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return passwordThreads().run({ op: 'compare', password, hash });
}

/** zxcvbn's verdict on a password: score 0–4, and its advice. */
export interface Strength {
  score: number;
  warning: string;
  suggestions: string[];
}

/** zxcvbn's score of a password, `inputs` (the account's own words) counted as known. */
export function passwordStrength(password: string, inputs: readonly string[]): Promise<Strength> {
  return passwordThreads().run({ op: 'strength', password, inputs: [...inputs] });
}

/** Compared against when the account does not exist, so timing does not tell which logins are real. */
export const DUMMY_HASH = '$2b$12$maNhUFID3OWyKYEI./l3gOIPmcJNx4QQSn9uZvhl6M8rzRo.nn.U2';

const dummies = new Map<number, Promise<string>>([[BCRYPT_COST, Promise.resolve(DUMMY_HASH)]]);

/**
 * A hash of nothing at the configured cost: checking an unknown login against it takes as long as
 * checking a real account's password (a cost-12 dummy against cost-13 accounts would give them away).
 */
export function dummyHash(cost = BCRYPT_COST): Promise<string> {
  let hash = dummies.get(cost);
  if (!hash) {
    hash = hashPassword(randomUUID(), cost);
    dummies.set(cost, hash);
  }
  return hash;
}
