import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { STORY_SOURCE } from './ids';

/**
 * Gives a drawn map's story source the data (and credit) of `style` (a buildStyle after an edit or
 * for another label language): with setData, or, for a large story drawn from tiles (see
 * tiledStory.ts, already loaded then), to the story's worker.
 */
export function setStoryData(map: MapLibreMap, style: StyleSpecification): void {
  const source = style.sources[STORY_SOURCE];
  const live = map.getSource(STORY_SOURCE);
  if (source?.type !== 'geojson' || !live) return;
  // The credit changes with the names; the attribution control reads it again when the new data arrives.
  live.attribution = source.attribution ?? '';
  const data = source.data as FeatureCollection;
  if (live.type === 'vector') void import('./tiledStory').then(({ retileStory }) => retileStory(map, data));
  else (live as GeoJSONSource).setData(data);
}
