import { describe, expect, it } from 'vitest';
import { toolSpecs } from '../../src/assistant/tools/registry.ts';
import {
  type DialogueState,
  offeredTools,
  relevantTools,
  topicsIn,
  untaggedTools,
} from '../../src/assistant/tools/relevance.ts';

const CORE = ['search_locations', 'get_location', 'check_in', 'get_journey', 'guide_exercise'];
const MENTORS = [
  'search_mentors',
  'list_my_sessions',
  'book_mentor_session',
  'cancel_mentor_session',
  'reschedule_mentor_session',
];
const REMINDERS = ['create_reminder', 'list_my_reminders', 'update_reminder', 'cancel_reminder'];

const offered = (state: Partial<DialogueState> & { text: string }) =>
  [...relevantTools({ recent: [], supportive: false, ...state })].sort();
const sorted = (...names: string[][]) => names.flat().sort();

describe('which tools a turn offers', () => {
  it('has a line for every registered tool, and offers a plain hello only the core', () => {
    expect(untaggedTools()).toEqual([]);
    expect(offered({ text: 'hello' })).toEqual(sorted(CORE));
    expect(offered({ text: 'hola, ¿qué tal?' })).toEqual(sorted(CORE));
  });

  it('keeps the booking tools across "yes" in a booking conversation', () => {
    const booking = {
      text: 'Can you book me a session with Amara on Thursday at 3pm?',
      tools: ['search_mentors', 'book_mentor_session'],
    };
    expect(offered({ text: booking.text })).toEqual(sorted(CORE, MENTORS));
    // The reply proposed the booking; the user says yes, then carries on about it.
    expect(offered({ text: 'yes', recent: [booking], proposalTool: 'book_mentor_session' })).toEqual(
      sorted(CORE, MENTORS),
    );
    expect(offered({ text: 'make it 4pm', recent: [booking], proposalTool: 'book_mentor_session' })).toEqual(
      sorted(CORE, MENTORS),
    );
    // chat:confirm has no words at all: the proposal alone keeps its tools.
    expect(offered({ text: '', proposalTool: 'cancel_mentor_session' })).toEqual(sorted(CORE, MENTORS));
    // The topic carries over an exchange with no tool ("which day?" → "Thursday").
    const asked = { text: 'I want to see a mentor', tools: [] };
    expect(offered({ text: 'Thursday at 3', recent: [asked] })).toEqual(sorted(CORE, MENTORS));
  });

  it('offers log_mood for a mood, in the four languages, and not for a question about places', () => {
    for (const text of [
      "I'm feeling pretty low today",
      '2/5 today',
      'meh',
      'me siento muy triste',
      'je me sens anxieux',
      'ich fühle mich gestresst',
    ]) {
      expect(offered({ text }), text).toContain('log_mood');
    }
    expect(offered({ text: 'any quiet cafés near me?' })).not.toContain('log_mood');
  });

  it('offers the reminder tools for "recuérdame …" and the other languages’ ways of asking', () => {
    for (const text of [
      'recuérdame llamar a mi madre a las 6',
      'remind me to drink water in an hour',
      'rappelle-moi de sortir à 18h',
      'erinnere mich morgen an den Termin beim Arzt',
    ]) {
      expect(offered({ text }), text).toEqual(expect.arrayContaining(REMINDERS));
    }
    expect(offered({ text: 'recuérdame llamar a mi madre a las 6' })).not.toContain('book_mentor_session');
  });

  it('follows what was just listed: reminders listed, then "cancel the second one"', () => {
    const listed = { text: 'what reminders do I have?', tools: ['list_my_reminders'] };
    expect(offered({ text: 'cancel the second one', recent: [listed] })).toEqual(
      expect.arrayContaining(['cancel_reminder', 'update_reminder']),
    );
  });

  it('offers rewards on reward words, and mood and exercises all through a supportive conversation', () => {
    expect(offered({ text: 'show me my QR code' })).toContain('list_rewards');
    expect(offered({ text: '¿tengo algún café gratis?' })).toContain('list_rewards');
    expect(offered({ text: 'hello', supportive: true })).toEqual(sorted(CORE, ['log_mood']));
  });

  it('reads cues with accents folded, on word starts only', () => {
    expect(topicsIn('¿Puedo reservar una sesión?')).toContain('mentors');
    expect(topicsIn('Facebook is loud today')).not.toContain('mentors');
    expect(topicsIn('')).toEqual([]);
  });

  it('offers, on the next step, a tool the model called without an offer, with its topic', () => {
    const relevant = relevantTools({ text: 'hello', recent: [], supportive: false });
    expect(offeredTools(relevant, []).map((s) => s.function.name)).toEqual(
      toolSpecs.map((s) => s.function.name).filter((n) => CORE.includes(n)),
    );
    const next = offeredTools(relevant, ['list_my_reminders']).map((s) => s.function.name);
    expect(next.sort()).toEqual(sorted(CORE, REMINDERS));
    // A name the registry does not know offers nothing more (the call itself got unknown_tool).
    expect(offeredTools(relevant, ['delete_everything'])).toHaveLength(CORE.length);
  });
});
