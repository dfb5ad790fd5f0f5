import type { Plugin } from 'vite';
import type { FeatureCollection, Point } from 'geojson';
import { CJK_SCRIPTS } from '../src/map/localLabels.ts';
import { basemapAssets } from './basemapAssets.ts';
import { localLabelAssets } from './localLabels.ts';
import { cjkLabelFonts } from './cjkLabelFonts.ts';
import { panelCjkTexts } from './panelCjkTexts.ts';
import { hashed, serveFiles } from './dataPlugin.ts';

const VIRTUAL = 'virtual:local-labels';
const RESOLVED = '\0' + VIRTUAL;
const NAMES_FILE = 'basemap/local-names.json';

/**
 * The labels' local names and the CJK fonts to draw them, for the label language switch, and the
 * panel's names in use and source titles (panelCjkTexts): written as their own files (or, with
 * `embed`, carried in the bundle as the single file needs) and named by `virtual:local-labels`.
 * Nothing of it is on the first view: the app fetches the names and MapLibre the fonts only when
 * the reader asks for local names; the browser fetches one for the panel when text in the panel
 * needs it.
 */
export function localLabelsPlugin(root: string, options: { embed?: boolean } = {}): Plugin {
  let files = new Map<string, string | Uint8Array>();
  let module = '';

  const generate = async () => {
    const labels = JSON.parse(basemapAssets(root, { detail: false }).files['basemap/labels.json']) as FeatureCollection<Point>;
    const { names, cjkTexts } = localLabelAssets(root, labels);
    // One set of CJK fonts for the map's local names and the panel's names and titles.
    const panel = panelCjkTexts(root);
    const fonts = await cjkLabelFonts(Object.fromEntries(CJK_SCRIPTS.map((s) => [s, [...cjkTexts[s], ...panel[s]]])));
    const json = JSON.stringify(names);
    files = new Map();
    if (options.embed) {
      module = [
        `export const localNamesUrl = null;`,
        `export const embeddedLocalNames = JSON.parse(${JSON.stringify(json)});`,
        `export const cjkFonts = ${JSON.stringify(fonts.map((f) => ({ script: f.script, url: `data:font/woff2;base64,${Buffer.from(f.data).toString('base64')}`, range: f.range })))};`,
      ].join('\n');
      return;
    }
    const url = (name: string, source: string | Uint8Array) => {
      const fileName = hashed(name, source);
      files.set(fileName, source);
      return fileName;
    };
    module = [
      `export const localNamesUrl = ${JSON.stringify(url(NAMES_FILE, json))};`,
      `export const embeddedLocalNames = null;`,
      `export const cjkFonts = ${JSON.stringify(fonts.map((f) => ({ script: f.script, url: url(f.name, f.data), range: f.range })))};`,
    ].join('\n');
  };

  return {
    name: 'briefing-local-labels',
    async buildStart() {
      await generate();
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? module : undefined),
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      serveFiles(server, () => files);
    },
  };
}
