import { randomUUID } from 'node:crypto';
import { firstName } from '../turn/first-name.ts';
import { journey, reminder, rewards, smallTalk } from './offline/chat.ts';
import { requestsIn } from './offline/compound.ts';
import { crowdAnswer, crowdAskIn } from './offline/crowd.ts';
import { followUp } from './offline/dialogue.ts';
import { undictated } from './offline/dictation.ts';
import type { Flow, Move } from './offline/flow.ts';
import { gloss, glossTraced, unglossWith } from './offline/gloss/index.ts';
import { notSpoken, replyLanguageOf, wordsOf } from './offline/i18n/index.ts';
import { afterNo, asMemory } from './offline/memory.ts';
import { aboutMentor } from './offline/mentor-about.ts';
import {
  bookMentor,
  cancelSession,
  confirmedReply,
  declinedReply,
  findMentors,
  listSessions,
  nameAndTime,
} from './offline/mentors.ts';
import { checkIn, findPlaces, placeDetails } from './offline/places.ts';
import { recalled } from './offline/recall.ts';
import { recap } from './offline/recap.ts';
import { changeReminder, reminderBack, reminderChangeIn } from './offline/reminder-moves.ts';
import { asideOfProposal, bookingAgain, keepingBooking } from './offline/resume.ts';
import { seedOf } from './offline/say.ts';
import { moveBookedSession, sessionMoveIn } from './offline/session-moves.ts';
import { spelled } from './offline/spelling.ts';
import { supportive } from './offline/support.ts';
import { guide, moodCheckIn } from './offline/support-moves.ts';
import { understand } from './offline/understand.ts';
import type { ModelProvider, StepRequest } from './types.ts';

/** Words per streamed delta: enough to feel like typing without thousands of tiny events. */
const WORDS_PER_DELTA = 4;

/** What is talk rather than a request: in a supportive conversation these get supportive words. */
const conversational = new Set(['greeting', 'thanks', 'bye', 'how_are_you', 'help', 'unknown', 'feeling']);

/** The flow with the message as the English matchers read it (offline/gloss: Spanish, French, German). */
function glossed(f: Flow): Flow {
  // Typing slips on the words the matchers turn on, put right first (offline/spelling.ts).
  // What a voice keyboard writes ("nine p.m.", "period") as typed English (offline/dictation.ts).
  const typed = spelled(f.facts.text, f.lang);
  if (f.lang === 'en') {
    // Scots, Irish, Australian and Indian words as standard English (offline/regional.ts).
    const text = undictated(gloss(typed, 'en'));
    return text === f.facts.text ? f : { ...f, facts: { ...f.facts, text } };
  }
  const { text, swaps } = glossTraced(typed, f.lang);
  return {
    ...f,
    facts: { ...f.facts, text: undictated(text) },
    ungloss: (english) => unglossWith(english, swaps, f.facts.text),
    original: f.facts.text,
  };
}

/**
 * A message that makes several requests ("find me a quiet cafe and remind me at 5 to call mum")
 * is handled as several, in the order written (offline/compound.ts): each runs its own flow to
 * its words, and the words are joined. One request, the usual case, is decided as it is.
 */
function decideAll(f: Flow): Move {
  const requests = f.facts.proposal ? undefined : requestsIn(glossed(f).facts.text, f.memory);
  if (!requests) return decide(f);
  const said: string[] = [];
  let memory = {};
  for (const text of requests) {
    const move = decide({ ...f, lang: f.lang, facts: { ...f.facts, text } }, false);
    if ('calls' in move) return move;
    said.push(move.say);
    memory = { ...memory, ...move.memory };
  }
  return { say: said.join('\n\n'), memory };
}

function decide(raw: Flow, gloss = true): Move {
  const read = gloss ? glossed(raw) : raw;
  // "The mentor from before": read with the list it points back at (offline/recall.ts).
  const f = { ...read, memory: recalled(read.facts.text.toLowerCase(), read.memory, read.earlier ?? []) };
  const p = f.facts.proposal;
  if (p?.decision === 'confirmed') return confirmedReply(f);
  if (p?.decision === 'declined') return declinedAndMore(f, p.tool);
  // "Change my reminder to 10", "actually make it 10" after one was set (offline/reminder-moves.ts).
  // "Put it back at 11" after a reminder was cancelled (offline/reminder-moves.ts).
  const back = reminderBack(f);
  if (back) return back;
  const change = reminderChangeIn(f.facts.text, f.memory);
  if (change) return changeReminder(f, change);
  // "Ok book it" after a request in between: the booking kept in mind, proposed again (offline/resume.ts).
  const again = bookingAgain(f);
  if (again) return again;
  const next = followUp(f);
  if (next) return next;
  // "Move my session with Amara to 5pm", "can we do thursday instead" (offline/session-moves.ts).
  // A move said over a move or a cancellation on the table ("hang on, could I move it instead?").
  const reMove =
    p?.decision === 'dropped' &&
    (p.tool === 'reschedule_mentor_session' || p.tool === 'cancel_mentor_session');
  if ((!p || reMove) && sessionMoveIn(f.facts.text, f.memory)) return moveBookedSession(f);
  // A request in between drops the proposal; the booking stays in mind.
  if (asideOfProposal(f)) return keepingBooking(f, answer(f));
  return answer(f);
}

