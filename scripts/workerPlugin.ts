import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:maplibre-worker';
const RESOLVED = '\0' + VIRTUAL;
const WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs';
const IMPORT = 'virtual:import-worker';
const IMPORT_RESOLVED = '\0' + IMPORT;
const POINT_TILES = 'virtual:point-tile-worker';
const POINT_TILES_RESOLVED = '\0' + POINT_TILES;
const PACKAGE = 'virtual:package-worker';
const PACKAGE_RESOLVED = '\0' + PACKAGE;

/**
 * `virtual:maplibre-worker` exports `workerUrl()`, the URL to hand to MapLibre's `setWorkerUrl`.
 * The served build points at the worker file it ships (CSP `worker-src 'self'`). The single-file
 * build carries the worker's code as text and makes a Blob URL of it (CSP `worker-src blob:`):
 * a page opened from `file://` can start no worker from a file. The worker imports nothing, so
 * its code alone is enough.
 *
 * `virtual:import-worker` exports `startImportWorker()` for the user's file imports, by the same
 * rule: a worker file in the served build, its bundled code as a Blob URL in the single file.
 * `virtual:point-tile-worker` exports `startPointTileWorker()` (a dense point layer's tiles) alike,
 * and `virtual:package-worker` `startPackageWorker()` (a story package read and checked).
 */
export function workerPlugin(options: { embed: boolean }): Plugin {
  return {
    name: 'briefing-maplibre-worker',
    resolveId: (id) =>
      id === VIRTUAL ? RESOLVED : id === IMPORT ? IMPORT_RESOLVED : id === POINT_TILES ? POINT_TILES_RESOLVED : id === PACKAGE ? PACKAGE_RESOLVED : undefined,
    load(id) {
      // The import worker the same way: Vite bundles it, as a file of its own, or inline as a Blob URL.
      if (id === IMPORT_RESOLVED) {
        return `export { default as startImportWorker } from '/src/explore/importWorker.ts?worker${options.embed ? '&inline' : ''}';`;
      }
      if (id === POINT_TILES_RESOLVED) {
        return `export { default as startPointTileWorker } from '/src/explore/pointTileWorker.ts?worker${options.embed ? '&inline' : ''}';`;
      }
      if (id === PACKAGE_RESOLVED) {
        return `export { default as startPackageWorker } from '/src/story/packageWorker.ts?worker${options.embed ? '&inline' : ''}';`;
      }
      if (id !== RESOLVED) return undefined;
      return options.embed
        ? [
            `import code from '${WORKER}?raw';`,
            'let url;',
            "export const workerUrl = () => (url ??= URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));",
          ].join('\n')
        : `import url from '${WORKER}?url';\nexport const workerUrl = () => url;`;
    },
  };
}
