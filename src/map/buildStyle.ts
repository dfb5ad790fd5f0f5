import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Theme } from './theme';
import { withHidden } from '../story/timeline';
import { dashedOutline } from './dashedOutline';
import { LOCAL_NAMES_ATTRIBUTION, nameField, nameSections, type LabelLanguage } from './localLabels';
import { DETAIL_LAND_ATTRIBUTION, DETAIL_LAND_SOURCE, detailLandLayers } from './detailLand';
import { MARITIME_ATTRIBUTION, MARITIME_SOURCE, maritimeLayers } from './maritimeZones';
import {
  BASEMAP_SOURCE,
  COUNTRY_LABEL_LAYER,
  SMALL_COUNTRY_LABEL_LAYER,
  DETAIL_SOURCE,
  DETAIL_ZOOM,
  AIRFIELD_LAYER,
  AIRFIELD_MARK_LAYER,
  CAPITAL_LABEL_LAYER,
  CITY_LABEL_LAYER,
  TOWN_LABEL_LAYER,
  FONT,
  HIGHLIGHT_SOURCE,
  ITALIC_FONT,
  SEA_LABEL_LAYER,
  LABEL_SOURCE,
  STORY_DASH_KEY,
  STORY_LABEL_KEY,
  STORY_LABEL_LAYER,
  STORY_LAYER_KEY,
  STORY_SOURCE,
  storyLayerIds,
} from './ids';

/** What the style draws a story layer from: its look and its data. */
export interface StyleLayerInput {
  id: string;
  color: string;
  visible: boolean;
  data: FeatureCollection;
  /** One point per feature to draw its name at. */
  labels: FeatureCollection;
  /** The credit its geometry's licence requires. */
  attribution?: string;
}

export interface StyleInput {
  /** Natural Earth 1:50m countries (GeoJSON, each with `name` and `key` properties: see countryKey). */
  countries: FeatureCollection;
  /** Natural Earth 1:10m countries near the story's seas; empty until the user zooms in. */
  detail: FeatureCollection | string;
  /** Keys of the countries that `detail` holds (none while it is empty): 1:50m skips them from DETAIL_ZOOM on. */
  detailIds: string[];
  /** The basemap's label points, each marked by `kind`: country, sea, city or airfield. */
  labels: FeatureCollection | string;
  /** font-faces entries for FONT: absolute URLs of the self-hosted woff2 files. */
  fontFaces: { url: string; 'unicode-range'?: string[] }[];
  /** font-faces entries for ITALIC_FONT (the seas' names). */
  italicFontFaces: { url: string; 'unicode-range'?: string[] }[];
  attribution: string;
  /**
   * The language names are drawn in (English when absent). `local` and `both` want the labels'
   * local names merged in (see localLabels) and `cjkFontFaces`.
   */
  language?: LabelLanguage;
  /** font-faces entries of the CJK label fonts, by font name (CJK_FONT); declared only for local names. */
  cjkFontFaces?: Record<string, { url: string; 'unicode-range'?: string[] }[]>;
  /** Whether the optional territorial seas are drawn (their data is set once they are wanted). */
  maritime?: boolean;
}

const geometry = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
const POLYGON = geometry('Polygon', 'MultiPolygon');
const is = (key: string): ExpressionSpecification => ['has', key];
const not = (e: ExpressionSpecification): ExpressionSpecification => ['!', e];
/** The features of one story layer in its source (not its label points). */
const ofLayer = (layerId: string): ExpressionSpecification => ['all', ['==', ['get', STORY_LAYER_KEY], layerId], not(is(STORY_LABEL_KEY))];
const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];
/** A story feature whose geometry is a Natural Earth 1:50m country (the Quad members). */
const isCountry = (f: Feature) => !!f.properties?.naturalEarthCountry;

/**
 * The basemap's 1:50m countries, those that story features stand for tagged with the feature's
 * id and layer: the story draws them from the basemap's source, not a copy of their
 * outlines in its own (which the worker would cut into tiles a second time). A country stands for
 * one feature at most (loadStory checks it). The input is not changed; with no story countries it
 * is returned as it is.
 */
function withStoryCountries(countries: FeatureCollection, layers: StyleLayerInput[]): FeatureCollection {
  const tags = new Map(
    layers.flatMap((l) => l.data.features.filter(isCountry).map((f) => [f.properties!.naturalEarthCountry, { id: f.properties!.id, [STORY_LAYER_KEY]: l.id }] as const)),
  );
  if (tags.size === 0) return countries;
  return {
    ...countries,
    features: countries.features.map((c) => {
      const tag = tags.get(c.properties?.name);
      return tag ? { ...c, properties: { ...c.properties, ...tag } } : c;
    }),
  };
}

