import { describe, expect, it } from 'vitest';
import length from '@turf/length';
import distance from '@turf/distance';
import type { Position } from 'geojson';
import { DASH_KM, dashedOutline, GAP_KM } from '../../../src/map/dashedOutline.ts';

const square: Position[] = [[110, 10], [115, 10], [115, 15], [110, 15], [110, 10]];
const km = (line: Position[]) => length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } });

describe('dashedOutline', () => {
  const dashes = dashedOutline({ type: 'Polygon', coordinates: [square] }).coordinates;

  it('draws DASH_KM, leaves GAP_KM, all the way round', () => {
    const perimeter = km(square);
    expect(dashes.length).toBe(Math.ceil(perimeter / (DASH_KM + GAP_KM)));
    // Every dash but the last (cut short where the ring closes) is DASH_KM long, turning corners too.
    for (const dash of dashes.slice(0, -1)) expect(km(dash)).toBeCloseTo(DASH_KM, 0);
    for (let i = 1; i < dashes.length; i++) expect(distance(dashes[i - 1].at(-1)!, dashes[i][0])).toBeCloseTo(GAP_KM, 0);
    const drawn = dashes.reduce((sum, d) => sum + km(d), 0);
    expect(drawn / perimeter).toBeCloseTo(DASH_KM / (DASH_KM + GAP_KM), 1);
  });

  it('stays on the edge, starting at its first vertex, with at most 6 decimals', () => {
    expect(dashes[0][0]).toEqual([110, 10]);
    for (const [lon, lat] of dashes.flat()) {
      const onEdge = lon === 110 || lon === 115 || lat === 10 || lat === 15;
      expect(onEdge, `${lon},${lat}`).toBe(true);
      expect(Math.abs(lon * 1e6 - Math.round(lon * 1e6))).toBeLessThan(1e-6);
      expect(Math.abs(lat * 1e6 - Math.round(lat * 1e6))).toBeLessThan(1e-6);
    }
  });

  it('dashes every ring of a multipolygon, holes included', () => {
    const small: Position[] = [[120, 0], [121, 0], [121, 1], [120, 0]];
    const multi = dashedOutline({ type: 'MultiPolygon', coordinates: [[square], [small]] }).coordinates;
    expect(multi.length).toBe(dashes.length + dashedOutline({ type: 'Polygon', coordinates: [small] }).coordinates.length);
    expect(multi.some((d) => d[0][0] === 120 && d[0][1] === 0)).toBe(true);
  });

  it('draws a ring shorter than one dash whole', () => {
    const tiny: Position[] = [[120, 0], [120.1, 0], [120.1, 0.1], [120, 0]];
    expect(dashedOutline({ type: 'Polygon', coordinates: [tiny] }).coordinates).toEqual([tiny]);
  });
});
