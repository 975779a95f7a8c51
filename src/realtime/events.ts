/**
 * What the server keeps about a socket, and where it sends a user's events. The contract itself
 * (events, payloads, acks) is src/contract/socket.ts.
 */

export interface SocketData {
  userId: string;
  /** The handshake token's version and expiry: a socket is good for as long as its token is. */
  tokenVersion: number;
  expiresAt: Date;
}

export const userRoom = (userId: string) => `user:${userId}`;