/**
 * All story layers' features in one collection, each tagged with its layer (but the countries:
 * see withStoryCountries); then the dashed edges of their approximate areas and their label
 * points, tagged as such too (the input is not changed).
 */
const storyCollection = (layers: StyleLayerInput[]): FeatureCollection => {
  const tag = (l: StyleLayerInput, f: Feature, extra: object = {}, geometry: Geometry = f.geometry): Feature => ({
    ...f,
    geometry,
    properties: { ...f.properties, [STORY_LAYER_KEY]: l.id, ...extra },
  });
  const edges = layers.flatMap((l) =>
    l.data.features
      .filter((f) => f.properties?.approximate === true && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => tag(l, f, { [STORY_DASH_KEY]: true }, dashedOutline(f.geometry as Polygon | MultiPolygon))),
  );
  return {
    type: 'FeatureCollection',
    features: [
      ...layers.flatMap((l) => l.data.features.filter((f) => !isCountry(f)).map((f) => tag(l, f))),
      ...edges,
      ...layers.flatMap((l) => l.labels.features.map((f) => tag(l, f, { [STORY_LABEL_KEY]: true }))),
    ],
  };
};
const storyAttribution = (layers: StyleLayerInput[]) => {
  const credits = [...new Set(layers.flatMap((l) => (l.attribution ? [l.attribution] : [])))];
  return credits.length ? { attribution: credits.join(' · ') } : {};
};

/** A source with nothing in it yet. */
export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const visibility = (visible: boolean) => (visible ? 'visible' : 'none') as 'visible' | 'none';

/** The 1:50m layers that give way to 1:10m in close-ups. */
export const COARSE_LAYERS = ['land', 'country-outline'];

/**
 * The filter of the COARSE_LAYERS: from DETAIL_ZOOM on, the countries that 1:10m holds are drawn
 * from 1:10m alone. Until the 1:10m data has arrived, pass no ids: 1:50m stands in.
 */
export function coarseFilter(detailIds: string[]): FilterSpecification {
  return ['any', ['<', ['zoom'], DETAIL_ZOOM], ['!', ['in', ['get', 'key'], ['literal', detailIds]]]];
}

function basemapLayers(theme: Theme, detailIds: string[]): LayerSpecification[] {
  const coarse = coarseFilter(detailIds);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.water } },
    { id: 'land', type: 'fill', source: BASEMAP_SOURCE, filter: coarse, paint: { 'fill-color': theme.land } },
    { id: 'land-detail', type: 'fill', source: DETAIL_SOURCE, minzoom: DETAIL_ZOOM, paint: { 'fill-color': theme.land } },
    {
      id: 'country-outline',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: coarse,
      paint: { 'line-color': theme.landOutline, 'line-width': 0.6 },
    },
    {
      id: 'country-outline-detail',
      type: 'line',
      source: DETAIL_SOURCE,
      minzoom: DETAIL_ZOOM,
      paint: { 'line-color': theme.landOutline, 'line-width': 0.8 },
    },
  ];
}

const kind = (k: 'country' | 'sea' | 'city' | 'airfield'): ExpressionSpecification => ['==', ['get', 'kind'], k];
/** A label point whose `z` (the zoom it is drawn from) the view has reached. */
const reached: ExpressionSpecification = ['<=', ['get', 'z'], ['zoom']];

/**
 * The seas' names, as water is named on maps: italic, spaced, in the water's colour; oceans
 * first, straits from zoom 5, rotated along the strait where the file says.
 */
function seaLabelLayer(theme: Theme, language: LabelLanguage): LayerSpecification {
  return {
    id: SEA_LABEL_LAYER,
    type: 'symbol',
    source: LABEL_SOURCE,
    filter: [
      'all',
      kind('sea'),
      ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 2, 2, 4, 3, 5, 4]],
      // A sea named at another point close in (see seaLabels in scripts/basemapAssets.ts).
      ['>=', ['zoom'], ['coalesce', ['get', 'from'], 0]],
      ['<', ['zoom'], ['coalesce', ['get', 'until'], 99]],
    ],
    layout: {
      'text-field': nameField(language, { font: ITALIC_FONT, ownLine: 0.75 }),
      'text-font': [ITALIC_FONT],
      'text-size': ['match', ['get', 'rank'], 1, 17, 2, 14, 3, 12.5, 12],
      'text-letter-spacing': ['match', ['get', 'rank'], 1, 0.35, 2, 0.2, 0.12],
      // Wider with local names: each side's name of a sea on one line.
      'text-max-width': language === 'en' ? 7 : 14,
      'text-rotate': ['get', 'rotate'],
      'text-rotation-alignment': 'map',
      // A sea's name may move off its point, into open water beside it, rather than give way to
      // the names of the story's islands around it (the South China Sea's does, between the
      // Paracels and the Spratlys).
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 2,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': theme.seaLabel, 'text-halo-color': theme.water, 'text-halo-width': 1 },
  };
}

