import { describe, expect, it } from 'vitest';
import type { WireMessage } from '../../src/contract/socket.ts';
import { type ChatState, proposalOpen, received } from '../../web/src/chat/state.ts';

/** The web client's view of cards, proposals and regenerated replies (web/src/chat/state.ts). */
describe('replies read back and replaced in the web client', () => {
  const at = (s: number) => new Date(Date.UTC(2030, 4, 6, 8, 0, s)).toISOString();
  const ids = {
    ask: '01890000-0000-7000-8000-000000000001',
    old: '01890000-0000-7000-8000-000000000002',
    fresh: '01890000-0000-7000-8000-000000000003',
  };
  const place = {
    id: '5f0c8a1e-8d4b-4c1e-9a3b-2f6e7d8c9b0a',
    name: 'Quiet Beans',
    type: 'coffee' as const,
    latitude: 51.5,
    longitude: -0.12,
    address: '1 Calm St',
    city: 'London',
    anxietyLevel: 'low' as const,
    isBeginnerFriendly: true,
    hasQrReward: false,
  };
  const ask: WireMessage = { id: ids.ask, role: 'user', content: 'a café?', createdAt: at(0) };
  const old: WireMessage = {
    id: ids.old,
    role: 'assistant',
    content: 'Try Quiet Beans.',
    createdAt: at(1),
    replyTo: ids.ask,
    places: [place],
  };
  const base: ChatState = {
    items: [],
    loaded: true,
    olderCursor: null,
    loadingOlder: false,
    connected: true,
    turn: null,
  };
  const apply = (st: ChatState, m: WireMessage, fromStore: boolean): ChatState => ({
    ...st,
    ...received(st, m, fromStore)?.changes,
  });

  it('shows a reply read from history with its cards and exercise', () => {
    const exercise = {
      kind: 'breathing' as const,
      title: 'Box breathing',
      intro: 'i',
      outro: 'o',
      steps: [],
    };
    let st = apply(base, ask, true);
    st = apply(st, { ...old, exercise }, true);
    expect(st.items.at(-1)).toMatchObject({ id: ids.old, places: [place], exercise });
  });

  it('drops the reply a regenerated one replaces, live or read back, and keeps the rest', () => {
    let st = apply(apply(base, ask, true), old, true);
    const fresh: WireMessage = {
      id: ids.fresh,
      role: 'assistant',
      content: 'Another take.',
      createdAt: at(2),
      replyTo: ids.ask,
      replaces: ids.old,
    };
    st = { ...st, turn: { turnId: 't2', text: 'Another take.', tools: [] } };
    st = apply(st, fresh, false);
    expect(st.items.map((i) => i.id)).toEqual([ids.ask, ids.fresh]);
    expect(st.turn).toBeNull();
    // A device that only reads it back (chat:sync) drops the old one too.
    const other = apply(apply(apply(base, ask, true), old, true), fresh, true);
    expect(other.items.map((i) => i.id)).toEqual([ids.ask, ids.fresh]);
  });

  it('offers Confirm only for an open proposal whose time has not run out', () => {
    const now = Date.UTC(2030, 4, 6, 8, 0, 0);
    const p = (status?: 'open' | 'confirmed' | 'declined' | 'expired', inMs = 60_000) => ({
      id: '7d3f0c2a-1b4e-4c5d-8e6f-9a0b1c2d3e4f',
      summary: 'Book Sam on Friday',
      expiresAt: new Date(now + inMs).toISOString(),
      ...(status ? { status } : {}),
    });
    expect(proposalOpen(p('open'), now)).toBe(true);
    expect(proposalOpen(p(), now)).toBe(true);
    expect(proposalOpen(p('open', -1), now)).toBe(false);
    for (const s of ['confirmed', 'declined', 'expired'] as const)
      expect(proposalOpen(p(s), now)).toBe(false);
    expect(proposalOpen(undefined, now)).toBe(false);
  });
});
