import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './scripts/dataPlugin.ts';
import { chunks } from './scripts/chunks.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: the built app works from any path of any static server.
  base: './',
  // Unit tests import the loaders directly; only the app build needs the data files.
  plugins: [
    svelte(),
    mode === 'test' ? null : dataPlugin(root, { preload: ['data/story.json', 'basemap/countries-50m.json', 'basemap/labels.json'] }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200, rolldownOptions: { output: { codeSplitting: chunks } } },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node' },
      },
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
}));
