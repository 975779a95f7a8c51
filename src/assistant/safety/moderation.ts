import OpenAI from 'openai';
import type { Logger } from 'pino';
import type { Category } from './lexicon.ts';

/**
 * A second opinion from the model's moderation endpoint (the openai SDK's moderations), asked
 * in parallel with the local check when a model is configured. It never replaces the local check:
 * it can only add a signal, and only when it answers within its deadline; slow, failing or absent,
 * it is simply not heard.
 */

export interface SecondOpinion {
  /** Resolves within the deadline: a category when the endpoint flags self-harm or violence. */
  ask(text: string, signal?: AbortSignal): Promise<ModerationFlag | undefined>;
}

export interface ModerationFlag {
  category: Category;
  /** Intent or instructions are a crisis; a bare self-harm or violence flag is a check-in. */
  level: 'crisis' | 'concern';
}

export function createModeration(options: {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  deadlineMs: number;
  logger: Logger;
}): SecondOpinion {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: options.deadlineMs,
  });
  return {
    async ask(text, signal) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.deadlineMs);
      const forward = () => controller.abort();
      signal?.addEventListener('abort', forward, { once: true });
      try {
        const response = await client.moderations.create(
          { model: options.model, input: text.slice(0, 4_000) },
          { signal: controller.signal },
        );
        const c = response.results[0]?.categories;
        if (!c) return undefined;
        if (c['self-harm/intent'] || c['self-harm/instructions'])
          return { category: 'suicidal', level: 'crisis' };
        if (c['self-harm']) return { category: 'suicidal', level: 'concern' };
        if (c.violence) return { category: 'harm_to_others', level: 'concern' };
        return undefined;
      } catch (err) {
        if (!controller.signal.aborted) options.logger.warn({ err }, 'moderation second opinion failed');
        return undefined;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', forward);
      }
    },
  };
}