/** The zoom from which a city of 250,000 is drawn (see cityZoom): smaller places are towns. */
const TOWN_ZOOM = 6;

const isCapital: ExpressionSpecification = ['==', ['get', 'capital'], true];

/**
 * Cities and towns: a dot and the name to its right, placed most populous first (MapLibre drops
 * those that collide); a national capital's dot and name are larger. Drawn in three layers, `id`
 * with its `filter`, so that each is placed where it belongs among the other names (see
 * CAPITAL_LABEL_LAYER). Colour and halo are the same for every feature, as in every other name
 * layer: a paint value that varied by feature would make MapLibre build one more shader program,
 * and the first view close in (the first to show cities) waited ~400 ms for it in software WebGL.
 */
function cityLabelLayer(theme: Theme, language: LabelLanguage, id: string, filter: ExpressionSpecification): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: LABEL_SOURCE,
    filter: ['all', kind('city'), reached, filter],
    layout: {
      // The bullet is in the Latin font file the page loads anyway.
      'text-field': ['format', '\u2022 ', { 'font-scale': ['case', isCapital, 1.9, 1.4] }, ...nameSections(language)] as ExpressionSpecification,
      'text-font': [FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['case', isCapital, 12, 11], 8, ['case', isCapital, 14, 13]],
      'text-anchor': 'left',
      'text-offset': [-0.3, 0],
      'text-max-width': 10,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': theme.cityLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 },
  };
}

const cityLayers = (theme: Theme, language: LabelLanguage) => ({
  capitals: cityLabelLayer(theme, language, CAPITAL_LABEL_LAYER, isCapital),
  cities: cityLabelLayer(theme, language, CITY_LABEL_LAYER, ['all', not(isCapital), ['<', ['get', 'z'], TOWN_ZOOM]]),
  towns: cityLabelLayer(theme, language, TOWN_LABEL_LAYER, ['all', not(isCapital), ['>=', ['get', 'z'], TOWN_ZOOM]]),
});

/**
 * Airfields: a cross in their own colour (AIRFIELD_MARK_LAYER, always drawn, keeping names off
 * it) and the name beside it, under it by preference, on any side that is free. Placed before
 * the towns (close in, a base matters more to a briefing than the suburb beside it), after the
 * cities: Naha is named and its airport's name goes to the side.
 */
function airfieldLayers(theme: Theme): LayerSpecification[] {
  const filter: FilterSpecification = ['all', kind('airfield'), reached];
  const paint = { 'text-color': theme.airfield, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 };
  return [
    {
      id: AIRFIELD_LAYER,
      type: 'symbol',
      source: LABEL_SOURCE,
      filter,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT],
        'text-size': 10.5,
        'text-max-width': 12,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'symbol-sort-key': ['case', ['==', ['get', 'military'], true], 0, 1],
      },
      paint,
    },
    {
      id: AIRFIELD_MARK_LAYER,
      type: 'symbol',
      source: LABEL_SOURCE,
      filter,
      layout: {
        // The cross (U+00D7) is in the Latin font file the page loads anyway.
        'text-field': '\u00D7',
        'text-font': [FONT],
        'text-size': 18,
        'text-allow-overlap': true,
        'text-padding': 0,
      },
      paint,
    },
  ];
}

/** The larger countries (by rank, 1 the largest), whose names are placed first: the 30 largest below zoom 3, the 70 largest from 3. */
const LARGE_COUNTRY: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 30, 3, 70]];

/**
 * The countries' names, bigger countries first. The larger ones (LARGE_COUNTRY) are placed before
 * everything else (COUNTRY_LABEL_LAYER); the others (SMALL_COUNTRY_LABEL_LAYER: the 140 largest
 * below zoom 3, 180 at 3, all from 4) after the story's names and the capitals, wherever theirs
 * still fit: the Koreas, Taiwan and the Philippines are named on the first view without taking the
 * places of the Senkakus' and the Paracels' names, nor of Manila and Hong Kong at zoom 3.
 */
