import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Geometry } from 'geojson';
import { labelPoints } from '../../../src/story/labelPoints.ts';
import type { StoryCollection } from '../../../src/story/types.ts';

const layer = (geometry: Geometry, extra: Record<string, unknown> = {}): StoryCollection =>
  ({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'f',
        properties: { id: 'f', name: 'F', summary: 's', source: [], ...extra },
        geometry,
      },
    ],
  }) as unknown as StoryCollection;

describe('labelPoints', () => {
  it('keeps a point where it is, with the feature id and name', () => {
    const [label] = labelPoints(layer({ type: 'Point', coordinates: [127.9, 26.5] })).features;
    expect(label).toEqual({ type: 'Feature', id: 'f', properties: { id: 'f', name: 'F' }, geometry: { type: 'Point', coordinates: [127.9, 26.5] } });
  });

  it('puts a C-shaped polygon\'s label inside it, not in its hollow', () => {
    const c: Geometry = {
      type: 'Polygon',
      coordinates: [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]]],
    };
    const [label] = labelPoints(layer(c)).features;
    expect(booleanPointInPolygon(label.geometry.coordinates, c)).toBe(true);
  });

  it('labels a multipolygon inside its largest part', () => {
    const [label] = labelPoints(
      layer({
        type: 'MultiPolygon',
        coordinates: [
          [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
          [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]],
        ],
      }),
    ).features;
    expect(label.geometry.coordinates[0]).toBeGreaterThan(10);
  });

  it('labels a dashed line at the middle of its middle dash', () => {
    const [label] = labelPoints(
      layer({
        type: 'MultiLineString',
        coordinates: [
          [[0, 0], [1, 0]],
          [[5, 5], [6, 6], [7, 7]],
          [[9, 9], [10, 10]],
        ],
      }),
    ).features;
    expect(label.geometry.coordinates).toEqual([6, 6]);
  });

  it('leaves countries out (the basemap names them)', () => {
    expect(labelPoints(layer({ type: 'Point', coordinates: [0, 0] }, { naturalEarthCountry: 'Japan' })).features).toEqual([]);
  });
});
