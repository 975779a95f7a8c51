import type { WireMessage } from '../realtime/events.ts';

/** How a turn reaches the user's sockets, wherever they are connected. */
export interface TurnSink {
  delta(turnId: string, delta: string): void;
  tool(turnId: string, name: string, status: 'started' | 'done' | 'failed', summary?: string): void;
  message(message: WireMessage): void;
}

export interface TurnRequest {
  userId: string;
  /** The stored user message this turn answers. */
  message: WireMessage;
  location?: { lat: number; lng: number };
}

/** Answers a stored user message: streams deltas, stores the reply, announces it. */
export interface Assistant {
  startTurn(request: TurnRequest, sink: TurnSink): Promise<void>;
  cancel(userId: string, turnId: string): boolean;
}
