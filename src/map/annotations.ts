import type { Feature, FeatureCollection } from 'geojson';
import type { Map as MapLibreMap, GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import { FONT } from './ids';
import type { Annotation } from '../story/annotation';

export const ANNOTATION_SOURCE = 'slide-annotations';

/** The two strokes of an arrow's head at the path's last point, a fifth of the last segment long. */
function arrowHead(path: [number, number][]): [number, number][][] {
  const [x1, y1] = path[path.length - 2];
  const [x2, y2] = path[path.length - 1];
  // Flat directions at the tip's latitude, so the head is symmetric on the map.
  const k = Math.cos((y2 * Math.PI) / 180);
  const dx = (x2 - x1) * k;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [];
  const head = length * 0.2;
  const angle = Math.atan2(dy, dx);
  return [-1, 1].map((side) => {
    const a = angle + Math.PI + (side * Math.PI) / 7;
    return [
      [x2 + (Math.cos(a) * head) / k, y2 + Math.sin(a) * head],
      [x2, y2],
    ];
  });
}

/**
 * The GeoJSON the map draws for a slide's annotations: paths (arrows with their heads), rings
 * filled lightly and outlined, and text points.
 *
 * @example
 * annotationFeatures([{ kind: 'text', coordinates: [[124, 25]], color: '#e4002b', width: 4, text: 'Senkakus' }])
 */
export function annotationFeatures(annotations: readonly Annotation[]): FeatureCollection {
  const features: Feature[] = annotations.flatMap((a): Feature[] => {
    const properties = { kind: a.kind, color: a.color, width: a.width, text: a.text ?? '' };
    switch (a.kind) {
      case 'text':
        return [{ type: 'Feature', geometry: { type: 'Point', coordinates: a.coordinates[0] }, properties }];
      case 'circle':
      case 'area':
        return [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [a.coordinates] }, properties }];
      case 'line':
        return [{ type: 'Feature', geometry: { type: 'LineString', coordinates: a.coordinates }, properties }];
      case 'arrow':
        return [
          { type: 'Feature', geometry: { type: 'LineString', coordinates: a.coordinates }, properties },
          ...arrowHead(a.coordinates).map((stroke): Feature => ({ type: 'Feature', geometry: { type: 'LineString', coordinates: stroke }, properties })),
        ];
    }
  });
  return { type: 'FeatureCollection', features };
}

const layers: LayerSpecification[] = [
  {
    id: 'slide-annotation-fill',
    type: 'fill',
    source: ANNOTATION_SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.18 },
  },
  {
    id: 'slide-annotation-line',
    type: 'line',
    source: ANNOTATION_SOURCE,
    filter: ['!=', ['geometry-type'], 'Point'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'] },
  },
  {
    id: 'slide-annotation-text',
    type: 'symbol',
    source: ANNOTATION_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'text-field': ['get', 'text'],
      'text-font': [FONT],
      'text-size': ['+', 14, ['*', 2, ['get', 'width']]],
      'text-max-width': 14,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': ['get', 'color'], 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

/**
 * Draws `annotations` on the map, over everything else (the layers are added with the first
 * annotation: a map without any never carries them).
 */
export function showAnnotations(map: MapLibreMap, annotations: readonly Annotation[]): void {
  const data = annotationFeatures(annotations);
  const source = map.getSource(ANNOTATION_SOURCE) as GeoJSONSource | undefined;
  if (source) source.setData(data);
  else if (annotations.length) {
    map.addSource(ANNOTATION_SOURCE, { type: 'geojson', data });
    for (const layer of layers) map.addLayer(layer);
  }
}
