import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Deps } from '../../deps.ts';
import type { TurnSink } from '../assistant.ts';
import type { TurnSlot } from '../coordination/runner.ts';
import type { ReplyContext, TurnResult } from '../memory/context.ts';
import type { AssistantOptions } from '../options.ts';
import { fill, type Prompts } from '../prompts.ts';
import { replyLanguageOf } from '../providers/offline/i18n/index.ts';
import { asMemory } from '../providers/offline/memory.ts';
import { type ModelCall, type ModelProvider, ModelUnavailableError } from '../providers/types.ts';
import type { Safety, SafetyProfile } from '../safety/safety.ts';
import { resultForModel } from '../tools/registry.ts';
import { createClaimGate, done, recordLine, unsettled } from './claims.ts';
import { consentFor } from './consent.ts';
import { type LoadedTurn, loadTurn, type TurnInput } from './facts.ts';
import { firstName } from './first-name.ts';
import { turnPrompt } from './prompt.ts';
import { persist, type ReplyExtras, settleUnanswered, unstored } from './reply.ts';
import { createToolRound } from './tool-round.ts';

export interface TurnEnv {
  deps: Deps;
  prompts: Prompts;
  provider: ModelProvider;
  options: AssistantOptions;
  safety: Safety;
  remember(userId: string, profile: Required<SafetyProfile>): void;
}

const CAPPED =
  "I've been going round in circles looking that up, so I've stopped here. Could you tell me a little more " +
  'about what you need, and I will try again?';
const BROKE_OFF =
  'Sorry — I lost my connection part-way through, so that answer may be incomplete. Could you ask me again?';
const UNREACHABLE =
  "I'm sorry — I can't reach my memory right now, so I can't answer properly. Please try again in a moment.";
const STALE = "That suggestion isn't open any more, so I haven't done anything. Shall we look at it again?";
const EMPTY = "I'm here. What would you like to do?";

const toolCall = (call: ModelCall) => ({
  id: call.id,
  type: 'function' as const,
  function: { name: call.name, arguments: call.arguments },
});

/**
 * One assistant turn: a bounded loop of model steps and tool rounds that streams its words as
 * chat:delta, reports each tool as chat:tool, and stores the reply with the tool calls, results
 * and any proposal in its context. Side effects the user did not plainly ask for (booking,
 * cancelling) are proposed, checked by a dry run, and carried out only when confirmed.
 */
