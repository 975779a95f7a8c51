import { useEffect, useState } from 'preact/hooks';

export type Route = 'chat' | 'places' | 'journey' | 'mentor' | 'counter' | 'settings';
const routes: Route[] = ['chat', 'places', 'journey', 'mentor', 'counter', 'settings'];

const current = (): Route => {
  const r = location.hash.replace(/^#\/?/, '') as Route;
  return routes.includes(r) ? r : 'chat';
};

/** Hash routes (#/journey), so a reload stays on the same screen and the server serves only `/`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(current());
  useEffect(() => {
    const on = () => setRoute(current());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export const href = (r: Route) => `#/${r}`;
