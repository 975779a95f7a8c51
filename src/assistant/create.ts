import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Deps } from '../deps.ts';
import { getProfile } from '../domain/accounts/profile.ts';
import { appendAssistantMessage } from '../domain/chat/messages.ts';
import { withSystem, withUser } from '../domain/context.ts';
import { countReferral } from '../domain/safety/referrals.ts';
import { AppError } from '../errors.ts';
import type { Assistant, Screened, TurnRequest, TurnSink } from './assistant.ts';
import { createRedisCoordinator, localCoordinator } from './coordination/coordination.ts';
import { createRunner } from './coordination/runner.ts';
import type { ReplyContext } from './memory/context.ts';
import { recentMessages } from './memory/store.ts';
import { type AssistantOptions, defaultAssistantOptions } from './options.ts';
import { loadPrompts } from './prompts.ts';
import { createOfflineProvider } from './providers/offline.ts';
import { createOpenAIProvider } from './providers/openai.ts';
import type { ModelProvider } from './providers/types.ts';
import type { RiskSignal } from './safety/detect.ts';
import { createModeration } from './safety/moderation.ts';
import { createSafety, type SafetyProfile } from './safety/safety.ts';
import { firstName } from './turn/first-name.ts';
import { unstored } from './turn/reply.ts';
import { runTurn, type TurnEnv } from './turn/turn.ts';

/** Names and zones seen recently, so the crisis response never has to wait for the database. */
const PROFILE_CACHE_MAX = 10_000;

const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([
    promise.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref()),
  ]);

export type NightChillAssistant = Assistant & { provider: ModelProvider; close(): Promise<void> };

/**
 * The assistant: the OpenAI provider when OPENAI_API_KEY is set, else the offline companion, over
 * the same tools and loop. Every message passes the crisis check first, outside the queue; every
 * other turn waits its turn (one per user at a time, in order, across instances with Redis).
 */
