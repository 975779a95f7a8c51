import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { chooseCity, cities, position, shareDeviceLocation } from '../places/location.ts';
import { useStore } from '../store.ts';
import { PinIcon } from '../ui/icons.tsx';

/** "Near me": share the device's position, or pick a city when the browser cannot say. */
export function LocationControl() {
  const here = useStore(position);
  const { m, fill } = useI18n();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const share = async () => {
    setAsking(true);
    setProblem(null);
    try {
      await shareDeviceLocation();
    } catch (err) {
      setProblem(err instanceof Error ? err.message : m.location.none);
    } finally {
      setAsking(false);
    }
  };
  return (
    <div class="location-control">
      {here ? (
        <span class="location-status" data-testid="location-status">
          <PinIcon />{' '}
          {here.source === 'device' ? m.location.sharing : fill(m.location.near, { city: here.city ?? '' })}{' '}
          <button type="button" class="link" onClick={() => position.set(null)}>
            {m.location.stop}
          </button>
        </span>
      ) : (
        <button type="button" class="link" onClick={share} disabled={asking}>
          <PinIcon /> {asking ? m.location.asking : m.location.share}
        </button>
      )}
      {problem || (!here && !asking) ? (
        <label class="city-pick">
          <span class={problem ? '' : 'visually-hidden'}>
            {problem ? fill(m.location.pickInstead, { problem }) : m.location.orCity}
          </span>
          <select
            value=""
            onChange={(e) => {
              if (chooseCity(e.currentTarget.value)) setProblem(null);
            }}
          >
            <option value="">{problem ? m.location.chooseCity : m.location.orCityShort}</option>
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
