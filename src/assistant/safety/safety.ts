import { createDetector, type Detector, type RiskSignal } from './detect.ts';
import { replyLanguage } from './language.ts';
import type { Category, Language } from './lexicon.ts';
import type { SecondOpinion } from './moderation.ts';
import { linesFor, loadResources, type Resources } from './resources.ts';
import {
  loadSafetyTexts,
  type ResponseKind,
  responseKind,
  type SafetyTexts,
  safetyResponse,
} from './responses.ts';

let shared: Detector | undefined;

/** Who is answered: what the server knows of the user, any of it possibly unknown (database away). */
export interface SafetyProfile {
  name?: string | undefined;
  timeZone?: string | undefined;
  crisisCountry?: string | null | undefined;
}

export interface SafetyAnswer {
  content: string;
  kind: ResponseKind;
  language: Language;
  /** The country whose lines were given, or 'general'. */
  country: string;
}

/** How long after a risk response the conversation stays supportive: the rest of that day and the next. */
export function supportsUntil(flaggedAt: Date, timeZone: string): Date {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // The user's local midnight two days on, found by stepping hour by hour from 24 h later.
  const today = day.format(flaggedAt);
  let t = flaggedAt.getTime() + 24 * 3600_000;
  while (day.format(new Date(t)) === today) t += 3600_000;
  const tomorrow = day.format(new Date(t));
  while (day.format(new Date(t)) === tomorrow) t += 3600_000;
  return new Date(Math.floor(t / 3600_000) * 3600_000);
}

/**
 * The safety layer: the local check (every provider, before anything else), the moderation
 * second opinion when a model is configured, and the words and lines of every response.
 */
export function createSafety(options: { promptsDir?: string; secondOpinion?: SecondOpinion }) {
  // Compiling six lexicons takes a second and ~100 MB: one detector per process, shared by every
  // assistant in it (it holds no state between messages).
  if (!shared) {
    const created = createDetector();
    // Its patterns compile at first use (~0.3 s): pay that now, while the server starts (it listens
    // after this), not on someone's first message.
    created('warm up');
    shared = created;
  }
  const detect: Detector = shared;
  const texts: SafetyTexts = loadSafetyTexts(options.promptsDir);
  const resources: Resources = loadResources(options.promptsDir);

  const respond = (kind: ResponseKind, language: Language, profile: SafetyProfile): SafetyAnswer => {
    const place = linesFor(resources, profile.crisisCountry, profile.timeZone);
    return {
      content: safetyResponse(texts, kind, language, place, profile.name),
      kind,
      language,
      country: place.code,
    };
  };

  return {
    detect,
    resources,
    secondOpinion: options.secondOpinion,
    /** The response to a signal, in the language of the message. */
    answer(signal: RiskSignal, text: string, profile: SafetyProfile): SafetyAnswer {
      return respond(responseKind(signal), replyLanguage(text, signal.language), profile);
    },
    /** The user's first crisis line, short ("988"), for words that mention it in passing. */
    firstLine(profile: SafetyProfile): string {
      const l = linesFor(resources, profile.crisisCountry, profile.timeZone).lines.crisis[0]!;
      return l.phone ?? l.sms ?? l.url ?? '';
    },
    /** A gentle line offered again in a later turn of a supportive conversation. */
    support: (text: string, profile: SafetyProfile) =>
      respond('support', replyLanguage(text, undefined), profile),
    /** What is said when the model fails in a turn where risk was noticed: the lines, always. */
    fallback: (text: string, profile: SafetyProfile) =>
      respond('fallback', replyLanguage(text, undefined), profile),
  };
}

export type Safety = ReturnType<typeof createSafety>;
export type { Category, RiskSignal };