function countryLabelLayers(theme: Theme, language: LabelLanguage): { large: LayerSpecification; small: LayerSpecification } {
  const layer = (id: string, filter: ExpressionSpecification): LayerSpecification => ({
    id,
    type: 'symbol',
    source: LABEL_SOURCE,
    filter: ['all', kind('country'), reached, filter],
    layout: {
      'text-field': nameField(language),
      'text-font': [FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
      'text-max-width': 8,
      // Names may abut: with the default 2 px, Thailand's kept Viet Nam's out at zoom 3.
      'text-padding': 0,
      // Beside its point rather than not at all, when a dot or another name is there.
      'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
      'text-radial-offset': 0.8,
      'text-justify': 'auto',
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
  });
  return {
    large: layer(COUNTRY_LABEL_LAYER, LARGE_COUNTRY),
    small: layer(SMALL_COUNTRY_LABEL_LAYER, ['all', not(LARGE_COUNTRY), ['<=', ['get', 'rank'], ['step', ['zoom'], 140, 3, 180, 4, 300]]]),
  };
}

/** Radius of a story point's dot, in pixels (the click test in MapView measures from it). */
export const DOT_RADIUS = 7;
/** A story point: the bullet (U+2022), a round glyph 0.22 em across, sized to about DOT_RADIUS. */
const DOT = '\u2022';
const DOT_SIZE = 62;
/** The bullet sits 0.055 em lower than the middle of its line: lift it onto its point. */
const DOT_OFFSET: [number, number] = [0, -0.055];

/**
 * A dot drawn with the text shader the labels already compiled. A circle layer would compile a
 * shader of its own on the first view (a tenth of a second in software WebGL). The dots never hide
 * each other; a story dot keeps the names off it (they are placed after it, at another of their
 * anchors), a highlight's dot keeps nothing off.
 */
function dotLayer(id: string, source: string, filter: FilterSpecification, color: string, halo: string, options: { size?: number; haloWidth?: number; visible?: boolean; keepsNamesOff?: boolean } = {}): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    filter,
    layout: {
      visibility: visibility(options.visible ?? true),
      'text-field': DOT,
      'text-font': [FONT],
      'text-size': options.size ?? DOT_SIZE,
      'text-offset': DOT_OFFSET,
      // A line as tall as the dot (the glyph stays where it is): what the dot keeps names off is
      // the dot, not the glyph's whole line.
      'text-line-height': 0.3,
      'text-allow-overlap': true,
      'text-ignore-placement': !options.keepsNamesOff,
      'text-padding': 0,
    },
    paint: { 'text-color': color, 'text-halo-color': halo, 'text-halo-width': options.haloWidth ?? 2 },
  };
}

/**
 * One story layer's features. Every paint property is the same for all of a map layer's features
 * (no feature-state, no per-feature colour), so the story draws with the shaders the basemap has
 * already compiled; the selection and hover are drawn over it from HIGHLIGHT_SOURCE.
 */
