import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import type { Journey, Reward } from '../types.ts';
import { When } from '../ui/when.tsx';
import { RewardQr } from './reward-qr.tsx';

const requirementName: Record<string, string> = {
  checkIns: 'check-ins',
  gymVisits: 'gym visits',
  mentorSessions: 'mentor sessions',
  streakDays: 'days in a row',
};

/** Level, streak, progress to the next level, milestones, and rewards with their QR codes. */
export function JourneyView() {
  const { api, journeyVersion } = useServices();
  const version = useStore(journeyVersion);
  const [journey, setJourney] = useState<Journey | null>(null);
  const [rewards, setRewards] = useState<Reward[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      api.get<{ journey: Journey }>('/api/me/journey'),
      api.get<{ rewards: Reward[] }>('/api/me/rewards'),
    ])
      .then(([j, r]) => {
        if (!live) return;
        setJourney(j.journey);
        setRewards(r.rewards);
        setError(null);
      })
      .catch((err) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [api, version]);

  return (
    <section class="panel" aria-labelledby="journey-title">
      <h2 id="journey-title" tabIndex={-1}>
        Your journey
      </h2>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {journey ? (
        <>
          <dl class="stats">
            <div>
              <dt>Level</dt>
              <dd data-testid="level">{journey.level}</dd>
            </div>
            <div>
              <dt>Streak</dt>
              <dd data-testid="streak">{journey.currentStreak}</dd>
            </div>
            <div>
              <dt>Longest</dt>
              <dd>{journey.longestStreak}</dd>
            </div>
            <div>
              <dt>Check-ins</dt>
              <dd>{journey.totalCheckIns}</dd>
            </div>
          </dl>
          <div class="progress">
            <label for="level-progress">
              {journey.nextLevel ? `Toward level ${journey.nextLevel.level}` : 'Top level reached'}:{' '}
              {journey.completionPercentage}%
            </label>
            <progress id="level-progress" max={100} value={journey.completionPercentage} />
            {journey.nextLevel ? (
              <ul class="requirements">
                {journey.nextLevel.requirements.map((r) => (
                  <li key={r.name}>
                    {r.current} / {r.target} {requirementName[r.name] ?? r.name}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </>
      ) : error ? null : (
        <p>Loading…</p>
      )}
      <h3>Rewards</h3>
      {rewards.length === 0 ? (
        <p class="empty">Check in at a place with a ☕ coffee reward to earn one.</p>
      ) : (
        <ul class="rewards">
          {rewards.map((r) => (
            <li key={r.id} class={`reward status-${r.status}`} data-testid="reward">
              <div>
                <h4>{r.title}</h4>
                {r.partner ? <p>{r.partner.name}</p> : null}
                <p class="hint">
                  {r.status === 'active' && r.expiresAt ? (
                    <>
                      Expires <When at={r.expiresAt} style="near" />
                    </>
                  ) : r.status === 'redeemed' ? (
                    'Redeemed'
                  ) : r.status === 'expired' ? (
                    'Expired'
                  ) : (
                    'No expiry'
                  )}
                </p>
              </div>
              {r.status === 'active' && r.qrCode ? <RewardQr code={r.qrCode} label={r.title} /> : null}
            </li>
          ))}
        </ul>
      )}
      {journey ? (
        <>
          <h3>Milestones</h3>
          <ul class="milestones">
            {journey.milestones.map((m) => (
              <li key={m.id} class={m.achieved ? 'achieved' : ''}>
                <span aria-hidden="true">{m.achieved ? '★' : '☆'}</span> {m.title}
                <span class="visually-hidden">{m.achieved ? ' (achieved)' : ' (not yet)'}</span>
                {m.achievedAt ? (
                  <span class="hint">
                    {' · '}
                    <When at={m.achievedAt} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
