import { useState } from 'preact/hooks';
import { errorText } from '../api.ts';
import { useServices } from '../services.ts';
import type { Place } from '../types.ts';
import { distance } from '../ui/format.ts';
import { toast } from '../ui/toasts.tsx';
import { checkInAt } from './check-in.ts';

const typeLabel: Record<Place['type'], string> = {
  coffee: 'Café',
  gym: 'Gym',
  mentor: 'Mentor space',
  nutrition: 'Healthy food',
  partner: 'Partner',
};

const calm: Record<string, string> = { low: 'Calm', medium: 'Sometimes busy', high: 'Busy' };

/** One place: what it is, how far, how calm, and a check-in button. */
export function PlaceCard({ place }: { place: Place }) {
  const { api, journeyVersion } = useServices();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const checkIn = async () => {
    setState('busy');
    try {
      const r = await checkInAt(api, place);
      setState('done');
      const streak = r.journey.currentStreak;
      const parts = [
        r.duplicate
          ? `Already checked in at ${place.name} this hour.`
          : `Checked in at ${place.name}. Streak: ${streak} day${streak === 1 ? '' : 's'}.`,
        r.levelUp ? `Level ${r.levelUp.to}!` : '',
        r.reward ? 'Your reward’s QR code is under Journey.' : '',
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
        <span>{typeLabel[place.type]}</span>
        {km ? <span> · {km}</span> : null}
      </p>
      <ul class="badges" aria-label="About this place">
        {place.anxietyLevel ? (
          <li class={`badge calm-${place.anxietyLevel}`}>{calm[place.anxietyLevel]}</li>
        ) : null}
        {place.isBeginnerFriendly ? <li class="badge">Beginner-friendly</li> : null}
        {place.hasQrReward ? <li class="badge badge-reward">☕ Coffee reward</li> : null}
      </ul>
      <button
        type="button"
        class="secondary"
        onClick={checkIn}
        disabled={state !== 'idle'}
        aria-label={`Check in at ${place.name}`}
      >
        {state === 'done' ? 'Checked in ✓' : state === 'busy' ? 'Checking in…' : 'Check in'}
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
