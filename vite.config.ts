import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { dataPlugin } from './scripts/dataPlugin.ts';
import { localLabelsPlugin } from './scripts/localLabelsPlugin.ts';
import { workerPlugin } from './scripts/workerPlugin.ts';
import { servedHeaders, servedPolicy, withCspMeta } from './scripts/csp.ts';
import { SINGLE_FILE, singleFilePlugins } from './scripts/singleFilePlugin.ts';
import { chunks } from './scripts/chunks.ts';
import { maplibreCssPlugin } from './scripts/trimMaplibreCss.ts';
import { testsThatMock } from './scripts/testsThatMock.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const UNIT_FOLDERS = ['tests/unit', 'src'];
const UNIT_TESTS = UNIT_FOLDERS.map((folder) => `${folder}/**/*.test.ts`);

/** `vite build --mode single-file` writes the one self-contained HTML file (see README, "Offline use"). */
export default defineConfig(({ mode }) => {
  const single = mode === 'single-file';
  const mocking = mode === 'test' ? testsThatMock(root, UNIT_FOLDERS) : [];
  return {
    // Relative asset URLs: the built app works from any path of any static server.
    base: './',
    plugins: [
      svelte(),
      maplibreCssPlugin(),
      // Unit tests import the loaders directly; only the app build needs the data files.
      mode === 'test'
        ? null
        : dataPlugin(root, { embed: single, preload: ['data/story.json', 'basemap/countries-50m.json', 'basemap/labels.json', 'fonts/'] }),
      // The label language switch's local names and CJK fonts: their own files, off the first view.
      mode === 'test' ? null : localLabelsPlugin(root, { embed: single }),
      workerPlugin({ embed: single }),
      single
        ? singleFilePlugins()
        : { name: 'briefing-csp', apply: 'build', transformIndexHtml: (html: string) => withCspMeta(html, servedPolicy) },
    ],
    build: single
      ? { target: 'es2022', outDir: dirname(SINGLE_FILE), emptyOutDir: true }
      : {
          target: 'es2022',
          chunkSizeWarningLimit: 1200,
          // Every browser that runs MapLibre 6 preloads modules itself: no polyfill in the first view.
          modulePreload: { polyfill: false },
          rolldownOptions: { output: { codeSplitting: chunks } },
        },
    preview: { host: '127.0.0.1', headers: servedHeaders },
    server: { host: '127.0.0.1' },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: UNIT_TESTS, exclude: mocking, environment: 'node', isolate: false },
        },
        { extends: true, test: { name: 'unit-mocking', include: mocking, environment: 'node' } },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/browser/globalSetup.ts'],
            fileParallelism: false,
            testTimeout: 90_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
