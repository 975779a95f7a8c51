/** The assistant's limits. Defaults suit production; tests shorten the timeouts. */
export interface AssistantOptions {
  /** Model steps per turn, tool rounds included; the last one is offered no tools. */
  maxSteps: number;
  /** The whole turn, tools and retries included. */
  turnDeadlineMs: number;
  /** Per model request, until its response starts. */
  requestTimeoutMs: number;
  /** The longest pause allowed inside a streamed response. */
  idleTimeoutMs: number;
  /** Retries of a failed model request (429, 5xx, timeouts), with the SDK's backoff. */
  maxRetries: number;
  breaker: { threshold: number; cooldownMs: number };
  /**
   * The first request of a turn, messages and tool schemas, in o200k tokens of its JSON
   * (turn/prompt.ts): the earlier conversation gets what the rest leaves.
   */
  promptTokenBudget: number;
  /** The most earlier conversation sent, in tokens, even when the prompt has room for more. */
  historyTokenBudget: number;
  /** Stored messages read per turn to build that history. */
  historyWindow: number;
  /** How long a booking or cancellation proposal waits for a yes. */
  proposalTtlMs: number;
  /** The AI notice is repeated when this long has passed since it was last given. */
  aiNoticeEveryMs: number;
  /**
   * How long an idle queue waits before its first turn, for messages that may arrive out of order.
   * 0 (the default): the chat writer hands one user's messages over in storage order already.
   */
  settleMs: number;
  /**
   * The crisis response never waits longer than this for the user's name, zone and country (read
   * from the moment the risk is seen): a second is worth the lines of the right country.
   */
  crisisLookupMs: number;
  /** How long a turn waits for the moderation endpoint's second opinion before going on without it. */
  moderationDeadlineMs: number;
  promptsDir?: string;
}

export const defaultAssistantOptions: AssistantOptions = {
  maxSteps: 6,
  turnDeadlineMs: 90_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 20_000,
  maxRetries: 2,
  breaker: { threshold: 5, cooldownMs: 30_000 },
  promptTokenBudget: 3_500,
  historyTokenBudget: 3_000,
  historyWindow: 60,
  proposalTtlMs: 30 * 60_000,
  aiNoticeEveryMs: 3 * 3600_000,
  settleMs: 0,
  crisisLookupMs: 1_000,
  moderationDeadlineMs: 800,
};