function storyLayers(theme: Theme, layer: StyleLayerInput): LayerSpecification[] {
  const ids = storyLayerIds(layer.id);
  const mine = ofLayer(layer.id);
  const layout = { visibility: visibility(layer.visible) };
  // Country-sized fills fade as the user zooms in, so the finer coastline shows through; a Natural
  // Earth country's is gone from zoom 7, where one fills the screen (MapLibre then skips drawing it:
  // a blend over every pixel of every frame, such as a click's, for a 6 % tint).
  const fill = (id: string, source: string, closeIn: number): LayerSpecification => ({
    id,
    type: 'fill',
    source,
    filter: ['all', mine, POLYGON],
    layout,
    paint: {
      // The edge layers draw the edge; the fill's own antialiased edge would be a second pass over
      // every story polygon (and another shader to compile) on each frame.
      'fill-antialias': false,
      'fill-color': layer.color,
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], 3, theme.fillOpacity, 7, closeIn],
    },
  });
  const layers: Record<StoryLayerKind, LayerSpecification> = {
    fill: fill(ids.fill, STORY_SOURCE, 0.2),
    // The countries from the basemap's source (see withStoryCountries).
    countryFill: fill(ids.countryFill, BASEMAP_SOURCE, 0),
    outline: {
      id: ids.outline,
      type: 'line',
      source: STORY_SOURCE,
      // An approximate area's edge is drawn from its dashes.
      filter: ['all', mine, ['any', ['all', POLYGON, not(approximate)], is(STORY_DASH_KEY)]],
      layout,
      paint: { 'line-color': layer.color, 'line-width': 1 },
    },
    countryOutline: {
      id: ids.countryOutline,
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: ['all', mine, POLYGON],
      layout,
      // A 1:50m country outline would stand off the 1:10m coast in close-ups: it fades out there.
      paint: { 'line-color': layer.color, 'line-width': 1, 'line-opacity': ['interpolate', ['linear'], ['zoom'], 4, 1, 6, 0] },
    },
    line: {
      id: ids.line,
      type: 'line',
      source: STORY_SOURCE,
      filter: ['all', mine, geometry('LineString', 'MultiLineString'), not(is(STORY_DASH_KEY))],
      layout: { ...layout, 'line-cap': 'round' },
      paint: { 'line-color': layer.color, 'line-width': 3 },
    },
    point: dotLayer(ids.point, STORY_SOURCE, ['all', mine, geometry('Point', 'MultiPoint')], layer.color, theme.pointStroke, { visible: layer.visible, keepsNamesOff: true }),
  };
  // Only the map layers this story layer's features need: each one costs the worker and every
  // frame something, with features or without.
  const has = needed(layer.data.features);
  return (Object.keys(layers) as StoryLayerKind[]).filter((kind) => has[kind]).map((kind) => layers[kind]);
}

type StoryLayerKind = keyof ReturnType<typeof storyLayerIds>;

/** Which of a story layer's map layers its features need (see the filters in storyLayers). */
function needed(features: Feature[]): Record<StoryLayerKind, boolean> {
  const of = (f: Feature, ...types: string[]) => types.includes(f.geometry?.type);
  const area = features.some((f) => of(f, 'Polygon', 'MultiPolygon') && !isCountry(f));
  const country = features.some(isCountry);
  return {
    fill: area,
    countryFill: country,
    outline: area,
    countryOutline: country,
    line: features.some((f) => of(f, 'LineString', 'MultiLineString')),
    point: features.some((f) => of(f, 'Point', 'MultiPoint')),
  };
}

/**
 * The filter of STORY_LABEL_LAYER: the names of the features of the `visible` story layers, less
 * those `hidden` (by id: see withHidden).
 *
 * @example
 * storyLabelFilter(['quad'], [])
 */
export function storyLabelFilter(visible: readonly string[], hidden: readonly string[]): FilterSpecification {
  return withHidden(['all', is(STORY_LABEL_KEY), ['in', ['get', STORY_LAYER_KEY], ['literal', [...visible]]]], hidden)!;
}

