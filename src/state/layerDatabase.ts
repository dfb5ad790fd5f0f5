/**
 * The IndexedDB database that keeps the user's imported layers (explore/layerStore.ts). Named
 * here, below both, because safe mode deletes it without loading the layer store's code.
 */
export const LAYER_DATABASE = 'indo-pacific-briefing-map';
