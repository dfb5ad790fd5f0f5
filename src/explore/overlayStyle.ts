import type { LayerSpecification } from 'maplibre-gl';
import { FONT } from '../map/ids';
import { CLUSTER_MAX_ZOOM, POINTS_SOURCE_LAYER, type PointsView } from './pointTiles';

/** The source the measure, range ring and distance drawings share. */
export const OVERLAY_SOURCE = 'explore-overlay';
const INK = '#1d2a33';
const RING = '#b03a2e';

/** The MapLibre layers that draw one of the user's layers, bottom to top. */
export const userLayerIds = (id: string) => ({ fill: `${id}-fill`, outline: `${id}-outline`, line: `${id}-line`, point: `${id}-point` });

const selected = ['boolean', ['feature-state', 'selected'], false];

/**
 * The layers that draw a user's layer (source id = layer id) in its colour, areas, lines and
 * points each in their own way; the feature with feature-state `selected` is drawn heavier; a
 * feature's own simple colours are kept. Points grow a little as the map zooms in. A vector
 * tileset's layer gives `from`: its tileset's source and its name in the tiles.
 *
 * @example
 * userLayerStyle({ id: 'user-1', color: '#0b7285', visible: true }).map((l) => l.id)
 * // ['user-1-fill', 'user-1-outline', 'user-1-line', 'user-1-point']
 */
export function userLayerStyle(layer: { id: string; color: string; visible: boolean }, from?: { source: string; sourceLayer: string }): LayerSpecification[] {
  const ids = userLayerIds(layer.id);
  const layout = { visibility: layer.visible ? 'visible' : 'none' };
  const source = from ? { source: from.source, 'source-layer': from.sourceLayer } : { source: layer.id };
  const polygons = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
  // A feature's own simple style colour where it has one that parses as a colour (KML styles
  // read by togeojson, simplestyle GeoJSON): anything else falls through to the layer's colour.
  const own = (...keys: string[]) => ['to-color', ...keys.map((k) => ['get', k]), layer.color];
  return [
    {
      id: ids.fill,
      type: 'fill',
      ...source,
      filter: polygons,
      layout,
      paint: { 'fill-color': own('fill'), 'fill-opacity': ['case', selected, 0.45, 0.2] },
    },
    {
      id: ids.outline,
      type: 'line',
      ...source,
      filter: polygons,
      layout,
      paint: { 'line-color': ['case', selected, INK, own('stroke')], 'line-width': ['case', selected, 3, 1.5] },
    },
    {
      id: ids.line,
      type: 'line',
      ...source,
      filter: ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
      layout: { ...layout, 'line-cap': 'round' },
      paint: { 'line-color': ['case', selected, INK, own('stroke')], 'line-width': ['case', selected, 4, 2.5] },
    },
    {
      id: ids.point,
      type: 'circle',
      ...source,
      filter: ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]],
      layout,
      paint: {
        'circle-color': own('marker-color', 'icon-color'),
        // "zoom" may only drive a top-level interpolate: the selected case goes inside it.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, ['case', selected, 7, 3], 8, ['case', selected, 9, 6]],
        'circle-stroke-color': ['case', selected, INK, '#ffffff'],
        'circle-stroke-width': ['case', selected, 2.5, 1],
      },
    },
  ] as unknown as LayerSpecification[];
}

/** The MapLibre layers that draw a dense point layer in `view`, bottom to top. */
export function pointLayerIds(id: string, view: PointsView): string[] {
  if (view === 'all') return [`${id}-point`];
  if (view === 'heatmap') return [`${id}-heat`, `${id}-point`];
  return [`${id}-clusters`, `${id}-count`, `${id}-point`];
}

/**
 * The layers that draw a dense point layer (a vector source `id` with one layer of points, see
 * pointTiles.ts) in its colour: clusters sized by their counts, with the count on each; or a
 * heatmap weighted by the counts, which fades to the points themselves close in; or every point.
 * Single points look as userLayerStyle draws them, the selected one heavier.
 *
 * @example
 * pointLayerStyle({ id: 'user-1', color: '#0b7285', visible: true }, 'clusters').map((l) => l.id)
 * // ['user-1-clusters', 'user-1-count', 'user-1-point']
 */