function storyLabelLayer(theme: Theme, visible: string[], language: LabelLanguage): LayerSpecification {
  return {
    id: STORY_LABEL_LAYER,
    type: 'symbol',
    source: STORY_SOURCE,
    filter: storyLabelFilter(visible, []),
    layout: {
      'text-field': nameField(language),
      'text-font': [FONT],
      'text-size': 12,
      'text-max-width': 12,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 1,
      'text-justify': 'auto',
      'symbol-placement': 'point',
    },
    paint: { 'text-color': theme.storyLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
  };
}

/**
 * The layers that draw HIGHLIGHT_SOURCE over the story: a selected feature in the selection
 * colour, a hovered one outlined. Areas and lines go below the story's names, dots over its dots
 * (see highlightBefore). Like the story's, their paint is the same for all their features.
 */
export function highlightLayers(theme: Theme): LayerSpecification[] {
  const source = HIGHLIGHT_SOURCE;
  const state = (s: 'selected' | 'hover', ...types: string[]): FilterSpecification => ['all', ['==', ['get', 'state'], s], geometry(...types)];
  const line = (id: string, filter: FilterSpecification, color: string, width: number): LayerSpecification => ({
    id,
    type: 'line',
    source,
    filter,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': color, 'line-width': width },
  });
  return [
    {
      id: 'highlight-fill',
      type: 'fill',
      source,
      filter: state('selected', 'Polygon', 'MultiPolygon'),
      paint: { 'fill-antialias': false, 'fill-color': theme.selected, 'fill-opacity': 0.35 },
    },
    line('highlight-hover-outline', state('hover', 'Polygon', 'MultiPolygon'), theme.hover, 2),
    line('highlight-outline', state('selected', 'Polygon', 'MultiPolygon'), theme.selected, 3),
    line('highlight-hover-line', state('hover', 'LineString', 'MultiLineString'), theme.hover, 5),
    line('highlight-line', state('selected', 'LineString', 'MultiLineString'), theme.selected, 6),
    // A ring around a hovered dot; a selected dot grows and takes the selection colour.
    dotLayer('highlight-hover-point', source, state('hover', 'Point', 'MultiPoint'), 'rgba(0, 0, 0, 0)', theme.hover, { size: DOT_SIZE + 14, haloWidth: 2 }),
    dotLayer('highlight-point', source, state('selected', 'Point', 'MultiPoint'), theme.selected, theme.pointStroke, { size: DOT_SIZE + 14, haloWidth: 3 }),
  ];
}

/** The layer a highlight layer goes below: the names for areas and lines, the larger countries' names for dots. */
export const highlightBefore = (layer: LayerSpecification): string => (layer.type === 'symbol' ? COUNTRY_LABEL_LAYER : STORY_LABEL_LAYER);

/**
 * The whole MapLibre style: Natural Earth basemap, country labels and the story layers' areas and
 * lines (in manifest order, first at the bottom; drawn from the shared story source, the countries
 * from the basemap's), then the story's names, then its dots (in manifest order too), coloured by
 * `theme`. Pure: the same input gives the same style.
 *
 * @example
 * map.setStyle(buildStyle(light, layers, { countries, detail, detailIds, labels, fontFaces, attribution }))
 */
export function buildStyle(theme: Theme, layers: StyleLayerInput[], input: StyleInput): StyleSpecification {
  const geojson = (data: FeatureCollection | string, extra: object = {}) => ({ type: 'geojson' as const, data, ...extra });
  const story = layers.flatMap((l) => storyLayers(theme, l));
  const language = input.language ?? 'en';
  const places = cityLayers(theme, language);
  const [background, ...land] = basemapLayers(theme, input.detailIds);
  const maritime = maritimeLayers(theme, input.maritime ?? false);
  const countries = countryLabelLayers(theme, language);
  return {
    version: 8,
    name: `Indo-Pacific briefing map (${theme.name})`,
    'font-faces': { [FONT]: input.fontFaces, [ITALIC_FONT]: input.italicFontFaces, ...(language === 'en' ? {} : input.cjkFontFaces) },
    // The story's source first: MapLibre asks for tiles source by source in this order, and the
    // worker answers in turn. The story's names and dots then ask for their glyphs while the worker
    // still cuts the basemap, not after it (a sooner first view: see docs/performance-log.md).
    sources: {
      ...(layers.length
        ? {
            // One source for every story layer: it credits what any of them requires.
            [STORY_SOURCE]: geojson(storyCollection(layers), storyAttribution(layers)),
          }
        : {}),
      [BASEMAP_SOURCE]: geojson(withStoryCountries(input.countries, layers), { attribution: input.attribution, tolerance: 0.5 }),
      [DETAIL_SOURCE]: geojson(input.detail, { tolerance: 0.5 }),
      [LABEL_SOURCE]: geojson(input.labels, language === 'en' ? {} : { attribution: LOCAL_NAMES_ATTRIBUTION }),
      // Empty until a close-up or the layer toggle asks for them (see MapView).
      [DETAIL_LAND_SOURCE]: geojson(EMPTY, { attribution: DETAIL_LAND_ATTRIBUTION, tolerance: 0.5 }),
      [MARITIME_SOURCE]: geojson(EMPTY, { attribution: MARITIME_ATTRIBUTION }),
    },
    layers: [
      background,
      ...maritime.below,
      ...land,
      ...detailLandLayers(theme, maritime.closeIn),
      // The basemap's names under the story's: MapLibre places symbols top down, so the story's
      // names and dots are placed first and the basemap's go where they leave room; but the
      // capitals, which the story's names dodge (see CAPITAL_LABEL_LAYER).
      seaLabelLayer(theme, language),
      places.towns,
      ...airfieldLayers(theme),
      places.cities,
      ...story.filter((l) => l.type !== 'symbol'),
      countries.small,
      ...(layers.length ? [storyLabelLayer(theme, layers.filter((l) => l.visible).map((l) => l.id), language)] : []),
      places.capitals,
      // The dots over the names: MapLibre places symbols top down, so the names go around them.
      ...story.filter((l) => l.type === 'symbol'),
      countries.large,
    ],
  } as StyleSpecification;
}
