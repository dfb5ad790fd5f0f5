import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { loadStory } from './loadStory.ts';
import { basemapAssets, type BasemapAssets } from './basemapAssets.ts';

const VIRTUAL = 'virtual:data-files';
const RESOLVED = '\0' + VIRTUAL;

/** The name a data file is served under: its logical name with a content hash, for safe caching. */
function hashed(name: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return name.replace(/\.json$/, `.${hash}.json`);
}

/**
 * Turns `geo/`, `data/` and Natural Earth into the JSON files the app fetches, checking them
 * first: a data problem fails the build (and the dev server) naming the file, feature and rule.
 * The app imports `virtual:data-files` for the files' relative URLs and the ids of the countries
 * that have 1:10m detail.
 */
export function dataPlugin(root: string): Plugin {
  let files = new Map<string, string>();
  let urls: Record<string, string> = {};
  let basemap: BasemapAssets | undefined;

  const generate = () => {
    basemap ??= basemapAssets();
    const story = JSON.stringify(loadStory(root));
    const all: Record<string, string> = { ...basemap.files, 'data/story.json': story };
    files = new Map();
    urls = {};
    for (const [name, source] of Object.entries(all)) {
      const fileName = hashed(name, source);
      files.set(fileName, source);
      urls[name] = fileName;
    }
  };

  return {
    name: 'briefing-data',
    buildStart() {
      generate();
      for (const dir of ['geo', 'data']) this.addWatchFile(`${root}/${dir}`);
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `export const urls = ${JSON.stringify(urls)};\nexport const detailIds = ${JSON.stringify(basemap?.detailIds)};`
        : undefined,
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.on('change', (path) => {
        if (/^(geo|data)\//.test(relative(root, path))) {
          generate();
          const mod = server.moduleGraph.getModuleById(RESOLVED);
          if (mod) server.moduleGraph.invalidateModule(mod);
          server.ws.send({ type: 'full-reload' });
        }
      });
      server.middlewares.use((req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        const source = files.get(name);
        if (source === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(source);
      });
    },
  };
}
