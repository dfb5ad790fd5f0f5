import { readFileSync } from 'node:fs';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { MaritimeZone } from '../src/map/maritimeZones.ts';
import type { Box } from './basemapPlaces.ts';

type OsmBorder = Feature<GeometryCollection, { isoA3: string; isoA2?: string }>;

/** `@osm_borders/maritime_1000m`: each country's area by OpenStreetMap, its land and its territorial sea. */
export function readMaritime(): FeatureCollection<GeometryCollection, OsmBorder['properties']> {
  return JSON.parse(readFileSync(new URL(import.meta.resolve('@osm_borders/maritime_1000m/borders.geo.json')), 'utf8'));
}

/** Three decimals of a degree (about 100 m): the data is simplified to 1,000 m. */
const round = (p: Position): Position => [Math.round(p[0] * 1e3) / 1e3, Math.round(p[1] * 1e3) / 1e3];

const english = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * The countries' OSM areas (land and territorial sea: the app draws the land over them, so the sea
 * is what shows) that meet `region`, cut to it, each named by its ISO code and English name.
 * Sea no country's polygon covers (the high seas, or where OSM maps none, as round the Senkakus)
 * is in no feature.
 */
export function maritimeZones(borders: FeatureCollection<GeometryCollection, OsmBorder['properties']>, region: Box): FeatureCollection<MultiPolygon, MaritimeZone> {
  const features = borders.features.flatMap((f): Feature<MultiPolygon, MaritimeZone>[] => {
    const polygons = f.geometry.geometries.flatMap((g) =>
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [],
    );
    const clipped = polygons.flatMap((rings) => {
      const g = bboxClip({ type: 'Polygon', coordinates: rings } as Polygon, region).geometry as Polygon;
      const kept = g.coordinates.map((ring) => ring.map(round)).filter((ring) => ring.length >= 4);
      return kept.length ? [kept] : [];
    });
    if (!clipped.length) return [];
    const { isoA3, isoA2 } = f.properties;
    const name = (isoA2 && english.of(isoA2)) || isoA3;
    return [{ type: 'Feature', properties: { iso: isoA3, name }, geometry: { type: 'MultiPolygon', coordinates: clipped } }];
  });
  return { type: 'FeatureCollection', features };
}