export function createAssistant(deps: Deps, overrides: Partial<AssistantOptions> = {}): NightChillAssistant {
  const options: AssistantOptions = { ...defaultAssistantOptions, ...overrides };
  const prompts = loadPrompts(options.promptsDir);
  const { openai } = deps.config;
  const provider: ModelProvider = openai.apiKey
    ? createOpenAIProvider({
        apiKey: openai.apiKey,
        baseURL: openai.baseURL,
        model: openai.model,
        requestTimeoutMs: options.requestTimeoutMs,
        idleTimeoutMs: options.idleTimeoutMs,
        maxRetries: options.maxRetries,
        breaker: options.breaker,
        logger: deps.logger,
      })
    : createOfflineProvider();
  const coordinator = deps.redis
    ? createRedisCoordinator({
        redis: deps.redis,
        keyPrefix: deps.config.redis.keyPrefix,
        logger: deps.logger,
        metrics: deps.metrics,
      })
    : localCoordinator;
  const runner = createRunner({
    coordinator,
    logger: deps.logger,
    turnDeadlineMs: options.turnDeadlineMs,
    settleMs: options.settleMs,
  });

  const safety = createSafety({
    ...(options.promptsDir ? { promptsDir: options.promptsDir } : {}),
    ...(openai.apiKey && openai.moderationModel
      ? {
          secondOpinion: createModeration({
            apiKey: openai.apiKey,
            baseURL: openai.baseURL,
            model: openai.moderationModel,
            deadlineMs: options.moderationDeadlineMs,
            logger: deps.logger,
          }),
        }
      : {}),
  });
  const profiles = new Map<string, Required<SafetyProfile>>();
  const remember = (userId: string, profile: Required<SafetyProfile>) => {
    profiles.delete(userId);
    profiles.set(userId, profile);
    if (profiles.size > PROFILE_CACHE_MAX) profiles.delete(profiles.keys().next().value!);
  };
  const env: TurnEnv = { deps, prompts, provider, options, safety, remember };

  /** What the crisis reply says to whom: never throws (undefined when the database is away). */
  const readProfile = (userId: string): Promise<Required<SafetyProfile> | undefined> =>
    withUser(deps, userId, (ctx) => getProfile(ctx)).then(
      (p) => ({ name: p.displayName, timeZone: p.timeZone, crisisCountry: p.crisisCountry }),
      () => undefined,
    );

  /** The crisis check's reading made while the message was stored, when it read these very words. */
  const screenedFor = (request: TurnRequest): Screened | undefined =>
    request.screened?.content === request.message.content ? request.screened : undefined;

  /** The safety response, at once: outside the queue, no model, no tool, no Redis. */
  async function answerRisk(
    request: TurnRequest,
    signal: RiskSignal,
    sink: TurnSink,
    inQueue = false,
  ): Promise<void> {
    const { userId } = request;
    const turnId = randomUUID();
    // A reply in progress gives way: nothing else is said before or instead of this.
    if (!inQueue) runner.interrupt(userId);
    const profile =
      profiles.get(userId) ??
      (await within(screenedFor(request)?.profile ?? readProfile(userId), options.crisisLookupMs));
    const answer = safety.answer(signal, request.message.content, {
      name: profile ? firstName(profile.name) : undefined,
      timeZone: profile?.timeZone,
      crisisCountry: profile?.crisisCountry,
    });
    const { content } = answer;
    sink.delta(turnId, content, 0);
    deps.metrics.assistantTurns.inc({ result: 'crisis' });
    // Counted and logged without a word of what was said.
    const labels = { category: signal.category, level: signal.level, language: answer.language };
    deps.metrics.safetyResponses.inc(labels);
    withSystem(deps, (ctx) => countReferral(ctx, { at: deps.clock.now(), ...labels })).catch((err) =>
      deps.logger.error({ err, userId, turnId }, 'safety response not counted'),
    );
    deps.logger.warn({ userId, turnId, ...labels, country: answer.country }, 'safety response sent');
    const context: ReplyContext = {
      turnId,
      result: 'crisis',
      crisis: true,
      crisisKind: signal.category,
      riskLevel: signal.level,
      language: answer.language,
      aiNoticeAt: deps.clock.now().toISOString(),
    };
    const store = withUser(deps, userId, (ctx) =>
      appendAssistantMessage(ctx, { content, replyTo: request.message.id, context }),
    );
    store.catch((err) => deps.logger.error({ err, userId, turnId }, 'crisis reply not stored'));
    unstored(deps, sink, content, request.message.id, await within(store, 2_000));
  }

  return {
    provider,
    screen(content, userId) {
      // Never throws while the message is being stored: a check that failed here runs again in
      // startTurn, and fails the turn there (logged), not the send.
      let risk: RiskSignal | undefined;
      try {
        risk = safety.detect(content);
      } catch {
        return undefined;
      }
      // A risk's reply names the lines of the user's country: that read starts now, beside the
      // message's commit, so a loaded database still answers within crisisLookupMs of the store.
      if (!risk || profiles.has(userId)) return { content, risk };
      return { content, risk, profile: readProfile(userId) };
    },
    startTurn(request, sink) {
      const screened = screenedFor(request);
      const signal = screened ? screened.risk : safety.detect(request.message.content);
      if (signal) return answerRisk(request, signal, sink);
      const { userId, message } = request;
      // The moderation endpoint's second opinion, asked now, heard before the turn's first model call.
      const second = safety.secondOpinion?.ask(message.content);
      return runner.enqueue(userId, message.id, message.id, async (slot) => {
        const flag = await second;
        if (flag) {
          deps.metrics.safetySecondOpinions.inc({ category: flag.category, level: flag.level });
          return answerRisk(request, { ...flag, language: 'en', rule: 'moderation' }, sink, true);
        }
        await runTurn(
          env,
          { kind: 'message', userId, message, ...(request.location ? { location: request.location } : {}) },
          slot,
          sink,
        );
      });
    },
    cancel: (userId, turnId) => runner.cancel(userId, turnId),
    async confirm(userId, proposalId, sink) {
      const [newest] = await withUser(deps, userId, (ctx) => recentMessages(ctx, 1));
      const proposal = newest?.role === 'assistant' ? newest.context?.proposal : undefined;
      if (!newest || proposal?.id !== proposalId || new Date(proposal.expiresAt) <= deps.clock.now()) {
        throw new AppError('not_found', 'That proposal is not open any more.', {
          reason: 'proposal_not_open',
        });
      }
      runner
        .enqueue(userId, uuidv7(), newest.replyTo ?? newest.id, async (slot) => {
          await runTurn(env, { kind: 'confirm', userId, proposalId }, slot, sink);
        })
        .catch((err) => deps.logger.error({ err, userId }, 'confirmation turn failed'));
    },
    inProgress: (userId) => runner.inProgress(userId),
    async close() {
      await runner.close(5_000);
      await coordinator.close();
    },
  };
}
