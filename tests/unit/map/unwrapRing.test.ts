import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { unwrapRing } from '../../../src/map/unwrapRing.ts';

/** Longest jump in longitude between consecutive positions of a ring. */
const longestStep = (ring: Position[]) => Math.max(0, ...ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i][0])));

describe('unwrapRing', () => {
  it('moves a ring cut at 180° east of 180° in one piece', () => {
    // A Fiji-like island from 179°E to 179.5°W, as Natural Earth writes it.
    const fiji = [[179, -17], [-179.5, -17], [-179.5, -16], [179, -16], [179, -17]];
    expect(unwrapRing(fiji)).toEqual([[179, -17], [180.5, -17], [180.5, -16], [179, -16], [179, -17]]);
  });

  it('leaves no long jump in an unwrapped ring', () => {
    const chukotka = [[178, 65], [-175, 65], [-172, 68], [-180, 70], [180, 70], [178, 65]];
    expect(longestStep(unwrapRing(chukotka))).toBeLessThanOrEqual(180);
  });

  it('leaves a ring that does not cross 180° untouched', () => {
    const okinawa = [[127.6, 26.1], [128.3, 26.1], [128.3, 26.9], [127.6, 26.9], [127.6, 26.1]];
    expect(unwrapRing(okinawa)).toBe(okinawa);
  });

  it('leaves a western-hemisphere ring untouched', () => {
    const cuba = [[-85, 20], [-74, 20], [-74, 23], [-85, 23], [-85, 20]];
    expect(unwrapRing(cuba)).toBe(cuba);
  });

  it('leaves a ring around the South Pole untouched', () => {
    const antarctica = [[-180, -90], [-180, -70], [0, -65], [180, -70], [180, -90], [-180, -90]];
    expect(unwrapRing(antarctica)).toBe(antarctica);
  });
});
