import type { ServerPayload } from '../../../src/contract/socket.ts';
import { i18n } from '../i18n/index.ts';
import type { ChatSocket } from '../socket.ts';
import { createStore } from '../store.ts';
import { stampNear } from '../ui/time.ts';
import { toast } from '../ui/toasts.tsx';

/** A live `mentor:session` push, and when it arrived. */
export type MentorAlert = ServerPayload<'mentor:session'> & { at: number };

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
      const { m, fill, locale } = i18n();
      const what = this.describe(p);
      const who = p.session.userDisplayName
        ? fill(m.mentor.alertWith, { what, name: p.session.userDisplayName })
        : what;
      const at = p.session.scheduledAt
        ? `, ${stampNear(p.session.scheduledAt, { zone: this.timeZone(), now: Date.now(), locale })}`
        : '';
      toast(`${who}${at}`, 'alert');
    };
    this.socket.on('mentor:session', on);
    this.off = () => this.socket.off('mentor:session', on);
  }

  stop(): void {
    this.off?.();
  }

  describe(a: Pick<MentorAlert, 'event'>): string {
    const alerts = i18n().m.mentor.alerts;
    return Object.hasOwn(alerts, a.event) ? alerts[a.event] : alerts.other;
  }
}
