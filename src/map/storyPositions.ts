import type { FeatureCollection } from 'geojson';
import { walkGeometry } from './walkGeometry';

/**
 * Positions per message to MapLibre's worker. MapLibre copies a GeoJSON source's data to its
 * worker in one task on the page's thread, about 2.5 µs a position here: a story of 10,000
 * polygons (610,000 positions) froze the page for 1.5 s. This many is about 150 ms; fewer made
 * the story slower to arrive (each step makes MapLibre's worker index all the steps before it).
 */
export const POSITIONS_PER_STEP = 60_000;

/** How many positions `data`'s geometries have (a story beyond POSITIONS_PER_STEP goes to the map in steps, see storySteps). */
export function storyPositions(data: FeatureCollection): number {
  let n = 0;
  for (const f of data.features) if (f.geometry) walkGeometry(f.geometry, { point: () => n++, line: (l) => (n += l.length) });
  return n;
}
