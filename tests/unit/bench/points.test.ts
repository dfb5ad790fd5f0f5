import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { pointChunks, pointsFile, random } from '../../../bench/points';

const BBOX = [100, -10, 120, 5] as const;
const parse = (count: number, seed?: number) =>
  JSON.parse([...pointChunks(count, BBOX, seed)].join('')) as FeatureCollection<Point>;

describe('generated points', () => {
  it('are valid GeoJSON, as many as asked, inside the box, 5 decimals at most', () => {
    for (const count of [0, 1, 9_999, 10_001]) {
      const fc = parse(count);
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features).toHaveLength(count);
      const outside = fc.features.filter((f) => {
        const [lon, lat] = f.geometry.coordinates;
        return lon < 100 || lon > 120 || lat < -10 || lat > 5 || !/^-?\d+(\.\d{1,5})?$/.test(String(lon));
      });
      expect(outside).toEqual([]);
    }
  });

  it('wrap longitudes past 180° (RFC 7946), for a box across the antimeridian', () => {
    const fc = JSON.parse([...pointChunks(2000, [170, -10, 190, 10])].join('')) as FeatureCollection<Point>;
    const lons = fc.features.map((f) => f.geometry.coordinates[0]);
    expect(lons.every((lon) => (lon >= 170 && lon <= 180) || (lon >= -180 && lon <= -170))).toBe(true);
    expect(lons.some((lon) => lon < 0)).toBe(true);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(parse(50, 7)).toEqual(parse(50, 7));
    expect(parse(50, 7)).not.toEqual(parse(50, 8));
    const next = random(1);
    const values = Array.from({ length: 1000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('are written to a file once and reused', async () => {
    const file = await pointsFile(1234, BBOX);
    expect(JSON.parse(readFileSync(file, 'utf8')).features).toHaveLength(1234);
    expect(await pointsFile(1234, BBOX)).toBe(file);
  });
});
