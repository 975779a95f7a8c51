import { describe, expect, it } from 'vitest';
import { withDelta } from '../../web/src/chat/state.ts';

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
