import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { readOsmLand } from '../../../scripts/detailLand.ts';
import { islandOutline } from '../../../scripts/islandOutline.ts';

/** Kadena Air Base: the point the outline is the island of. */
const KADENA: [number, number] = [127.77, 26.355];
/** Degrees the outline may stray from OSM's coast (about 100 m: 1.5 px at zoom 10). */
const OKINAWA_TOLERANCE = 0.001;

describe('islandOutline', () => {
  const land = readOsmLand();

  it("is geo/okinawa.geojson's outline of Okinawa Island: regenerate it from here if the land changes", () => {
    const geo = JSON.parse(readFileSync(new URL('../../../geo/okinawa.geojson', import.meta.url), 'utf8')) as FeatureCollection;
    const okinawa = geo.features.find((f) => f.id === 'okinawa')!;
    expect(okinawa.geometry).toEqual(islandOutline(land, KADENA, OKINAWA_TOLERANCE));
  });

  it('measures within 1.5% of the island\'s real 1,207 km², in at most 400 points', () => {
    const outline = islandOutline(land, KADENA, OKINAWA_TOLERANCE);
    expect(outline.coordinates[0].length).toBeLessThanOrEqual(400);
    expect(Math.abs(area(outline) / 1e6 - 1207)).toBeLessThan(1207 * 0.015);
  });

  it("lies on the coast the map draws close in: each ring within 150 m of the other's edge (2 px at zoom 10)", () => {
    const outline = islandOutline(land, KADENA, OKINAWA_TOLERANCE).coordinates[0];
    const coast = land.coordinates.find((p) => booleanPointInPolygon(KADENA, { type: 'Polygon', coordinates: p }))![0];
    const farthest = (from: number[][], to: number[][]) => Math.max(...from.map((p) => pointToLineDistance(p, lineString(to), { units: 'meters' })));
    expect(farthest(outline, coast)).toBeLessThan(150);
    expect(farthest(coast, outline)).toBeLessThan(150);
  });

  it('says so when no island holds the point', () => {
    expect(() => islandOutline(land, [135, 20], 0.005)).toThrow("no land in OpenStreetMap's land polygons holds 135, 20");
  });
});
