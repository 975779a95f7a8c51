/**
 * What a person reads when something fails: a sentence that says what happened and what to do
 * next, never a code. One table for every surface the page has (HTTP answers, socket acks, tool
 * chips, the network); the server's own sentence is kept where it says more than a table could
 * (a distance, the password's advice, minutes to wait), and used for a code this table lacks.
 */

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

/** "a few seconds", "40 seconds", "a minute", "15 minutes". */
export function waitFor(seconds: number): string {
  if (seconds <= 5) return 'a few seconds';
  if (seconds < 60) return `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return 'a minute';
  if (minutes < 120) return `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}

/** The server's sentence when it is one (not a bare code), else undefined. */
const serverSentence = (p: Problem): string | undefined =>
  p.message && /\s/.test(p.message.trim()) && !/^[a-z0-9_]+$/.test(p.message.trim()) ? p.message : undefined;

const tryAgain = 'Try again in a moment; if it keeps happening, reload the page.';

const table: Record<string, string | ((p: Problem) => string)> = {
  network: 'You seem to be offline. Check your connection, then try again.',
  timeout: 'The server took too long to answer. Check your connection, then try again.',
  // "Too many sign-in attempts. Wait 3 minutes, then try again." (the server says what, Retry-After how long).
  rate_limited: (p) => {
    const what =
      serverSentence(p)?.split(/[;:]/)[0]?.trim().replace(/[.!]$/, '') || 'That was a lot in a short time';
    if (p.retryAfterSeconds) return `${what}. Wait ${waitFor(p.retryAfterSeconds)}, then try again.`;
    return serverSentence(p) ?? `${what}. Wait a minute, then try again.`;
  },
  unavailable: (p) =>
    `The service is busy for a moment. Try again in ${p.retryAfterSeconds ? waitFor(p.retryAfterSeconds) : 'a minute'}.`,
  internal: `Something went wrong on our side. ${tryAgain}`,
  unauthorized: 'Your session has ended. Sign in again to go on.',
  invalid_credentials: 'That login and password don’t match. Check both and try again.',
  invalid_password: 'That password isn’t right. Type your current password again.',
  // The server's sentence carries the checker's advice ("too easy to guess: add another word…").
  weak_password: (p) => serverSentence(p) ?? 'Choose a longer password that is harder to guess.',
  email_taken: 'An account with this e-mail already exists. Sign in instead, or use another e-mail.',
  username_taken: 'That username is taken. Pick another one.',
  consent_required: 'Agree to how your data is used (on the Chat screen) first, then try again.',
  invalid_payload: 'Something you entered isn’t in the expected form. Check it and try again.',
  forbidden: 'This account can’t do that.',
  mentor_only: 'Only the mentor of this session can mark it held or missed.',
  not_found: 'That isn’t there any more. Reload the page to see what is.',
  location_not_found: 'That place is no longer listed. Search again in the chat.',
  location_needed: 'Share your location or pick a city under the message box, then try again.',
  unknown_city: 'There are no places listed for that town yet. Try a nearby city.',
  // "You seem to be 350 m from Peaceful Grounds; check in when you are there."
  too_far: (p) =>
    serverSentence(p) ?? 'You are too far from that place to check in. Try again once you are there.',
  impossible_travel: (p) =>
    serverSentence(p) ??
    'That is too far from your last check-in to have got there yet. Check in once you are there.',
  slot_taken: 'That time is taken. Pick another time.',
  user_busy: 'You already have a session then. Pick another time.',
  mentor_unavailable: 'That mentor isn’t taking bookings right now. Try another mentor.',
  session_type_not_offered: (p) =>
    serverSentence(p) ?? 'That mentor doesn’t meet that way. Pick the other kind of session.',
  cannot_book_self: 'You can’t book a session with yourself. Pick another mentor.',
  session_not_scheduled:
    'This session was already completed or cancelled. Reload the page to see where it stands.',
  session_not_started: 'This session hasn’t started yet. Mark a no-show once it has started.',
  session_not_ended: 'This session hasn’t ended yet. Mark it complete once it is over.',
  proposal_not_open: 'That suggestion has expired. Ask the assistant again.',
  reward_expired: 'This reward has expired. Check in at a place with a coffee reward to earn another.',
  reward_already_redeemed: 'This reward was already used.',
  reward_not_found: 'That reward isn’t there any more. Reload the page to see your rewards.',
  reward_wrong_place: 'This reward can only be used at the place that gave it.',
  conflict: 'That clashes with something already there. Reload the page and try again.',
};

/** The sentence for a failure, with the next step. */
export function problemWords(p: Problem): string {
  const entry = table[p.code];
  if (entry) return typeof entry === 'function' ? entry(p) : entry;
  if (p.status !== undefined && p.status >= 500) return table.internal as string;
  return serverSentence(p) ?? `That didn’t work. ${tryAgain}`;
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

const couldNot: Record<string, string> = {
  search_locations: 'Couldn’t search places',
  get_location: 'Couldn’t look up the place',
  check_in: 'Couldn’t check you in',
  get_journey: 'Couldn’t read your journey',
  list_rewards: 'Couldn’t check your rewards',
  search_mentors: 'Couldn’t find mentors',
  list_my_sessions: 'Couldn’t read your sessions',
  book_mentor_session: 'Couldn’t book the session',
  cancel_mentor_session: 'Couldn’t cancel the session',
  create_reminder: 'Couldn’t set the reminder',
  log_mood: 'Couldn’t note your mood',
  guide_exercise: 'Couldn’t start the exercise',
};

const more: Record<string, { started: string; done: string }> = {
  log_mood: { started: 'Noting how you feel…', done: 'Noted how you feel' },
  guide_exercise: { started: 'Preparing an exercise…', done: 'Exercise ready' },
};

/** A tool's chip for a tool the chip table lacks (never its code name). */
export function toolWords(name: string, status: 'started' | 'done' | 'failed'): string {
  if (status === 'failed') return couldNot[name] ?? 'Something didn’t work';
  return more[name]?.[status] ?? (status === 'started' ? 'Working on it…' : 'Done');
}

const looksLikeCode = (s: string) => /^[a-z][a-z0-9]*(_[a-z0-9]+)+$|^[a-z]+$/.test(s.trim());

/**
 * What a chip adds after its label: the tool's own summary ("5 places found"), or for a failure
 * the next step. A summary that is a bare code (`location_needed`) is put into words.
 */
export function chipDetail(
  status: 'started' | 'done' | 'failed',
  summary: string | undefined,
): string | undefined {
  if (!summary || status === 'started') return undefined;
  if (!looksLikeCode(summary)) return summary;
  return status === 'failed' ? problemWords({ code: summary.trim() }) : undefined;
}
