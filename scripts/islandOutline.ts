import { booleanPointInPolygon, kinks, rewind, simplify } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The outer ring of the island in `land` (OSM's land, see readOsmLand) that holds `at`, simplified
 * to `tolerance` degrees and rounded to three decimals (110 m at most, under 2 px at zoom 10): a
 * story feature's outline that lies on the coast the map draws close in. Three decimals, not the
 * close-in land's four: the outline is in the first view's story data, whose bytes are budgeted.
 * Counter-clockwise (RFC 7946). Simplifying can make a narrow pier or spit cross the coast beside
 * it: the point nearest each crossing is dropped until none is left. Throws if no island holds
 * `at`, or if the crossings do not go.
 *
 * @example
 * islandOutline(readOsmLand(), [127.77, 26.355], 0.001) // Okinawa Island, ~1,210 km²
 */
export function islandOutline(land: MultiPolygon, at: Position, tolerance: number): Polygon {
  const rings = land.coordinates.find((polygon) => booleanPointInPolygon(at, { type: 'Polygon', coordinates: polygon }));
  if (!rings) throw new Error(`no land in OpenStreetMap's land polygons holds ${at.join(', ')}`);
  const simple = simplify({ type: 'Polygon', coordinates: [rings[0]] }, { tolerance, highQuality: true });
  const ring = simple.coordinates[0].slice(0, -1).map(([x, y]) => [Math.round(x * 1e3) / 1e3, Math.round(y * 1e3) / 1e3]);
  const closed = (): Polygon => rewind({ type: 'Polygon', coordinates: [[...ring, ring[0]]] }) as Polygon;
  for (let tries = 0; tries < 20; tries++) {
    const crossing = kinks(closed()).features[0]?.geometry.coordinates;
    if (!crossing) return closed();
    const d = (p: Position) => (p[0] - crossing[0]) ** 2 + (p[1] - crossing[1]) ** 2;
    ring.splice(ring.reduce((best, p, i) => (d(p) < d(ring[best]) ? i : best), 0), 1);
  }
  throw new Error(`the outline of the island at ${at.join(', ')} still crosses itself`);
}
