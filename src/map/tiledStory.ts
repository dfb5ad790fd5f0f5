import type { FeatureCollection } from 'geojson';
import type { AddProtocolResponseData, GetResourceResponse, Map as MapLibreMap, RequestParameters, StyleSpecification, VectorTileSource } from 'maplibre-gl';
import { startStoryTileWorker } from 'virtual:story-tile-worker';
import { STORY_SCHEME, STORY_SOURCE, STORY_SOURCE_LAYER } from './ids';
import { STORY_TILES_MAX_ZOOM } from './storyTiles';
import { walkGeometry } from './walkGeometry';

export type StoryTileRequest = { type: 'load'; data: FeatureCollection } | { type: 'tile'; id: number; z: number; x: number; y: number };
export type StoryTileAnswer = { id: number; buffer: ArrayBuffer | null };

/**
 * A story of more positions than this is drawn from vector tiles its own worker cuts. MapLibre
 * copies a GeoJSON source's data to its worker in one task on the page's thread, about 2.5 µs a
 * position here: a story of 10,000 polygons (610,000 positions) froze the page for 1.5 s. The
 * built-in story, far smaller, is drawn as a GeoJSON source, as before.
 */
export const TILED_STORY_POSITIONS = 60_000;

/** How many positions `data`'s geometries have. */
export function storyPositions(data: FeatureCollection): number {
  let n = 0;
  for (const f of data.features) if (f.geometry) walkGeometry(f.geometry, { point: () => n++, line: (l) => (n += l.length) });
  return n;
}

/** The story's tile URL template for one version of its data. */
export const storyTilesUrl = (version: number) => `${STORY_SCHEME}://story/${version}/{z}/{x}/{y}`;

let worker: Worker | null = null;
let version = 0;
let asked = 0;
const waiting = new Map<number, (buffer: ArrayBuffer | null) => void>();
/** Where a failure of the story's worker is told (the page's alert). */
let report: (message: string) => void = () => {};

/** Gives the story's worker `data` (a structured clone, far cheaper than MapLibre's copy); returns its version. */
function load(data: FeatureCollection): number {
  if (!worker) {
    const started = startStoryTileWorker();
    started.onmessage = ({ data: answer }: MessageEvent<StoryTileAnswer>) => {
      waiting.get(answer.id)?.(answer.buffer);
      waiting.delete(answer.id);
    };
    started.onerror = (e) => {
      e.preventDefault();
      report(`Part of the story could not be drawn: ${e.message || 'its worker stopped'}.`);
    };
    worker = started;
  }
  worker.postMessage({ type: 'load', data } satisfies StoryTileRequest);
  return ++version;
}

/**
 * Readies `style` (buildStyle's, before the map is made with it) to draw a story of more than
 * TILED_STORY_POSITIONS positions from tiles: its story source becomes a vector source whose
 * tiles the story's worker cuts, and the story's map layers read its one layer. Returns whether it
 * did; a smaller story is left as it is. The map's first `idle` comes once the story's tiles in
 * view are drawn, as with a GeoJSON source.
 */
export function tileStory(style: StyleSpecification, onproblem: (message: string) => void): boolean {
  const source = style.sources[STORY_SOURCE];
  if (source?.type !== 'geojson' || typeof source.data === 'string') return false;
  const data = source.data as FeatureCollection;
  if (storyPositions(data) <= TILED_STORY_POSITIONS) return false;
  report = onproblem;
  style.sources[STORY_SOURCE] = {
    type: 'vector',
    tiles: [storyTilesUrl(load(data))],
    maxzoom: STORY_TILES_MAX_ZOOM,
    ...(source.attribution ? { attribution: source.attribution } : {}),
  };
  for (const layer of style.layers) if ('source' in layer && layer.source === STORY_SOURCE) layer['source-layer'] = STORY_SOURCE_LAYER;
  return true;
}

/** Gives a tiled story's map new data (an edit, another label language): MapLibre asks for every tile again. */
export function retileStory(map: MapLibreMap, data: FeatureCollection): void {
  (map.getSource(STORY_SOURCE) as VectorTileSource | undefined)?.setTiles([storyTilesUrl(load(data))]);
}

const EMPTY = new ArrayBuffer(0);
const TILE_URL = new RegExp(`^${STORY_SCHEME}://story/\\d+/(\\d+)/(\\d+)/(\\d+)$`);

/**
 * MapLibre's loader for `storytiles://` tiles (see addProtocol): MapLibre's worker asks the page
 * for each tile, the page asks the story's worker, which transfers the bytes. Without a story
 * worker (or if it stopped) a tile is empty.
 */
export async function loadStoryTile({ url }: RequestParameters): Promise<GetResourceResponse<AddProtocolResponseData>> {
  const m = TILE_URL.exec(url);
  if (!m || !worker) return { data: EMPTY.slice(0) };
  const [, z, x, y] = m.map(Number);
  const id = ++asked;
  const buffer = await new Promise<ArrayBuffer | null>((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ type: 'tile', id, z, x, y } satisfies StoryTileRequest);
  });
  return { data: buffer ?? EMPTY.slice(0) };
}
