import { describe, expect, it } from 'vitest';
import { type ChatState, received, withDelta, withTool } from '../../web/src/chat/state.ts';

/** The web client's reply in progress (web/src/chat/state.ts), fed as the socket feeds it. */
describe('a streaming reply in the web client', () => {
  it('appends deltas in order', () => {
    let turn = withDelta(null, 't1', 'Here ', 0);
    turn = withDelta(turn, 't1', 'are two ', 5);
    expect(withDelta(turn, 't1', 'cafés.', 13).text).toBe('Here are two cafés.');
  });

  it("shows nothing twice after chat:sync's partialContent held what arrives again", () => {
    // The page reconnected: sync said the reply so far is "Here are two", then deltas already in it
    // (the server sent them before answering the sync) and one straddling its end arrive.
    const synced = { turnId: 't1', text: 'Here are two', tools: [] };
    let turn = withDelta(synced, 't1', 'Here ', 0);
    turn = withDelta(turn, 't1', 'are two ', 5);
    turn = withDelta(turn, 't1', 'cafés.', 13);
    expect(turn.text).toBe('Here are two cafés.');
  });

  it('starts a new turn for another turn id', () => {
    const old = { turnId: 't1', text: 'Done.', tools: [] };
    expect(withDelta(old, 't2', 'Hello', 0)).toEqual({ turnId: 't2', text: 'Hello', tools: [] });
  });
});

describe('messages arriving in the web client', () => {
  const base: ChatState = {
    items: [],
    loaded: true,
    olderCursor: null,
    loadingOlder: false,
    connected: true,
    turn: null,
  };
  const at = (s: number) => new Date(Date.UTC(2030, 4, 6, 8, 0, s)).toISOString();

  it('shows a sent message once, whether its ack or chat:message comes first', () => {
    const queued: ChatState = {
      ...base,
      items: [
        {
          key: 'c1',
          clientMessageId: 'c1',
          role: 'user',
          content: 'hi',
          createdAt: at(0),
          state: 'sending',
          tools: [],
        },
      ],
    };
    const message = {
      id: 'm1',
      role: 'user' as const,
      content: 'hi',
      createdAt: at(1),
      clientMessageId: 'c1',
    };
    const first = received(queued, message, false);
    expect(first?.changes.items).toEqual([expect.objectContaining({ key: 'c1', id: 'm1', state: 'stored' })]);
    const after = { ...queued, ...first!.changes };
    expect(received(after, message, false)).toBeUndefined();
  });

  it('gives a new reply the tools of the turn that streamed it, and ends the turn', () => {
    let turn = withTool(null, {
      turnId: 't1',
      name: 'search_locations',
      status: 'done',
      summary: '2 places found',
    });
    turn = withDelta(turn, 't1', 'Two cafés.', 0);
    const reply = { id: 'm2', role: 'assistant' as const, content: 'Two cafés.', createdAt: at(2) };
    const next = received({ ...base, turn }, reply, false);
    expect(next?.changes.turn).toBeNull();
    expect(next?.reply).toMatchObject({
      id: 'm2',
      tools: [expect.objectContaining({ name: 'search_locations' })],
    });
    // Read back from the store (history, sync): shown, but not announced as new.
    expect(received(base, reply, true)?.reply).toBeUndefined();
  });
});
