import type { Feature, FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { STORY_SOURCE } from './ids';
import { walkGeometry } from './walkGeometry';

/**
 * Positions per message to MapLibre's worker. MapLibre copies a GeoJSON source's data to its
 * worker in one task on the page's thread, about 2.5 µs a position here: a story of 10,000
 * polygons froze the page for 1.5 s. This many is about 75 ms.
 */
export const POSITIONS_PER_STEP = 60_000;

/**
 * `data`'s features in steps of at most `limit` positions each (a feature larger than that is a
 * step of its own), each feature numbered by its place in `data`: MapLibre adds features to a
 * source (`updateData`) only by their ids, which must be unique, and the story's are not (a
 * dashed outline and a name share their place's id; the map finds a place by its `id` property).
 * A collection within the limit is one step.
 *
 * @example
 * storySteps(tenThousandPolygons) // 21 arrays of features, the first to go in the style
 */
export function storySteps(data: FeatureCollection, limit = POSITIONS_PER_STEP): Feature[][] {
  const steps: Feature[][] = [[]];
  let positions = 0;
  data.features.forEach((feature, id) => {
    let n = 0;
    if (feature.geometry) walkGeometry(feature.geometry, { point: () => n++, line: (l) => (n += l.length) });
    if (positions > 0 && positions + n > limit) {
      steps.push([]);
      positions = 0;
    }
    steps[steps.length - 1].push({ ...feature, id });
    positions += n;
  });
  return steps;
}

/** What `addStorySteps` needs of MapLibre's GeoJSONSource. */
interface Updatable {
  updateData(diff: { add: Feature[] }): Promise<void>;
}

/**
 * Adds `steps` (storySteps' after the first) to `source`, each once MapLibre's worker has taken
 * the one before (MapLibre would merge the waiting ones into one message, one long copy again),
 * while `current()` holds: an edit or another label language replaces the source's data, and the
 * rest of the old data must not follow it. Resolves when the last is added or it stopped.
 */
export async function addStorySteps(source: Updatable, steps: Feature[][], current: () => boolean): Promise<void> {
  for (const step of steps) {
    if (!current()) return;
    await source.updateData({ add: step });
  }
}

/** A layer's zoom range, as `setLayerZoomRange` takes it. */
export type ZoomRange = [id: string, minzoom: number, maxzoom: number];

/**
 * Takes `style`'s story layers off the map (below any zoom) and returns their zoom ranges, to be
 * given back once the last step is added. While no layer shows the story, MapLibre cuts none of
 * its tiles: shown, each step would cut and draw them all again, and the map is ready later
 * (30 s against 17 s for 10,000 polygons).
 */
export function hideStoryLayers(style: StyleSpecification): ZoomRange[] {
  const ranges: ZoomRange[] = [];
  for (const layer of style.layers) {
    if (!('source' in layer) || layer.source !== STORY_SOURCE) continue;
    ranges.push([layer.id, layer.minzoom ?? 0, layer.maxzoom ?? 24]);
    layer.minzoom = 24;
  }
  return ranges;
}
