import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { featureBounds, type Bounds } from '../map/featureBounds';
import { show } from '../story/show';
import { hasMorePositions } from './countPositions';

/**
 * What an import accepts. A file above `maxBytes` is refused before it is read; a GeoJSON file
 * with more than `maxPositions` coordinate pairs as soon as the scan before parsing reaches one
 * more (other formats as their features are checked). What this machine was measured to take
 * (docs/performance-log.md): a dense point layer is drawn from tiles its own worker cuts.
 */
export const IMPORT_LIMITS = { maxBytes: 200 * 1024 * 1024, maxPositions: 2_000_000 };
export type ImportLimits = typeof IMPORT_LIMITS;

export type ImportProblem = 'not-json' | 'not-geojson' | 'out-of-range' | 'too-large' | 'empty' | 'unreadable';

export interface ImportSummary {
  features: number;
  positions: number;
  /** Around every feature with a geometry; null when none has one. */
  bounds: Bounds | null;
}

export type ImportResult =
  | { ok: true; data: FeatureCollection; summary: ImportSummary }
  | { ok: false; problem: ImportProblem; message: string };

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];
/** How many coordinate arrays deep each geometry's positions lie. */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

class Refused extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
  ) {
    super(message);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const count = (n: number) => n.toLocaleString('en-GB');
const tooManyPositions = (limit: number) => `more than ${count(limit)} positions (the limit)`;
const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `${typeof value} ${show(value, 60)}`;

/**
 * Refuses a file that is too large to read, before reading it; null when its size is fine.
 *
 * @example
 * checkSize(80 * 1024 * 1024, 'big.geojson') // { ok: false, problem: 'too-large', message: '"big.geojson" is too large: 80 MB (the limit is 50 MB).' }
 * checkSize(50 * 1024 * 1024 + 1, 'edge.geojson')?.message // '"edge.geojson" is too large: just over 50 MB (the limit is 50 MB).'
 */
export function checkSize(bytes: number, name: string, limits: ImportLimits = IMPORT_LIMITS): ImportResult | null {
  if (bytes <= limits.maxBytes) return null;
  const [size, limit] = [megabytes(bytes), megabytes(limits.maxBytes)];
  return { ok: false, problem: 'too-large', message: `"${name}" is too large: ${size === limit ? 'just over ' : ''}${size} (the limit is ${limit}).` };
}

/** Checks every position of one geometry, counting them; throws Refused naming the feature. */
function checkGeometry(g: unknown, where: string, counter: { positions: number; limit: number }, nesting = 0): void {
  if (typeof g !== 'object' || g === null || Array.isArray(g)) throw new Refused('not-geojson', `${where} has a geometry that is ${kind(g)}`);
  const type = (g as { type?: unknown }).type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    throw new Refused('not-geojson', `${where} has a geometry of unknown type ${show(type ?? null, 60)}`);
  }
  if (type === 'GeometryCollection') {
    const geometries = (g as { geometries?: unknown }).geometries;
    if (!Array.isArray(geometries)) throw new Refused('not-geojson', `${where} is a GeometryCollection without a "geometries" list`);
    if (nesting > 8) throw new Refused('not-geojson', `${where} nests GeometryCollections too deeply`);
    for (const child of geometries) checkGeometry(child, where, counter, nesting + 1);
    return;
  }
  const walk = (value: unknown, depth: number): void => {
    if (!Array.isArray(value)) throw new Refused('not-geojson', `${where}: a ${type}'s coordinates must be nested lists of numbers`);
    if (depth > 0) {
      if (type === 'LineString' || (type === 'MultiLineString' && depth === 1)) {
        if (value.length < 2) throw new Refused('not-geojson', `${where}: a line needs at least 2 positions`);
      }
      if ((type === 'Polygon' && depth === 1) || (type === 'MultiPolygon' && depth === 1)) {
        if (value.length < 4) throw new Refused('not-geojson', `${where}: a polygon ring needs at least 4 positions`);
      }
      for (const child of value) walk(child, depth - 1);
      return;
    }
    const [lon, lat] = value as unknown[];
    if (value.length < 2 || typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new Refused('not-geojson', `${where}: a position must be [longitude, latitude] numbers, found ${show(value, 60)}`);
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new Refused(
        'out-of-range',
        `${where} has the position [${lon}, ${lat}]; longitude must lie between -180 and 180 and latitude between -90 and 90 (RFC 7946). ` +
          'If the file uses projected coordinates (metres), export it again as WGS 84 longitude/latitude',
      );
    }
    if (++counter.positions > counter.limit) {
      throw new Refused('too-large', tooManyPositions(counter.limit));
    }
  };
  walk((g as { coordinates?: unknown }).coordinates, DEPTH[type]);
}

/**
 * How deep lists and objects may nest in a feature's properties: deeper would pass one thread's
 * stack and overflow another's when the layer is copied, shown or exported.
 */
const MAX_NESTING = 64;

/** How deeply lists and objects nest in a value (0 for a string or number), counted without recursion. */
function nestingOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return deepest;
}

