import type { AddProtocolResponseData, GetResourceResponse, RequestParameters } from 'maplibre-gl';
import { startPointTileWorker } from 'virtual:point-tile-worker';
import type { PointsView } from './pointTiles';
import { POINTS_SCHEME } from '../map/ids';

export type PointTileRequest =
  | { type: 'load'; file: Blob; view: PointsView }
  | { type: 'tile'; id: number; view: PointsView; z: number; x: number; y: number }
  | { type: 'expand'; id: number; clusterId: number };
export type PointTileAnswer =
  | { type: 'progress'; step: string }
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'tile'; id: number; buffer: ArrayBuffer | null }
  | { type: 'expand'; id: number; zoom: number | null };

/** A dense layer's tile URL template for MapLibre's vector source. */
export const pointTilesUrl = (layerId: string, view: PointsView) => `${POINTS_SCHEME}://${layerId}/${view}/{z}/{x}/{y}`;

interface LayerWorker {
  worker: Worker;
  waiting: Map<number, (answer: PointTileAnswer | null) => void>;
  /** Settles the load still under way as removed (see removePointLayer). */
  removed?: () => void;
}

const workers = new Map<string, LayerWorker>();
let asked = 0;

function ask(layerId: string, request: PointTileRequest & { id: number }): Promise<PointTileAnswer | null> {
  const held = workers.get(layerId);
  if (!held) return Promise.resolve(null);
  return new Promise((resolve) => {
    held.waiting.set(request.id, resolve);
    held.worker.postMessage(request);
  });
}

const EMPTY = new ArrayBuffer(0);
const TILE_URL = new RegExp(`^${POINTS_SCHEME}://([^/]+)/(clusters|heatmap|all)/(\\d+)/(\\d+)/(\\d+)$`);

/**
 * MapLibre's loader for `userpoints://` tiles (see addProtocol): MapLibre's worker asks the page
 * for each tile, the page asks the layer's worker, which transfers the bytes. A layer that is gone
 * answers an empty tile.
 */
export async function loadPointTile({ url }: RequestParameters): Promise<GetResourceResponse<AddProtocolResponseData>> {
  const m = TILE_URL.exec(url);
  if (!m) return { data: EMPTY.slice(0) };
  const [, layerId, view, z, x, y] = m;
  const answer = await ask(layerId, { type: 'tile', id: ++asked, view: view as PointsView, z: +z, x: +x, y: +y });
  return { data: answer?.type === 'tile' && answer.buffer ? answer.buffer : EMPTY.slice(0) };
}

/**
 * Starts the worker that holds a dense point layer (read from its stored file, indexed first for
 * `view`) and cuts its tiles, telling `onstep` what it is doing ("Reading", "Indexing"); resolves true once the tiles
 * can be asked for, false when the layer was removed first (removePointLayer: the worker is
 * ended), and rejects with the reason when the file cannot be indexed. The page keeps no copy of
 * the features.
 *
 * @example
 * if (await loadPointLayer(layer.id, layer.file, 'clusters', (step) => (shown = step)))
 *   map.addSource(layer.id, { type: 'vector', tiles: [pointTilesUrl(layer.id, 'clusters')] });
 */
export function loadPointLayer(layerId: string, file: Blob, view: PointsView, onstep?: (step: string) => void): Promise<boolean> {
  removePointLayer(layerId);
  const held: LayerWorker = { worker: startPointTileWorker(), waiting: new Map() };
  workers.set(layerId, held);
  return new Promise((resolve, reject) => {
    held.removed = () => resolve(false);
    const fail = (message: string) => {
      reject(new Error(message));
      removePointLayer(layerId);
    };
    held.worker.onmessage = ({ data }: MessageEvent<PointTileAnswer>) => {
      if (data.type === 'progress') onstep?.(data.step);
      else if (data.type === 'ready') resolve(true);
      else if (data.type === 'failed') fail(data.message);
      else {
        held.waiting.get(data.id)?.(data);
        held.waiting.delete(data.id);
      }
    };
    held.worker.onerror = (e) => {
      e.preventDefault();
      fail(e.message || 'its worker stopped');
    };
    held.worker.postMessage({ type: 'load', file, view } satisfies PointTileRequest);
  });
}

/** Ends a dense layer's worker (tiles still asked for come back empty, a load under way as removed). */
export function removePointLayer(layerId: string): void {
  const held = workers.get(layerId);
  if (!held) return;
  workers.delete(layerId);
  held.worker.terminate();
  for (const resolve of held.waiting.values()) resolve(null);
  held.removed?.();
}

/** The zoom at which a cluster of a dense layer splits (its `cluster_id`), or null. */
export async function clusterExpansionZoom(layerId: string, clusterId: number): Promise<number | null> {
  const answer = await ask(layerId, { type: 'expand', id: ++asked, clusterId });
  return answer?.type === 'expand' ? answer.zoom : null;
}
