import type { ToolEvent, WireMessage } from '../../../src/contract/socket.ts';
import type { Place } from '../types.ts';

/** The conversation's state and its pure transitions (the ChatClient applies them). */

export interface Chip {
  name: string;
  status: ToolEvent['status'];
  summary?: string;
}

export interface ChatItem {
  /** Stable for the view: the client's id for the user's own messages, else the stored id. */
  key: string;
  id?: string;
  clientMessageId?: string;
  role: WireMessage['role'];
  content: string;
  createdAt: string;
  state: 'stored' | 'queued' | 'sending' | 'failed';
  error?: string;
  proposal?: WireMessage['proposal'];
  replyTo?: string;
  tools: Chip[];
  places?: Place[];
  exercise?: WireMessage['exercise'];
}

export interface Turn {
  turnId: string | null;
  text: string;
  tools: Chip[];
  places?: Place[];
  /** A guided exercise's steps, from guide_exercise's `done` event (the reply carries them too). */
  exercise?: WireMessage['exercise'];
}

export interface ChatState {
  items: ChatItem[];
  loaded: boolean;
  olderCursor: string | null;
  loadingOlder: boolean;
  connected: boolean;
  /** A reply in progress (streaming, or awaited after the user's message was stored). */
  turn: Turn | null;
}

/**
 * A chunk of the reply streaming in, `offset` characters into it: appended to its turn, or a turn
 * of its own. What the turn already shows is not shown twice: after a reconnect, chat:sync's
 * partialContent may hold deltas that then arrive again (or arrived before it).
 */
export function withDelta(turn: Turn | null, turnId: string, delta: string, offset: number): Turn {
  if (!turn || (turn.turnId !== null && turn.turnId !== turnId)) return { turnId, text: delta, tools: [] };
  const shown = turn.text.length;
  if (offset + delta.length <= shown) return { ...turn, turnId };
  return { ...turn, turnId, text: turn.text + delta.slice(Math.max(0, shown - offset)) };
}

/** A tool's progress: a started chip, later replaced by its done or failed one. */
export function withTool(turn: Turn | null, ev: ToolEvent): Turn {
  const t: Turn =
    turn && (turn.turnId === null || turn.turnId === ev.turnId)
      ? { ...turn, turnId: ev.turnId }
      : { turnId: ev.turnId, text: '', tools: [] };
  const tools = [...t.tools];
  const open = tools.findLastIndex((c) => c.name === ev.name && c.status === 'started');
  const chip: Chip = { name: ev.name, status: ev.status, ...(ev.summary ? { summary: ev.summary } : {}) };
  if (ev.status !== 'started' && open >= 0) tools[open] = chip;
  else tools.push(chip);
  return {
    ...t,
    tools,
    ...(ev.places ? { places: ev.places } : {}),
    ...(ev.exercise ? { exercise: ev.exercise } : {}),
  };
}

/** A stored message as the view shows it. */
export function itemOf(m: WireMessage): ChatItem {
  return {
    key: m.clientMessageId ?? m.id,
    id: m.id,
    role: m.role,
    content: m.content,
    createdAt: m.createdAt,
    state: 'stored',
    tools: [],
    ...(m.clientMessageId ? { clientMessageId: m.clientMessageId } : {}),
    ...(m.proposal ? { proposal: m.proposal } : {}),
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
    ...(m.places?.length ? { places: m.places } : {}),
    ...(m.exercise ? { exercise: m.exercise } : {}),
  };
}

/** Whether a reply's proposal can still be confirmed: the server says so, and its time has not run out. */
export const proposalOpen = (p: WireMessage['proposal'], now: number): boolean =>
  p !== undefined && (p.status ?? 'open') === 'open' && new Date(p.expiresAt).getTime() > now;

/** Without the reply a regenerated one replaces (chat:regenerate), wherever it was shown. */
export const withoutReplaced = (items: ChatItem[], m: WireMessage): ChatItem[] =>
  m.replaces ? items.filter((i) => i.id !== m.replaces) : items;

/** Stored messages by id (UUIDv7: creation order), then those not yet stored, as written. */
export function ordered(items: ChatItem[]): ChatItem[] {
  const stored = items.filter((i) => i.id).sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));
  return [...stored, ...items.filter((i) => !i.id)];
}

/**
 * A message arriving, however it came (its ack, chat:message from another device, chat:sync or a
 * history page): the changes to make, or nothing when it is shown already. A message this page
 * sent takes the place of its queued item; a reply takes the tools and places of the turn that
 * streamed it, and is returned as `reply` when it is new (not read back from the store).
 */
export function received(
  st: ChatState,
  m: WireMessage,
  fromStore: boolean,
): { changes: Partial<ChatState>; reply?: ChatItem } | undefined {
  if (st.items.some((i) => i.id === m.id)) return undefined;
  const items = withoutReplaced(st.items, m);
  const pending = m.clientMessageId
    ? st.items.find((i) => i.clientMessageId === m.clientMessageId)
    : undefined;
  if (pending) {
    const stored: ChatItem = {
      ...pending,
      id: m.id,
      createdAt: m.createdAt,
      state: 'stored',
      error: undefined,
    };
    return { changes: { items: ordered(items.map((i) => (i === pending ? stored : i))) } };
  }
  const item = itemOf(m);
  let turn = st.turn;
  if (m.role === 'assistant' && turn && !fromStore) {
    item.tools = turn.tools;
    if (turn.places && !item.places) item.places = turn.places;
    if (turn.exercise && !item.exercise) item.exercise = turn.exercise;
    turn = null;
  } else if (m.role === 'assistant' && turn && fromStore && (turn.turnId === null || turn.text)) {
    // caught up after a reconnect: the reply that was streaming is stored now
    item.tools = turn.tools;
    turn = null;
  }
  return {
    changes: { items: ordered([...items, item]), turn },
    ...(m.role === 'assistant' && !fromStore ? { reply: item } : {}),
  };
}
