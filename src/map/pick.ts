import type { MapGeoJSONFeature, PointLike } from 'maplibre-gl';

/** Pixels of slop around a click, so points and thin lines are easy to hit. */
export const HIT = 6;

/** What `pick` needs of a MapLibre map. */
export interface PickMap {
  queryRenderedFeatures(box: [PointLike, PointLike], options: { layers: string[] }): MapGeoJSONFeature[];
  project(lngLat: [number, number]): { x: number; y: number };
}

/**
 * The feature of `layers` drawn at `point` (in CSS pixels over the map), or null. A box of HIT
 * pixels around the point is searched; points and lines win over the areas under them. With
 * `dotRadius`, a point counts only when its dot (of that radius) is within HIT of the point: the
 * box's corners reach further than a round dot does.
 *
 * @example
 * pick(map, { x: 120, y: 80 }, ['story-bases-point'], DOT_RADIUS) // the base under the pointer, or null
 */
export function pick(map: PickMap, point: { x: number; y: number }, layers: string[], dotRadius?: number): MapGeoJSONFeature | null {
  if (layers.length === 0) return null;
  const { x, y } = point;
  const found = map.queryRenderedFeatures(
    [
      [x - HIT, y - HIT],
      [x + HIT, y + HIT],
    ],
    { layers },
  );
  const touched =
    dotRadius === undefined
      ? found
      : found.filter((f) => {
          if (f.geometry.type !== 'Point') return true;
          const at = map.project(f.geometry.coordinates as [number, number]);
          return Math.hypot(at.x - x, at.y - y) <= HIT + dotRadius;
        });
  return touched.find((f) => f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') ?? touched[0] ?? null;
}
