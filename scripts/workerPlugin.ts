import type { Plugin } from 'vite';

const VIRTUAL = 'virtual:maplibre-worker';
const RESOLVED = '\0' + VIRTUAL;
const WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs';
/** The app's own workers: each virtual module's name, the function it exports and the worker's source. */
const APP_WORKERS: Record<string, [start: string, file: string]> = {
  'virtual:import-worker': ['startImportWorker', '/src/explore/importWorker.ts'],
  'virtual:point-tile-worker': ['startPointTileWorker', '/src/explore/pointTileWorker.ts'],
  'virtual:story-tile-worker': ['startStoryTileWorker', '/src/map/storyTileWorker.ts'],
  'virtual:package-worker': ['startPackageWorker', '/src/story/packageWorker.ts'],
};

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
 * `virtual:story-tile-worker` `startStoryTileWorker()` (a large story's tiles), and
 * `virtual:package-worker` `startPackageWorker()` (a story package read and checked).
 */
export function workerPlugin(options: { embed: boolean }): Plugin {
  return {
    name: 'briefing-maplibre-worker',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : Object.hasOwn(APP_WORKERS, id) ? '\0' + id : undefined),
    load(id) {
      // The app's workers the same way: Vite bundles each, as a file of its own, or inline as a Blob URL.
      const app = Object.entries(APP_WORKERS).find(([name]) => id === '\0' + name);
      if (app) {
        const [start, file] = app[1];
        return `export { default as ${start} } from '${file}?worker${options.embed ? '&inline' : ''}';`;
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
