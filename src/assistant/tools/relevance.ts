import { foldText } from '../../domain/text.ts';
import { moodIn } from '../mood-words.ts';
import { type ToolSpec, toolSpecs } from './registry.ts';

/**
 * Which tools a turn offers the model. Every schema sent costs prompt tokens on every step, so a
 * turn offers a small core (places, check-ins, the journey, and the breathing exercise that panic
 * may need at any moment) and the tools of the topics the dialogue is on: the proposal on the
 * table, what the last two exchanges were about, and cues in the user's message (en/es/fr/de).
 * A tool the model calls without being offered still runs (registry.ts looks it up by name), and
 * is offered on the turn's later steps.
 */

export type Topic = 'places' | 'journey' | 'rewards' | 'mentors' | 'reminders' | 'mood' | 'exercise';

/** 'core' is offered on every turn. */
type Tag = Topic | 'core';

/**
 * One line per tool: its topics. A tool missing here is offered on every turn (never hidden by
 * accident); test/unit/tool-relevance.test.ts asks for a line for each registered tool.
 */
const toolTags: Record<string, readonly Tag[]> = {
  search_locations: ['core', 'places'],
  get_location: ['core', 'places'],
  check_in: ['core', 'places'],
  get_journey: ['core', 'journey'],
  guide_exercise: ['core', 'exercise'],
  list_rewards: ['rewards'],
  search_mentors: ['mentors'],
  list_my_sessions: ['mentors'],
  book_mentor_session: ['mentors'],
  cancel_mentor_session: ['mentors'],
  reschedule_mentor_session: ['mentors'],
  create_reminder: ['reminders'],
  list_my_reminders: ['reminders'],
  update_reminder: ['reminders'],
  cancel_reminder: ['reminders'],
  log_mood: ['mood'],
};

/**
 * How a message names a topic, matched on lower-case text with accents folded (domain/text.ts):
 * word starts, so "remind" covers "reminder" and "recorda" covers "recordar" and "recordatorio".
 * `label` is how the history's summary line names the topic.
 */
const topics: Record<Topic, { label: string; cue: RegExp; also?: (text: string) => boolean }> = {
  places: {
    label: 'finding places',
    cue: /\b(?:cafe|coffee|gym|place|somewhere|quiet|calm spot|nearby|near me|lugar|sitio|cerca|tranquil|endroit|lieu|calme|pres d|ort|platz|ruhig|in der nahe)/,
  },
  journey: {
    label: 'their journey',
    cue: /\b(?:streak|level|progress|journey|milestone|how am i doing|racha|nivel|progreso|logro|serie|niveau|progres|parcours|stufe|fortschritt|meilenstein)/,
  },
  rewards: {
    label: 'rewards',
    cue: /\b(?:reward|qr|free coffee|coffee|cafe|voucher|coupon|redeem|recompensa|premio|cupon|canje|cafe gratis|recompense|bon d|cafe offert|belohnung|pramie|gutschein|einlos|kaffee)/,
  },
  mentors: {
    label: 'mentor sessions',
    cue: /\b(?:mentor|coach|peer|session|book|appointment|schedul|reschedul|slot|cancel|talk to someone|someone to talk|sesion|reserv|cita|agend|anular|tutor|seance|rendez|annul|parrain|sitzung|termin|buch|absag|storn|verschieb)/,
  },
  reminders: {
    label: 'reminders',
    cue: /\b(?:remind|alarm|notif|don'?t let me forget|recuerda|recorda|avisa|rappel|erinner|wecker|benachrichtig)/,
  },
  mood: {
    label: 'their mood',
    cue: /\b(?:mood|feel|felt|sad|anxious|anxiety|stress|depress|upset|lonely|nervous|worried|exhausted|[1-5] ?\/ ?5|animo|me siento|triste|ansios|estres|deprimid|humeur|je me sens|anxieu|deprim|stimmung|fuhle mich|traurig|angst|gestresst|einsam)/,
    also: (text) => moodIn(text) !== undefined,
  },
  exercise: {
    label: 'a calming exercise',
    cue: /\b(?:breath|panic|exercise|grounding|body scan|calm down|overwhelm|respira|panico|ejercicio|respir|panique|exercice|atem|panik|ubung)/,
  },
};

/** Registered tools without a line in the table (each of them is offered on every turn). */
export const untaggedTools = (): string[] =>
  toolSpecs.map((s) => s.function.name).filter((name) => !(name in toolTags));

export const topicLabel = (tool: string): string | undefined => {
  const topic = toolTags[tool]?.find((t): t is Topic => t !== 'core');
  return topic ? topics[topic].label : undefined;
};

/** What the selection reads of the dialogue: plain facts, so it needs no database or turn types. */
export interface DialogueState {
  /** The user's message ('' for a turn started by chat:confirm). */
  text: string;
  /** The newest visible exchanges before it, oldest first: the user's words and the tools called. */
  recent: readonly { text: string; tools: readonly string[] }[];
  /** The tool of the proposal this message answers (or confirms), whatever the answer. */
  proposalTool?: string | undefined;
  /** The conversation is supportive after a risk response: mood and exercises stay at hand. */
  supportive: boolean;
}

/** The topics of a message's words. */
export function topicsIn(text: string): Topic[] {
  if (!text) return [];
  const folded = foldText(text);
  return (Object.keys(topics) as Topic[]).filter((t) => topics[t].cue.test(folded) || topics[t].also?.(text));
}

const tagsOf = (tool: string): readonly Tag[] => toolTags[tool] ?? ['core'];

/** The names of the tools this turn offers, in the registry's order. */
export function relevantTools(state: DialogueState): Set<string> {
  const wanted = new Set<Tag>(['core', ...topicsIn(state.text)]);
  for (const ex of state.recent) {
    for (const t of topicsIn(ex.text)) wanted.add(t);
    for (const tool of ex.tools) for (const t of tagsOf(tool)) wanted.add(t);
  }
  // Never without the tools to act on a confirmation, or to change what was proposed.
  if (state.proposalTool) for (const t of tagsOf(state.proposalTool)) wanted.add(t);
  if (state.supportive) wanted.add('mood').add('exercise');
  return new Set(
    toolSpecs.map((s) => s.function.name).filter((name) => tagsOf(name).some((t) => wanted.has(t))),
  );
}

/**
 * The schemas to send on one step: the turn's relevant tools, and any the model has called this
 * turn (with their topics), so a call made without an offer is followed by a proper one.
 */
export function offeredTools(relevant: ReadonlySet<string>, called: Iterable<string>): ToolSpec[] {
  const names = new Set(relevant);
  const more = new Set<Tag>();
  for (const name of called) {
    names.add(name);
    for (const t of tagsOf(name)) more.add(t);
  }
  return toolSpecs.filter(
    (s) => names.has(s.function.name) || tagsOf(s.function.name).some((t) => more.has(t)),
  );
}
