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
