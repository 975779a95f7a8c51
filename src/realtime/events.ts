import { z } from 'zod';
import type { PublicLocation } from '../domain/locations/schemas.ts';
import type { ErrorBody } from '../errors.ts';
import type { SessionEndReason } from '../events.ts';

/** Every acknowledgement: `{ ok: true, … }` or `{ ok: false, error }` (docs/realtime.md). */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ErrorBody };
export type AckFn<T extends object = object> = (response: Ack<T>) => void;

/** A chat message on the wire (`chat:message`, sync and history results). */
export interface WireMessage {
  id: string;
  role: 'user' | 'assistant' | 'system';
  content: string;
  createdAt: string;
  clientMessageId?: string;
  replyTo?: string;
  /** On an assistant reply that proposes a booking or cancellation: confirm with chat:confirm {proposalId: id}. */
  proposal?: { id: string; summary: string; expiresAt: string };
}

export interface TurnInProgress {
  turnId: string;
  replyTo: string;
  partialContent: string;
}

export const ChatSendInput = z.strictObject({
  clientMessageId: z.uuid(),
  content: z
    .string()
    .refine((s) => s.trim().length > 0, 'must not be blank')
    .refine((s) => s.length <= 4000, 'must be at most 4000 characters'),
  location: z
    .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .optional(),
});

export const ChatSyncInput = z.strictObject({
  afterId: z.uuid().optional(),
  limit: z.number().int().min(1).max(500).default(200),
});

export const ChatHistoryInput = z.strictObject({
  before: z.uuid().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ChatCancelInput = z.strictObject({ turnId: z.string().min(1).max(100) });

/** Yes to the assistant's pending proposal (a booking or cancellation), by its id from chat:tool/context. */
export const ChatConfirmInput = z.strictObject({ proposalId: z.uuid() });

export interface ClientToServerEvents {
  'chat:send': (
    payload: unknown,
    ack: AckFn<{ message: { id: string; clientMessageId: string; createdAt: string } }>,
  ) => void;
  'chat:sync': (payload: unknown, ack: AckFn<{ messages: WireMessage[]; turn?: TurnInProgress }>) => void;
  'chat:history': (payload: unknown, ack: AckFn<{ messages: WireMessage[] }>) => void;
  'chat:cancel': (payload: unknown, ack: AckFn<{ cancelled: boolean }>) => void;
  'chat:confirm': (payload: unknown, ack: AckFn<{ confirmed: true }>) => void;
}

export interface ServerToClientEvents {
  'chat:message': (message: WireMessage) => void;
  /** offset: the reply's length before this delta (skip what chat:sync's partialContent holds). */
  'chat:delta': (delta: { turnId: string; delta: string; offset: number }) => void;
  'chat:tool': (tool: {
    turnId: string;
    name: string;
    status: 'started' | 'done' | 'failed';
    summary?: string;
    /** With `done` of a place search: the places found, as GET /api/locations returns them. */
    places?: (PublicLocation & { distanceKm?: number })[];
  }) => void;
  notification: (notification: {
    id: string;
    type: string;
    title: string;
    message: string;
    actionUrl?: string;
    createdAt: string;
  }) => void;
  'mentor:session': (payload: {
    event: 'booked' | 'cancelled' | 'reminder' | 'updated';
    session: Record<string, unknown>;
  }) => void;
  /**
   * This socket is closed right after, by the server, on every device of the user: signed out
   * everywhere, the password changed, or the account deleted. The client forgets the conversation
   * and its queued messages and returns to sign-in.
   */
  'session:ended': (payload: { reason: SessionEndReason }) => void;
}

export interface SocketData {
  userId: string;
  /** The handshake token's version and expiry: a socket is good for as long as its token is. */
  tokenVersion: number;
  expiresAt: Date;
}

export const userRoom = (userId: string) => `user:${userId}`;
