import type { Flow, Move } from './flow.ts';
import { pick } from './say.ts';

/**
 * Replies while the conversation stays supportive after a risk response: feelings first, no
 * places, check-ins or bookings offered, the lines mentioned in passing. Requests the user makes
 * plainly (a café, their streak) are still answered by the usual flow.
 */
export function supportive(f: Flow, kind: string): Move {
  const n = f.name;
  if (kind === 'greeting' || kind === 'how_are_you') {
    return {
      say: pick(f.seed, [
        `Hi ${n}. I'm glad you're here. How are you feeling right now?`,
        `Hello ${n} — it's good to hear from you. How are you doing at the moment, honestly?`,
      ]),
    };
  }
  const line = f.facts.support?.line ?? '';
  const talk = /\b(?:talk|chat|stay|listen|company|here with me|be with me)\b/i.test(f.facts.text);
  if (talk) {
    return {
      say: pick(f.seed, [
        `Of course, ${n}. I'm here, and there's no rush. What's on your mind right now?`,
        `I'm right here, ${n}. We can talk about anything you like — or nothing in particular. How are you feeling at this moment?`,
        `Yes, let's talk, ${n}. I'm an AI, but I'm listening. What's been the hardest part of today?`,
      ]),
    };
  }
  if (/\b(?:thanks?|thank you|thx|ty)\b/i.test(f.facts.text)) {
    return {
      say: pick(f.seed, [
        `I'm glad you're still talking to me, ${n}. How are you feeling now?`,
        `Thank you for staying with me, ${n}. Is there anything that would make the next hour a little easier?`,
      ]),
    };
  }
  return {
    say: pick(f.seed, [
      `Thank you for telling me, ${n}. That sounds really heavy. I'm here to keep talking, and if it gets too much, ${line} is there any time, day or night.`,
      `I hear you, ${n}. Whatever you're feeling makes sense, and you don't have to carry it alone — talking to someone at ${line} can help, any time. Would you like to tell me more?`,
      `I'm listening, ${n}. Take your time. If you'd like a person to talk to right now, ${line} is free and there around the clock.`,
    ]),
  };
}
