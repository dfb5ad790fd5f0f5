import type { CodeSplittingOptions } from 'rolldown';

/**
 * MapLibre in a chunk of its own: it changes only when we upgrade it, so browsers keep it cached
 * across app releases, and the bench can weigh our code apart from it.
 */
export const chunks: CodeSplittingOptions = {
  groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }],
};
