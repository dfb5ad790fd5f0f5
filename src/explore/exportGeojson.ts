import type { Feature, FeatureCollection } from 'geojson';
import type { StoryLayer } from '../story/types';
import type { UserLayer } from './userLayers.svelte';
import { download, fileName } from '../state/download';

/**
 * What the map shows, as one GeoJSON FeatureCollection: the features of the visible story
 * layers that the year range does not hide (each with its layer's title as `layer`), then the
 * features of the user's visible layers exactly as imported (but for dense point layers, whose
 * features the page does not hold: their file is what a user exports them as).
 *
 * @example
 * visibleCollection(story.layers, app.visible, app.hiddenByYears, explore.layers.list)
 */
export function visibleCollection(
  storyLayers: readonly StoryLayer[],
  visible: readonly string[],
  hidden: ReadonlySet<string>,
  userLayers: readonly Pick<UserLayer, 'visible' | 'data'>[],
): FeatureCollection {
  const story = storyLayers
    .filter((l) => visible.includes(l.id))
    .flatMap((l) =>
      l.data.features
        .filter((f) => !hidden.has(f.properties.id))
        .map((f): Feature => ({ type: 'Feature', id: f.id, properties: { ...f.properties, layer: l.title }, geometry: f.geometry })),
    );
  const user = userLayers.filter((l) => l.visible).flatMap((l) => l.data?.features ?? []);
  return { type: 'FeatureCollection', features: [...story, ...user] };
}

/** Offers GeoJSON to the user as a file download, named after `name`. */
export function downloadGeojson(name: string, data: Feature | FeatureCollection): void {
  download(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }), fileName(name, 'geojson', 'feature'));
}
