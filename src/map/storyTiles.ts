import type { FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { STORY_SOURCE_LAYER } from './ids';

/** Tiles are cut to this zoom; MapLibre scales the last ones up beyond it (a unit is then ~0.6 m). */
export const STORY_TILES_MAX_ZOOM = 14;
const EXTENT = 4096;

/**
 * A large story's features (buildStyle's story source data: places, dashed edges and names) cut
 * into vector tiles on demand, for a worker to hand MapLibre tile by tile as bytes it can
 * transfer: MapLibre's GeoJSON source would copy every position on the page's thread first. The
 * tiles are simplified as MapLibre simplifies a GeoJSON source's; each holds 32 pixels around it
 * (MapLibre's own take 128, which doubled the time to index 10,000 polygons for no line or
 * outline the story draws: the widest is 3 pixels).
 *
 * @example
 * new StoryTiles(collection).tile(0, 0, 0) // Uint8Array of a vector tile with a layer "story"
 */
export class StoryTiles {
  #index: GeoJSONVT;

  constructor(data: FeatureCollection) {
    this.#index = new GeoJSONVT(data, { maxZoom: STORY_TILES_MAX_ZOOM, extent: EXTENT, buffer: EXTENT / 16, tolerance: 3 });
  }

  /** The vector tile at z/x/y, or null where the story has nothing. */
  tile(z: number, x: number, y: number): Uint8Array | null {
    const tile = this.#index.getTile(z, x, y);
    if (!tile || tile.features.length === 0) return null;
    return fromGeojsonVt({ [STORY_SOURCE_LAYER]: tile }, { version: 2, extent: EXTENT });
  }
}
