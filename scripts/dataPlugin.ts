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

export interface DataPluginOptions {
  /**
   * Carry the data inside the bundle instead of writing files (the single-file build, which
   * must work from `file://` with no server). It leaves out the 1:10m detail to stay small.
   */
  embed?: boolean;
}

/** The module text of `virtual:data-files`. Embedded data is a JSON string parsed once (faster than a JS literal). */
export function dataModule(urls: Record<string, string>, embedded: Record<string, string>, detailIds: string[]): string {
  const entries = Object.entries(embedded).map(([name, source]) => `  ${JSON.stringify(name)}: JSON.parse(${JSON.stringify(source)}),`);
  return [
    `export const urls = ${JSON.stringify(urls)};`,
    `export const embedded = {\n${entries.join('\n')}\n};`,
    `export const detailIds = ${JSON.stringify(detailIds)};`,
  ].join('\n');
}

/**
 * Turns `geo/`, `data/` and Natural Earth into the JSON files the app fetches, checking them
 * first: a data problem fails the build (and the dev server) naming the file, feature and rule.
 * The app imports `virtual:data-files` for the files' relative URLs (or, with `embed`, the data
 * itself) and the ids of the countries that have 1:10m detail.
 */
export function dataPlugin(root: string, options: DataPluginOptions = {}): Plugin {
  const embed = options.embed ?? false;
  let files = new Map<string, string>();
  let urls: Record<string, string> = {};
  let all: Record<string, string> = {};
  let basemap: BasemapAssets | undefined;

  const generate = () => {
    basemap ??= basemapAssets({ detail: !embed });
    const story = JSON.stringify(loadStory(root));
    all = { ...basemap.files, 'data/story.json': story };
    files = new Map();
    urls = {};
    if (embed) return;
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
    load: (id) => (id === RESOLVED ? dataModule(urls, embed ? all : {}, basemap?.detailIds ?? []) : undefined),
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
