import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Theme } from './theme';
import {
  BASEMAP_SOURCE,
  DETAIL_SOURCE,
  DETAIL_ZOOM,
  FONT,
  LABEL_SOURCE,
  STORY_LABEL_KEY,
  STORY_LAYER_KEY,
  STORY_SOURCE,
  storyLayerIds,
  storySource,
} from './ids';

/** What the style draws a story layer from: its look and its data. */
export interface StyleLayerInput {
  id: string;
  color: string;
  visible: boolean;
  data: FeatureCollection;
  /** One point per feature to draw its name at. */
  labels: FeatureCollection;
}

export interface StyleInput {
  /** Natural Earth 1:50m countries (GeoJSON, each with a `key` property: see countryKey). */
  countries: FeatureCollection | string;
  /** Natural Earth 1:10m countries near the story's seas; empty until the user zooms in. */
  detail: FeatureCollection | string;
  /** Keys of the countries that `detail` holds (none while it is empty): 1:50m skips them from DETAIL_ZOOM on. */
  detailIds: string[];
  labels: FeatureCollection | string;
  /** font-faces entries for FONT: absolute URLs of the self-hosted woff2 files. */
  fontFaces: { url: string; 'unicode-range'?: string[] }[];
  attribution: string;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const geometry = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
/** The features of one story layer in the shared story source (its label points with `labels`). */
const ofLayer = (layerId: string, labels: boolean): ExpressionSpecification => [
  'all',
  ['==', ['get', STORY_LAYER_KEY], layerId],
  labels ? ['has', STORY_LABEL_KEY] : ['!', ['has', STORY_LABEL_KEY]],
];
/**
 * All story layers' features in one collection, each tagged with its layer, then their label
 * points, tagged as such too (the input is not changed).
 */
const storyCollection = (layers: StyleLayerInput[]): FeatureCollection => {
  const tagged = (key: 'data' | 'labels', extra: object) =>
    layers.flatMap((l) => l[key].features.map((f) => ({ ...f, properties: { ...f.properties, [STORY_LAYER_KEY]: l.id, ...extra } })));
  return { type: 'FeatureCollection', features: [...tagged('data', {}), ...tagged('labels', { [STORY_LABEL_KEY]: true })] };
};
/** Features whose geometry is a Natural Earth 1:50m country (the Quad members). */
const fromNaturalEarth: ExpressionSpecification = ['has', 'naturalEarthCountry'];
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

function countryLabelLayer(theme: Theme): LayerSpecification {
  return {
    id: 'country-label',
    type: 'symbol',
    source: LABEL_SOURCE,
    // Bigger countries first; smaller ones appear as the user zooms in.
    filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 30, 3, 70, 4, 140, 5, 300]],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
      'text-max-width': 8,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': theme.countryLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
  };
}

function storyLayers(theme: Theme, layer: StyleLayerInput): LayerSpecification[] {
  const ids = storyLayerIds(layer.id);
  const source = storySource(layer.id);
  const mine = ofLayer(layer.id, false);
  const layout = { visibility: visibility(layer.visible) };
  const emphasis = (normal: number, hover: number, selected: number): ExpressionSpecification => [
    'case',
    state('selected'),
    selected,
    state('hover'),
    hover,
    normal,
  ];
  const stroke: ExpressionSpecification = [
    'case',
    state('selected'),
    theme.selected,
    state('hover'),
    theme.hover,
    layer.color,
  ];
  return [
    {
      id: ids.fill,
      type: 'fill',
      source,
      filter: ['all', mine, geometry('Polygon', 'MultiPolygon')],
      layout,
      paint: {
        // The outline layer draws the edge; the fill's own antialiased edge would be a second
        // pass over every story polygon (and another shader to compile) on each frame.
        'fill-antialias': false,
        'fill-color': ['case', state('selected'), theme.selected, layer.color],
        // Country-sized fills fade as the user zooms in, so the finer coastline shows through.
        'fill-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', state('selected'), theme.fillOpacity + 0.15, state('hover'), theme.fillOpacity + 0.1, theme.fillOpacity],
          7,
          ['case', state('selected'), 0.35, fromNaturalEarth, 0.06, 0.2],
        ],
      },
    },
    {
      id: ids.outline,
      type: 'line',
      source,
      filter: ['all', mine, geometry('Polygon', 'MultiPolygon')],
      layout,
      paint: {
        'line-color': stroke,
        'line-width': emphasis(1, 2, 3),
        // A 1:50m country outline would stand off the 1:10m coast in close-ups: it fades out there.
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 4, 1, 6, ['case', state('selected'), 1, fromNaturalEarth, 0, 1]],
        'line-dasharray': ['case', ['boolean', ['get', 'approximate'], false], ['literal', [3, 2]], ['literal', [1, 0]]],
      },
    },
    {
      id: ids.line,
      type: 'line',
      source,
      filter: ['all', mine, geometry('LineString', 'MultiLineString')],
      layout: { ...layout, 'line-cap': 'round' },
      paint: { 'line-color': stroke, 'line-width': emphasis(3, 5, 6) },
    },
    {
      id: ids.point,
      type: 'circle',
      source,
      filter: ['all', mine, geometry('Point', 'MultiPoint')],
      layout,
      paint: {
        'circle-color': ['case', state('selected'), theme.selected, layer.color],
        'circle-radius': emphasis(7, 9, 10),
        'circle-stroke-color': ['case', state('hover'), theme.hover, theme.pointStroke],
        'circle-stroke-width': emphasis(2, 3, 3),
      },
    },
    {
      id: ids.label,
      type: 'symbol',
      source,
      filter: ofLayer(layer.id, true),
      layout: {
        ...layout,
        'text-field': ['get', 'name'],
        'text-font': [FONT],
        'text-size': 12,
        'text-max-width': 12,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1,
        'text-justify': 'auto',
        'symbol-placement': 'point',
      },
      paint: { 'text-color': theme.storyLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}

/**
 * The whole MapLibre style: Natural Earth basemap, country labels and one group of layers per
 * story layer (in manifest order, first at the bottom; all drawn from the shared story source),
 * coloured by `theme`. Pure: the same input gives the same style.
 *
 * @example
 * map.setStyle(buildStyle(light, layers, { countries, detail, detailIds, labels, fontFaces, attribution }))
 */
export function buildStyle(theme: Theme, layers: StyleLayerInput[], input: StyleInput): StyleSpecification {
  const geojson = (data: FeatureCollection | string, extra: object = {}) => ({ type: 'geojson' as const, data, ...extra });
  return {
    version: 8,
    name: `Indo-Pacific briefing map (${theme.name})`,
    'font-faces': { [FONT]: input.fontFaces },
    sources: {
      [BASEMAP_SOURCE]: geojson(input.countries, { attribution: input.attribution, tolerance: 0.5 }),
      [DETAIL_SOURCE]: geojson(input.detail, { tolerance: 0.5 }),
      [LABEL_SOURCE]: geojson(input.labels),
      ...(layers.length
        ? {
            [STORY_SOURCE]: geojson(storyCollection(layers), { promoteId: 'id' }),
          }
        : {}),
    },
    layers: [
      ...basemapLayers(theme, input.detailIds),
      ...layers.flatMap((l) => storyLayers(theme, l)),
      countryLabelLayer(theme),
    ],
  } as StyleSpecification;
}
