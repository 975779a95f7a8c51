import { useState } from 'preact/hooks';
import { chooseCity, cities, position, shareDeviceLocation } from '../places/location.ts';
import { useStore } from '../store.ts';
import { PinIcon } from '../ui/icons.tsx';

/** "Near me": share the device's position, or pick a city when the browser cannot say. */
export function LocationControl() {
  const here = useStore(position);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const share = async () => {
    setAsking(true);
    setProblem(null);
    try {
      await shareDeviceLocation();
    } catch (err) {
      setProblem(`${err instanceof Error ? err.message : 'No location.'} Pick a city instead:`);
    } finally {
      setAsking(false);
    }
  };
  return (
    <div class="location-control">
      {here ? (
        <span class="location-status" data-testid="location-status">
          <PinIcon /> {here.source === 'device' ? 'Sharing your location' : `Near ${here.city}`}{' '}
          <button type="button" class="link" onClick={() => position.set(null)}>
            Stop sharing
          </button>
        </span>
      ) : (
        <button type="button" class="link" onClick={share} disabled={asking}>
          <PinIcon /> {asking ? 'Asking the browser…' : 'Share my location'}
        </button>
      )}
      {problem || (!here && !asking) ? (
        <label class="city-pick">
          <span class={problem ? '' : 'visually-hidden'}>{problem ?? 'Or choose a city'}</span>
          <select
            value=""
            onChange={(e) => {
              if (chooseCity(e.currentTarget.value)) setProblem(null);
            }}
          >
            <option value="">{problem ? 'Choose a city…' : 'or a city…'}</option>
            {cities.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
