import { z } from 'zod';

/**
 * The Socket.IO contract, once, for the server (src/realtime), the web client (web/src, type-only
 * imports: no zod in the bundle) and the tests, which check every payload a test client receives
 * against these schemas (test/helpers/sockets.ts). docs/realtime.md describes it in prose.
 *
 * The payload schemas say what a client may rely on; the server may send more (a place carries
 * every public field of GET /api/locations), never less.
 */

// ---- Shared pieces ---------------------------------------------------------------------------

/** Why the server closed every socket of a user (`session:ended`). */
export const SessionEndReason = z.enum(['signed_out', 'password_changed', 'account_deleted']);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

/** An error as clients receive it, in acks and HTTP bodies (docs/api-accounts.md, "Errors"). */
export const WireError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string().optional(),
});
export type WireError = z.infer<typeof WireError>;

/** Every acknowledgement: `{ ok: true, … }` or `{ ok: false, error }`. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: WireError };
export type AckFn<T extends object = object> = (response: Ack<T>) => void;

const isoTime = z.iso.datetime({ offset: true });

/** A place as the assistant shows it (the fields of GET /api/locations clients use), with its distance. */
export const WirePlace = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(['coffee', 'gym', 'mentor', 'nutrition', 'partner']),
  latitude: z.number(),
  longitude: z.number(),
  address: z.string(),
  city: z.string(),
  anxietyLevel: z.enum(['low', 'medium', 'high']).nullable(),
  isBeginnerFriendly: z.boolean(),
  hasQrReward: z.boolean(),
  distanceKm: z.number().optional(),
});
export type WirePlace = z.infer<typeof WirePlace>;

/** A guided exercise (box breathing, grounding, body scan), paced by the client. */
export const WireExercise = z.object({
  kind: z.enum(['breathing', 'grounding', 'body_scan']),
  title: z.string(),
  intro: z.string(),
  steps: z.array(
    z.object({
      text: z.string(),
      seconds: z.number().positive(),
      phase: z.enum(['in', 'hold', 'out']).optional(),
    }),
  ),
  outro: z.string(),
});
export type WireExercise = z.infer<typeof WireExercise>;

