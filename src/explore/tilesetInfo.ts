import type { Bounds } from '../map/featureBounds';

/** What of a PMTiles header the app reads (pmtiles' `Header` has these and more). */
export interface TilesetHeader {
  tileType: number;
  minZoom: number;
  maxZoom: number;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** A vector tileset as the map draws it. */
export interface TilesetInfo {
  /** The vector layers' names (`source-layer`s), in the metadata's order. */
  layers: string[];
  /** Where its tiles are, or null when the header's box is not one. */
  bounds: Bounds | null;
  minzoom: number;
  maxzoom: number;
  encoding: 'mvt' | 'mlt';
}

/** More layers than a panel of toggles can sensibly hold; and names longer than a title. */
export const MAX_TILESET_LAYERS = 100;
const MAX_LAYER_NAME = 200;
/** The deepest zoom a MapLibre source may declare. */
const MAX_SOURCE_ZOOM = 24;

const RASTER: Record<number, string> = { 2: 'PNG', 3: 'JPEG', 4: 'WebP', 5: 'AVIF' };
const ENCODING: Record<number, TilesetInfo['encoding']> = { 1: 'mvt', 6: 'mlt' };

/**
 * A PMTiles archive's header and JSON metadata as the layers the map can draw, or what makes it
 * unusable, in plain words (to follow "… is not a readable PMTiles file: "). Only vector tiles
 * are drawn; their layers come from the metadata's `vector_layers` (as tippecanoe and planetiler
 * write it).
 *
 * @example
 * tilesetInfo({ tileType: 1, minZoom: 0, maxZoom: 6, minLon: 120, minLat: 20, maxLon: 130, maxLat: 30 }, { vector_layers: [{ id: 'ports' }] })
 * // { layers: ['ports'], bounds: [120, 20, 130, 30], minzoom: 0, maxzoom: 6, encoding: 'mvt' }
 */
export function tilesetInfo(header: TilesetHeader, metadata: unknown): TilesetInfo | string {
  if (RASTER[header.tileType]) return `it holds raster tiles (${RASTER[header.tileType]}); only vector tilesets can be shown as layers`;
  const encoding = ENCODING[header.tileType];
  if (!encoding) return 'its tile type is not one of the vector types (MVT or MLT)';
  if (!(header.minZoom <= header.maxZoom)) return `its zoom range (${header.minZoom} to ${header.maxZoom}) is empty`;
  const listed = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(listed) || listed.length === 0) return 'its metadata lists no vector layers ("vector_layers")';
  if (listed.length > MAX_TILESET_LAYERS) return `it has ${listed.length} vector layers, more than ${MAX_TILESET_LAYERS}`;
  const layers: string[] = [];
  for (const layer of listed) {
    const id = (layer as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_LAYER_NAME) return 'a vector layer in its metadata has no name';
    if (!layers.includes(id)) layers.push(id);
  }
  const { minLon: w, minLat: s, maxLon: e, maxLat: n } = header;
  const inRange = [w, e].every((x) => x >= -180 && x <= 180) && [s, n].every((y) => y >= -90 && y <= 90);
  return {
    layers,
    bounds: inRange && w < e && s < n ? [w, s, e, n] : null,
    minzoom: Math.min(header.minZoom, MAX_SOURCE_ZOOM),
    maxzoom: Math.min(header.maxZoom, MAX_SOURCE_ZOOM),
    encoding,
  };
}
