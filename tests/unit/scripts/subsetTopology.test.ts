import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { subsetTopology } from '../../../scripts/subsetTopology.ts';

/**
 * Three unit squares in a row, A | B | C, sharing their middle edges (unquantized arcs):
 *   arc 0: A|B edge, arc 1: rest of A, arc 2: B|C edge, arc 3: B bottom, arc 4: B top, arc 5: rest of C.
 * B walks arc 0 backwards (~0 = -1) and C walks arc 2 backwards (~2 = -3).
 */
function squares(): Topology {
  return {
    type: 'Topology',
    bbox: [0, 0, 3, 1],
    arcs: [
      [[1, 0], [1, 1]],
      [[1, 1], [0, 1], [0, 0], [1, 0]],
      [[2, 0], [2, 1]],
      [[1, 0], [2, 0]],
      [[2, 1], [1, 1]],
      [[2, 0], [3, 0], [3, 1], [2, 1]],
    ],
    objects: {
      shapes: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'A', arcs: [[0, 1]] },
          { type: 'Polygon', id: 'B', arcs: [[3, 2, 4, -1]] },
          { type: 'Polygon', id: 'C', arcs: [[-3, 5]] },
        ],
      },
    },
  } as Topology;
}

const geometries = (t: Topology) => (t.objects.shapes as GeometryCollection).geometries;
const byId = (t: Topology, id: string) => geometries(t).find((g) => g.id === id)!;
const keepIds = (...ids: string[]) => (g: { id?: string | number }) => ids.includes(String(g.id));

describe('subsetTopology', () => {
  it('keeps only the geometries accepted', () => {
    expect(geometries(subsetTopology(squares(), 'shapes', keepIds('B'))).map((g) => g.id)).toEqual(['B']);
  });

  it('drops the arcs the kept geometries do not use', () => {
    const original = squares();
    const subset = subsetTopology(original, 'shapes', keepIds('B'));
    expect(subset.arcs).toEqual([original.arcs[3], original.arcs[2], original.arcs[4], original.arcs[0]]);
  });

  it('renumbers arc references, reversed ones included', () => {
    const subset = subsetTopology(squares(), 'shapes', keepIds('B'));
    // Old 3, 2, 4, ~0 become 0, 1, 2, ~3.
    expect(byId(subset, 'B')).toMatchObject({ arcs: [[0, 1, 2, -4]] });
  });

  it('renumbers a geometry whose first reference is reversed', () => {
    const original = squares();
    const subset = subsetTopology(original, 'shapes', keepIds('C'));
    expect(subset.arcs).toEqual([original.arcs[2], original.arcs[5]]);
    expect(byId(subset, 'C')).toMatchObject({ arcs: [[-1, 1]] });
  });

  it('shares an arc used by two kept geometries once', () => {
    const subset = subsetTopology(squares(), 'shapes', keepIds('A', 'B'));
    expect(subset.arcs).toHaveLength(5);
    expect(byId(subset, 'A')).toMatchObject({ arcs: [[0, 1]] });
    expect(byId(subset, 'B')).toMatchObject({ arcs: [[2, 3, 4, -1]] });
  });

  it('gives the same GeoJSON for a kept geometry as the original does', () => {
    const original = squares();
    const subset = subsetTopology(original, 'shapes', keepIds('B'));
    expect(feature(subset, byId(subset, 'B'))).toEqual(feature(original, byId(original, 'B')));
  });

  it('gives the same GeoJSON for a geometry that starts with a reversed arc', () => {
    const original = squares();
    const subset = subsetTopology(original, 'shapes', keepIds('C'));
    expect(feature(subset, byId(subset, 'C'))).toEqual(feature(original, byId(original, 'C')));
  });

  it('renumbers the arcs of a MultiPolygon', () => {
    const original = squares();
    geometries(original).push({ type: 'MultiPolygon', id: 'AC', arcs: [[[0, 1]], [[-3, 5]]] });
    const subset = subsetTopology(original, 'shapes', keepIds('AC'));
    expect(byId(subset, 'AC')).toMatchObject({ arcs: [[[0, 1]], [[-3, 3]]] });
    expect(feature(subset, byId(subset, 'AC'))).toEqual(feature(original, byId(original, 'AC')));
  });

  it('keeps geometries without arcs as they are', () => {
    const original = squares();
    geometries(original).push({ type: 'Point', id: 'P', coordinates: [0.5, 0.5] });
    const subset = subsetTopology(original, 'shapes', keepIds('P'));
    expect(subset.arcs).toEqual([]);
    expect(byId(subset, 'P')).toEqual({ type: 'Point', id: 'P', coordinates: [0.5, 0.5] });
  });

  it('keeps the transform and the bounding box', () => {
    const original = { ...squares(), transform: { scale: [0.5, 0.5], translate: [100, 10] } } as Topology;
    const subset = subsetTopology(original, 'shapes', keepIds('B'));
    expect(subset.transform).toEqual(original.transform);
    expect(subset.bbox).toEqual(original.bbox);
  });

  it('gives the same GeoJSON from a quantized topology', () => {
    const original = { ...squares(), transform: { scale: [0.5, 0.5], translate: [100, 10] } } as Topology;
    // Quantized arcs are delta-encoded: first position absolute, the rest relative.
    original.arcs = original.arcs.map((arc) => arc.map((p, i) => (i === 0 ? p : [p[0] - arc[i - 1][0], p[1] - arc[i - 1][1]])));
    const subset = subsetTopology(original, 'shapes', keepIds('C'));
    expect(feature(subset, byId(subset, 'C'))).toEqual(feature(original, byId(original, 'C')));
  });

  it('does not change the original topology', () => {
    const original = squares();
    subsetTopology(original, 'shapes', keepIds('B'));
    expect(original).toEqual(squares());
  });

  it('throws for an object that is not there', () => {
    expect(() => subsetTopology(squares(), 'countries', () => true)).toThrow('"countries"');
  });
});
