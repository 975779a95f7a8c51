import { type Api, errorText } from '../api.ts';
import type { ChatSocket } from '../socket.ts';
import { createStore } from '../store.ts';
import type { InboxNotification } from '../types.ts';
import { toast } from '../ui/toasts.tsx';

export interface InboxState {
  items: InboxNotification[];
  unread: number;
  nextCursor: string | null;
}

interface Page {
  notifications: InboxNotification[];
  unreadCount: number;
  nextCursor: string | null;
}

/** The notification inbox: loaded from the API, kept live by the socket's `notification` push. */
export class Inbox {
  readonly state = createStore<InboxState>({ items: [], unread: 0, nextCursor: null });
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly api: Api,
    private readonly socket: ChatSocket,
    private readonly onPush: (n: InboxNotification) => void,
  ) {}

  start(): void {
    const push = (n: InboxNotification) => {
      const st = this.state.get();
      if (st.items.some((i) => i.id === n.id)) return;
      this.state.set({ ...st, items: [{ ...n, read: false }, ...st.items], unread: st.unread + 1 });
      this.onPush(n);
    };
    // After a reconnect the count may have moved while we were away.
    const reload = () => void this.load();
    this.socket.on('notification', push);
    this.socket.on('connect', reload);
    this.offs.push(
      () => this.socket.off('notification', push),
      () => this.socket.off('connect', reload),
    );
    void this.load();
  }

  stop(): void {
    for (const off of this.offs.splice(0)) off();
  }

  async load(): Promise<void> {
    try {
      const page = await this.api.get<Page>('/api/me/notifications?limit=20');
      this.state.set({ items: page.notifications, unread: page.unreadCount, nextCursor: page.nextCursor });
    } catch {
      // offline: the next connect reloads
    }
  }

  async more(): Promise<void> {
    const st = this.state.get();
    if (!st.nextCursor) return;
    let page: Page;
    try {
      page = await this.api.get<Page>(`/api/me/notifications?limit=20&before=${st.nextCursor}`);
    } catch (err) {
      toast(errorText(err), 'error');
      return;
    }
    const seen = new Set(st.items.map((i) => i.id));
    this.state.set({
      items: [...st.items, ...page.notifications.filter((n) => !seen.has(n.id))],
      unread: page.unreadCount,
      nextCursor: page.nextCursor,
    });
  }

  async markRead(id: string): Promise<void> {
    const st = this.state.get();
    const item = st.items.find((i) => i.id === id);
    if (!item || item.read) return;
    this.state.set({
      ...st,
      items: st.items.map((i) => (i.id === id ? { ...i, read: true } : i)),
      unread: Math.max(0, st.unread - 1),
    });
    await this.api.post(`/api/me/notifications/${id}/read`).catch(() => this.load());
  }

  async markAllRead(): Promise<void> {
    const st = this.state.get();
    this.state.set({ ...st, items: st.items.map((i) => ({ ...i, read: true })), unread: 0 });
    await this.api.post('/api/me/notifications/read-all').catch(() => this.load());
  }
}
