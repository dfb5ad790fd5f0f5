import { DataError } from './validateLayer.ts';

/** Larger files are refused before parsing (50 MB): a briefing's data is far smaller. */
export const MAX_JSON_CHARS = 50_000_000;

/**
 * Parses a data file's text, refusing what is not JSON with a DataError that names the file.
 * The first step of every import path (layers, decks, a user's GeoJSON file), before its validator.
 *
 * @example
 * parseJson('my-layer.geojson', '{"type": "FeatureCollection"') // throws DataError: my-layer.geojson: is not valid JSON (…)
 */
export function parseJson(file: string, text: string): unknown {
  if (text.length > MAX_JSON_CHARS) throw new DataError(`${file}: is too large to read (${Math.round(text.length / 1e6)} MB; the limit is 50 MB)`);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = (e as Error).message.slice(0, 160);
    throw new DataError(`${file}: is not valid JSON (${reason})`);
  }
}