export function pointLayerStyle(layer: { id: string; color: string; visible: boolean }, view: PointsView): LayerSpecification[] {
  const [first] = pointLayerIds(layer.id, view);
  const common = { source: layer.id, 'source-layer': POINTS_SOURCE_LAYER, layout: { visibility: layer.visible ? 'visible' : 'none' } };
  const isCluster = ['has', 'point_count'];
  const count = ['coalesce', ['get', 'point_count'], 1];
  const points = {
    ...common,
    id: `${layer.id}-point`,
    type: 'circle',
    filter: ['!', isCluster],
    // In the heatmap, the points come in as it fades out, so that each can still be clicked.
    ...(view === 'heatmap' ? { minzoom: CLUSTER_MAX_ZOOM - 1 } : {}),
    paint: {
      'circle-color': layer.color,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, ['case', selected, 7, 3], 8, ['case', selected, 9, 5]],
      'circle-stroke-color': ['case', selected, INK, '#ffffff'],
      'circle-stroke-width': ['case', selected, 2.5, 1],
    },
  };
  const layers: object[] = [];
  if (view === 'clusters') {
    layers.push(
      {
        ...common,
        id: first,
        type: 'circle',
        filter: isCluster,
        paint: {
          'circle-color': layer.color,
          'circle-opacity': 0.85,
          'circle-radius': ['step', count, 12, 100, 16, 1000, 20, 10_000, 25, 100_000, 30],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
      {
        ...common,
        id: `${layer.id}-count`,
        type: 'symbol',
        filter: isCluster,
        layout: { ...common.layout, 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [FONT], 'text-size': 12, 'text-allow-overlap': true },
        paint: { 'text-color': '#ffffff' },
      },
    );
  } else if (view === 'heatmap') {
    layers.push({
      ...common,
      id: first,
      type: 'heatmap',
      maxzoom: CLUSTER_MAX_ZOOM + 1,
      paint: {
        'heatmap-weight': ['interpolate', ['linear'], count, 1, 0.1, 100, 1, 100_000, 30],
        // Wider than the clusters are apart (twice their 50-pixel radius), so that they blend into one field.
        'heatmap-radius': 70,
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], CLUSTER_MAX_ZOOM - 1, 0.85, CLUSTER_MAX_ZOOM + 1, 0],
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          0,
          'rgba(255,255,255,0)',
          0.2,
          '#fee391',
          0.5,
          '#fe9929',
          0.8,
          '#d95f0e',
          1,
          '#993404',
        ],
      },
    });
  }
  layers.push(points);
  return layers as unknown as LayerSpecification[];
}

/**
 * The layers that draw the explore overlay from OVERLAY_SOURCE, whose features carry a `kind`:
 * "path", "area" and "vertex" (measure), "ring", "ring-area" and "centre" (range ring), "compare"
 * (the dashed line between two features).
 */
export function overlayStyle(): LayerSpecification[] {
  const kind = (...kinds: string[]) => ['in', ['get', 'kind'], ['literal', kinds]];
  const colour = ['match', ['get', 'kind'], ['ring', 'ring-area', 'centre'], RING, INK];
  return [
    { id: 'explore-area', type: 'fill', source: OVERLAY_SOURCE, filter: kind('area', 'ring-area'), paint: { 'fill-color': colour, 'fill-opacity': 0.1 } },
    {
      id: 'explore-line',
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: kind('path', 'ring', 'compare'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': 2.5,
        'line-dasharray': ['case', ['==', ['get', 'kind'], 'compare'], ['literal', [2, 2]], ['literal', [1, 0]]],
      },
    },
    {
      id: 'explore-point',
      type: 'circle',
      source: OVERLAY_SOURCE,
      filter: kind('vertex', 'centre'),
      paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': colour, 'circle-stroke-width': 2.5 },
    },
  ] as unknown as LayerSpecification[];
}
