/** Web Mercator world size in CSS pixels at zoom 0 (MapLibre's 512 px tiles); it doubles each zoom. */
export const WORLD_PX = 512;

/**
 * A [lon, lat] position's Web Mercator x and y, the world being 1 × 1 (x east from 180°W, y south
 * from the top).
 *
 * @example
 * mercator([0, 0]) // [0.5, 0.5]
 */
export function mercator([lon, lat]: readonly number[]): [number, number] {
  return [lon / 360 + 0.5, 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)];
}
