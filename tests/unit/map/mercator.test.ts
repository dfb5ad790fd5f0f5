import { describe, expect, it } from 'vitest';
import { mercator } from '../../../src/map/mercator.ts';

describe('mercator', () => {
  it('puts 0°, 0° in the middle of the world and 180° at its east edge', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
  });

  it('puts 85.0511°N, the edge of MapLibre\'s square world, at its top', () => {
    expect(mercator([0, 85.0511287798])[1]).toBeCloseTo(0, 9);
    expect(mercator([0, -85.0511287798])[1]).toBeCloseTo(1, 9);
  });
});
