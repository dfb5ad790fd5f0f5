import type { PlaceName } from '../src/story/types.ts';
import type { Seas } from '../src/map/seas.ts';
import { checkNames, DataError } from '../src/story/validateLayer.ts';
import { show } from '../src/story/show.ts';

export type { Seas };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isLonLat = (c: unknown): boolean =>
  Array.isArray(c) && c.length === 2 && c.every(Number.isFinite) && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90;

/**
 * Checks the authored seas file: each feature a label point with a stable id, its English name
 * (also the first of its `names`), a rank and sources. Throws a DataError naming the file, the
 * feature and the rule.
 *
 * @example
 * validateSeas('geo/seas.geojson', JSON.parse(text)).features.length // 22
 */
export function validateSeas(file: string, json: unknown): Seas {
  const fc = json as { type?: unknown; features?: unknown };
  if (typeof json !== 'object' || json === null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataError(`${file}: must be a GeoJSON FeatureCollection`);
  }
  const ids = new Set<string>();
  (fc.features as unknown[]).forEach((f, i) => {
    const feature = (f ?? {}) as { id?: unknown; properties?: Record<string, unknown> | null; geometry?: { type?: unknown; coordinates?: unknown } | null };
    const fail = (rule: string): never => {
      throw new DataError(`${file}: feature ${typeof feature.id === 'string' ? `"${feature.id}"` : `#${i}`}: ${rule}`);
    };
    if (typeof feature.id !== 'string' || !ID.test(feature.id)) fail('needs an "id" of lower-case words joined by hyphens');
    if (ids.has(feature.id as string)) fail('duplicate id');
    ids.add(feature.id as string);
    const p = feature.properties;
    if (!p || typeof p !== 'object') fail('needs "properties"');
    if (!isText(p!.name)) fail('needs a "name"');
    if (![1, 2, 3, 4].includes(p!.rank as number)) fail(`"rank" must be 1 (ocean) to 4 (strait), got ${show(p!.rank)}`);
    if (p!.rotate !== undefined && !(typeof p!.rotate === 'number' && Math.abs(p!.rotate) <= 90)) fail('"rotate" must be degrees between -90 and 90');
    if (p!.altNames !== undefined && !(Array.isArray(p!.altNames) && p!.altNames.every(isText))) fail('"altNames" must be a list of names');
    checkNames(p!.names, fail);
    const first = (p!.names as PlaceName[])[0];
    if (first.name !== p!.name || first.lang !== 'en') fail('the first of "names" must be the English "name" drawn on the map');
    if (!Array.isArray(p!.source) || p!.source.length === 0) fail('needs a "source" array with at least one citation');
    const g = feature.geometry;
    if (g?.type !== 'Point' || !isLonLat(g.coordinates)) fail('needs a Point geometry at [lon, lat] where its name is drawn');
    const closeIn = p!.closeIn as { zoom?: unknown; coordinates?: unknown } | undefined;
    if (closeIn !== undefined && !(typeof closeIn === 'object' && closeIn !== null && Number.isInteger(closeIn.zoom) && (closeIn.zoom as number) >= 1 && (closeIn.zoom as number) <= 22 && isLonLat(closeIn.coordinates))) {
      fail('"closeIn" must be { "zoom": a whole zoom from 1 to 22, "coordinates": [lon, lat] }');
    }
  });
  return json as Seas;
}
