import { mercator, WORLD_PX } from './mercator';

const MAX_LAT = 85;

/**
 * Moves [lon, lat] positions by `dx`, `dy` CSS pixels on a Web Mercator map at `zoom` (x east,
 * y south), as dragging them on the screen would: every position moves alike, so a closed ring
 * stays closed. Latitudes stay within ±85°.
 *
 * @example
 * shiftByPixels([[140, 0]], 512, 0, 0) // [[500, 0]]: a whole world east at zoom 0
 */
export function shiftByPixels(positions: readonly [number, number][], dx: number, dy: number, zoom: number): [number, number][] {
  const world = WORLD_PX * 2 ** zoom;
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return positions.map(([lon, lat]) => {
    const y = mercator([lon, lat])[1] * world + dy;
    const movedLat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / world))) * 180) / Math.PI;
    return [round(lon + (dx / world) * 360), round(Math.max(-MAX_LAT, Math.min(MAX_LAT, movedLat)))];
  });
}
