import { catalogues, type Lang } from '../providers/offline/i18n/index.ts';

/**
 * What a failed tool says to the user (the chat:tool `failed` line the client shows, and the stored
 * context, and the offline companion's reply): a sentence in the conversation's language that says
 * what to do next, never a code. The sentences live in the companion's catalogue, one file per
 * language (providers/offline/i18n, `failures`). The model still reads the code and the server's
 * message (resultForModel); this is the line for people.
 */
export const failureLine = (code: string, lang: Lang = 'en'): string => {
  const lines: Record<string, string> = catalogues[lang].failures;
  return lines[code] ?? lines.internal!;
};
