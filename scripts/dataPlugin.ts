import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadStory } from './loadStory.ts';
import { basemapAssets, type BasemapAssets } from './basemapAssets.ts';
import { withoutCountryGeometry } from '../src/story/countryGeometry.ts';
import { splitStory } from '../src/story/splitStory.ts';
import { labelFonts, type LabelFont } from './labelFonts.ts';

const VIRTUAL = 'virtual:data-files';
const RESOLVED = '\0' + VIRTUAL;

/** The name a data file is served under: its logical name with a content hash, for safe caching. */
export function hashed(name: string, source: string | Uint8Array): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return name.replace(/(\.[a-z0-9]+)$/, `.${hash}$1`);
}

const TYPES: Record<string, string> = { json: 'application/json', woff2: 'font/woff2' };

/** Lets the dev server answer with the files a plugin made (by served name), as the build writes them. */
export function serveFiles(server: ViteDevServer, files: () => ReadonlyMap<string, string | Uint8Array>): void {
  server.middlewares.use((req, res, next) => {
    const name = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
    const source = files().get(name);
    if (source === undefined) return next();
    res.setHeader('Content-Type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
    res.end(source);
  });
}

/**
 * Folders of many small files, loaded a few at a time close in (OSM's land squares): hashed as one
 * folder, so that the page's list of data files names the folder's address once rather than a
 * hashed address for each of its files, and the first view does not carry a hundred addresses.
 * Each gets an `index.json` of its files' logical names, for the page to ask for when it needs them.
 */
export const HASHED_AS_ONE = ['basemap/land-osm/'];

/**
 * Where each file of `all` is served (`served`, by logical name): its own hashed name (listed in
 * `urls`), or its folder's hashed name and its own (the folder listed in `folders`). Folders get
 * their index added to `all`.
 */
export function servedNames(all: Record<string, string | Uint8Array>): {
  urls: Record<string, string>;
  folders: Record<string, string>;
  served: Record<string, string>;
} {
  const urls: Record<string, string> = {};
  const folders: Record<string, string> = {};
  const served: Record<string, string> = {};
  for (const prefix of HASHED_AS_ONE) {
    const names = Object.keys(all).filter((n) => n.startsWith(prefix)).sort();
    if (names.length === 0) continue;
    all[`${prefix}index.json`] = JSON.stringify(names);
    const hash = createHash('sha256');
    for (const name of names) hash.update(name).update(all[name]);
    const url = `${prefix.slice(0, -1)}.${hash.digest('hex').slice(0, 10)}/`;
    folders[prefix] = url;
    for (const name of [...names, `${prefix}index.json`]) served[name] = url + name.slice(prefix.length);
  }
  for (const [name, source] of Object.entries(all)) {
    if (served[name]) continue;
    served[name] = urls[name] = hashed(name, source);
  }
  return { urls, folders, served };
}

export interface DataPluginOptions {
  /**
   * Carry the data inside the bundle instead of writing files (the single-file build, which
   * must work from `file://` with no server). It leaves out the 1:10m detail to stay small.
   */
  embed?: boolean;
  /**
   * Files the page's HTML requests before any script has run (served build only), by logical name;
   * a name ending in `/` is every file under it (`fonts/`: the labels' font files).
   */
  preload?: string[];
}

/** The served URLs of the files `names` asks to preload; a name that matches no file fails the build. */
export function preloaded(urls: Record<string, string>, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const matched = Object.keys(urls).filter((file) => (name.endsWith('/') ? file.startsWith(name) : file === name));
    if (matched.length === 0) throw new Error(`dataPlugin: nothing to preload under "${name}"`);
    return matched.map((file) => urls[file]);
  });
}

