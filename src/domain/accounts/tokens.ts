import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../errors.ts';

const ISSUER = 'nightchill';
const AUDIENCE = 'nightchill';
export const TOKEN_TTL_SECONDS = 7 * 24 * 3600;

export interface TokenClaims {
  userId: string;
  /** users.token_version when issued: bumping it (sign out everywhere, erasure) revokes the token. */
  tokenVersion: number;
}

export interface TokenService {
  issue(claims: TokenClaims, now: Date): Promise<string>;
  /** The claims of a valid token, with when it expires (a socket outliving it is closed). */
  verify(token: string, now: Date): Promise<TokenClaims & { expiresAt: Date }>;
}

/** HS256 access tokens (jose), with issuer, audience, expiry and the token version. */
export function createTokenService(secret: string): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    async issue({ userId, tokenVersion }, now) {
      const iat = Math.floor(now.getTime() / 1000);
      return new SignJWT({ tv: tokenVersion })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(iat + TOKEN_TTL_SECONDS)
        .sign(key);
    },
    async verify(token, now) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: now,
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        const tv = payload.tv;
        if (typeof payload.sub !== 'string' || typeof tv !== 'number' || !Number.isInteger(tv)) {
          throw new AppError('unauthorized', 'The token is malformed.');
        }
        return { userId: payload.sub, tokenVersion: tv, expiresAt: new Date(payload.exp! * 1000) };
      } catch (err) {
        if (err instanceof AppError) throw err;
        const expired = err instanceof joseErrors.JWTExpired;
        throw new AppError('unauthorized', expired ? 'The token has expired.' : 'The token is invalid.');
      }
    },
  };
}
