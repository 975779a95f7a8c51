import type { ServerPayload, ToolEvent, WireMessage } from '../../../src/contract/socket.ts';
import type { Api } from '../api.ts';
import { i18n } from '../i18n/index.ts';
import { currentPosition } from '../places/location.ts';
import { type ChatSocket, request } from '../socket.ts';
import { keys, store, uuid } from '../storage.ts';
import { createStore, type Store } from '../store.ts';
import type { Place } from '../types.ts';
import { ackWords } from '../ui/words.ts';
import { Outbox, type OutboxEntry } from './outbox.ts';
import { type ChatItem, type ChatState, received, withDelta, withTool } from './state.ts';

export type { ChatItem, Chip } from './state.ts';

const HISTORY_PAGE = 30;
const SYNC_PAGE = 200;

/**
 * The conversation as this page holds it: history pages from the API, the live stream from the
 * socket, and the outbox. A message is shown once however it arrives (its ack, chat:message from
 * another device, or chat:sync after a reconnect): stored ids and clientMessageIds decide.
 */
export class ChatClient {
  readonly state = createStore<ChatState>({
    items: [],
    loaded: false,
    olderCursor: null,
    loadingOlder: false,
    connected: false,
    turn: null,
  });
  /** The places the latest search found, for the Places view and its map. */
  readonly places: Store<Place[]>;
  private readonly outbox: Outbox;
  private initial: Promise<void> | undefined;
  private flushing = false;
  /** Stop was pressed before the reply had a turn id (still thinking): stop it as soon as it has one. */
  private stopWanted = false;
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly api: Api,
    private readonly socket: ChatSocket,
    userId: string,
    private readonly onJourneyChanged: () => void,
  ) {
    this.outbox = new Outbox(userId);
    this.places = createStore(store.getJson<Place[]>(keys.places(userId), []));
    this.places.subscribe((list) => store.set(keys.places(userId), JSON.stringify(list)));
  }

  start(): void {
    this.initial = this.loadInitial();
    const s = this.socket;
    const connect = () => void this.onConnect();
    const disconnect = () =>
      this.patch((st) => ({
        connected: false,
        items: st.items.map((i) => (i.state === 'sending' ? { ...i, state: 'queued' } : i)),
      }));
    s.on('connect', connect);
    s.on('disconnect', disconnect);
    this.offs.push(() => {
      s.off('connect', connect);
      s.off('disconnect', disconnect);
    });
    const message = (m: WireMessage) => this.receive(m);
    const delta = (d: ServerPayload<'chat:delta'>) => this.onDelta(d);
    const tool = (t: ToolEvent) => this.onTool(t);
    s.on('chat:message', message);
    s.on('chat:delta', delta);
    s.on('chat:tool', tool);
    this.offs.push(() => {
      s.off('chat:message', message);
      s.off('chat:delta', delta);
      s.off('chat:tool', tool);
    });
    if (s.connected) void this.onConnect();
  }

  stop(): void {
    for (const off of this.offs.splice(0)) off();
  }

  private patch(fn: (s: ChatState) => Partial<ChatState>): void {
    this.state.set((s) => ({ ...s, ...fn(s) }));
  }

  private async loadInitial(): Promise<void> {
    try {
      const page = await this.api.get<{ messages: WireMessage[]; nextCursor: string | null }>(
        `/api/me/messages?limit=${HISTORY_PAGE}`,
      );
      for (const m of [...page.messages].reverse()) this.receive(m, true);
      this.patch(() => ({ olderCursor: page.nextCursor }));
    } catch {
      // offline at load: the socket's sync fills in once connected
    }
    for (const e of this.outbox.list()) this.showQueued(e);
    this.patch(() => ({ loaded: true }));
  }

  /** Scrolling back: the page before the oldest message shown. */
  async loadOlder(): Promise<void> {
    const st = this.state.get();
    if (!st.olderCursor || st.loadingOlder) return;
    this.patch(() => ({ loadingOlder: true }));
    try {
      const page = await this.api.get<{ messages: WireMessage[]; nextCursor: string | null }>(
        `/api/me/messages?limit=${HISTORY_PAGE}&before=${encodeURIComponent(st.olderCursor)}`,
      );
      for (const m of page.messages) this.receive(m, true);
      this.patch(() => ({ olderCursor: page.nextCursor }));
    } finally {
      this.patch(() => ({ loadingOlder: false }));
    }
  }

  private async onConnect(): Promise<void> {
    await this.initial;
    this.patch(() => ({ connected: true }));
    await this.sync();
    await this.flush();
  }

  /** Everything stored after the newest message shown, and a reply still streaming. */
  private async sync(): Promise<void> {
    for (let round = 0; round < 10 && this.socket.connected; round++) {
      const stored = this.state.get().items.filter((i) => i.id);
      const afterId = stored.at(-1)?.id;
      let ack: Awaited<ReturnType<typeof request<'chat:sync'>>>;
      try {
        ack = await request(
          this.socket,
          'chat:sync',
          afterId ? { afterId, limit: SYNC_PAGE } : { limit: SYNC_PAGE },
        );
      } catch {
        return;
      }
      if (!ack.ok) return;
      for (const m of ack.messages) this.receive(m, true);
      if (ack.turn) {
        const t = ack.turn;
        this.patch((st) => ({
          turn: {
            turnId: t.turnId,
            text: t.partialContent,
            tools: st.turn?.turnId === t.turnId ? st.turn.tools : [],
          },
        }));
      }
      if (ack.messages.length < SYNC_PAGE) return;
    }
  }

  /** Sends what waits in the outbox, oldest first, one at a time (order kept). */
  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (const entry of this.outbox.list()) {
        if (!this.socket.connected) return;
        await this.deliver(entry);
      }
    } finally {
      this.flushing = false;
    }
  }

  send(content: string): void {
    const here = currentPosition();
    const entry: OutboxEntry = {
      clientMessageId: uuid(),
      content,
      createdAt: new Date().toISOString(),
      ...(here ? { location: here } : {}),
    };
    this.outbox.add(entry);
    this.showQueued(entry);
    if (this.socket.connected && !this.flushing) void this.flush();
  }

  retry(clientMessageId: string): void {
    const entry = this.outbox.list().find((e) => e.clientMessageId === clientMessageId);
    if (entry && this.socket.connected) void this.deliver(entry);
  }

  private showQueued(e: OutboxEntry): void {
    if (this.state.get().items.some((i) => i.clientMessageId === e.clientMessageId)) return;
    const item: ChatItem = {
      key: e.clientMessageId,
      clientMessageId: e.clientMessageId,
      role: 'user',
      content: e.content,
      createdAt: e.createdAt,
      state: 'queued',
      tools: [],
    };
    this.patch((st) => ({ items: [...st.items, item] }));
  }

  private setItem(clientMessageId: string, change: Partial<ChatItem>): void {
    this.patch((st) => ({
      items: st.items.map((i) => (i.clientMessageId === clientMessageId ? { ...i, ...change } : i)),
    }));
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    this.setItem(entry.clientMessageId, { state: 'sending' });
    const payload = {
      clientMessageId: entry.clientMessageId,
      content: entry.content,
      ...(entry.location ? { location: entry.location } : {}),
    };
    let ack: Awaited<ReturnType<typeof request<'chat:send'>>>;
    try {
      ack = await request(this.socket, 'chat:send', payload);
    } catch {
      // no answer (the connection dropped): it stays queued and goes again on reconnect
      this.setItem(entry.clientMessageId, { state: 'queued' });
      return;
    }
    if (ack.ok) {
      this.outbox.remove(entry.clientMessageId);
      const id = ack.message.id;
      const fresh = !this.state.get().items.some((i) => i.id === id || i.replyTo === id);
      this.receive({
        id: ack.message.id,
        role: 'user',
        content: entry.content,
        createdAt: ack.message.createdAt,
        clientMessageId: entry.clientMessageId,
      });
      if (fresh) this.patch((st) => ({ turn: st.turn ?? { turnId: null, text: '', tools: [] } }));
      return;
    }
    const keep = ack.error.code === 'rate_limited';
    if (!keep) this.outbox.remove(entry.clientMessageId);
    this.setItem(entry.clientMessageId, { state: 'failed', error: ackWords(ack.error) });
  }

  /** One message, however it came: shown once, in stored order (received, in state.ts). */
  private receive(m: WireMessage, fromStore = false): void {
    const next = received(this.state.get(), m, fromStore);
    if (!next) return;
    if (next.changes.turn === null) this.stopWanted = false;
    if (m.clientMessageId) this.outbox.remove(m.clientMessageId);
    this.patch(() => next.changes);
    if (next.reply) this.afterReply(next.reply);
  }

  private afterReply(item: ChatItem): void {
    if (item.tools.some((t) => t.name === 'check_in' && t.status === 'done')) this.onJourneyChanged();
    // The places a search found arrive with its chat:tool `done` event (see docs/web-client.md).
    if (item.places?.length) this.places.set(item.places);
  }

  private onDelta(d: ServerPayload<'chat:delta'>): void {
    this.patch((st) => ({ turn: withDelta(st.turn, d.turnId, d.delta, d.offset) }));
    if (this.stopWanted) void this.cancel();
  }

  private onTool(ev: ToolEvent): void {
    this.patch((st) => ({ turn: withTool(st.turn, ev) }));
    if (this.stopWanted) void this.cancel();
  }

  /**
   * Stops the reply in progress; what streamed so far is kept as the reply. While the assistant is
   * still thinking (no word or tool yet, so no turn id here), chat:sync tells the turn that runs;
   * if none runs yet, it is stopped as soon as its first word or tool arrives.
   */
  async cancel(): Promise<void> {
    const st = this.state.get();
    if (!st.turn || !this.socket.connected) return;
    let turnId = st.turn.turnId;
    if (!turnId) {
      this.stopWanted = true;
      const last = st.items.filter((i) => i.id).at(-1)?.id;
      const ack = await request(
        this.socket,
        'chat:sync',
        last ? { afterId: last, limit: 1 } : { limit: 1 },
      ).catch(() => undefined);
      turnId = ack?.ok ? (ack.turn?.turnId ?? null) : null;
      if (!turnId || !this.stopWanted) return;
    }
    this.stopWanted = false;
    const ack = await request(this.socket, 'chat:cancel', { turnId }).catch(() => undefined);
    // Stopped before a word: nothing is stored or sent, so nothing more is awaited.
    if (ack?.ok && ack.cancelled) {
      this.patch((s) =>
        s.turn && !s.turn.text && (s.turn.turnId === turnId || s.turn.turnId === null) ? { turn: null } : {},
      );
    }
  }

  /**
   * Asks for the assistant's latest reply again (chat:regenerate): on ok it is set aside here at
   * once, and the new reply streams in its place. A problem comes back as words for a toast.
   */
  async regenerate(messageId: string): Promise<string | null> {
    const { m } = i18n();
    if (!this.socket.connected) return m.chat.offlineRegenerate;
    if (this.state.get().turn) return m.chat.waitForReply;
    const here = currentPosition();
    try {
      const ack = await request(this.socket, 'chat:regenerate', {
        messageId,
        ...(here ? { location: here } : {}),
      });
      if (!ack.ok) return ackWords(ack.error);
      const { replyTo } = ack.regenerating;
      this.patch((st) => {
        const items = st.items.filter((i) => i.id !== messageId);
        // The new reply may have come before this ack: then nothing is awaited any more.
        const arrived = items.some((i) => i.role === 'assistant' && i.replyTo === replyTo);
        return { items, turn: st.turn ?? (arrived ? null : { turnId: null, text: '', tools: [] }) };
      });
      return null;
    } catch {
      return m.chat.noAnswer;
    }
  }

  /** Yes to the assistant's proposal (a booking or a cancellation). */
  async confirm(proposalId: string): Promise<string | null> {
    const { m } = i18n();
    if (!this.socket.connected) return m.chat.offlineConfirm;
    try {
      const ack = await request(this.socket, 'chat:confirm', { proposalId });
      if (ack.ok) {
        this.patch((st) => ({ turn: st.turn ?? { turnId: null, text: '', tools: [] } }));
        return null;
      }
      return ackWords(ack.error);
    } catch {
      return m.chat.noAnswer;
    }
  }
}
