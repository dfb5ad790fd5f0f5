import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { walkGeometry } from '../../../src/map/walkGeometry.ts';

/** What the walk met, in order. */
function walked(g: Geometry): string[] {
  const seen: string[] = [];
  walkGeometry(g, {
    point: (p) => seen.push(`point ${p.join(',')}`),
    line: (l) => seen.push(`line ${l.length}`),
    polygon: (p) => seen.push(`polygon ${p.coordinates.length}`),
  });
  return seen;
}

const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];

describe('walkGeometry', () => {
  it('meets every point, line, ring and polygon of the seven geometry types', () => {
    expect(walked({ type: 'Point', coordinates: [1, 2] })).toEqual(['point 1,2']);
    expect(walked({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] })).toEqual(['point 1,2', 'point 3,4']);
    expect(walked({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toEqual(['line 2']);
    expect(walked({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 4]]] })).toEqual(['line 2', 'line 3']);
    expect(walked({ type: 'Polygon', coordinates: [ring, ring] })).toEqual(['line 4', 'line 4', 'polygon 2']);
    expect(walked({ type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] })).toEqual(['line 4', 'polygon 1', 'line 4', 'line 4', 'polygon 2']);
    expect(
      walked({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [5, 6] }, { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[0, 0], [1, 1]] }] }] }),
    ).toEqual(['point 5,6', 'line 2']);
  });

  it('calls only the visitors given', () => {
    let lines = 0;
    walkGeometry({ type: 'Polygon', coordinates: [ring] }, { line: () => lines++ });
    expect(lines).toBe(1);
  });
});
