import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ReplyContext } from '../memory/context.ts';
import type { ToolOutcome, ToolSpec } from '../tools/registry.ts';
import type { Coordinates } from '../tools/types.ts';

/** A tool call the model asked for: arguments are its raw JSON, validated by the tool's schema. */
export interface ModelCall {
  id: string;
  name: string;
  arguments: string;
}

export interface StepResult {
  content: string;
  calls: ModelCall[];
  /** What the provider wants remembered with the reply (the offline companion's memory). */
  memory?: Record<string, unknown>;
}

/** What this turn is about, in plain facts (the offline companion reads these; the model reads messages). */
export interface TurnFacts {
  userId: string;
  name: string;
  timeZone: string;
  now: Date;
  location: Coordinates | undefined;
  /** The user's message ('' for a turn started by chat:confirm). */
  text: string;
  /** The previous reply's context, if the previous exchange is visible (not a crisis). */
  previous: ReplyContext | undefined;
  /**
   * The contexts of the visible replies before that one, newest first (a few): what "the mentor
   * from before" or "the first café you showed me" points back at. Absent where nothing is.
   */
  earlier?: ReplyContext[];
  /** What became of a proposal that was open before this message. */
  proposal: { tool: string; summary: string; decision: 'confirmed' | 'declined' | 'dropped' } | undefined;
  /** True when this user has never had a reply before. */
  firstReply: boolean;
  /**
   * Set while the conversation stays supportive after a risk response (that day and the next):
   * no places, check-ins or bookings pushed unless asked; `line` is the first crisis line, short.
   */
  support?: { line: string; firstTurn: boolean } | undefined;
}

export interface StepRequest {
  messages: ChatCompletionMessageParam[];
  tools: readonly ToolSpec[];
  /** 'none' on the last step allowed: the model must answer in words. */
  toolChoice: 'auto' | 'none';
  facts: TurnFacts;
  /** Every tool outcome of this turn so far, in order. */
  outcomes: ToolOutcome[];
  step: number;
  signal: AbortSignal;
  onDelta(text: string): void;
}

/** A model: the OpenAI-compatible API, or the built-in offline companion. */
export interface ModelProvider {
  readonly name: 'openai' | 'offline';
  /**
   * Whether it reads `messages` (the system prompt, history and notes within the token budget) and
   * `tools`. The offline companion reads only the facts, so its turns never build a prompt.
   */
  readonly readsPrompt: boolean;
  step(request: StepRequest): Promise<StepResult>;
}

/** The model could not be reached or broke off; `streamed` says whether any text reached the user. */
export class ModelUnavailableError extends Error {
  override name = 'ModelUnavailableError';
  constructor(
    message: string,
    readonly streamed: boolean,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
