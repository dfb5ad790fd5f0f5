import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { along, area, bbox, bearing, booleanPointInPolygon, centerOfMass, destination, distance, length, lineString, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { subsetTopology } from './subsetTopology.ts';
import { countryKey } from '../src/map/countryKey.ts';
import { unwrapRing } from '../src/map/unwrapRing.ts';
import { mercator, WORLD_PX } from '../src/map/mercator.ts';
import { airfields, cities, type Box } from './basemapPlaces.ts';
import { validateSeas, type Seas } from './validateSeas.ts';
import { parseJson } from '../src/story/parseJson.ts';
import { detailLandFiles } from './detailLand.ts';
import { maritimeZones, readMaritime } from './maritimeZones.ts';
import { MARITIME_FILE } from '../src/map/maritimeZones.ts';

/** Where 1:10m detail is shipped: the seas and islands the story zooms into (W, S, E, N). */
export const DETAIL_REGION: Box = [95, -15, 160, 47];
/** Where the basemap names cities and airfields: the first view's Indo-Pacific, India to Hawaii. */
export const PLACES_REGION: Box = [62, -47, 200, 50];
/** The authored seas, oceans, straits and gulfs (see validateSeas). */
export const SEAS_FILE = 'geo/seas.geojson';

/**
 * The seas as label points: their English name, rank and rotation only (names and sources stay in
 * geo/). A sea with a `closeIn` point has two: the first drawn `until` that zoom, the other `from` it.
 */
const seaLabels = (seas: Seas): Feature<Point>[] =>
  seas.features.flatMap((f) => {
    const { name, rank, rotate = 0, closeIn } = f.properties;
    const label = (geometry: Point, zooms: object = {}): Feature<Point> => ({ type: 'Feature', properties: { kind: 'sea', id: f.id, name, rank, rotate, ...zooms }, geometry });
    if (!closeIn) return [label(f.geometry)];
    return [label(f.geometry, { until: closeIn.zoom }), label({ type: 'Point', coordinates: closeIn.coordinates }, { from: closeIn.zoom })];
  });

const readTopology = (name: string): Topology =>
  JSON.parse(readFileSync(new URL(import.meta.resolve(`world-atlas/${name}`)), 'utf8')) as Topology;

const overlaps = (a: number[], b: number[]): boolean => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

const round3 = (p: number[]) => p.map((n) => Math.round(n * 1000) / 1000);

/**
 * A point inside a polygon: its centre of mass where that is inside, else a point on it; a
 * longitude past 180° (an unwrapped ring's) is given west of it.
 */
function inside(polygon: Polygon): number[] {
  const point = centerOfMass(polygon).geometry;
  const [lon, lat] = booleanPointInPolygon(point, polygon) ? point.coordinates : pointOnFeature(polygon).geometry.coordinates;
  return round3([lon > 180 ? lon - 360 : lon, lat]);
}

/** Degrees between a large country's repeated names close in. */
const GRID = 5;
/**
 * A large land's names along its edge close in: a point every EDGE_STEP_KM of its outer ring,
 * INLAND_KM inside it, kept where no kept one is within EDGE_KM (the ring winds, so points a step
 * apart along it can be close). The grid alone missed coasts: from the East China Sea (zoom 6, the
 * map beside the panel) China is a strip of coast 1.5° wide between grid lines, and went unnamed.
 */
const EDGE_STEP_KM = 100;
const EDGE_KM = 500;
const INLAND_KM = 50;
/** The smallest land whose edge is named (km²): the continents; islands have names of their own. */
const EDGE_KM2 = 1_000_000;

/** The points along `polygon`'s edge where its country is named (see EDGE_KM). */
function edgePoints(polygon: Polygon): number[][] {
  const ring = lineString(polygon.coordinates[0]);
  const points: number[][] = [];
  const perimeter = length(ring);
  for (let km = 0; km < perimeter; km += EDGE_STEP_KM) {
    const at = along(ring, km);
    const heading = bearing(at, along(ring, km + 1));
    const inland = [90, -90]
      .map((turn) => destination(at, INLAND_KM, heading + turn).geometry.coordinates)
      .filter((p) => booleanPointInPolygon(p, polygon));
    if (inland.length === 1 && points.every((p) => distance(p, inland[0]) >= EDGE_KM)) points.push(round3(inland[0]));
  }
  return points;
}

/** The smallest island named on its own close in (km²): Okinawa Island is about 1,200. */
const ISLAND_KM2 = 800;
/** How many of a country's other islands, largest first, are named from zoom 5 (the rest from 6). */
const ISLANDS_AT_5 = 2;

type CountryLabel = { kind: 'country'; name: string; rank: number; z: number };

/** The fewest CSS pixels between two of a country's names on the map: about half the map beside the panel. */
export const NAME_SPACING_PX = 400;

/**
 * The same names, each drawn from the first whole zoom at which it is NAME_SPACING_PX or more from
 * every one before it that is drawn there (in MapLibre's WORLD_PX-wide world at zoom 0; a layer's
 * filter sees its tile's zoom, a whole number). The first come first: the country's main
 * name, then its islands largest first, its edges, its grid. Without this a country of islands
 * repeats its name on each: seven times over Luzon at zoom 6.
 */
function spaced(labels: Feature<Point, CountryLabel>[]): Feature<Point, CountryLabel>[] {
  const kept: { at: [number, number]; z: number }[] = [];
  return labels.map((label) => {
    const at = mercator(label.geometry.coordinates);
    // The zoom from which `at` is far enough from `other`: WORLD_PX · 2^z · d ≥ NAME_SPACING_PX.
    const apart = (other: [number, number]) => {
      const dx = Math.abs(at[0] - other[0]);
      // The short way round: across the antimeridian too.
      return Math.log2(NAME_SPACING_PX / (WORLD_PX * Math.hypot(Math.min(dx, 1 - dx), at[1] - other[1])));
    };
    let z = label.properties.z;
    // Two names are both drawn from the later one's zoom: there they must be far enough apart.
    for (;;) {
      const crowded = kept.find((k) => apart(k.at) > Math.max(z, k.z));
      if (!crowded) break;
      z = Math.ceil(apart(crowded.at));
    }
    kept.push({ at, z });
    return { ...label, properties: { ...label.properties, z } };
  });
}

/**
 * Country label points, ranked by area (rank 1 = largest): one inside each country's largest
 * polygon, drawn at every zoom; and, in `region`, close-in names inside each of its other islands
 * of ISLAND_KM2 or more (the two largest from zoom 5, the rest from 6), and from zoom 6 on a GRID-degree grid inside large
 * countries and along the edges of lands of EDGE_KM2 or more, so a country is named wherever the
 * view is (China seen from the East China Sea, Japan on Okinawa); each from the zoom where it is
 * far enough from the others (see spaced).
 */
function countryLabels(topology: Topology, region: Box): FeatureCollection<Point, CountryLabel> {
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const countries = fc.features
    .filter((f) => f.geometry)
    .map((f) => {
      const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
        // A ring cut at 180° in one piece (Fiji's Vanua Levu): its area and inside are then its own.
        .map((coordinates): Polygon => ({ type: 'Polygon', coordinates: coordinates.map(unwrapRing) }))
        .map((polygon) => ({ polygon, km2: area(polygon) / 1e6 }))
        .sort((a, b) => b.km2 - a.km2);
      return { name: f.properties.name, km2: polygons.reduce((sum, p) => sum + p.km2, 0), polygons };
    })
    .sort((a, b) => b.km2 - a.km2);
  const point = (properties: CountryLabel, coordinates: number[]): Feature<Point, CountryLabel> => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates },
  });
  // The region runs past 180° (to 160°W).
  const inRegion = ([lon, lat]: number[]) => [lon, lon + 360].some((x) => x >= region[0] && x <= region[2]) && lat >= region[1] && lat <= region[3];
  const features = countries.flatMap((c, i) => {
    const label = (z: number) => ({ kind: 'country' as const, name: c.name, rank: i + 1, z });
    const main = point(label(0), inside(c.polygons[0].polygon));
    const islands = c.polygons
      .slice(1)
      .filter((p) => p.km2 >= ISLAND_KM2)
      .map((p) => inside(p.polygon))
      .filter(inRegion)
      .map((at, j) => point(label(j < ISLANDS_AT_5 ? 5 : 6), at));
    const grid = c.polygons.flatMap(({ polygon }) => {
      const [w, s, e, n] = bbox(polygon);
      const points: number[][] = [];
      for (let lon = Math.ceil(w / GRID) * GRID; lon <= e; lon += GRID) {
        for (let lat = Math.ceil(s / GRID) * GRID; lat <= n; lat += GRID) {
          if (inRegion([lon, lat]) && booleanPointInPolygon([lon, lat], polygon)) points.push([lon, lat]);
        }
      }
      return points.map((at) => point(label(6), at));
    });
    const edges = c.polygons
      .filter((p) => p.km2 >= EDGE_KM2)
      .flatMap((p) => edgePoints(p.polygon))
      .filter(inRegion);
    // A grid point near the edge gives way to the edge's name: two would name one stretch of land twice.
    const inner = grid.filter((g) => edges.every((e) => distance(e, g.geometry.coordinates) >= EDGE_KM / 2));
    return spaced([main, ...islands, ...edges.map((at) => point(label(6), at)), ...inner]);
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The basemap files the app fetches, by file name: Natural Earth 1:50m countries for every view,
 * 1:10m countries around the story's seas for close-ups (loaded only when zoomed in), and one
 * file of label points (each with its `kind`): countries, the authored seas, cities and airfields.
 */
export interface BasemapAssets {
  files: Record<string, string>;
  /** countryKey of each country that the 1:10m file holds. */
  detailIds: string[];
  /** Every name the map may draw as a label. */
  labelNames: string[];
  /** Every sea name (drawn in italics). */
  seaNames: string[];
}

/**
 * `root` is the project (for `geo/seas.geojson`). `detail: false` leaves the 1:10m file out (the
 * single-file build): 1:50m is then drawn at every zoom.
 */
export function basemapAssets(root: string, options: { detail?: boolean } = {}): BasemapAssets {
  const countries50 = readTopology('countries-50m.json');
  const seas = validateSeas(SEAS_FILE, parseJson(SEAS_FILE, readFileSync(join(root, SEAS_FILE), 'utf8')));
  const labels: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: [...countryLabels(countries50, PLACES_REGION).features, ...seaLabels(seas), ...cities(PLACES_REGION, DETAIL_REGION), ...airfields(PLACES_REGION)],
  };
  const labelNames = labels.features.map((f) => f.properties!.name as string);
  const seaNames = seas.features.map((f) => f.properties.name);
  const base = {
    'basemap/countries-50m.json': JSON.stringify(subsetTopology(countries50, 'countries', () => true)),
    'basemap/labels.json': JSON.stringify(labels),
    // Every name of every sea, with its source: fetched when a sea is clicked or searched for.
    'basemap/seas.json': JSON.stringify(seas),
    // The optional territorial seas: small enough for the single file too (see docs/basemap.md).
    [MARITIME_FILE]: JSON.stringify(maritimeZones(readMaritime(), DETAIL_REGION)),
  };
  if (options.detail === false) return { files: base, detailIds: [], labelNames, seaNames };
  const countries10 = readTopology('countries-10m.json');
  const detailIds = new Set(
    (feature(countries10, countries10.objects.countries) as FeatureCollection).features
      .filter((f) => f.geometry && overlaps(bbox(f), DETAIL_REGION))
      .map((f) => countryKey(f.id, (f.properties as { name: string }).name)),
  );
  const detail = subsetTopology(countries10, 'countries', (g) => detailIds.has(countryKey(g.id, (g.properties as { name: string }).name)));
  const files = {
    ...base,
    'basemap/countries-10m-region.json': JSON.stringify(detail),
    // OSM's land close in (see docs/basemap.md).
    ...detailLandFiles(countries10, DETAIL_REGION),
  };
  return { files, detailIds: [...detailIds].sort(), labelNames, seaNames };
}
