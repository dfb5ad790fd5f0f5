import type { Feature, Geometry, Position } from 'geojson';
import { walkGeometry } from './walkGeometry';

/** [west, south, east, north]; east may exceed 180 when the extent crosses the antimeridian. */
export type Bounds = [number, number, number, number];

// Loops rather than push(...list): a spread of a few hundred thousand positions overflows the stack.
const append = (out: Position[], list: Position[]) => {
  for (const p of list) out.push(p);
};

function positions(g: Geometry, out: Position[] = []): Position[] {
  walkGeometry(g, { point: (p) => out.push(p), line: (line) => append(out, line) });
  return out;
}

/**
 * The smallest box around the features, choosing the shorter way round the globe: the United
 * States (Aleutians west of 180°) gives [172.4, 18.9, 293.0, 71.4] rather than the whole world.
 *
 * @example
 * featureBounds([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [127.9, 26.5] } }])
 * // [127.9, 26.5, 127.9, 26.5]
 */
export function featureBounds(features: Feature[]): Bounds | null {
  const all: Position[] = [];
  for (const f of features) if (f.geometry) positions(f.geometry, all);
  if (all.length === 0) return null;
  let south = Infinity;
  let north = -Infinity;
  for (const p of all) {
    south = Math.min(south, p[1]);
    north = Math.max(north, p[1]);
  }
  const lons = [...new Set(all.map((p) => p[0]))].sort((a, b) => a - b);
  // The widest empty span of longitude (including the one across ±180) is what the box leaves out.
  let gap = lons[0] + 360 - lons[lons.length - 1];
  let west = lons[0];
  // Taken from the data rather than computed as west + width, so it is exact (no 127.90000000000002).
  let east = lons[lons.length - 1];
  for (let i = 1; i < lons.length; i++) {
    if (lons[i] - lons[i - 1] > gap) {
      gap = lons[i] - lons[i - 1];
      west = lons[i];
      east = lons[i - 1] + 360;
    }
  }
  return [west, south, east, north];
}
