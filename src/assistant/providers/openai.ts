import OpenAI from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { Logger } from 'pino';
import { type Breaker, createBreaker } from '../coordination/breaker.ts';
import {
  type ModelCall,
  type ModelProvider,
  ModelUnavailableError,
  type StepRequest,
  type StepResult,
} from './types.ts';

export interface OpenAIProviderOptions {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  /** Until the response starts (per attempt; the SDK retries 408/409/429/5xx and connection errors). */
  requestTimeoutMs: number;
  /** The longest silence allowed between streamed chunks. */
  idleTimeoutMs: number;
  maxRetries: number;
  breaker: { threshold: number; cooldownMs: number };
  logger: Logger;
}

/**
 * Any OpenAI-compatible chat-completions server through the official SDK, streamed, with tools
 * and parallel tool calls. Retries with backoff are the SDK's (honouring Retry-After); a stream
 * that breaks before any text is tried once more; the breaker stops hammering a model that is
 * down. What cannot be had becomes ModelUnavailableError, which the turn turns into a kind reply.
 */
export function createOpenAIProvider(options: OpenAIProviderOptions): ModelProvider & { breaker: Breaker } {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: options.maxRetries,
    timeout: options.requestTimeoutMs,
  });
  const breaker = createBreaker(options.breaker);

  async function attempt(req: StepRequest, emitted: { text: boolean }): Promise<StepResult> {
    // One controller per attempt, aborted by the turn's signal or by silence. Not AbortSignal.any:
    // on Node 20 a composite signal the SDK listens on is kept alive for good, and with it the
    // turn's signals: the soak drill's heap grew by an AbortController per turn (about 5,500 in
    // 4 minutes; `npx tsx drills/heap-diff.ts`).
    const controller = new AbortController();
    const onAbort = () => controller.abort(req.signal.reason);
    if (req.signal.aborted) onAbort();
    else req.signal.addEventListener('abort', onAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new Error('the model went quiet')), options.idleTimeoutMs);
    };
    const { signal } = controller;
    let content = '';
    const calls = new Map<number, ModelCall>();
    try {
      touch();
      const stream = await client.chat.completions.create(
        {
          model: options.model,
          messages: req.messages,
          stream: true,
          // Tools stay declared on the last step (earlier tool calls refer to them); none may be called.
          tools: [...req.tools],
          tool_choice: req.toolChoice,
          ...(req.toolChoice === 'auto' ? { parallel_tool_calls: true } : {}),
        },
        { signal },
      );
      for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
        touch();
        const delta = chunk.choices[0]?.delta;
        if (!delta) continue;
        if (delta.content) {
          content += delta.content;
          emitted.text = true;
          req.onDelta(delta.content);
        }
        for (const tc of delta.tool_calls ?? []) {
          const call = calls.get(tc.index) ?? { id: '', name: '', arguments: '' };
          if (tc.id) call.id = tc.id;
          if (tc.function?.name) call.name += tc.function.name;
          if (tc.function?.arguments) call.arguments += tc.function.arguments;
          calls.set(tc.index, call);
        }
      }
      // The SDK ends a stream quietly when its signal aborts: say why it ended.
      if (signal.aborted) throw signal.reason ?? new Error('aborted');
    } finally {
      clearTimeout(timer);
      req.signal.removeEventListener('abort', onAbort);
    }
    return {
      content,
      calls: [...calls.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, c]) => ({ ...c, id: c.id || `call_${req.step}_${index}` }))
        .filter((c) => c.name),
    };
  }

  return {
    name: 'openai',
    readsPrompt: true,
    breaker,
    async step(req) {
      const emitted = { text: false };
      for (let tries = 1; ; tries++) {
        if (!breaker.allow())
          throw new ModelUnavailableError('the model is unavailable (circuit open)', emitted.text);
        try {
          const result = await attempt(req, emitted);
          breaker.success();
          return result;
        } catch (err) {
          if (req.signal.aborted) throw req.signal.reason ?? err;
          breaker.failure();
          options.logger.warn(
            { err: err instanceof Error ? err.message : String(err), step: req.step, tries },
            'model request failed',
          );
          // A stream that broke before saying anything is safe to ask again, once.
          if (!emitted.text && tries < 2 && !(err instanceof OpenAI.APIError && err.status === 400)) continue;
          throw new ModelUnavailableError('the model could not answer', emitted.text, err);
        }
      }
    },
  };
}
