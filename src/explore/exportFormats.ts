import { toKML } from '@placemarkio/tokml';
import Papa from 'papaparse';
import type { FeatureCollection, Point } from 'geojson';

/**
 * A FeatureCollection as KML (tokml): each feature a Placemark, its properties as ExtendedData.
 *
 * @example
 * toKml({ type: 'FeatureCollection', features: [naha] }) // '<?xml version="1.0" … <kml …'
 */
export const toKml = (data: FeatureCollection): string => toKML(data);

/**
 * The point features of a collection as CSV (papaparse): a longitude and a latitude column, then
 * one column per property name found (a value that is not text or a number written as JSON).
 * Other geometries have no place in a table of points and are left out: `skipped` counts them.
 *
 * @example
 * toCsv({ type: 'FeatureCollection', features: [naha] }) // { csv: 'longitude,latitude,name\r\n127.68,26.21,Naha', points: 1, skipped: 0 }
 */
export function toCsv(data: FeatureCollection): { csv: string; points: number; skipped: number } {
  const points = data.features.filter((f) => f.geometry?.type === 'Point');
  const keys = [...new Set(points.flatMap((f) => Object.keys(f.properties ?? {})))].filter((k) => k !== 'longitude' && k !== 'latitude');
  const cell = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v));
  const rows = points.map((f) => {
    const [lon, lat] = (f.geometry as Point).coordinates;
    return [lon, lat, ...keys.map((k) => cell(f.properties?.[k]))];
  });
  // escapeFormulae: a cell starting with = + - @ is not run as a formula when the file is opened in a spreadsheet.
  const csv = Papa.unparse({ fields: ['longitude', 'latitude', ...keys], data: rows }, { escapeFormulae: true });
  return { csv, points: points.length, skipped: data.features.length - points.length };
}
