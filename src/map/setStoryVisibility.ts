import type { Map as MapLibreMap } from 'maplibre-gl';
import { storyLabelFilter } from './buildStyle';
import { STORY_LABEL_LAYER } from './ids';
import { storyLayersOn } from './storyLayersOn';

/**
 * Shows the story layers in `visible` and hides the rest of `all`, through layout visibility, and
 * draws the names of the visible ones' features, less those `hidden` by the year range.
 *
 * @example
 * setStoryVisibility(map, ['quad', 'scs', 'okinawa'], ['okinawa'], [])
 */
export function setStoryVisibility(map: MapLibreMap, all: readonly string[], visible: readonly string[], hidden: readonly string[]): void {
  for (const id of all) {
    const visibility = visible.includes(id) ? 'visible' : 'none';
    for (const layerId of storyLayersOn(map, id)) map.setLayoutProperty(layerId, 'visibility', visibility);
  }
  if (map.getLayer(STORY_LABEL_LAYER)) map.setFilter(STORY_LABEL_LAYER, storyLabelFilter(visible, hidden));
}
