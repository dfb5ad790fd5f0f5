import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// No version registration on window: nothing reads it, and the first view carries every byte.
export default { preprocess: vitePreprocess(), compilerOptions: { discloseVersion: false } };
