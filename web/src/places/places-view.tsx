import { useI18n } from '../i18n/index.ts';
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
  const { m } = useI18n();
  return (
    <section class="panel" aria-labelledby="places-title">
      <h2 id="places-title" tabIndex={-1}>
        {m.places.title}
      </h2>
      {places.length === 0 ? <p class="empty">{m.places.empty}</p> : <p>{m.places.latest}</p>}
      <div class="places-layout">
        <PlaceCards places={places} />
        <PlaceMap places={places} here={here} />
      </div>
    </section>
  );
}
