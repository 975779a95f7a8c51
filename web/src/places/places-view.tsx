import { useServices } from '../services.ts';
import { useStore } from '../store.ts';
import { position } from './location.ts';
import { PlaceCards } from './place-card.tsx';
import { PlaceMap } from './place-map.tsx';

/** The places the assistant found last, as cards and on a map. */
export function PlacesView() {
  const { chat } = useServices();
  const places = useStore(chat.places);
  const here = useStore(position);
  return (
    <section class="panel" aria-labelledby="places-title">
      <h2 id="places-title" tabIndex={-1}>
        Places
      </h2>
      {places.length === 0 ? (
        <p class="empty">
          Ask the assistant for calm places (“find a quiet café near me”) and they will appear here and on the
          map.
        </p>
      ) : (
        <p>The places from your latest search:</p>
      )}
      <div class="places-layout">
        <PlaceCards places={places} />
        <PlaceMap places={places} here={here} />
      </div>
    </section>
  );
}
