import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { area, bbox, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { subsetTopology } from './subsetTopology.ts';
import { countryKey } from '../src/map/countryKey.ts';

/** Where 1:10m detail is shipped: the seas and islands the story zooms into (W, S, E, N). */
export const DETAIL_REGION: [number, number, number, number] = [95, -15, 160, 47];

const readTopology = (name: string): Topology =>
  JSON.parse(readFileSync(new URL(import.meta.resolve(`world-atlas/${name}`)), 'utf8')) as Topology;

const overlaps = (a: number[], b: number[]): boolean => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** One label point per country, inside its largest polygon, ranked by area (rank 1 = largest). */
function countryLabels(topology: Topology): FeatureCollection<Point, { name: string; rank: number }> {
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const labels = fc.features
    .filter((f) => f.geometry)
    .map((f) => {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const largest = polygons
        .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
        .reduce((a, b) => (area(a) >= area(b) ? a : b));
      let point = centerOfMass(largest).geometry;
      if (!booleanPointInPolygon(point, largest)) point = pointOnFeature(largest).geometry;
      const coordinates = point.coordinates.map((n) => Math.round(n * 1000) / 1000);
      return { name: f.properties.name, area: area(f as Feature<Polygon | MultiPolygon>), coordinates };
    })
    .sort((a, b) => b.area - a.area);
  return {
    type: 'FeatureCollection',
    features: labels.map((l, i) => ({
      type: 'Feature',
      properties: { name: l.name, rank: i + 1 },
      geometry: { type: 'Point', coordinates: l.coordinates },
    })),
  };
}

/**
 * The basemap files the app fetches, by file name: Natural Earth 1:50m countries for every view,
 * 1:10m countries around the story's seas for close-ups (loaded only when zoomed in), and
 * country label points.
 */
export interface BasemapAssets {
  files: Record<string, string>;
  /** countryKey of each country that the 1:10m file holds. */
  detailIds: string[];
  /** Every country name the map may draw as a label. */
  labelNames: string[];
}

/** `detail: false` leaves the 1:10m file out (the single-file build): 1:50m is then drawn at every zoom. */
export function basemapAssets(options: { detail?: boolean } = {}): BasemapAssets {
  const countries50 = readTopology('countries-50m.json');
  const labels = countryLabels(countries50);
  const labelNames = labels.features.map((f) => f.properties.name);
  const base = {
    'basemap/countries-50m.json': JSON.stringify(subsetTopology(countries50, 'countries', () => true)),
    'basemap/labels.json': JSON.stringify(labels),
  };
  if (options.detail === false) return { files: base, detailIds: [], labelNames };
  const countries10 = readTopology('countries-10m.json');
  const detailIds = new Set(
    (feature(countries10, countries10.objects.countries) as FeatureCollection).features
      .filter((f) => f.geometry && overlaps(bbox(f), DETAIL_REGION))
      .map((f) => countryKey(f.id, (f.properties as { name: string }).name)),
  );
  const detail = subsetTopology(countries10, 'countries', (g) => detailIds.has(countryKey(g.id, (g.properties as { name: string }).name)));
  const files = { ...base, 'basemap/countries-10m-region.json': JSON.stringify(detail) };
  return { files, detailIds: [...detailIds].sort(), labelNames };
}
