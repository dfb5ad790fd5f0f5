import { gpx } from '@tmcw/togeojson';
import type { RawLayer } from './readLayers';
import { xmlDocument } from './xmlDocument';

/**
 * A GPX file's tracks, routes and waypoints (togeojson), as one layer.
 *
 * @example
 * readGpx('<gpx><wpt lat="26.2" lon="127.7"><name>Naha</name></wpt></gpx>') // [{ part: '', features: [...] }]
 */
export function readGpx(text: string): RawLayer[] {
  return [{ part: '', features: gpx(xmlDocument(text, 'gpx')).features }];
}
