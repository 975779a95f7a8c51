import type { ServerPayload } from '../../../src/contract/socket.ts';
import type { ChatSocket } from '../socket.ts';
import { createStore } from '../store.ts';
import { stampNear } from '../ui/time.ts';
import { toast } from '../ui/toasts.tsx';

/** A live `mentor:session` push, and when it arrived. */
export type MentorAlert = ServerPayload<'mentor:session'> & { at: number };

const verbs: Record<MentorAlert['event'], string> = {
  booked: 'New session booked',
  cancelled: 'Session cancelled',
  reminder: 'Session starting soon',
  updated: 'Session updated',
};

/**
 * A mentor's live alerts (`mentor:session`): a toast, a badge on the Mentor tab and a highlight
 * on the session in the console, whatever screen is open. Visual only: no sound.
 */
export class MentorFeed {
  readonly alerts = createStore<MentorAlert[]>([]);
  /** Alerts not yet seen in the console (the tab's badge). */
  readonly unseen = createStore(0);
  /** True once the user is known to be a mentor. */
  active = false;
  private off: (() => void) | undefined;

  constructor(
    private readonly socket: ChatSocket,
    private readonly timeZone: () => string,
  ) {}

  start(): void {
    const on = (p: ServerPayload<'mentor:session'>) => {
      this.alerts.set((list) => [{ ...p, at: Date.now() }, ...list].slice(0, 20));
      this.unseen.set((n) => n + 1);
      const who = p.session.userDisplayName ? ` with ${p.session.userDisplayName}` : '';
      const at = p.session.scheduledAt
        ? `, ${stampNear(p.session.scheduledAt, { zone: this.timeZone(), now: Date.now() })}`
        : '';
      toast(`${verbs[p.event] ?? 'Session changed'}${who}${at}`, 'alert');
    };
    this.socket.on('mentor:session', on);
    this.off = () => this.socket.off('mentor:session', on);
  }

  stop(): void {
    this.off?.();
  }

  describe(a: MentorAlert): string {
    return verbs[a.event] ?? 'Session changed';
  }
}