export async function runTurn(
  env: TurnEnv,
  input: TurnInput,
  slot: TurnSlot,
  sink: TurnSink,
): Promise<TurnResult> {
  const { deps, prompts, provider, options } = env;
  const { turnId, signal } = slot;
  const userId = input.userId;
  let turn: LoadedTurn;
  try {
    turn = await loadTurn(deps, input, options, env.remember, env.safety);
  } catch (err) {
    // The database is away: nothing can be stored, but nobody is left waiting in silence.
    deps.logger.error({ err, userId, turnId }, 'assistant turn could not start');
    deps.metrics.assistantTurns.inc({ result: 'error' });
    if (input.kind === 'message') {
      sink.delta(turnId, UNREACHABLE, 0);
      unstored(deps, sink, UNREACHABLE, input.message.id);
    }
    return 'error';
  }
  const { facts } = turn;

  let text = '';
  const emit = (s: string) => {
    if (!s) return;
    const offset = text.length;
    text += s;
    sink.delta(turnId, s, offset);
    slot.streamed(s);
  };
  /** Starts a new paragraph unless the text so far is empty or ends one. */
  const paragraph = (s: string) => emit(`${text && !text.endsWith('\n\n') ? '\n\n' : ''}${s}`);
  // In the language the reply is in (offline/i18n tells it: "haceme el check-in" is Spanish though
  // ELD reads it as English); English when unsure. Told only when the notice is due: the other
  // turns do not pay for it before their first word.
  const language = turn.noticeDue
    ? replyLanguageOf(facts.text, asMemory(facts.previous?.offline)).lang
    : undefined;
  const notice = language && (language === 'en' ? prompts.aiNotice : prompts.aiNotices[language]);
  if (notice) emit(`${notice}\n\n`);

  const tools = createToolRound({
    deps,
    userId,
    turnId,
    facts,
    proposalTtlMs: options.proposalTtlMs,
    sink,
    consent: consentFor(turn),
  });
  // The model's words go through the claim gate; the server's own lines (record lines) do not.
  // The offline companion writes its words from the outcomes themselves: it needs no record line.
  const gate = createClaimGate(emit, () => text);
  const record = (line: string | undefined) => {
    if (line && provider.name !== 'offline') paragraph(line);
  };
  const settle = () =>
    gate.finish((claim) => !unsettled(tools.outcomes, !!tools.proposal) || done(tools.outcomes).has(claim));
  // The system prompt, history, notes and message within the prompt's token budget (prompt.ts),
  // built only for a provider that reads it (the offline companion reads the facts).
  const prompt = provider.readsPrompt ? turnPrompt(prompts, turn, options) : undefined;
  const messages: ChatCompletionMessageParam[] = prompt?.messages ?? [];

  let result: TurnResult = 'ok';
  let steps = 0;
  let memory: Record<string, unknown> | undefined;
  try {
    if (turn.stale) emit(STALE);
    else if (turn.decision === 'confirmed' && turn.open) {
      // The user said yes to this exact proposal: carry out what was stored, not anything new.
      const { call, outcome } = await tools.confirmed(turn.open.proposal);
      record(recordLine([outcome], undefined));
      messages.push(
        { role: 'assistant', content: null, tool_calls: [toolCall(call)] },
        { role: 'tool', tool_call_id: call.id, content: resultForModel(outcome) },
      );
    }
    for (let step = 0; !turn.stale && step < options.maxSteps; step++) {
      steps++;
      const last = step === options.maxSteps - 1;
      let startedText = false;
      const reply = await provider.step({
        messages,
        tools: prompt?.tools(tools.outcomes) ?? [],
        toolChoice: last ? 'none' : 'auto',
        facts,
        outcomes: tools.outcomes,
        step,
        signal,
        onDelta: (delta) => {
          const so = text + gate.waiting();
          gate.write(startedText || !so || so.endsWith('\n\n') ? delta : `\n\n${delta}`);
          startedText = true;
        },
      });
      gate.endStep();
      memory = reply.memory ?? memory;
      if (reply.calls.length === 0) break;
      if (last) {
        result = 'capped';
        if (!startedText) paragraph(CAPPED);
        break;
      }
      messages.push({
        role: 'assistant',
        content: reply.content || null,
        tool_calls: reply.calls.map(toolCall),
      });
      const round = await tools.step(reply.calls);
      for (const o of round) {
        messages.push({ role: 'tool', tool_call_id: o.callId, content: resultForModel(o) });
      }
      record(recordLine(round, tools.proposal?.summary));
      signal.throwIfAborted();
    }
  } catch (err) {
    settle();
    const reason = signal.aborted ? (signal.reason as Error | undefined)?.message : undefined;
    if (reason && reason !== 'deadline') result = 'cancelled';
    else {
      result = err instanceof ModelUnavailableError || reason === 'deadline' ? 'fallback' : 'error';
      if (result === 'error') {
        deps.logger.error({ err, userId, turnId }, 'assistant turn failed');
        deps.metrics.errors.inc({ surface: 'assistant' });
      }
      if (err instanceof ModelUnavailableError && err.streamed) emit(`\n\n${BROKE_OFF}`);
      // Where risk was recognised, the words that replace the model's always carry the lines.
      else if (facts.support) paragraph(env.safety.fallback(facts.text, turn.safetyProfile).content);
      else paragraph(fill(prompts.fallback, { name: firstName(facts.name) }));
    }
  }
  settle();
  if (result === 'ok' && (text.trim() === '' || text.trim() === notice?.trim())) emit(EMPTY);
  // The first reply after a risk response offers the lines again, gently, in one line.
  if (facts.support?.firstTurn && result !== 'fallback' && result !== 'cancelled') {
    paragraph(env.safety.support(facts.text, turn.safetyProfile).content);
  }
  const decided: ReplyExtras['decided'] =
    turn.open && turn.decision ? { messageId: turn.open.message.id, decision: turn.decision } : undefined;
  if (result === 'cancelled' && text === '') {
    await settleUnanswered(deps, userId, decided);
    deps.metrics.assistantTurns.inc({ result });
    return result;
  }

  const proposal = tools.proposal;
  const context: ReplyContext = {
    turnId,
    result,
    provider: provider.name,
    steps,
    ...(tools.records.length ? { tools: tools.records } : {}),
    ...(proposal && result === 'ok' ? { proposal } : {}),
    ...(turn.open && turn.decision
      ? { proposalOutcome: { id: turn.open.proposal.id, decision: turn.decision } }
      : {}),
    ...(turn.noticeDue
      ? { aiNoticeAt: facts.now.toISOString() }
      : turn.lastNoticeAt
        ? { aiNoticeAt: turn.lastNoticeAt }
        : {}),
    ...(memory ? { offline: memory } : {}),
    ...(facts.support ? { support: true as const } : {}),
  };
  const cards = tools.attachments;
  await persist(deps, userId, turn.replyTo, text, context, sink, {
    ...(cards.places || cards.exercise ? { attachments: cards } : {}),
    ...(decided ? { decided } : {}),
  });
  deps.metrics.assistantTurns.inc({ result });
  return result;
}
