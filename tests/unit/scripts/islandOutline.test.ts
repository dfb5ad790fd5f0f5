import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { readOsmLand } from '../../../scripts/detailLand.ts';
import { islandOutline } from '../../../scripts/islandOutline.ts';

/** Kadena Air Base: the point the outline is the island of. */
const KADENA: [number, number] = [127.77, 26.355];
/** Degrees the outline may stray from OSM's coast (about 500 m: 4 px at zoom 10). */
const OKINAWA_TOLERANCE = 0.005;

describe('islandOutline', () => {
  const land = readOsmLand();

  it("is geo/okinawa.geojson's outline of Okinawa Island: regenerate it from here if the land changes", () => {
    const geo = JSON.parse(readFileSync(new URL('../../../geo/okinawa.geojson', import.meta.url), 'utf8')) as FeatureCollection;
    const okinawa = geo.features.find((f) => f.id === 'okinawa')!;
    expect(okinawa.geometry).toEqual(islandOutline(land, KADENA, OKINAWA_TOLERANCE));
  });

  it('measures within 1.5% of the island\'s real 1,207 km², in fewer than 250 points', () => {
    const outline = islandOutline(land, KADENA, OKINAWA_TOLERANCE);
    expect(outline.coordinates[0].length).toBeLessThan(250);
    expect(Math.abs(area(outline) / 1e6 - 1207)).toBeLessThan(1207 * 0.015);
  });

  it('says so when no island holds the point', () => {
    expect(() => islandOutline(land, [135, 20], 0.005)).toThrow("no land in OpenStreetMap's land polygons holds 135, 20");
  });
});
