import type { ErrorCode, ErrorReason } from '../../errors.ts';

/**
 * What a failed tool says to the user (the chat:tool `failed` line the client shows, and the stored
 * context): a sentence that says what to do next, never a code. The model still reads the code and
 * the server's message (resultForModel); this is the line for people.
 */
const lines: Partial<Record<ErrorCode | ErrorReason | 'invalid_arguments' | 'unknown_tool', string>> = {
  // The model's own mistakes (arguments it got wrong, a tool that does not exist).
  invalid_arguments: 'Some details were missing or unclear; say it again with the place or time.',
  unknown_tool: "I tried something I can't do; ask me another way.",
  location_needed: 'Share your location or name a town so I can look nearby.',
  unknown_city: "I don't know places in that town yet; try a nearby city.",
  location_not_found: "I couldn't find that place; try its name as it's listed.",
  too_far: "You're too far from that place to check in; try again when you're there.",
  impossible_travel:
    "That's too far from your last check-in to have got there yet; check in once you're there.",
  slot_taken: 'That time is taken; pick another.',
  mentor_unavailable: "That mentor isn't taking bookings right now; try another mentor.",
  session_type_not_offered: "That mentor doesn't meet that way; try in person or virtual instead.",
  cannot_book_self: "You can't book a session with yourself.",
  session_not_scheduled: 'That session is no longer scheduled.',
  proposal_not_open: 'That suggestion has expired; ask again.',
  user_busy: 'You already have a session then; pick another time.',
  reward_expired: 'That reward has expired.',
  reward_not_found: "I couldn't find that reward.",
  not_found: "I couldn't find that.",
  invalid_payload: 'Some details were missing or unclear; say it again with the place or time.',
  unprocessable: "That couldn't be done as asked.",
  conflict: 'That clashes with something already there.',
  forbidden: "That isn't allowed.",
  rate_limited: "That's a lot at once; try again in a minute.",
  unavailable: 'A service is unavailable; try again shortly.',
};

export const failureLine = (code: string): string =>
  lines[code as keyof typeof lines] ?? 'Something went wrong on my side; try again in a moment.';
