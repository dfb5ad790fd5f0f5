import { describe, expect, it } from 'vitest';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, GeometryCollection } from 'geojson';
import { maritimeZones, readMaritime } from '../../../scripts/maritimeZones.ts';
import { DETAIL_REGION } from '../../../scripts/basemapAssets.ts';

describe('maritimeZones (the clip)', () => {
  it('keeps what meets the region, cut to it, named by ISO code and English name', () => {
    const borders: FeatureCollection<GeometryCollection, { isoA3: string; isoA2?: string }> = {
      type: 'FeatureCollection',
      features: [
        // Across the region's west edge (10°E) / wholly outside it.
        { type: 'Feature', properties: { isoA3: 'JPN', isoA2: 'JP' }, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [[[5, 0], [15, 0], [15, 5], [5, 5], [5, 0]]] }] } },
        { type: 'Feature', properties: { isoA3: 'BES' }, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [[[-5, 0], [-1, 0], [-1, 5], [-5, 5], [-5, 0]]] }] } },
      ],
    };
    const zones = maritimeZones(borders, [10, -10, 20, 10]);
    expect(zones.features.map((f) => f.properties)).toEqual([{ iso: 'JPN', name: 'Japan' }]);
    expect(bbox(zones)).toEqual([10, 0, 15, 5]);
  });
});

describe('the shipped territorial seas', () => {
  const zones = maritimeZones(readMaritime(), DETAIL_REGION);
  const whose = (at: number[]) => zones.features.filter((f) => booleanPointInPolygon(at, f)).map((f) => f.properties.iso);

  // Points at sea a few km off each island (the story's points, or GeoNames' for Itu Aba), and
  // the open Philippine Sea.
  it.each([
    ['off Okinawa (East China Sea side, west of Naha)', [127.6, 26.2], ['JPN']],
    ['off Itu Aba, held by Taiwan', [114.33, 10.4], ['TWN']],
    ['off Woody Island, held by China', [112.3, 16.8], ['CHN']],
    ['off the Senkakus, which OSM puts in no polygon', [123.52, 25.78], []],
    ['the open Philippine Sea', [130, 20], []],
  ])('%s', (_, at, expected) => {
    expect(whose(at)).toEqual(expected);
  });

  it('stays inside the region', () => {
    const [w, s, e, n] = bbox(zones);
    expect(w).toBeGreaterThanOrEqual(DETAIL_REGION[0]);
    expect(s).toBeGreaterThanOrEqual(DETAIL_REGION[1]);
    expect(e).toBeLessThanOrEqual(DETAIL_REGION[2]);
    expect(n).toBeLessThanOrEqual(DETAIL_REGION[3]);
  });
});
