import type { TurnInProgress, WireMessage } from '../contract/socket.ts';
import type { RiskSignal } from './safety/detect.ts';
import type { SafetyProfile } from './safety/safety.ts';
import type { ToolDisplay } from './tools/types.ts';

/** How a turn reaches the user's sockets, wherever they are connected. */
export interface TurnSink {
  /**
   * offset: the reply's length before this delta. A device that synced mid-reply takes
   * partialContent and then only deltas at or beyond its length: no delta twice, none missed.
   */
  delta(turnId: string, delta: string, offset: number): void;
  tool(
    turnId: string,
    name: string,
    status: 'started' | 'done' | 'failed',
    summary?: string,
    display?: ToolDisplay,
  ): void;
  message(message: WireMessage): void;
}

export interface TurnRequest {
  userId: string;
  /** The stored user message this turn answers. */
  message: WireMessage;
  location?: { lat: number; lng: number };
  /** The crisis check, already run on this content (screen) while the message was being stored. */
  screened?: Screened;
}

/** The crisis check's reading of a message's words. */
export interface Screened {
  content: string;
  risk: RiskSignal | undefined;
  /**
   * With a risk, the user's name, zone and chosen country for the crisis reply, read from the
   * moment the risk was seen (beside the message's commit, not after it); undefined when unread.
   */
  profile?: Promise<Required<SafetyProfile> | undefined>;
}

/** Answers a stored user message: streams deltas, stores the reply, announces it. */
export interface Assistant {
  startTurn(request: TurnRequest, sink: TurnSink): Promise<void>;
  /**
   * The crisis check alone, to run on a message's words while they are being stored (CPU beside
   * the commit's round trips rather than after them); startTurn then acts on it. Never throws:
   * undefined when the check failed (startTurn runs it again).
   */
  screen?(content: string, userId: string): Screened | undefined;
  /** Stops a turn in progress, on whichever instance runs it; true when there was one to stop. */
  cancel(userId: string, turnId: string): boolean | Promise<boolean>;
  /**
   * The user said yes to a proposal (chat:confirm) rather than by message. Resolves once the
   * proposal is known to be open and its turn is queued; throws not_found when it is not open.
   */
  confirm?(userId: string, proposalId: string, sink: TurnSink): Promise<void>;
  /** The reply being streamed to the user right now, for chat:sync after a reconnect. */
  inProgress?(userId: string): Promise<TurnInProgress | undefined>;
  /** Lets turns in flight finish (bounded), then stops. */
  close?(): Promise<void>;
}
