import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dataPlugin } from './scripts/dataPlugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Relative asset URLs: the built app works from any path of any static server.
  base: './',
  // Unit tests import the loaders directly; only the app build needs the data files.
  plugins: [svelte(), process.env.VITEST ? null : dataPlugin(root)],
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
