import { describe, expect, it } from 'vitest';
import { median, percentile, ratios } from '../../../bench/stats';

describe('bench statistics', () => {
  it('median of odd and even counts, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('percentiles interpolate between closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 95)).toBeCloseTo(38.5);
    expect(percentile([10, 20, 30, 40], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40], 100)).toBe(40);
    expect(percentile([7], 95)).toBe(7);
  });

  it('pair-wise ratios need runs in pairs', () => {
    expect(ratios([2, 3], [1, 2])).toEqual([2, 1.5]);
    expect(() => ratios([1], [1, 2])).toThrow(/cannot pair 1 runs with 2/);
  });
});
