/** The groups the bench weighs the first view's bytes in. */
export const CATEGORIES = ['app code', 'MapLibre', 'basemap data', 'story data', 'fonts'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Which group a file the page loaded belongs to, by its URL path: MapLibre's chunk, CSS and worker
 * carry its name; the data plugin writes `basemap/` and `data/`; everything else (HTML, our
 * scripts and styles) is app code.
 *
 * @example
 * categoryOf('/assets/maplibre-gl-worker-CZtFQQIV.mjs') // 'MapLibre'
 */
export function categoryOf(path: string): Category {
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (/\/assets\/maplibre[^/]*$/.test(path)) return 'MapLibre';
  if (/\/basemap\/[^/]+$/.test(path)) return 'basemap data';
  if (/\/data\/[^/]+$/.test(path)) return 'story data';
  return 'app code';
}
