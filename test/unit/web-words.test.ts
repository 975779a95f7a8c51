import { describe, expect, it } from 'vitest';
import { errorCodes, errorReasons } from '../../src/errors.ts';
import { chipLabel } from '../../web/src/chat/chips.ts';
import { ackWords, chipDetail, problemWords, toolWords, waitFor } from '../../web/src/ui/words.ts';

/** The web client's failures in words (web/src/ui/words.ts): a sentence with the next step, never a code. */
describe('failures in words in the web client', () => {
  const everyCode = [...Object.keys(errorCodes), ...Object.keys(errorReasons), 'network', 'timeout'];

  it('puts every code the server may send into a sentence that names no code', () => {
    for (const code of everyCode) {
      const said = problemWords({ code, message: code, status: 400 });
      expect(said, code).toMatch(/^[A-Z].*[.!]$/);
      expect(said, code).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    }
  });

  it('says how long to wait when the server says (Retry-After), keeping what it was about', () => {
    expect(
      problemWords({
        code: 'rate_limited',
        message: 'Too many sign-in attempts; try again in 15 minutes.',
        retryAfterSeconds: 840,
      }),
    ).toBe('Too many sign-in attempts. Wait 14 minutes, then try again.');
    expect(
      ackWords({
        code: 'rate_limited',
        message: 'You are sending messages very quickly; take a breath and try again shortly.',
        details: { retryAfterSeconds: 20 },
      }),
    ).toBe('You are sending messages very quickly. Wait 20 seconds, then try again.');
    expect(problemWords({ code: 'rate_limited', retryAfterSeconds: 3 })).toBe(
      'That was a lot in a short time. Wait a few seconds, then try again.',
    );
    expect(problemWords({ code: 'unavailable', retryAfterSeconds: 60 })).toBe(
      'The service is busy for a moment. Try again in a minute.',
    );
    expect([waitFor(1), waitFor(45), waitFor(61), waitFor(900), waitFor(7200)]).toEqual([
      'a few seconds',
      '45 seconds',
      '2 minutes',
      '15 minutes',
      '2 hours',
    ]);
  });

  it('keeps the server’s sentence where it says more (a distance, the password’s advice)', () => {
    const tooFar = 'You seem to be 350 m from Peaceful Grounds Café; check in when you are there.';
    expect(problemWords({ code: 'too_far', message: tooFar })).toBe(tooFar);
    const weak = 'The password is too easy to guess: add another word or two.';
    expect(problemWords({ code: 'weak_password', message: weak })).toBe(weak);
  });

  it('falls back to a next step for what it does not know: the server’s sentence, or a generic one', () => {
    expect(problemWords({ code: 'brand_new', message: 'That shelf is full; clear it first.' })).toBe(
      'That shelf is full; clear it first.',
    );
    expect(problemWords({ code: 'brand_new', message: 'brand_new' })).toBe(
      'That didn’t work. Try again in a moment; if it keeps happening, reload the page.',
    );
    expect(problemWords({ code: 'http_error', message: '', status: 502 })).toMatch(
      /^Something went wrong on our side/,
    );
  });

  it('names every tool’s chip in words, and puts a failed tool’s bare code into its next step', () => {
    expect(chipLabel('search_locations', 'failed')).toBe('Couldn’t search places');
    expect(chipLabel('log_mood', 'started')).toBe('Noting how you feel…');
    expect(chipLabel('guide_exercise', 'done')).toBe('Exercise ready');
    expect(chipLabel('made_up_tool', 'failed')).toBe('Something didn’t work');
    expect(toolWords('made_up_tool', 'started')).toBe('Working on it…');
    expect(chipDetail('failed', 'location_needed')).toBe(
      'Share your location or pick a city under the message box, then try again.',
    );
    expect(chipDetail('failed', 'unknown_city')).toBe(
      'There are no places listed for that town yet. Try a nearby city.',
    );
    expect(chipDetail('done', '5 places found')).toBe('5 places found');
    expect(chipDetail('started', 'anything')).toBeUndefined();
  });
});
