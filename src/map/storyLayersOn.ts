import type { Map as MapLibreMap } from 'maplibre-gl';
import { clickableLayerIds, storyLayerIds } from './ids';

/**
 * The map layers of story layer `layerId` that `map`'s style has: buildStyle makes only those its
 * features need (a layer of points has no fill).
 *
 * @example
 * storyLayersOn(map, 'cooperation') // ['story-cooperation-point']
 */
export function storyLayersOn(map: MapLibreMap, layerId: string): string[] {
  return Object.values(storyLayerIds(layerId)).filter((id) => map.getLayer(id));
}

/** The map layers of the story layers `layerIds` that answer clicks, of those `map`'s style has. */
export function clickableOn(map: MapLibreMap, layerIds: readonly string[]): string[] {
  return layerIds.flatMap(clickableLayerIds).filter((id) => map.getLayer(id));
}
