import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import {
  budgetHistory,
  cachedTokens,
  type Exchange,
  messageTokens,
  modelVisible,
} from '../memory/history.ts';
import type { Prompts } from '../prompts.ts';
import type { ToolSpec } from '../tools/registry.ts';
import { type DialogueState, offeredTools, relevantTools } from '../tools/relevance.ts';
import type { LoadedTurn } from './facts.ts';
import { proposalNote, supportNote, systemPrompt, systemPromptTokens } from './system-prompt.ts';

export interface PromptLimits {
  /** The whole first request of a turn: messages and tool schemas, as JSON, in o200k tokens. */
  promptTokenBudget: number;
  /** The most earlier conversation sent, even when the prompt has room for more. */
  historyTokenBudget: number;
}

export interface TurnPrompt {
  messages: ChatCompletionMessageParam[];
  /** The schemas to send on a step, given the calls made so far this turn. */
  tools(called: readonly { name: string }[]): readonly ToolSpec[];
  /** What the first request costs, messages and tools (o200k, as JSON). */
  tokens: number;
}

/** The exchanges the tool selection reads for the current topic. */
const RECENT = 2;

/** The schemas' tokens: the same few strings every turn, so counted once (cachedTokens). */
const toolTokens = (specs: readonly ToolSpec[]) =>
  specs.reduce((sum, spec) => sum + cachedTokens(JSON.stringify(spec)), 0);

/** What the tool selection needs of the turn: the words, the last exchanges, the proposal, the mode. */
function dialogueOf(turn: LoadedTurn): DialogueState {
  const recent = turn.exchanges
    .filter(modelVisible)
    .slice(-RECENT)
    .map((ex: Exchange) => ({
      text: ex.user.content,
      tools: ex.replies.flatMap((r) => (r.context?.tools ?? []).map((t) => t.name)),
    }));
  return {
    text: turn.facts.text,
    recent,
    proposalTool: turn.open?.proposal.tool ?? turn.facts.proposal?.tool,
    supportive: turn.facts.support !== undefined,
  };
}

/**
 * The first request of a turn within `promptTokenBudget`: the system prompt, the notes about the
 * proposal and the supportive mode, the user's message and the tools this dialogue can need come
 * first; the earlier conversation gets what is left (at most `historyTokenBudget`). So a long
 * message shortens the history rather than the prompt growing, and the notes always reach the model.
 */
export function turnPrompt(prompts: Prompts, turn: LoadedTurn, limits: PromptLimits): TurnPrompt {
  const { facts } = turn;
  const tail: ChatCompletionMessageParam[] = [];
  const note = proposalNote(turn);
  if (note) tail.push({ role: 'system', content: note });
  if (facts.support) tail.push({ role: 'system', content: supportNote(facts.support.line) });
  // A chat:confirm turn has no message of its own ('').
  if (facts.text) tail.push({ role: 'user', content: facts.text });

  const relevant = relevantTools(dialogueOf(turn));
  const first = offeredTools(relevant, []);
  const fixed =
    systemPromptTokens(prompts, turn) +
    tail.reduce((sum, m) => sum + messageTokens(m), 0) +
    toolTokens(first);
  const room = Math.min(limits.historyTokenBudget, limits.promptTokenBudget - fixed);
  const history = budgetHistory(turn.exchanges, Math.max(0, room), turn.hasOlder);
  return {
    messages: [{ role: 'system', content: systemPrompt(prompts, turn) }, ...history.messages, ...tail],
    tools: (called) =>
      called.length === 0
        ? first
        : offeredTools(
            relevant,
            called.map((c) => c.name),
          ),
    tokens: fixed + history.tokens,
  };
}
