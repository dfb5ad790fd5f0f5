import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { featureBounds } from '../../../src/map/featureBounds.ts';

const f = (geometry: Geometry | null): Feature => ({ type: 'Feature', properties: {}, geometry: geometry as Geometry });
const point = (lon: number, lat: number) => f({ type: 'Point', coordinates: [lon, lat] });

describe('featureBounds', () => {
  it('gives a point a box of zero size at the point', () => {
    expect(featureBounds([point(127.9, 26.5)])).toEqual([127.9, 26.5, 127.9, 26.5]);
  });

  it('boxes a polygon', () => {
    const polygon = f({
      type: 'Polygon',
      coordinates: [[[120, 10], [125, 10], [125, 18], [120, 18], [120, 10]]],
    });
    expect(featureBounds([polygon])).toEqual([120, 10, 125, 18]);
  });

  it('boxes a line', () => {
    const line = f({ type: 'LineString', coordinates: [[110, 5], [118, 20], [114, 12]] });
    expect(featureBounds([line])).toEqual([110, 5, 118, 20]);
  });

  it('boxes a MultiPolygon over all its parts', () => {
    const multi = f({
      type: 'MultiPolygon',
      coordinates: [
        [[[120, 10], [121, 10], [121, 11], [120, 11], [120, 10]]],
        [[[130, 30], [131, 30], [131, 31], [130, 31], [130, 30]]],
      ],
    });
    expect(featureBounds([multi])).toEqual([120, 10, 131, 31]);
  });

  it('boxes the members of a GeometryCollection', () => {
    const gc = f({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [100, 1] },
        { type: 'Point', coordinates: [105, -3] },
      ],
    });
    expect(featureBounds([gc])).toEqual([100, -3, 105, 1]);
  });

  it('takes the short way across the antimeridian for a United States-like extent', () => {
    // Aleutians at 172°E, Maine at 66°W: the box runs east from 172 to 294 (= -66 + 360).
    const bounds = featureBounds([point(172, 52), point(-66, 45), point(-120, 19), point(-150, 71)]);
    expect(bounds).toEqual([172, 19, 294, 71]);
  });

  it('does not cross the antimeridian when the direct way is shorter', () => {
    expect(featureBounds([point(100, 0), point(150, 10)])).toEqual([100, 0, 150, 10]);
  });

  it('unions several features', () => {
    expect(featureBounds([point(127.9, 26.5), point(123.5, 25.7), point(117.8, 15.2)])).toEqual([117.8, 15.2, 127.9, 26.5]);
  });

  it('skips features without geometry', () => {
    expect(featureBounds([f(null), point(127.9, 26.5)])).toEqual([127.9, 26.5, 127.9, 26.5]);
  });

  it('gives null for no features', () => {
    expect(featureBounds([])).toBeNull();
  });

  it('gives null when no feature has a geometry', () => {
    expect(featureBounds([f(null)])).toBeNull();
  });
});
