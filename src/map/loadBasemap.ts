import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { embedded, folders, urls } from 'virtual:data-files';
import { countryKey } from './countryKey';
import { unwrapRing } from './unwrapRing';

/** The served address of data file `name`: its own, or its folder's and its name (see `folders`). */
function urlOf(name: string): string | undefined {
  if (Object.hasOwn(urls, name)) return urls[name];
  const prefix = Object.keys(folders).find((p) => name.startsWith(p) && name.length > p.length);
  return prefix === undefined ? undefined : folders[prefix] + name.slice(prefix.length);
}

/** Whether the build wrote data file `name` (or, in a folder, the folder it would be in). */
export const hasDataFile = (name: string): boolean => Object.hasOwn(embedded, name) || urlOf(name) !== undefined;

/**
 * One of the build's data files by logical name: from inside the bundle where the build carries
 * it (the single file), else fetched relative to the page (works under any sub-path).
 */
export async function fetchDataFile<T>(name: string): Promise<T> {
  if (Object.hasOwn(embedded, name)) return embedded[name] as T;
  const url = urlOf(name);
  if (!url) throw new Error(`the build has no data file "${name}"`);
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI));
  } catch {
    throw new Error(`could not read ${name}: the server did not answer`);
  }
  if (!response.ok) throw new Error(`could not read ${name}: the server answered ${response.status}`);
  return (await response.json()) as T;
}

export type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string; key: string }>;

/** Natural Earth countries as GeoJSON, each with its name and its `countryKey` (`key`) as properties. */
export function countriesFrom(topology: Topology): Countries {
  const fc = feature(topology, topology.objects.countries) as Countries;
  for (const f of fc.features) {
    f.properties = { name: f.properties.name, key: countryKey(f.id, f.properties.name) };
    const g = f.geometry;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(unwrapRing);
    else g.coordinates = g.coordinates.map((polygon) => polygon.map(unwrapRing));
  }
  return fc;
}

export const loadCountries = async (name: string) => countriesFrom(await fetchDataFile<Topology>(name));
/** A basemap label point: a country, an authored sea, a city or an airfield (see basemapAssets). */
export interface LabelProperties {
  kind: 'country' | 'sea' | 'city' | 'airfield';
  name: string;
  [key: string]: unknown;
}
export const loadLabels = () => fetchDataFile<FeatureCollection<Point, LabelProperties>>('basemap/labels.json');

/**
 * Who made the basemap's data, with the words each licence asks for: Natural Earth's land and
 * country names, SimpleMaps' cities (CC BY 4.0, with its link), OurAirports' airfields, and the
 * seas' names authored here from IHO S-23 and national sources.
 */
// Text, not links: in a room without a network a stray click should not try to leave. The
// addresses are written out because CC BY asks for a link to the source.
export const BASEMAP_ATTRIBUTION = [
  'Natural Earth',
  'SimpleMaps World Cities, CC BY 4.0, simplemaps.com',
  'OurAirports',
  'Sea names: IHO S-23 and national sources',
].join(' · ');

/** What every view draws: Natural Earth 1:50m countries and the basemap's label points. */
export interface Basemap {
  countries: Countries;
  labels: FeatureCollection<Point, LabelProperties>;
}

export async function loadBasemap(): Promise<Basemap> {
  const [countries, labels] = await Promise.all([loadCountries('basemap/countries-50m.json'), loadLabels()]);
  return { countries, labels };
}