/** The module text of `virtual:data-files`. Embedded data is a JSON string parsed once (faster than a JS literal). */
export function dataModule(
  urls: Record<string, string>,
  embedded: Record<string, string>,
  detailIds: string[],
  fonts: { url: string; range: string }[] = [],
  italicFonts: { url: string; range: string }[] = [],
  folders: Record<string, string> = {},
): string {
  const entries = Object.entries(embedded).map(([name, source]) => `  ${JSON.stringify(name)}: JSON.parse(${JSON.stringify(source)}),`);
  return [
    `export const urls = ${JSON.stringify(urls)};`,
    `export const embedded = {\n${entries.join('\n')}\n};`,
    `export const detailIds = ${JSON.stringify(detailIds)};`,
    `export const labelFonts = ${JSON.stringify(fonts)};`,
    `export const italicLabelFonts = ${JSON.stringify(italicFonts)};`,
    `export const folders = ${JSON.stringify(folders)};`,
  ].join('\n');
}

/**
 * Turns `geo/`, `data/` and Natural Earth into the files the app fetches, checking them first: a
 * data problem fails the build (and the dev server) naming the file, feature and rule. The app
 * imports `virtual:data-files` for the files' relative URLs (or, with `embed`, the data itself),
 * the ids of the countries that have 1:10m detail, and the small font files made for the labels'
 * non-Latin characters and for the seas' italic names.
 */
export function dataPlugin(root: string, options: DataPluginOptions = {}): Plugin {
  const embed = options.embed ?? false;
  let files = new Map<string, string | Uint8Array>();
  let urls: Record<string, string> = {};
  let folders: Record<string, string> = {};
  let embedded: Record<string, string> = {};
  let fonts: { url: string; range: string }[] = [];
  let italicFonts: { url: string; range: string }[] = [];
  let basemap: BasemapAssets | undefined;

  const generate = async () => {
    basemap ??= basemapAssets(root, { detail: !embed });
    const story = loadStory(root);
    const [labels, italics] = await Promise.all([
      labelFonts([...basemap.labelNames, ...story.layers.flatMap((l) => l.labels.features.map((f) => f.properties.name))]),
      labelFonts(basemap.seaNames, { italic: true }),
    ]);
    const { story: firstView, text } = splitStory(story);
    const data: Record<string, string> = {
      ...basemap.files,
      'data/story.json': JSON.stringify(withoutCountryGeometry(firstView)),
      // The article, and the features' summaries, sources and names, come after the first view (App.svelte).
      'data/text.json': JSON.stringify(text),
      // The default deck comes with the briefing, after the first view (see src/deferred.ts).
      'data/deck.json': JSON.stringify(story.deck),
    };
    files = new Map();
    urls = {};
    folders = {};
    embedded = {};
    if (embed) {
      embedded = data;
      const inline = (f: LabelFont) => ({ url: `data:font/woff2;base64,${Buffer.from(f.data).toString('base64')}`, range: f.range });
      fonts = labels.map(inline);
      italicFonts = italics.map(inline);
      return;
    }
    const all: Record<string, string | Uint8Array> = { ...data, ...Object.fromEntries([...labels, ...italics].map((f) => [f.name, f.data])) };
    const named = servedNames(all);
    urls = named.urls;
    folders = named.folders;
    for (const [name, fileName] of Object.entries(named.served)) files.set(fileName, all[name]);
    fonts = labels.map((f) => ({ url: urls[f.name], range: f.range }));
    italicFonts = italics.map((f) => ({ url: urls[f.name], range: f.range }));
  };

  return {
    name: 'briefing-data',
    async buildStart() {
      await generate();
      for (const dir of ['geo', 'data']) this.addWatchFile(`${root}/${dir}`);
    },
    transformIndexHtml: () =>
      (embed ? [] : preloaded(urls, options.preload ?? [])).map((href) => ({
        tag: 'link',
        // As fetch() asks for it (CORS mode, same-origin credentials), so the page's request takes this one.
        attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
        injectTo: 'head' as const,
      })),
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? dataModule(urls, embedded, basemap?.detailIds ?? [], fonts, italicFonts, folders) : undefined),
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.on('change', (path) => {
        if (/^(geo|data)\//.test(relative(root, path))) {
          generate()
            .then(() => {
              const mod = server.moduleGraph.getModuleById(RESOLVED);
              if (mod) server.moduleGraph.invalidateModule(mod);
              server.ws.send({ type: 'full-reload' });
            })
            .catch((e: Error) => server.config.logger.error(e.message));
        }
      });
      serveFiles(server, () => files);
    },
  };
}
