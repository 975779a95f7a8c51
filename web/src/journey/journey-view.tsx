import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import type { Journey, Reward } from '../types.ts';
import { When } from '../ui/when.tsx';
import { RewardQr } from './reward-qr.tsx';

/** Level, streak, progress to the next level, milestones, and rewards with their QR codes. */
export function JourneyView() {
  const { api, journeyVersion } = useServices();
  const { m, fill, number } = useI18n();
  const requirementName = m.journey.requirements as Record<string, string>;
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
        {m.journey.title}
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
              <dt>{m.journey.level}</dt>
              <dd data-testid="level">{journey.level}</dd>
            </div>
            <div>
              <dt>{m.journey.streak}</dt>
              <dd data-testid="streak">{journey.currentStreak}</dd>
            </div>
            <div>
              <dt>{m.journey.longest}</dt>
              <dd>{journey.longestStreak}</dd>
            </div>
            <div>
              <dt>{m.journey.checkIns}</dt>
              <dd>{journey.totalCheckIns}</dd>
            </div>
          </dl>
          <div class="progress">
            <label for="level-progress">
              {fill(journey.nextLevel ? m.journey.toward : m.journey.top, {
                level: journey.nextLevel?.level ?? journey.level,
                percent: number(journey.completionPercentage / 100, { style: 'percent' }),
              })}
            </label>
            <progress id="level-progress" max={100} value={journey.completionPercentage} />
            {journey.nextLevel ? (
              <ul class="requirements">
                {journey.nextLevel.requirements.map((r) => (
                  <li key={r.name}>
                    {number(r.current)} / {number(r.target)} {requirementName[r.name] ?? r.name}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </>
      ) : error ? null : (
        <p>{m.app.loading}</p>
      )}
      <h3>{m.journey.rewards}</h3>
      {rewards.length === 0 ? (
        <p class="empty">{m.journey.noRewards}</p>
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
                      {m.journey.expires} <When at={r.expiresAt} style="near" />
                    </>
                  ) : r.status === 'redeemed' ? (
                    m.journey.redeemed
                  ) : r.status === 'expired' ? (
                    m.journey.expired
                  ) : (
                    m.journey.noExpiry
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
          <h3>{m.journey.milestones}</h3>
          <ul class="milestones">
            {journey.milestones.map((ms) => (
              <li key={ms.id} class={ms.achieved ? 'achieved' : ''}>
                <span aria-hidden="true">{ms.achieved ? '★' : '☆'}</span> {ms.title}
                <span class="visually-hidden">{ms.achieved ? m.journey.achieved : m.journey.notYet}</span>
                {ms.achievedAt ? (
                  <span class="hint">
                    {' · '}
                    <When at={ms.achievedAt} />
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
