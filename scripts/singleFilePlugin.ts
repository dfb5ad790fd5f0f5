import { copyFileSync, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, PluginOption, ResolvedConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inlineCode, singleFilePolicy, withCspMeta } from './csp.ts';
import { OFFLINE_PAGE } from '../src/state/offlinePage.ts';

/** Where the single file is written, relative to the project root. */
export const SINGLE_FILE = 'dist-offline/indo-pacific-briefing-map.html';
/** What the single file should stay under, in bytes. */
export const SINGLE_FILE_BUDGET = 8 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * The single-file build: vite-plugin-singlefile inlines the code and the stylesheet (assets in
 * them become `data:` URLs); then this gives the page a CSP that allows exactly its own inline
 * script and style (by hash), renames it, copies it beside the served build (for offline
 * briefings, see state/pristinePage), and reports its size against the budget.
 */
export function singleFilePlugins(): PluginOption[] {
  let config: ResolvedConfig;
  const finish: Plugin = {
    name: 'briefing-single-file',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') throw new Error('the single-file build made no index.html');
      const html = String(page.source);
      const { scripts, styles } = inlineCode(html);
      const out = join(config.root, SINGLE_FILE);
      writeFileSync(out, withCspMeta(html, singleFilePolicy(scripts, styles)));
      rmSync(join(options.dir!, 'index.html'));
      // The served app's "Save as offline briefing" puts a story into a copy of this file, read from its own server.
      const served = join(config.root, 'dist');
      if (existsSync(served)) copyFileSync(out, join(served, OFFLINE_PAGE));
      const size = statSync(out).size;
      const line = `single file: ${SINGLE_FILE} ${mb(size)} (budget ${mb(SINGLE_FILE_BUDGET)})`;
      if (size > SINGLE_FILE_BUDGET) config.logger.warn(`${line}: over budget`);
      else config.logger.info(line);
    },
  };
  return [viteSingleFile(), finish];
}
