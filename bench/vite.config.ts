import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from '../scripts/dataPlugin.ts';
import { chunks } from '../scripts/chunks.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the bench's bare MapLibre reference page (bench/bare) into bench/dist/bare, with the app's data files. */
export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  plugins: [dataPlugin(root, { preload: ['basemap/countries-50m.json', 'basemap/labels.json'] })],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/bare', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { output: { codeSplitting: chunks } },
  },
  logLevel: 'warn',
});
