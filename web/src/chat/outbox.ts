import { keys, store } from '../storage.ts';

export interface OutboxEntry {
  clientMessageId: string;
  content: string;
  location?: { lat: number; lng: number };
  createdAt: string;
}

/**
 * Messages written but not yet acknowledged, kept in localStorage so a reload or a lost
 * connection loses none. Each keeps its clientMessageId: resending it can never make a second
 * message or a second reply (the server answers with the stored one).
 */
export class Outbox {
  private entries: OutboxEntry[];
  constructor(private readonly userId: string) {
    this.entries = store.getJson<OutboxEntry[]>(keys.outbox(userId), []).filter((e) => e?.clientMessageId);
  }
  list(): OutboxEntry[] {
    return [...this.entries];
  }
  add(entry: OutboxEntry): void {
    this.entries.push(entry);
    this.save();
  }
  remove(clientMessageId: string): void {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.clientMessageId !== clientMessageId);
    if (this.entries.length !== before) this.save();
  }
  has(clientMessageId: string): boolean {
    return this.entries.some((e) => e.clientMessageId === clientMessageId);
  }
  private save(): void {
    if (this.entries.length) store.set(keys.outbox(this.userId), JSON.stringify(this.entries));
    else store.remove(keys.outbox(this.userId));
  }
}
