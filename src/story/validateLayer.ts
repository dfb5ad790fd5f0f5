import type { Position } from 'geojson';
import type { CheckedProperties, LayerManifestEntry, PlaceName, StoryCollection } from './types';
import { show } from './show.ts';
import { unnamedClaimants } from './placeNames.ts';

/** A data file broke a rule; the message names the file, the feature and the rule. */
export class DataError extends Error {}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const COLOR = /^#[0-9a-f]{6}$/i;

/** Ids are short: they go into URLs and element ids. */
export const MAX_ID = 100;
/** A feature's or a layer's id: lower-case ASCII words joined by hyphens, at most MAX_ID characters. */
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ID && ID.test(v);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Language tags the label fonts and the panel know: a language, optionally a script or region. */
const LANG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;
/** Longest name shown on the map or in the panel. */
const MAX_NAME = 200;

function checkSource(s: unknown, what: string, fail: (rule: string) => never): void {
  if (!isObject(s) || !isText(s.publication) || !isText(s.title) || !isText(s.date)) {
    fail(`${what} needs "publication", "title" and "date"`);
  }
  if (s.lang !== undefined && (typeof s.lang !== 'string' || !LANG.test(s.lang))) fail(`${what} has a "lang" that is not a BCP 47 tag such as "ja" or "zh-Hant": ${show(s.lang)}`);
}

/**
 * Checks a feature's `names`: each a bounded name, a language tag, who uses it and a source.
 * Exported for the basemap's authored places (seas), which carry the same list.
 */
export function checkNames(names: unknown, fail: (rule: string) => never): void {
  if (!Array.isArray(names) || names.length === 0) fail('"names" must be a non-empty array');
  (names as unknown[]).forEach((n, i) => {
    if (!isObject(n)) fail(`names[${i}] must be an object`);
    const e = n as Record<string, unknown>;
    if (!isText(e.name) || (e.name as string).length > MAX_NAME) fail(`names[${i}] needs a "name" of at most ${MAX_NAME} characters`);
    if (typeof e.lang !== 'string' || !LANG.test(e.lang)) fail(`names[${i}] needs a BCP 47 "lang" such as "ja" or "zh-Hant", got ${show(e.lang)}`);
    if (!Array.isArray(e.usedBy) || e.usedBy.length === 0 || !e.usedBy.every(isText)) fail(`names[${i}] needs "usedBy": who uses the name`);
    checkSource(e.source, `names[${i}].source`, fail);
  });
}

/** Signed area of a ring (shoelace, in degrees²): positive when counter-clockwise. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

function checkPosition(p: unknown, fail: (rule: string) => never): void {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    fail(`a position must be [lon, lat] numbers, got ${show(p)}`);
  }
  const [lon, lat] = p as number[];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) fail(`position [${lon}, ${lat}] is out of range (lon, lat order)`);
  if (decimals(lon) > 6 || decimals(lat) > 6) fail(`position [${lon}, ${lat}] has more than 6 decimals`);
}

function checkPolygon(rings: unknown, fail: (rule: string) => never): void {
  if (!Array.isArray(rings) || rings.length === 0) fail('a polygon needs at least one ring');
  (rings as unknown[]).forEach((ring, i) => {
    if (!Array.isArray(ring) || ring.length < 4) fail(`ring ${i} needs at least 4 positions`);
    (ring as unknown[]).forEach((p) => checkPosition(p, fail));
    const r = ring as Position[];
    if (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1]) fail(`ring ${i} is not closed`);
    const area = ringArea(r);
    if (i === 0 && area <= 0) fail('the outer ring must be counter-clockwise (RFC 7946)');
    if (i > 0 && area >= 0) fail(`hole ${i} must be clockwise (RFC 7946)`);
  });
}

function checkGeometry(g: unknown, fail: (rule: string) => never): void {
  if (!isObject(g)) fail('geometry must be an object');
  const { type, coordinates } = g as { type: unknown; coordinates: unknown };
  const list = (v: unknown): unknown[] => (Array.isArray(v) && v.length > 0 ? v : fail(`${show(type)} has no coordinates`));
  switch (type) {
    case 'Point':
      return checkPosition(coordinates, fail);
    case 'MultiPoint':
      return list(coordinates).forEach((p) => checkPosition(p, fail));
    case 'LineString':
      if (list(coordinates).length < 2) fail('a LineString needs at least 2 positions');
      return list(coordinates).forEach((p) => checkPosition(p, fail));
    case 'MultiLineString':
      return list(coordinates).forEach((line) => {
        if (list(line).length < 2) fail('each line of a MultiLineString needs at least 2 positions');
        list(line).forEach((p) => checkPosition(p, fail));
      });
    case 'Polygon':
      return checkPolygon(coordinates, fail);
    case 'MultiPolygon':
      return list(coordinates).forEach((poly) => checkPolygon(poly, fail));
    default:
      fail(`unsupported geometry type ${show(type)}`);
  }
}

/**
 * Checks one parsed `geo/*.geojson` file against the story feature rules and returns it typed.
 * Features whose geometry comes from Natural Earth (`naturalEarthCountry`) may have a null
 * geometry here; the loader fills it in.
 *
 * @example
 * validateLayer('geo/okinawa.geojson', JSON.parse(text)) // StoryCollection, or throws DataError
 */
