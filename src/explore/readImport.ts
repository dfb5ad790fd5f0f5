import type { FeatureCollection } from 'geojson';
import { IMPORT_LIMITS, checkFeatures, checkSize, parseGeojson, type ImportLimits, type ImportProblem, type ImportSummary } from './importGeojson';
import { readCsv, ChooseColumns } from './formats/readCsv';
import { readFlatgeobuf } from './formats/readFlatgeobuf';
import { readGpx } from './formats/readGpx';
import { readKml, readKmz } from './formats/readKml';
import { FormatError, TooLarge, type RawLayer, type ReadOptions } from './formats/readLayers';
import { readShapefile } from './formats/readShapefile';

export type Format = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'csv' | 'shapefile' | 'flatgeobuf';

/** What each format is called in messages. */
export const FORMAT_NAMES: Record<Format, string> = {
  geojson: 'GeoJSON',
  kml: 'KML',
  kmz: 'KMZ',
  gpx: 'GPX',
  csv: 'CSV',
  shapefile: 'zipped shapefile',
  flatgeobuf: 'FlatGeobuf',
};

export interface ReadLayer {
  /** The layer's name: the file's, with a folder or part name after it where the file holds several. */
  name: string;
  data: FeatureCollection;
  summary: ImportSummary;
}

export type { ReadOptions };

export type ReadResult =
  | { ok: true; format: Format; layers: ReadLayer[] }
  | { ok: false; problem: ImportProblem | 'unknown-format' | 'choose-columns' | 'unreadable'; message: string; headers?: string[] };

const EXTENSIONS: Record<string, Format> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  zip: 'shapefile',
  fgb: 'flatgeobuf',
};

/**
 * A file's format from its first bytes where they tell (zip, FlatGeobuf, XML, JSON), else
 * from its extension; null when neither does.
 *
 * @example
 * detectFormat('ports.csv', new TextEncoder().encode('name,lat,lon')) // 'csv'
 */
export function detectFormat(name: string, head: Uint8Array): Format | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  const byExtension = EXTENSIONS[extension] ?? null;
  if (head[0] === 0x50 && head[1] === 0x4b) return byExtension === 'kmz' ? 'kmz' : 'shapefile';
  if (head[0] === 0x66 && head[1] === 0x67 && head[2] === 0x62) return 'flatgeobuf';
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    if (/<gpx[\s>]/.test(text)) return 'gpx';
    if (/<kml[\s>]/.test(text)) return 'kml';
    return byExtension === 'gpx' || byExtension === 'kml' ? byExtension : null;
  }
  if ((text.startsWith('{') || text.startsWith('[')) && extension !== 'csv' && extension !== 'tsv') return 'geojson';
  return byExtension === 'kmz' || byExtension === 'shapefile' || byExtension === 'flatgeobuf' ? null : byExtension;
}

/** Reads a file's text, telling `onbytes` how much is read as it goes. */
async function readText(file: Blob, onbytes?: (bytes: number) => void): Promise<string> {
  if (!onbytes) return file.text();
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts.join('');
    parts.push(value);
    length += value.length;
    onbytes(length);
  }
}

export interface ReadProgress {
  /** What is being done, in words ("Reading", "Checking"). */
  step: string;
  /** How far, 0 to 1; null when unknown. */
  fraction: number | null;
}

/**
 * The whole import of a user's file, as the import worker runs it: its size checked before it
 * is read, its format found, read with the format's library, then every layer checked like
 * GeoJSON (limits across the whole file). A refusal names the file and the problem.
 *
 * @example
 * const result = await readImport(file, file.name);
 * if (result.ok) result.layers // [{ name: 'ports.kml / Harbours', data, summary }, …]
 */
export async function readImport(
  file: Blob,
  name: string,
  options: ReadOptions & { format?: Format } = {},
  limits: ImportLimits = IMPORT_LIMITS,
  onprogress?: (progress: ReadProgress) => void,
): Promise<ReadResult> {
  const size = checkSize(file.size, name, limits);
  if (size) return size as ReadResult;
  let format: Format | null | undefined = options.format;
  const reading = (bytes: number) => onprogress?.({ step: 'Reading', fraction: file.size ? Math.min(1, bytes / file.size) : null });
  try {
    format ??= detectFormat(name, new Uint8Array(await file.slice(0, 256).arrayBuffer()));
    if (!format) {
      return {
        ok: false,
        problem: 'unknown-format',
        message: `"${name}" is not a file the map can read: it takes GeoJSON, KML, KMZ, GPX, CSV or TSV, a zipped shapefile (.zip) and FlatGeobuf (.fgb).`,
      };
    }
    if (format === 'geojson') {
      const text = await readText(file, reading);
      onprogress?.({ step: 'Checking', fraction: null });
      const result = parseGeojson(text, name, limits);
      return result.ok ? { ok: true, format, layers: [{ name, data: result.data, summary: result.summary }] } : result;
    }
    let raw: RawLayer[];
    const counter = { positions: 0, limit: limits.maxPositions };
    if (format === 'kml') raw = readKml(await readText(file, reading));
    else if (format === 'gpx') raw = readGpx(await readText(file, reading));
    else if (format === 'csv') raw = readCsv(await readText(file, reading), options);
    else if (format === 'kmz') raw = readKmz(new Uint8Array(await file.arrayBuffer()));
    else if (format === 'shapefile') raw = await readShapefile(await file.arrayBuffer());
    else {
      raw = await readFlatgeobuf(file, (n) => {
        if (n % 10_000 === 0) onprogress?.({ step: 'Reading', fraction: null });
        // A feature holds one position at least: stop reading once there are more than the limit.
        if (n > limits.maxPositions) throw new TooLarge(`more than ${limits.maxPositions.toLocaleString('en-GB')} features (the limit)`);
      });
    }
    onprogress?.({ step: 'Checking', fraction: null });
    const layers: ReadLayer[] = [];
    for (const { part, features } of raw) {
      const layerName = part ? `${name} / ${part}` : name;
      const checked = checkFeatures(features, part ? layerName : name, limits, counter, `holds features that are not valid GeoJSON`);
      if (checked.ok) layers.push({ name: layerName, data: checked.data, summary: checked.summary });
      else if (checked.problem !== 'empty') return checked;
    }
    if (!layers.length) return { ok: false, problem: 'empty', message: `"${name}" holds no features with a geometry to show.` };
    return { ok: true, format, layers };
  } catch (e) {
    if (e instanceof ChooseColumns) return { ok: false, problem: 'choose-columns', message: `"${name}": ${e.message}.`, headers: e.headers };
    if (e instanceof TooLarge) return { ok: false, problem: 'too-large', message: `"${name}" is too large: ${e.message}.` };
    if (e instanceof FormatError) return { ok: false, problem: 'not-geojson', message: `"${name}" is not a readable ${FORMAT_NAMES[format!]} file: ${e.message}.` };
    return { ok: false, problem: 'unreadable', message: `"${name}" could not be read: ${(e as Error)?.message ?? String(e)}.` };
  }
}
