import type { Position } from 'geojson';

/**
 * Natural Earth cuts rings at ±180° and joins the two sides with a segment that, drawn flat,
 * runs across the whole world (Fiji, Chukotka). Such a ring is moved east of 180° in one piece;
 * MapLibre wraps it. Rings around the South Pole are left as they are.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const jumps = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!jumps || ring.some((p) => p[1] < -80)) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}
