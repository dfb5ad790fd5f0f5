import Papa from 'papaparse';
import { wktToGeoJSON } from '@terraformer/wkt';
import type { Feature, Geometry } from 'geojson';
import { FormatError, type ReadOptions, type RawLayer } from './readLayers';

/** Header names (compared without case, spaces or underscores) that hold a latitude, a longitude, a WKT geometry. */
const LAT = ['lat', 'latitude', 'y', 'latdd', 'latdeg', 'decimallatitude', 'ycoord'];
const LON = ['lon', 'lng', 'long', 'longitude', 'x', 'londd', 'londeg', 'decimallongitude', 'xcoord'];
const WKT = ['wkt', 'geometry', 'geom', 'thegeom', 'wktgeom', 'shape'];
const key = (header: string) => header.toLowerCase().replace(/[\s_\-.()°]+/g, '');
const find = (headers: string[], names: string[]) => names.map((n) => headers.find((h) => key(h) === n)).find((h) => h !== undefined);

/** A CSV whose position columns could not be found: the user chooses them among `headers`. */
export class ChooseColumns extends FormatError {
  constructor(readonly headers: string[]) {
    super(`no column is named like a latitude and a longitude (lat, lon…) or a WKT geometry (wkt…); choose them`);
  }
}

/**
 * Which columns hold the position: the user's choice, else latitude and longitude columns found
 * by their common names, else a WKT column. Throws ChooseColumns when none is found.
 *
 * @example
 * positionColumns(['Name', 'Latitude', 'Longitude']) // { lat: 'Latitude', lon: 'Longitude' }
 */
export function positionColumns(headers: string[], options: ReadOptions = {}): NonNullable<ReadOptions['columns']> {
  const chosen = options.columns;
  if (chosen) {
    for (const column of Object.values(chosen)) if (!headers.includes(column)) throw new FormatError(`it has no column "${column}"`);
    return chosen;
  }
  const lat = find(headers, LAT);
  const lon = find(headers, LON);
  if (lat && lon) return { lat, lon };
  const wkt = find(headers, WKT);
  if (wkt) return { wkt };
  throw new ChooseColumns(headers);
}

function number(value: string | undefined, what: string, row: number): number | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new FormatError(`row ${row}: the ${what} "${text.slice(0, 40)}" is not a number`);
  return n;
}

/**
 * A CSV or TSV table (papaparse guesses the delimiter), each row a feature with its cells as
 * properties and a point from its latitude and longitude columns, or a geometry from its WKT
 * column. A row with empty position cells is kept without a geometry.
 *
 * @example
 * readCsv('name,lat,lon\nNaha,26.21,127.68') // [{ part: '', features: [{ …, geometry: { type: 'Point', coordinates: [127.68, 26.21] } }] }]
 */
export function readCsv(text: string, options: ReadOptions = {}): RawLayer[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) throw new FormatError(`row ${(quotes.row ?? 0) + 2} has a quote that is never closed`);
  const headers = (parsed.meta.fields ?? []).filter((h) => h !== '');
  if (headers.length < 2 && !options.columns) throw new FormatError('it is not a table with columns (no delimiter such as a comma or tab was found)');
  const columns = positionColumns(headers, options);
  const features = parsed.data.map((row, i): Feature => {
    const line = i + 2;
    let geometry: Geometry | null = null;
    if ('wkt' in columns) {
      const wkt = (row[columns.wkt] ?? '').trim();
      if (wkt) {
        try {
          geometry = wktToGeoJSON(wkt);
        } catch {
          throw new FormatError(`row ${line}: "${wkt.slice(0, 40)}" is not a WKT geometry`);
        }
      }
    } else {
      const lat = number(row[columns.lat], 'latitude', line);
      const lon = number(row[columns.lon], 'longitude', line);
      if (lat !== null && lon !== null) geometry = { type: 'Point', coordinates: [lon, lat] };
    }
    // Papaparse keeps the cells beyond the header under "__parsed_extra": not a column anyone named.
    const { __parsed_extra: _, ...properties } = row as Record<string, unknown>;
    return { type: 'Feature', properties, geometry } as Feature;
  });
  return [{ part: '', features }];
}
