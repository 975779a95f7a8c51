import { useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useI18n } from '../i18n/index.ts';
import { useServices } from '../services.ts';
import type { Place } from '../types.ts';
import { distance } from '../ui/format.ts';
import { toast } from '../ui/toasts.tsx';
import { checkInAt } from './check-in.ts';

/** One place: what it is, how far, how calm, and a check-in button. */
export function PlaceCard({ place }: { place: Place }) {
  const { api, journeyVersion } = useServices();
  const { m, fill, plural } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const checkIn = async () => {
    setState('busy');
    try {
      const r = await checkInAt(api, place);
      setState('done');
      const streak = r.journey.currentStreak;
      const parts = [
        r.duplicate
          ? fill(m.places.already, { name: place.name })
          : plural(m.places.checkedInStreak, streak, { name: place.name }),
        r.levelUp ? fill(m.places.levelUp, { level: r.levelUp.to }) : '',
        r.reward ? m.places.rewardUnderJourney : '',
      ];
      toast(parts.filter(Boolean).join(' '), 'success');
      journeyVersion.set((v) => v + 1);
    } catch (err) {
      setState('idle');
      toast(errorText(err), 'error');
    }
  };
  const km = distance(place.distanceKm);
  const titleId = `place-${place.id}`;
  return (
    <article class="place-card" aria-labelledby={titleId} data-testid="place-card">
      <h3 id={titleId}>{place.name}</h3>
      <p class="meta">
        <span>{m.places.types[place.type]}</span>
        {km ? <span> · {km}</span> : null}
      </p>
      <ul class="badges" aria-label={m.places.about}>
        {place.anxietyLevel ? (
          <li class={`badge calm-${place.anxietyLevel}`}>{m.places.calm[place.anxietyLevel]}</li>
        ) : null}
        {place.isBeginnerFriendly ? <li class="badge">{m.places.beginner}</li> : null}
        {place.hasQrReward ? <li class="badge badge-reward">{m.places.reward}</li> : null}
      </ul>
      <button
        type="button"
        class="secondary"
        onClick={checkIn}
        disabled={state !== 'idle'}
        aria-label={fill(m.places.checkInAt, { name: place.name })}
      >
        {state === 'done' ? m.places.checkedIn : state === 'busy' ? m.places.checkingIn : m.places.checkIn}
      </button>
    </article>
  );
}

export function PlaceCards({ places }: { places: Place[] }) {
  return (
    <div class="place-cards">
      {places.map((p) => (
        <PlaceCard key={p.id} place={p} />
      ))}
    </div>
  );
}
