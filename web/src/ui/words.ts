/**
 * What a person reads when something fails: a sentence that says what happened and what to do
 * next, never a code. One table for every surface the page has (HTTP answers, socket acks, tool
 * chips, the network); the server's own sentence is kept where it says more than a table could
 * (a distance, the password's advice, minutes to wait), and used for a code this table lacks.
 */

import { type Catalogue, i18n } from '../i18n/index.ts';

/** A failure as the page learns of it: its code (docs/api-accounts.md, "Errors"), and what came with it. */
export interface Problem {
  code: string;
  /** The server's sentence, if any. */
  message?: string | undefined;
  /** The HTTP status (0: no answer at all). */
  status?: number | undefined;
  /** From Retry-After or `details.retryAfterSeconds`. */
  retryAfterSeconds?: number | undefined;
}

/** "a few seconds", "40 seconds", "a minute", "15 minutes", in the page's language. */
export function waitFor(seconds: number): string {
  const { m, plural } = i18n();
  if (seconds <= 5) return m.wait.fewSeconds;
  if (seconds < 60) return plural(m.wait.seconds, Math.ceil(seconds));
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return m.wait.minute;
  if (minutes < 120) return plural(m.wait.minutes, minutes);
  return plural(m.wait.hours, Math.ceil(minutes / 60));
}

/** The server's sentence when it is one (not a bare code), else undefined. */
const serverSentence = (p: Problem): string | undefined =>
  p.message && /\s/.test(p.message.trim()) && !/^[a-z0-9_]+$/.test(p.message.trim()) ? p.message : undefined;

/**
 * The server writes its sentences in English: they are kept (they may say more than the table: a
 * distance, the password checker's advice) only while the page is in English.
 */
const serverWords = (p: Problem): string | undefined =>
  i18n().lang === 'en' ? serverSentence(p) : undefined;

type Problems = Catalogue['problems'];
type Entry = (p: Problem, m: Problems) => string;

const special: Record<string, Entry> = {
  // "Too many sign-in attempts. Wait 3 minutes, then try again." (the server says what, Retry-After how long).
  rate_limited: (p, m) => {
    const what = serverWords(p)?.split(/[;:]/)[0]?.trim().replace(/[.!]$/, '') || m.rateLimitedWhat;
    if (p.retryAfterSeconds)
      return i18n().fill(m.rateLimitedWait, { what, wait: waitFor(p.retryAfterSeconds) });
    return serverWords(p) ?? i18n().fill(m.rateLimitedWait, { what, wait: waitFor(60) });
  },
  unavailable: (p, m) => i18n().fill(m.unavailable, { wait: waitFor(p.retryAfterSeconds ?? 60) }),
  // The server's sentence carries the checker's advice ("too easy to guess: add another word…").
  weak_password: (p, m) => serverWords(p) ?? m.weak_password,
  // "You seem to be 350 m from Peaceful Grounds; check in when you are there."
  too_far: (p, m) => serverWords(p) ?? m.too_far,
  impossible_travel: (p, m) => serverWords(p) ?? m.impossible_travel,
  session_type_not_offered: (p, m) => serverWords(p) ?? m.session_type_not_offered,
};

/** The codes the table puts in words (the catalogue's keys that are codes). */
const notCodes = new Set(['rateLimitedWhat', 'rateLimitedWait', 'unknown', 'toolFailed']);
const known = (code: string, m: Problems): code is keyof Problems =>
  Object.hasOwn(m, code) && !notCodes.has(code);

/** The sentence for a failure, with the next step. */
export function problemWords(p: Problem): string {
  const m = i18n().m.problems;
  const entry = special[p.code];
  if (entry) return entry(p, m);
  if (known(p.code, m)) return m[p.code];
  if (p.status !== undefined && p.status >= 500) return m.internal;
  return serverWords(p) ?? m.unknown;
}

/** A socket acknowledgement's error (`{ code, message, details }`) in words. */
export function ackWords(error: { code: string; message: string; details?: unknown }): string {
  const retry = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return problemWords({
    code: error.code,
    message: error.message,
    ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
  });
}

// ---- The assistant's tools, as the chips under a reply say them ------------------------------

type ToolStatus = 'started' | 'done' | 'failed';

/** A tool's chip words, also for a tool the catalogue lacks (never its code name). */
export function toolWords(name: string, status: ToolStatus): string {
  const t = i18n().m.tools;
  const own = (t[status] as Record<string, string>)[name];
  if (own) return own;
  return status === 'failed' ? t.failedGeneric : status === 'started' ? t.working : t.doneGeneric;
}

const looksLikeCode = (s: string) => /^[a-z][a-z0-9]*(_[a-z0-9]+)+$|^[a-z]+$/.test(s.trim());

/**
 * What a chip adds after its label: the tool's own summary ("5 places found"), or for a failure
 * the next step. The server writes summaries in the conversation's language, like the reply they
 * sit under; a summary that is a bare code (`location_needed`) is put into words here.
 */
export function chipDetail(status: ToolStatus, summary: string | undefined): string | undefined {
  if (!summary || status === 'started') return undefined;
  if (!looksLikeCode(summary)) return summary;
  return status === 'failed' ? problemWords({ code: summary.trim() }) : undefined;
}
