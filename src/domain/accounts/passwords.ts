import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';

/** bcrypt cost 12, as the seed's security section asks. */
export const BCRYPT_COST = 12;

export function hashPassword(password: string, cost = BCRYPT_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
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
