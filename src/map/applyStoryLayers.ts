import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { STORY_SOURCE, STORY_SOURCE_LAYER } from './ids';
import { setSourceData } from './setSourceData';

/** The map layers buildStyle makes for one story layer (`story-<id>-fill`, …): not the story's names nor its highlight. */
const PER_LAYER = /^story-[a-z0-9-]+-(fill|country-fill|outline|country-outline|line|point)$/;

/**
 * Brings an edited story onto a drawn map: `style` is buildStyle's output for the edited story. The
 * story's source gets the new features; each story layer's map layers are added, removed, repainted
 * and put in the style's order. The rest of the map (the basemap, the user's layers, tools,
 * highlight) stays as it is: a whole new style would drop them.
 *
 * @example
 * applyStoryLayers(map, buildStyle(light, layers, input)) // after a layer was recoloured
 */
export function applyStoryLayers(map: MapLibreMap, style: StyleSpecification): void {
  setSourceData(map, style, STORY_SOURCE);
  // A large story's layers read the one layer of its tiles (see tiledStory.ts).
  const tiled = map.getSource(STORY_SOURCE)?.type === 'vector';
  const wanted = new Set(style.layers.filter((l) => PER_LAYER.test(l.id)).map((l) => l.id));
  for (const layer of map.getStyle().layers) if (PER_LAYER.test(layer.id) && !wanted.has(layer.id)) map.removeLayer(layer.id);
  // From the bottom up, each goes just above the style's layer below it: what the map has above
  // the story's layers and is not in the style (the user's layers, the highlight) stays above them.
  const order = style.layers;
  order.forEach((layer, i) => {
    if (!PER_LAYER.test(layer.id)) return;
    const below = order
      .slice(0, i)
      .reverse()
      .find((l) => map.getLayer(l.id))?.id;
    const drawn = map.getStyle().layers.map((l) => l.id);
    const before = below === undefined ? drawn[0] : drawn[drawn.indexOf(below) + 1];
    if (!map.getLayer(layer.id)) return map.addLayer((tiled ? { ...layer, 'source-layer': STORY_SOURCE_LAYER } : layer) as LayerSpecification, before);
    for (const [name, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, name as Parameters<MapLibreMap['setPaintProperty']>[1], value);
    if ('filter' in layer) map.setFilter(layer.id, layer.filter);
    if (before !== layer.id) map.moveLayer(layer.id, before);
  });
}
