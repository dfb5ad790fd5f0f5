import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

/**
 * Gives a drawn map's source `id` the data (and credit) of `style`'s (a buildStyle after an edit
 * or for another label language): with setData, or, for a large story drawn from tiles (the only
 * vector source `style` makes a GeoJSON one; see tiledStory.ts, already loaded then), to the
 * story's worker.
 */
export function setSourceData(map: MapLibreMap, style: StyleSpecification, id: string): void {
  const source = style.sources[id];
  const live = map.getSource(id);
  if (source?.type !== 'geojson' || !live) return;
  // The credit changes with the names; the attribution control reads it again when the new data arrives.
  live.attribution = source.attribution ?? '';
  const data = source.data as FeatureCollection;
  if (live.type === 'vector') void import('./tiledStory').then(({ retileStory }) => retileStory(map, data));
  else (live as GeoJSONSource).setData(data);
}
