import type { Feature, FeatureCollection } from 'geojson';
import { GeoJSONVT, type GeoJSONVTOptions } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

/** How a dense point layer is drawn: clusters with counts, a heatmap, or every point. */
export type PointsView = 'clusters' | 'heatmap' | 'all';
export const POINTS_VIEWS: readonly PointsView[] = ['clusters', 'heatmap', 'all'];

/**
 * A layer of at least this many features, all of them points, is drawn from vector tiles that
 * its own worker cuts (clusters when zoomed out): below it, MapLibre's GeoJSON source draws it
 * as it does every other layer.
 */
export const DENSE_POINTS = 50_000;

/** The name of the one layer inside each tile. */
export const POINTS_SOURCE_LAYER = 'points';
/** Tiles are cut to this zoom; MapLibre scales the last ones up beyond it. */
export const POINTS_MAX_ZOOM = 14;
/** Clusters stop at this zoom: closer in, every point is drawn. */
export const CLUSTER_MAX_ZOOM = 12;
const EXTENT = 4096;

/**
 * Whether a layer is drawn from tiles (see DENSE_POINTS): `threshold` or more features, each a
 * point (or several) or without a geometry.
 *
 * @example
 * drawsAsTiles({ type: 'FeatureCollection', features: [point] }, 1) // true
 */
export function drawsAsTiles(data: FeatureCollection, threshold = DENSE_POINTS): boolean {
  if (data.features.length < threshold) return false;
  return data.features.every((f: Feature) => !f.geometry || f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint');
}

/**
 * A dense point layer cut into vector tiles on demand, for a worker to hand MapLibre tile by
 * tile (as bytes it can transfer) instead of a million objects to clone. The clustered index
 * serves the clusters and heatmap views, the other every point: the one for `view` is built at
 * once, the other the first time it is asked for.
 *
 * @example
 * const tiles = new PointTiles(collection, 'clusters');
 * tiles.tile('clusters', 0, 0, 0) // Uint8Array of a vector tile with a layer "points"
 */
export class PointTiles {
  #data: FeatureCollection;
  #indexes = new Map<boolean, GeoJSONVT>();

  constructor(data: FeatureCollection, view: PointsView) {
    this.#data = data;
    this.#index(view !== 'all');
  }


  #index(clustered: boolean): GeoJSONVT {
    let index = this.#indexes.get(clustered);
    if (!index) {
      const options: GeoJSONVTOptions = { maxZoom: POINTS_MAX_ZOOM, extent: EXTENT, buffer: 64, generateId: true };
      if (clustered) {
        options.cluster = true;
        // The clusters' tiles in the same units as the points' (50 pixels of a 512-pixel tile), as MapLibre's own clustered sources have them.
        options.clusterOptions = { radius: (50 * EXTENT) / 512, extent: EXTENT, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2, generateId: true };
      }
      index = new GeoJSONVT(this.#data, options);
      this.#indexes.set(clustered, index);
    }
    return index;
  }

  /** The vector tile at z/x/y for `view`, or null where it holds nothing. */
  tile(view: PointsView, z: number, x: number, y: number): Uint8Array | null {
    const tile = this.#index(view !== 'all').getTile(z, x, y);
    if (!tile || tile.features.length === 0) return null;
    return fromGeojsonVt({ [POINTS_SOURCE_LAYER]: tile }, { version: 2, extent: EXTENT });
  }

  /** The zoom at which a cluster (by its `cluster_id`) splits into smaller ones or points. */
  expansionZoom(clusterId: number): number | null {
    return this.#index(true).getClusterExpansionZoom(clusterId);
  }
}
