import { randomUUID } from 'node:crypto';
import { firstName } from '../turn/first-name.ts';
import { journey, reminder, rewards, smallTalk } from './offline/chat.ts';
import type { Flow, Move } from './offline/flow.ts';
import { asMemory } from './offline/memory.ts';
import {
  bookMentor,
  cancelSession,
  confirmedReply,
  declinedReply,
  findMentors,
  listSessions,
} from './offline/mentors.ts';
import { checkIn, findPlaces, placeDetails } from './offline/places.ts';
import { seedOf } from './offline/say.ts';
import { supportive } from './offline/support.ts';
import { understand } from './offline/understand.ts';
import type { ModelProvider, StepRequest } from './types.ts';

/** Words per streamed delta: enough to feel like typing without thousands of tiny events. */
const WORDS_PER_DELTA = 4;

/** What is talk rather than a request: in a supportive conversation these get supportive words. */
const conversational = new Set(['greeting', 'thanks', 'bye', 'how_are_you', 'help', 'unknown', 'feeling']);

function decide(f: Flow): Move {
  const p = f.facts.proposal;
  if (p?.decision === 'confirmed') return confirmedReply(f);
  if (p?.decision === 'declined') return declinedReply(f, p.tool);
  const intent = understand(f.facts.text, f.memory);
  if (f.facts.support && conversational.has(intent.kind)) return supportive(f, intent.kind);
  switch (intent.kind) {
    case 'find_places':
      return findPlaces(f, intent);
    case 'location_answer': {
      const s = f.memory.search ?? { quiet: true, beginner: false, openNow: false };
      return findPlaces(f, {
        kind: 'find_places',
        type: s.type,
        quiet: s.quiet,
        beginner: s.beginner,
        openNow: s.openNow,
        city: intent.city,
      });
    }
    case 'place_details':
      return placeDetails(f, intent.pick.index, intent.pick.words);
    case 'check_in':
      return checkIn(f, intent);
    case 'journey':
      return journey(f, intent.focus);
    case 'rewards':
      return rewards(f);
    case 'find_mentor':
      return findMentors(f, intent.specialization);
    case 'book_mentor':
      return bookMentor(f, intent);
    case 'cancel_session':
      return cancelSession(f, intent.pick);
    case 'list_sessions':
      return listSessions(f);
    case 'reminder':
      return reminder(f, intent.what);
    default:
      return smallTalk(f, intent);
  }
}

/**
 * The built-in companion used when no OPENAI_API_KEY is set: deterministic and rule-based, it
 * reads everyday requests, calls the same tools through the same loop as a model would, and
 * answers warmly in varied words with the user's name. What it remembers between messages (the
 * places it listed, the question it asked) travels in the stored reply's context.
 */
export function createOfflineProvider(): ModelProvider {
  return {
    name: 'offline',
    async step(req: StepRequest) {
      const { facts } = req;
      const flow: Flow = {
        facts,
        memory: asMemory(facts.previous?.offline),
        outcomes: req.outcomes,
        seed: seedOf(facts.userId, facts.text, facts.now.toISOString()),
        name: firstName(facts.name),
      };
      const move = decide(flow);
      if ('calls' in move) {
        return {
          content: '',
          calls: move.calls.map((c, i) => ({
            id: `call_${randomUUID().replaceAll('-', '').slice(0, 16)}_${i}`,
            name: c.name,
            arguments: JSON.stringify(c.args),
          })),
        };
      }
      const words = move.say.split(/(?<= )/);
      for (let i = 0; i < words.length; i += WORDS_PER_DELTA) {
        req.signal.throwIfAborted();
        req.onDelta(words.slice(i, i + WORDS_PER_DELTA).join(''));
      }
      return { content: move.say, calls: [], memory: { ...move.memory } };
    },
  };
}
