/** MapLibre source and layer ids, in one place so the style and the map component agree. */
export const BASEMAP_SOURCE = 'countries';
export const DETAIL_SOURCE = 'countries-detail';
export const LABEL_SOURCE = 'country-labels';
/** Zoom from which 1:10m coastlines replace 1:50m around the story's seas. */
export const DETAIL_ZOOM = 5;
export const FONT = 'Noto Sans Regular';

/**
 * Every story layer draws its features and its names from one GeoJSON source. A source per layer
 * made MapLibre build, upload and draw tiles per layer: on the first view twice the draw calls
 * and three times the texture uploads; a second source for the names alone still cost the first
 * view a tenth of a second in tiles to cut and upload. Each map layer keeps to its own story
 * layer's features by STORY_LAYER_KEY, and to label points or not by STORY_LABEL_KEY; feature ids
 * are unique across layers (a label point carries its feature's).
 */
export const STORY_SOURCE = 'story';
/** The property that names a feature's story layer in the shared source. */
export const STORY_LAYER_KEY = 'layer';
/** The property that marks a label point (where a feature's name is drawn) in the shared source. */
export const STORY_LABEL_KEY = 'labelPoint';
/** The source holding a story layer's features and label points (the shared one: see STORY_SOURCE). */
export const storySource = (_layerId: string) => STORY_SOURCE;

/** The MapLibre layers that draw one story layer, bottom to top. */
export const storyLayerIds = (layerId: string) => ({
  fill: `story-${layerId}-fill`,
  outline: `story-${layerId}-outline`,
  line: `story-${layerId}-line`,
  point: `story-${layerId}-point`,
  label: `story-${layerId}-label`,
});

/** The story layers that answer clicks and hover (labels do not: they move with collisions). */
export const clickableLayerIds = (layerId: string): string[] => {
  const ids = storyLayerIds(layerId);
  return [ids.fill, ids.line, ids.point];
};
