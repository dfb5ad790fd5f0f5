/** MapLibre source and layer ids, in one place so the style and the map component agree. */
export const BASEMAP_SOURCE = 'countries';
export const DETAIL_SOURCE = 'countries-detail';
export const LABEL_SOURCE = 'country-labels';
/** The basemap's names of the larger countries: the top layer. */
export const COUNTRY_LABEL_LAYER = 'country-label';
/** The other countries' names, placed after the story's (see buildStyle). */
export const SMALL_COUNTRY_LABEL_LAYER = 'country-label-small';
/** Zoom from which 1:10m coastlines replace 1:50m around the story's seas. */
export const DETAIL_ZOOM = 5;
export const FONT = 'Noto Sans Regular';
/** The seas' names, as maps set water names. */
export const ITALIC_FONT = 'Noto Sans Italic';
/** The basemap's names of seas, cities and airfields (from LABEL_SOURCE, each feature marked by `kind`). */
export const SEA_LABEL_LAYER = 'sea-label';
export const CITY_LABEL_LAYER = 'city-label';
/**
 * National capitals, placed before the story's names (a reader orients by them; a story name has
 * four anchors to dodge one), and towns under 250,000, placed after the airfields (close in, a
 * base matters more than the suburb beside it). Cities between go before the airfields: Naha
 * keeps its name beside its airport.
 */
export const CAPITAL_LABEL_LAYER = 'capital-label';
export const TOWN_LABEL_LAYER = 'town-label';
/** Every layer that names cities and towns. */
export const PLACE_LABEL_LAYERS = [CAPITAL_LABEL_LAYER, CITY_LABEL_LAYER, TOWN_LABEL_LAYER];
export const AIRFIELD_LAYER = 'airfield';
/** The airfields' crosses (their names are AIRFIELD_LAYER). */
export const AIRFIELD_MARK_LAYER = 'airfield-mark';

/**
 * Every story layer draws its features and its names from one GeoJSON source. A source per layer
 * made MapLibre build, upload and draw tiles per layer: on the first view twice the draw calls
 * and three times the texture uploads; a second source for the names alone still cost the first
 * view a tenth of a second in tiles to cut and upload. Each map layer keeps to its own story
 * layer's features by STORY_LAYER_KEY; label points are marked by STORY_LABEL_KEY, the dashed
 * edges of approximate areas by STORY_DASH_KEY. Each carries its feature's `id`.
 */
export const STORY_SOURCE = 'story';
/** The property that names a feature's story layer in the shared source. */
export const STORY_LAYER_KEY = 'layer';
/** The property that marks a label point (where a feature's name is drawn) in the shared source. */
export const STORY_LABEL_KEY = 'labelPoint';
/** The property that marks the dashed edge of an approximate area (see dashedOutline). */
export const STORY_DASH_KEY = 'dashedEdge';
/** Every story layer's names, in one map layer: they all look the same. */
export const STORY_LABEL_LAYER = 'story-labels';
/**
 * The selected, highlighted and hovered features, drawn over the story (each marked `state`:
 * `selected` or `hover`). Added with the first of them, not on the first view.
 */
export const HIGHLIGHT_SOURCE = 'story-highlight';

/**
 * The MapLibre layers that draw one story layer's features, bottom to top. Areas that are Natural
 * Earth countries have their own fill and edge, which fade sooner as the user zooms in. The style
 * has only those the layer's features need (see storyLayersOn).
 */
export const storyLayerIds = (layerId: string) => ({
  fill: `story-${layerId}-fill`,
  countryFill: `story-${layerId}-country-fill`,
  outline: `story-${layerId}-outline`,
  countryOutline: `story-${layerId}-country-outline`,
  line: `story-${layerId}-line`,
  point: `story-${layerId}-point`,
});

/** The story layers that answer clicks and hover (not labels: they move with collisions). */
export const clickableLayerIds = (layerId: string): string[] => {
  const ids = storyLayerIds(layerId);
  return [ids.fill, ids.countryFill, ids.line, ids.point];
};

/**
 * The URL scheme of the user's PMTiles tilesets: `pmtiles://<tileset id>/{z}/{x}/{y}`, answered
 * by `map/tileArchives.ts` through MapLibre's addProtocol (registered once, by the map's owner).
 */
export const TILESET_SCHEME = 'pmtiles';

/** The tile URL template of a user's tileset, for its vector source's `tiles`. */
export const tilesetTiles = (id: string) => `${TILESET_SCHEME}://${id}/{z}/{x}/{y}`;

/**
 * The URL scheme of the user's dense point layers: `userpoints://<layer id>/<view>/{z}/{x}/{y}`,
 * answered by `explore/pointLayerTiles.ts` from the layer's own worker, through MapLibre's
 * addProtocol (registered once, by the map's owner).
 */
export const POINTS_SCHEME = 'userpoints';

/**
 * The URL scheme of a large story's tiles: `storytiles://story/<version>/{z}/{x}/{y}`, answered
 * by `map/tiledStory.ts` from the story's own worker, through MapLibre's addProtocol (registered
 * once, by the map's owner). The version changes with each edit, so MapLibre asks again.
 */
export const STORY_SCHEME = 'storytiles';
/** The one layer inside each of a large story's tiles (the story's map layers read it). */
export const STORY_SOURCE_LAYER = 'story';
