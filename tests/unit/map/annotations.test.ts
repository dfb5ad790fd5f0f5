import { describe, expect, it } from 'vitest';
import { annotationFeatures } from '../../../src/map/annotations.ts';

describe('annotationFeatures', () => {
  it('draws an arrow as its path and a two-stroke head meeting at the tip', () => {
    const fc = annotationFeatures([{ kind: 'arrow', coordinates: [[120, 0], [130, 0]], color: '#e4002b', width: 4 }]);
    expect(fc.features).toHaveLength(3);
    const [, left, right] = fc.features.map((f) => (f.geometry as { coordinates: number[][] }).coordinates);
    expect(left[1]).toEqual([130, 0]);
    expect(right[1]).toEqual([130, 0]);
    // The head points back along the path, one stroke each side of it.
    expect(left[0][0]).toBeLessThan(130);
    expect(Math.sign(left[0][1])).toBe(-Math.sign(right[0][1]));
  });
  it('draws areas as polygons and labels as points carrying their text and style', () => {
    const fc = annotationFeatures([
      { kind: 'area', coordinates: [[120, 20], [121, 20], [121, 21], [120, 20]], color: '#000000', width: 2 },
      { kind: 'text', coordinates: [[124, 25]], color: '#0057b8', width: 2, text: 'Senkakus' },
    ]);
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
    expect(fc.features[1].properties).toEqual({ kind: 'text', color: '#0057b8', width: 2, text: 'Senkakus' });
  });
});