function asFeatures(json: unknown): Feature[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Refused('not-geojson', `it holds ${kind(json)}, not a GeoJSON object`);
  }
  const type = (json as { type?: unknown }).type;
  if (type === 'FeatureCollection') {
    const features = (json as { features?: unknown }).features;
    if (!Array.isArray(features)) throw new Refused('not-geojson', 'it is a FeatureCollection without a "features" list');
    return features as Feature[];
  }
  if (type === 'Feature') return [json as Feature];
  if (typeof type === 'string' && GEOMETRY_TYPES.includes(type)) return [{ type: 'Feature', properties: {}, geometry: json as Geometry }];
  if (type === undefined) throw new Refused('not-geojson', 'it has no "type" (expected FeatureCollection, Feature or a geometry)');
  throw new Refused('not-geojson', `its type is ${show(type, 60)} (expected FeatureCollection, Feature or a geometry)`);
}

/**
 * Parses and checks a user's GeoJSON file (RFC 7946): JSON, a FeatureCollection, Feature or
 * geometry, every position a [longitude, latitude] pair within range, not too many of them.
 * A Feature or geometry comes back wrapped in a FeatureCollection; nothing else is changed.
 * A refusal names the file and the problem in plain words.
 *
 * @example
 * parseGeojson('{"type":"Point","coordinates":[127.7,26.2]}', 'naha.geojson')
 * // { ok: true, data: { type: 'FeatureCollection', features: [...] }, summary: { features: 1, positions: 1, bounds: [127.7, 26.2, 127.7, 26.2] } }
 * parseGeojson('hello', 'notes.txt').ok // false, problem 'not-json'
 */
export function parseGeojson(text: string, name: string, limits: ImportLimits = IMPORT_LIMITS): ImportResult {
  // The worker checks the file's size in bytes before reading it; here the text's length stands in.
  const size = checkSize(text.length, name, limits);
  if (size) return size;
  // Counted before parsing, and only as far as one over the limit: a file with too many
  // positions is refused without building its object tree.
  if (hasMorePositions(text, limits.maxPositions)) {
    return { ok: false, problem: 'too-large', message: `"${name}" is too large: ${tooManyPositions(limits.maxPositions)}.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: 'not-json', message: `"${name}" is not JSON: ${(e as Error).message}.` };
  }
  try {
    return checkFeatures(asFeatures(json), name, limits, undefined, 'is JSON but not GeoJSON');
  } catch (e) {
    return refusal(e, name, 'is JSON but not GeoJSON');
  }
}

/** A Refused error as the result a user reads; anything else is rethrown. */
function refusal(e: unknown, name: string, notGeojson = 'holds features that are not valid GeoJSON'): ImportResult {
  if (!(e instanceof Refused)) throw e;
  const message =
    e.problem === 'not-geojson'
      ? `"${name}" ${notGeojson}: ${e.message}.`
      : e.problem === 'out-of-range'
        ? `"${name}" has coordinates out of range: ${e.message}.`
        : `"${name}" is too large: ${e.message}.`;
  return { ok: false, problem: e.problem, message };
}

/**
 * Checks features however they were read (GeoJSON, or converted from KML, CSV, a shapefile…):
 * each a Feature with an object or null for properties, every position a [longitude, latitude]
 * pair in range, no more than the limit of them in all (`counter` carries the count across the
 * layers of one file). Returns them as a FeatureCollection with its summary, or the refusal.
 *
 * @example
 * checkFeatures([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [127.7, 26.2] } }], 'naha.kml')
 */
export function checkFeatures(
  features: unknown[],
  name: string,
  limits: ImportLimits = IMPORT_LIMITS,
  counter = { positions: 0, limit: limits.maxPositions },
  notGeojson?: string,
): ImportResult {
  const start = counter.positions;
  try {
    features.forEach((f, i) => {
      const where = `feature ${i + 1}`;
      if (typeof f !== 'object' || f === null || (f as { type?: unknown }).type !== 'Feature') {
        throw new Refused('not-geojson', `${where} is not a Feature`);
      }
      const properties = (f as { properties?: unknown }).properties;
      if (properties !== undefined && properties !== null && (typeof properties !== 'object' || Array.isArray(properties))) {
        throw new Refused('not-geojson', `${where} has properties that are ${kind(properties)}, not an object`);
      }
      if (nestingOf(properties) > MAX_NESTING) throw new Refused('not-geojson', `${where} has properties nested more than ${MAX_NESTING} deep`);
      const geometry = (f as Feature).geometry;
      if (geometry !== null && geometry !== undefined) checkGeometry(geometry, where, counter);
    });
  } catch (e) {
    return refusal(e, name, notGeojson);
  }
  const bounds = featureBounds(features as Feature[]);
  if (!bounds) return { ok: false, problem: 'empty', message: `"${name}" holds no features with a geometry to show.` };
  return {
    ok: true,
    data: { type: 'FeatureCollection', features: features as Feature[] },
    summary: { features: features.length, positions: counter.positions - start, bounds },
  };
}
