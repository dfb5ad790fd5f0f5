import type { Feature, FeatureCollection } from 'geojson';
import type { StoryLayer } from '../story/types';
import type { UserLayer } from './userLayers.svelte';

/**
 * What the map shows, as one GeoJSON FeatureCollection: the features of the visible story
 * layers that the year range does not hide (each with its layer's title as `layer`), then the
 * features of the user's visible layers exactly as imported.
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
  const user = userLayers.filter((l) => l.visible).flatMap((l) => l.data.features);
  return { type: 'FeatureCollection', features: [...story, ...user] };
}

/** A name safe for a downloaded file: letters, digits and hyphens, with the extension given. */
export const fileName = (name: string, extension = 'geojson') =>
  `${
    name
      .replace(/\.(geo)?json$/i, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'feature'
  }.${extension}`;

/** Offers text to the user as a file download (made in the page; nothing is sent anywhere). */
export function downloadText(name: string, extension: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(name, extension);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers GeoJSON to the user as a file download. */
export function downloadGeojson(name: string, data: Feature | FeatureCollection): void {
  downloadText(name, 'geojson', 'application/geo+json', JSON.stringify(data));
}
