import type { Position } from 'geojson';
import { wrapLon } from '../state/hash';

/**
 * A position as a briefing writes it, to two decimals (about 1 km).
 *
 * @example
 * formatLatLon([127.68, 26.21])  // '26.21° N, 127.68° E'
 * formatLatLon([-157.86, 21.31]) // '21.31° N, 157.86° W' (Honolulu)
 */
export function formatLatLon([lon, lat]: Position): string {
  const l = wrapLon(lon);
  return `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(l).toFixed(2)}° ${l < 0 ? 'W' : 'E'}`;
}
