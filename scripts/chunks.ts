import type { CodeSplittingOptions } from 'rolldown';

/**
 * MapLibre in a chunk of its own: it changes only when we upgrade it, so browsers keep it cached
 * across app releases, and the bench can weigh our code apart from it. The small modules that the
 * first view shares with later chunks go in one chunk: four small files compress worse than one.
 */
export const chunks: CodeSplittingOptions = {
  groups: [
    { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
    { name: 'shared', test: /src[\\/]map[\\/](ids|walkGeometry|localLabels)\.ts$|node_modules[\\/]@turf[\\/]helpers[\\/]/ },
  ],
};
