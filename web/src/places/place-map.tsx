import L from 'leaflet';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import type { Place } from '../types.ts';
import { reducedMotion } from '../ui/format.ts';
import type { Position } from './location.ts';

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * The places on a Leaflet map. Tiles come from OpenStreetMap when the browser can reach it; when
 * it cannot, the markers still show on a plain background and the list beside it works as before.
 */
/**
 * Leaflet writes a string tooltip or popup as HTML: a place named "<img onerror=…>" or
 * "<meta http-equiv=refresh …>" would run in every viewer's tab. Names are user text, so they go
 * in as a DOM node holding text, never as a string.
 */
function asText(text: string): HTMLElement {
  const node = document.createElement('span');
  node.textContent = text;
  return node;
}

export function PlaceMap({ places, here }: { places: Place[]; here: Position | null }) {
  const box = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const { m: words, plural } = useI18n();

  useEffect(() => {
    if (!box.current) return;
    // Reduced motion: no zoom or fade animations (CSS stops the rest, styles.css).
    const still = reducedMotion();
    const m = L.map(box.current, {
      zoomControl: true,
      attributionControl: true,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
    });
    const tiles = L.tileLayer(TILES, {
      maxZoom: 19,
      attribution: '© OpenStreetMap contributors',
    });
    tiles.on('tileerror', () => setTilesFailed(true));
    tiles.addTo(m);
    map.current = m;
    layer.current = L.layerGroup().addTo(m);
    return () => {
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    const group = layer.current;
    if (!m || !group) return;
    group.clearLayers();
    const points: L.LatLngExpression[] = [];
    for (const p of places) {
      const at: L.LatLngExpression = [p.latitude, p.longitude];
      points.push(at);
      L.circleMarker(at, { radius: 8, className: 'map-place' }).bindTooltip(asText(p.name)).addTo(group);
    }
    if (here) {
      const at: L.LatLngExpression = [here.lat, here.lng];
      points.push(at);
      L.circleMarker(at, { radius: 6, className: 'map-here' })
        .bindTooltip(asText(words.places.you))
        .addTo(group);
    }
    if (points.length === 1) m.setView(points[0]!, 15);
    else if (points.length > 1) m.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 16 });
    else m.setView([51.5074, -0.1278], 11);
  }, [places, here, words]);

  return (
    <figure class="map-figure">
      {/* A region, not an image: it holds controls (zoom, the keyboard-pannable map itself). */}
      <section ref={box} class="map" aria-label={plural(words.places.map, places.length)} />
      {tilesFailed ? <figcaption class="hint">{words.places.noTiles}</figcaption> : null}
    </figure>
  );
}