export function validateLayer(file: string, json: unknown): StoryCollection<CheckedProperties> {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError(`${file}: must be a GeoJSON FeatureCollection with a "features" array`);
  }
  const seen = new Set<string>();
  json.features.forEach((feature: unknown, index: number) => {
    const label = isObject(feature) && typeof feature.id === 'string' ? `feature ${show(feature.id, 60)}` : `feature #${index}`;
    const fail = (rule: string): never => {
      throw new DataError(`${file}: ${label}: ${rule}`);
    };
    if (!isObject(feature) || feature.type !== 'Feature') fail('must be a GeoJSON Feature');
    const f = feature as Record<string, unknown>;
    if (!isId(f.id)) fail(`needs a string "id" of lower-case words joined by hyphens, at most ${MAX_ID} characters`);
    if (seen.has(f.id as string)) fail('duplicate id');
    seen.add(f.id as string);
    const p = f.properties;
    if (!isObject(p)) fail('needs "properties"');
    const props = p as Record<string, unknown>;
    if (!isText(props.name)) fail('needs a "name"');
    if (!isText(props.summary)) fail('needs a one-line "summary"');
    if (props.date !== undefined) {
      const [start, end, ...rest] = typeof props.date === 'string' ? props.date.split('/') : [];
      const valid = ISO_DATE.test(start ?? '') && rest.length === 0 && (end === undefined || end === '..' || ISO_DATE.test(end));
      if (!valid) {
        fail(`"date" must be ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, an interval a/b or an open one a/..), got ${show(props.date)}`);
      }
      // Compared at the coarser end's precision: "2019-05/2019" is within 2019, not backwards.
      const common = Math.min(start.length, end?.length ?? 0);
      if (end !== undefined && end !== '..' && end.slice(0, common) < start.slice(0, common)) {
        fail(`"date" ends before it starts: ${show(props.date)}`);
      }
    }
    if (!Array.isArray(props.source) || props.source.length === 0) fail('needs a "source" array with at least one citation');
    (props.source as unknown[]).forEach((s, i) => checkSource(s, `source ${i}`, fail));
    if (props.names !== undefined) checkNames(props.names, fail);
    if (props.claimants !== undefined) {
      if (!Array.isArray(props.claimants) || props.claimants.length < 2 || !props.claimants.every(isText)) {
        fail('"claimants" must list at least two claimants');
      }
      if (!(props.name as string).includes('(')) fail('a disputed place must be named with every side\'s name, e.g. "A (B)"');
      const unnamed = unnamedClaimants(props as { name: string; names?: PlaceName[]; claimants: string[] });
      if (unnamed.length) fail(`"names" must give the name each claimant uses; none is marked as used by ${unnamed.join(', ')}`);
    }
    if (props.claim === true && !/claim/i.test(props.name as string)) fail('a claim must be labelled as a claim in its name');
    if (f.geometry === null) {
      if (!isText(props.naturalEarthCountry)) fail('a null geometry needs "naturalEarthCountry"');
    } else {
      checkGeometry(f.geometry, fail);
    }
  });
  return json as unknown as StoryCollection<CheckedProperties>;
}

/**
 * Checks one layer entry (as in `geo/layers.json`, or a package's layer without its features) and
 * returns it typed; `fail` throws with the rule broken. Duplicate ids are the caller's to find.
 */
export function checkLayerEntry(entry: unknown, fail: (rule: string) => never): LayerManifestEntry {
  if (!isObject(entry)) fail('must be an object');
  const e = entry as Record<string, unknown>;
  if (!isId(e.id)) fail(`needs an "id" of lower-case words joined by hyphens, at most ${MAX_ID} characters`);
  for (const key of ['title', 'file', 'description']) if (!isText(e[key])) fail(`needs "${key}"`);
  if (typeof e.color !== 'string' || !COLOR.test(e.color)) fail('"color" must be a hex colour like #3b6fb6');
  if (typeof e.visible !== 'boolean') fail('"visible" must be true or false');
  if ('attribution' in e && !isText(e.attribution)) fail('"attribution" must be text');
  return e as unknown as LayerManifestEntry;
}

/** Checks `geo/layers.json`. */
export function validateManifest(file: string, json: unknown): LayerManifestEntry[] {
  if (!Array.isArray(json) || json.length === 0) throw new DataError(`${file}: must be a non-empty array of layers`);
  const ids = new Set<string>();
  return json.map((entry: unknown, i: number) => {
    const fail = (rule: string): never => {
      throw new DataError(`${file}: layer #${i}: ${rule}`);
    };
    const e = checkLayerEntry(entry, fail);
    if (ids.has(e.id)) fail(`duplicate id "${e.id}"`);
    ids.add(e.id);
    return e;
  });
}