/** What became of a reply's proposal: only an `open` one can still be confirmed. */
export const ProposalStatus = z.enum(['open', 'confirmed', 'declined', 'expired']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** A chat message (`chat:message`, and in sync and history results). */
export const WireMessage = z.object({
  id: z.uuid(),
  role: z.enum(['user', 'assistant', 'system']),
  content: z.string(),
  createdAt: isoTime,
  clientMessageId: z.string().optional(),
  replyTo: z.string().optional(),
  /**
   * On a reply that proposes a booking or cancellation: confirm with chat:confirm {proposalId: id}
   * while status is `open` (absent status, from a server before it: open until expiresAt).
   */
  proposal: z
    .object({ id: z.uuid(), summary: z.string(), expiresAt: isoTime, status: ProposalStatus.optional() })
    .optional(),
  /** On a reply that found places: its cards, also after a reload (chat:sync, chat:history). */
  places: z.array(WirePlace).optional(),
  /** On a reply that guides an exercise: the steps, also after a reload. */
  exercise: WireExercise.optional(),
  /** On a regenerated reply (chat:regenerate): the id of the reply it takes the place of. */
  replaces: z.uuid().optional(),
});
export type WireMessage = z.infer<typeof WireMessage>;

/** A reply still being written when the client asks chat:sync. */
export const TurnInProgress = z.object({
  turnId: z.string(),
  replyTo: z.string(),
  partialContent: z.string(),
});
export type TurnInProgress = z.infer<typeof TurnInProgress>;

// ---- Client → server: inputs, parsed by the server's handlers -------------------------------

export const ChatSendInput = z.strictObject({
  clientMessageId: z.uuid(),
  content: z
    .string()
    .refine((s) => s.trim().length > 0, 'must not be blank')
    .refine((s) => s.length <= 4000, 'must be at most 4000 characters'),
  location: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
      /** The device's accuracy in metres (GeolocationCoordinates.accuracy): a check-in's presence. */
      accuracy: z.number().min(0).max(1_000_000).optional(),
    })
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

/** Yes to the assistant's pending proposal (a booking or cancellation), by its id. */
export const ChatConfirmInput = z.strictObject({ proposalId: z.uuid() });

/**
 * Answer my latest message again: `messageId` is the assistant's reply to it, which the new reply
 * replaces. Only that reply, with no turn running, and never one whose turn booked, checked in or
 * saved anything. location: where the device is now, as with chat:send.
 */
export const ChatRegenerateInput = z.strictObject({
  messageId: z.uuid(),
  location: ChatSendInput.shape.location,
});

/** What each client event's acknowledgement carries when ok. */
export interface ClientAcks {
  'chat:send': { message: { id: string; clientMessageId: string; createdAt: string } };
  'chat:sync': { messages: WireMessage[]; turn?: TurnInProgress };
  'chat:history': { messages: WireMessage[] };
  'chat:cancel': { cancelled: boolean };
  'chat:confirm': { confirmed: true };
  /** The reply is set aside; the new one streams as any reply does, answering `replyTo`. */
  'chat:regenerate': { regenerating: { messageId: string; replyTo: string } };
}

/** The client's view: what it may send. */
export interface ClientToServerEvents {
  'chat:send': (payload: z.input<typeof ChatSendInput>, ack: AckFn<ClientAcks['chat:send']>) => void;
  'chat:sync': (payload: z.input<typeof ChatSyncInput>, ack: AckFn<ClientAcks['chat:sync']>) => void;
  'chat:history': (payload: z.input<typeof ChatHistoryInput>, ack: AckFn<ClientAcks['chat:history']>) => void;
  'chat:cancel': (payload: z.input<typeof ChatCancelInput>, ack: AckFn<ClientAcks['chat:cancel']>) => void;
  'chat:confirm': (payload: z.input<typeof ChatConfirmInput>, ack: AckFn<ClientAcks['chat:confirm']>) => void;
  'chat:regenerate': (
    payload: z.input<typeof ChatRegenerateInput>,
    ack: AckFn<ClientAcks['chat:regenerate']>,
  ) => void;
}

/** The server's view of the same events: a payload is anything until its handler has parsed it. */
export type ServerInboundEvents = {
  [E in keyof ClientAcks]: (payload: unknown, ack: AckFn<ClientAcks[E]>) => void;
};

// ---- Server → client -------------------------------------------------------------------------

/** A streamed piece of a reply. offset: the reply's length before it (skip what chat:sync's partialContent holds). */
export const ChatDelta = z.object({ turnId: z.string(), delta: z.string(), offset: z.number().int().min(0) });

export const ToolStatus = z.enum(['started', 'done', 'failed']);
export type ToolStatus = z.infer<typeof ToolStatus>;

/** A tool the assistant runs for the reply (`chat:tool`). */
export const ToolEvent = z.object({
  turnId: z.string(),
  name: z.string(),
  status: ToolStatus,
  summary: z.string().optional(),
  /** With `done` of a place search: the places found. */
  places: z.array(WirePlace).optional(),
  /** With `done` of guide_exercise: the steps, each with its seconds, for the client's pacer. */
  exercise: WireExercise.optional(),
});
export type ToolEvent = z.infer<typeof ToolEvent>;

/** A notification pushed live (`notification`), as the inbox lists it. */
export const NotificationPush = z.object({
  id: z.uuid(),
  type: z.string(),
  title: z.string(),
  message: z.string(),
  actionUrl: z.string().optional(),
  createdAt: isoTime,
  data: z.record(z.string(), z.unknown()).optional(),
});
export type NotificationPush = z.infer<typeof NotificationPush>;

/**
 * A mentor session as a live `mentor:session` push carries it: no notes (the event may cross Redis
 * in the clear) and no side; GET /api/sessions adds `role` and each side's notes.
 */
export const SessionOnWire = z.object({
  id: z.uuid(),
  mentorId: z.uuid(),
  userId: z.uuid(),
  mentorDisplayName: z.string(),
  userDisplayName: z.string(),
  scheduledAt: isoTime,
  endsAt: isoTime,
  durationMinutes: z.number().int(),
  sessionType: z.enum(['in-person', 'virtual']).nullable(),
  locationId: z.uuid().nullable(),
  status: z.enum(['scheduled', 'completed', 'cancelled', 'no-show']),
  createdAt: isoTime,
  updatedAt: isoTime,
  completedAt: isoTime.nullable(),
});
export type SessionOnWire = z.infer<typeof SessionOnWire>;

export const SessionChange = z.enum(['booked', 'cancelled', 'reminder', 'updated']);
export type SessionChange = z.infer<typeof SessionChange>;

export const MentorSessionPush = z.object({ event: SessionChange, session: SessionOnWire });

export const SessionEnded = z.object({ reason: SessionEndReason });

/**
 * Why the server is closing this one socket (`connection:closed`); the user's other sockets and
 * their session go on. too_many_connections: the account opened more than `limit` sockets, and
 * this was the oldest.
 */
export const ConnectionClosed = z.object({
  reason: z.enum(['too_many_connections']),
  limit: z.number().int(),
});

/** Every server → client event and its payload's schema. */
export const serverEvents = {
  'chat:message': WireMessage,
  'chat:delta': ChatDelta,
  'chat:tool': ToolEvent,
  notification: NotificationPush,
  'mentor:session': MentorSessionPush,
  /** This socket is closed right after, on every device of the user. */
  'session:ended': SessionEnded,
  /** This socket alone is closed right after (the client should not reconnect it by itself). */
  'connection:closed': ConnectionClosed,
} as const;

export type ServerEventName = keyof typeof serverEvents;
export type ServerPayload<E extends ServerEventName> = z.infer<(typeof serverEvents)[E]>;

export type ServerToClientEvents = { [E in ServerEventName]: (payload: ServerPayload<E>) => void };
