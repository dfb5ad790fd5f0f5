/**
 * Holds one dense point layer and cuts its vector tiles as MapLibre asks for them, so the page
 * never holds the layer's features (see pointTiles.ts and pointLayerTiles.ts). Messages in: a
 * PointTileRequest; out: a PointTileAnswer (a tile's bytes transferred, not copied).
 */
import type { FeatureCollection } from 'geojson';
import { PointTiles } from './pointTiles';
import type { PointTileAnswer, PointTileRequest } from './pointLayerTiles';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PointTileRequest>) => void) | null;
  postMessage(message: PointTileAnswer, transfer?: Transferable[]): void;
};

let tiles: PointTiles | null = null;

scope.onmessage = async ({ data: request }) => {
  if (request.type === 'load') {
    try {
      // The file was checked by the import before it came here: only its points are indexed.
      scope.postMessage({ type: 'progress', step: 'Reading' });
      const data = JSON.parse(await request.file.text()) as FeatureCollection;
      scope.postMessage({ type: 'progress', step: 'Indexing' });
      tiles = new PointTiles(data, request.view);
      scope.postMessage({ type: 'ready' });
    } catch (e) {
      scope.postMessage({ type: 'failed', message: (e as Error)?.message ?? String(e) });
    }
  } else if (request.type === 'tile') {
    const bytes = tiles?.tile(request.view, request.z, request.x, request.y) ?? null;
    const buffer = bytes ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) : null;
    scope.postMessage({ type: 'tile', id: request.id, buffer }, buffer ? [buffer] : []);
  } else {
    scope.postMessage({ type: 'expand', id: request.id, zoom: tiles?.expansionZoom(request.clusterId) ?? null });
  }
};