/** Words that say no before going on: "hold on, what's my streak", "no wait, find me a gym". */
const leadingNo =
  /^(?:(?:no|nope|nah|wait|hold on|hang on|not now|not yet|never ?mind|nvm|actually)[\s,.!-]+)+(.+)$/;

/** A no to the proposal, and whatever else the message asks, answered after it. */
function declinedAndMore(f: Flow, tool: string): Move {
  const no = { ...declinedReply(f, tool), memory: afterNo(f.memory, tool) };
  const rest = leadingNo.exec(f.facts.text.toLowerCase().trim())?.[1];
  // "No, actually move it to Friday, same time" over a cancellation or a move: that session moved.
  const moving = tool === 'cancel_mentor_session' || tool === 'reschedule_mentor_session';
  if (rest && moving && sessionMoveIn(rest, f.memory))
    return moveBookedSession({ ...f, facts: { ...f.facts, text: rest, proposal: undefined } });
  // Only a request of its own: "no thanks, maybe later" is just a no.
  if (!rest || conversational.has(understand(rest, f.memory).kind)) return no;
  const more = answer({ ...f, facts: { ...f.facts, text: rest, proposal: undefined } });
  if ('calls' in more) return more;
  const both = { say: `${no.say}\n\n${more.say}`, ...(more.memory ? { memory: more.memory } : {}) };
  // "Hold on, …": the booking stays in mind for "ok, book it" (offline/resume.ts).
  return tool === 'book_mentor_session' && f.memory.pending?.tool === tool ? keepingBooking(f, both) : both;
}

/** The message read afresh (what it asks of its own, with the places and mentors in view). */
function answer(f: Flow): Move {
  // "Is it busy?", "is the first one quiet now?", "and the other one?" (offline/crowd.ts).
  const crowd = crowdAskIn(f.facts.text, f.memory);
  if (crowd) return crowdAnswer(f, crowd);
  const intent = understand(f.facts.text, f.memory);
  if (f.facts.support && conversational.has(intent.kind)) return supportive(f, intent.kind);
  // "Siobhan friday half 10": a mentor's name and a time, nothing else.
  if (intent.kind === 'unknown') {
    const named = nameAndTime(f);
    if (named) return named;
  }
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
        city: intent.city || undefined,
      });
    }
    case 'mood_ask':
      return { say: wordsOf(f).chat.moodAsk(f), memory: { awaiting: 'mood' } };
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
    case 'mood':
      return moodCheckIn(f, intent.mood);
    case 'exercise':
      return guide(f, intent.exercise, intent.panic);
    case 'recap':
      return recap(f, intent.about);
    case 'mentor_about':
      return aboutMentor(f, intent);
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
    readsPrompt: false,
    async step(req: StepRequest) {
      const { facts } = req;
      const memory = asMemory(facts.previous?.offline);
      // The reply's language, told from this message or kept from the last reply (offline/i18n).
      const { lang, unsupported } = replyLanguageOf(facts.text, memory);
      const flow: Flow = {
        facts,
        memory,
        earlier: (facts.earlier ?? []).map((c) => asMemory(c.offline)),
        outcomes: req.outcomes,
        seed: seedOf(facts.userId, facts.text, facts.now.toISOString()),
        name: firstName(facts.name),
        lang,
      };
      // A language it does not speak yet (ELD is sure): said so in English, the conversation kept.
      const answered = facts.proposal?.decision === 'confirmed' || facts.proposal?.decision === 'declined';
      const move: Move =
        unsupported && req.outcomes.length === 0 && !answered
          ? { say: notSpoken(flow), memory }
          : decideAll(flow);
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
      // The language goes with the reply, for the next message that is too short to tell its own.
      const { lang: _previous, ...kept } = move.memory ?? {};
      return { content: move.say, calls: [], memory: { ...kept, ...(lang === 'en' ? {} : { lang }) } };
    },
  };
}
