import type { Map as MapLibreMap } from 'maplibre-gl';
import { storyLayerIds } from './ids';

/**
 * Shows the story layers in `visible` and hides the rest of `all`, through layout visibility.
 *
 * @example
 * setStoryVisibility(map, ['quad', 'scs', 'okinawa'], ['okinawa'])
 */
export function setStoryVisibility(map: MapLibreMap, all: readonly string[], visible: readonly string[]): void {
  for (const id of all) {
    const visibility = visible.includes(id) ? 'visible' : 'none';
    for (const layerId of Object.values(storyLayerIds(id))) map.setLayoutProperty(layerId, 'visibility', visibility);
  }
}
