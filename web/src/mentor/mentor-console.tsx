import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import type { MentorSession } from '../types.ts';
import { daysFromToday, startOfDay } from '../ui/time.ts';
import { toast } from '../ui/toasts.tsx';
import { useTimeFrame, When } from '../ui/when.tsx';
import type { MentorFeed } from './feed.ts';

/** For mentors: today's and upcoming sessions, live alerts, and complete / no-show / cancel. */
export function MentorConsole({ feed }: { feed: MentorFeed }) {
  const { api } = useServices();
  const { m, fill } = useI18n();
  // Today and tomorrow are the profile zone's days, like every time shown.
  const frame = useTimeFrame();
  const alerts = useStore(feed.alerts);
  const [sessions, setSessions] = useState<MentorSession[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Sessions changed in this view stay where they were, with their new status: a late one from
  // yesterday, completed after midnight, would otherwise vanish under the mentor's click.
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const fresh = new Set(alerts.filter((a) => Date.now() - a.at < 60_000).map((a) => a.session.id));

  useEffect(() => {
    feed.unseen.set(0);
    let live = true;
    // From yesterday: a late session still waiting for complete / no-show stays in view.
    const yesterday = startOfDay(startOfDay(Date.now(), frame.zone) - 1, frame.zone);
    const from = encodeURIComponent(new Date(yesterday).toISOString());
    api
      .get<{ sessions: MentorSession[] }>(`/api/me/mentor-sessions?role=mentor&from=${from}&limit=100`)
      .then((r) => {
        if (!live) return;
        setSessions(r.sessions);
        setError(null);
      })
      .catch((err) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [api, alerts.length, frame.zone]);

  const change = async (s: MentorSession, status: 'completed' | 'no-show' | 'cancelled') => {
    try {
      const r = await api.patch<{ session: MentorSession }>(`/api/mentor-sessions/${s.id}`, { status });
      setSessions((list) => list?.map((x) => (x.id === s.id ? r.session : x)) ?? null);
      setChanged((ids) => new Set([...ids, s.id]));
      toast(fill(m.mentor.changed[status], { name: s.userDisplayName }), 'success');
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };

  const day = (s: MentorSession) => daysFromToday(s.scheduledAt, frame);
  const today = (sessions ?? []).filter(
    (s) => day(s) === 0 || (day(s) < 0 && (s.status === 'scheduled' || changed.has(s.id))),
  );
  const upcoming = (sessions ?? []).filter((s) => day(s) > 0);
  const row = (s: MentorSession) => {
    const started = new Date(s.scheduledAt).getTime() <= frame.now;
    // Completed once it is over (the server refuses earlier: session_not_ended); a no-show once started.
    const ended = new Date(s.endsAt).getTime() <= frame.now;
    return (
      <li
        key={s.id}
        class={`session status-${s.status} ${fresh.has(s.id) ? 'fresh' : ''}`}
        data-testid="session"
      >
        <div>
          <strong>{s.userDisplayName}</strong> · <When at={s.scheduledAt} style="near" /> ·{' '}
          {fill(m.mentor.minutes, { n: s.durationMinutes })} · {m.mentor.types[s.sessionType ?? 'none']}
          <span class="status">{m.mentor.status[s.status] ?? s.status}</span>
          {fresh.has(s.id) ? <span class="badge new">{m.mentor.isNew}</span> : null}
          {s.userNotes ? <p class="hint">{s.userNotes}</p> : null}
        </div>
        {s.status === 'scheduled' ? (
          <div class="actions">
            <button type="button" class="secondary" disabled={!ended} onClick={() => change(s, 'completed')}>
              {m.mentor.complete}
            </button>
            <button type="button" class="secondary" disabled={!started} onClick={() => change(s, 'no-show')}>
              {m.mentor.noShow}
            </button>
            <button type="button" class="link" onClick={() => change(s, 'cancelled')}>
              {m.mentor.cancel}
            </button>
          </div>
        ) : null}
      </li>
    );
  };

  return (
    <section class="panel" aria-labelledby="mentor-title">
      <h2 id="mentor-title" tabIndex={-1}>
        {m.mentor.title}
      </h2>
      {alerts.length ? (
        <section class="alerts" aria-label={m.mentor.liveAlerts} data-testid="mentor-alerts">
          {alerts.slice(0, 5).map((a) => (
            <p key={`${a.session.id}-${a.at}`} class={`alert alert-${a.event}`}>
              <strong>{feed.describe(a)}</strong>: {a.session.userDisplayName},{' '}
              <When at={a.session.scheduledAt} style="near" />
            </p>
          ))}
        </section>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <h3>{m.mentor.today}</h3>
      {sessions && today.length === 0 ? <p class="empty">{m.mentor.noneToday}</p> : null}
      <ul class="sessions">{today.map(row)}</ul>
      <h3>{m.mentor.upcoming}</h3>
      {sessions && upcoming.length === 0 ? <p class="empty">{m.mentor.noneUpcoming}</p> : null}
      <ul class="sessions" data-testid="upcoming">
        {upcoming.map(row)}
      </ul>
    </section>
  );
}
