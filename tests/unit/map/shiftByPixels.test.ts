import { describe, expect, it } from 'vitest';
import { shiftByPixels } from '../../../src/map/shiftByPixels';

describe('shiftByPixels', () => {
  it('moves east by the degrees a pixel spans at the zoom', () => {
    // At zoom 2 the world is 2048 px wide: 10 px is 360 × 10 / 2048 degrees.
    expect(shiftByPixels([[140, 10]], 10, 0, 2)).toEqual([[141.75781, 10]]);
  });

  it('moves north more slowly in degrees nearer the pole, as Mercator stretches it', () => {
    const [[, fromEquator]] = shiftByPixels([[0, 0]], 0, -10, 4);
    const [[, from60]] = shiftByPixels([[0, 60]], 0, -10, 4);
    expect(fromEquator).toBeCloseTo(0.43945, 4);
    expect(from60 - 60).toBeCloseTo(0.43945 * Math.cos((60 * Math.PI) / 180), 2);
  });

  it('keeps a ring closed and every point moved alike', () => {
    const ring: [number, number][] = [[120, 20], [125, 20], [125, 25], [120, 20]];
    const moved = shiftByPixels(ring, 7, 3, 5);
    expect(moved[3]).toEqual(moved[0]);
    expect(moved[1][0] - moved[0][0]).toBeCloseTo(5, 4);
  });

  it('stops at ±85° latitude', () => {
    expect(shiftByPixels([[0, 84]], 0, -1e6, 3)[0][1]).toBe(85);
  });
});
