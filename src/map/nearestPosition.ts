import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { walkGeometry } from './walkGeometry';
import type { SnapTo } from './drawing';

/** Pixels within which a line or an area being drawn snaps to a place or a vertex on the map. */
export const SNAP_PX = 10;

/**
 * The position of `geometries` (a point, or a vertex of a line or an area) drawn nearest to (x,
 * y) on the map, within `radius` pixels; undefined where there is none.
 *
 * @example
 * nearestPosition([darwin.geometry], (p) => map.project(p), 412, 380) // [130.84, -12.46]
 */
export function nearestPosition(
  geometries: readonly Geometry[],
  project: (position: [number, number]) => { x: number; y: number },
  x: number,
  y: number,
  radius = SNAP_PX,
): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestDistance = radius;
  const consider = ([lon, lat]: number[]) => {
    const at = project([lon, lat]);
    const distance = Math.hypot(at.x - x, at.y - y);
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = [lon, lat];
    }
  };
  for (const geometry of geometries) walkGeometry(geometry, { point: consider, line: (positions) => positions.forEach(consider) });
  return best;
}

/**
 * What a point being drawn snaps to: the nearest place or vertex of the features drawn in
 * `layers` within SNAP_PX, at the feature's own position (`geometryOf` its id; the tiles' are
 * rounded), or the tile's where it has none.
 *
 * @example
 * new Drawing(map, snapToDrawn(map, () => clickableOn(map, app.visible), (id) => app.features.get(id)?.feature.geometry))
 */
export function snapToDrawn(map: MapLibreMap, layers: () => string[], geometryOf: (id: string) => Geometry | undefined): SnapTo {
  return (x, y) => {
    const near = map.queryRenderedFeatures(
      [
        [x - SNAP_PX, y - SNAP_PX],
        [x + SNAP_PX, y + SNAP_PX],
      ],
      { layers: layers() },
    );
    const geometries = near.map((f) => geometryOf(String(f.properties.id)) ?? f.geometry);
    return nearestPosition(geometries, (p) => map.project(p), x, y);
  };
}
