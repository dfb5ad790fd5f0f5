import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Geometry, Position } from 'geojson';
import { pointToLineDistance } from '@turf/turf';
import { loadStory } from '../../../scripts/loadStory.ts';
import {
  KM_PER_NMI,
  closedArea,
  distanceKm,
  featureCentre,
  formatArea,
  formatDistance,
  formatNumber,
  geometryArea,
  greatCirclePath,
  nearestDistance,
  pathLength,
  rangeRing,
  unwrap,
} from '../../../src/explore/measure.ts';

const NAHA: Position = [127.6809, 26.2124];
const UOTSURI: Position = [123.4749, 25.7436];
const TOKYO: Position = [139.6917, 35.6895];
const CANBERRA: Position = [149.13, -35.2809];

const story = loadStory(fileURLToPath(new URL('../../..', import.meta.url)));
const geometry = (id: string): Geometry => story.layers.flatMap((l) => l.data.features).find((f) => f.id === id)!.geometry;

describe('pathLength (great circle, Turf)', () => {
  it('measures Naha to Uotsuri-jima in the Senkakus as about 424 km', () => {
    expect(pathLength([NAHA, UOTSURI])).toBeCloseTo(424, -1);
    expect(Math.abs(pathLength([NAHA, UOTSURI]) - 424)).toBeLessThan(2);
  });

  it('measures Tokyo to Canberra as about 7,950 km', () => {
    expect(Math.abs(pathLength([TOKYO, CANBERRA]) - 7950)).toBeLessThan(15);
  });

  it('adds the legs of a path', () => {
    expect(pathLength([NAHA, UOTSURI, NAHA])).toBeCloseTo(2 * pathLength([NAHA, UOTSURI]), 6);
  });

  it('is 0 for fewer than two points', () => {
    expect(pathLength([])).toBe(0);
    expect(pathLength([NAHA])).toBe(0);
  });

  it('measures across the antimeridian the short way', () => {
    expect(pathLength([[179.5, 0], [-179.5, 0]])).toBeCloseTo(111.2, 0);
    expect(pathLength([[179.5, 0], [180.5, 0]])).toBeCloseTo(111.2, 0);
  });
});

describe('areas', () => {
  it('gives a one-degree square at the equator about 12,364 km²', () => {
    expect(closedArea([[0, 0], [1, 0], [1, 1], [0, 1]])).toBeCloseTo(12364, -1);
  });

  it('gives 0 for fewer than three points', () => {
    expect(closedArea([[0, 0], [1, 0]])).toBe(0);
  });

  it('gives Okinawa Island about its real 1,200 km² and nothing for a point', () => {
    const okinawa = geometryArea(geometry('okinawa'))!;
    expect(okinawa).toBeGreaterThan(1100);
    expect(okinawa).toBeLessThan(1400);
    expect(geometryArea(geometry('senkaku-islands'))).toBeNull();
  });
});

describe('nearestDistance between features', () => {
  it('is the plain distance between two points', () => {
    const d = nearestDistance({ type: 'Point', coordinates: NAHA }, { type: 'Point', coordinates: UOTSURI });
    expect(d).toBeCloseTo(distanceKm(NAHA, UOTSURI), 6);
  });

  it('measures to the middle of an edge, as Turf does', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[0, 0], [10, 0]] };
    const d = nearestDistance({ type: 'Point', coordinates: [5, 2] }, line);
    expect(d).toBeCloseTo(pointToLineDistance([5, 2], { type: 'LineString', coordinates: [[0, 0], [10, 0]] }, { units: 'kilometers' }), 0);
    expect(d).toBeCloseTo(222.4, 0);
  });

  it('measures to an end of an edge when the point lies beyond it', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[0, 0], [10, 0]] };
    expect(nearestDistance({ type: 'Point', coordinates: [12, 0] }, line)).toBeCloseTo(distanceKm([12, 0], [10, 0]), 6);
  });

  it('is 0 for a point inside a polygon, and for overlapping polygons', () => {
    const square: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]] };
    const other: Geometry = { type: 'Polygon', coordinates: [[[3, 3], [6, 3], [6, 6], [3, 6], [3, 3]]] };
    expect(nearestDistance({ type: 'Point', coordinates: [2, 2] }, square)).toBe(0);
    expect(nearestDistance(square, other)).toBe(0);
  });

  it('puts Okinawa Island a little nearer the Senkakus than Naha is (its west coast)', () => {
    const d = nearestDistance(geometry('okinawa'), geometry('senkaku-islands'));
    expect(d).toBeGreaterThan(405);
    expect(d).toBeLessThan(424);
  });

  it('is symmetric and quick even for two large countries', () => {
    const t = performance.now();
    const d = nearestDistance(geometry('japan'), geometry('india'));
    expect(performance.now() - t).toBeLessThan(1000);
    expect(nearestDistance(geometry('india'), geometry('japan'))).toBeCloseTo(d, 6);
    expect(d).toBeGreaterThan(2000);
    expect(d).toBeLessThan(3500);
  });
});

describe('featureCentre', () => {
  it('is the point itself for a point', () => {
    expect(featureCentre({ type: 'Point', coordinates: NAHA })).toEqual(NAHA);
  });

  it('lies on Okinawa Island for Okinawa', () => {
    const [lon, lat] = featureCentre(geometry('okinawa'));
    expect(lon).toBeGreaterThan(127.6);
    expect(lon).toBeLessThan(128.3);
    expect(lat).toBeGreaterThan(26.1);
    expect(lat).toBeLessThan(26.9);
  });

  it('lies in the lower 48 for the United States and on Honshu for Japan', () => {
    const [usLon, usLat] = featureCentre(geometry('united-states'));
    expect(usLon).toBeGreaterThan(-110);
    expect(usLon).toBeLessThan(-85);
    expect(usLat).toBeGreaterThan(32);
    expect(usLat).toBeLessThan(45);
    const [jpLon, jpLat] = featureCentre(geometry('japan'));
    expect(jpLon).toBeGreaterThan(135);
    expect(jpLon).toBeLessThan(141);
    expect(jpLat).toBeGreaterThan(34);
    expect(jpLat).toBeLessThan(39);
  });
});

describe('drawing', () => {
  it('follows the great circle between points, ending on them exactly', () => {
    const path = greatCirclePath([TOKYO, CANBERRA]);
    expect(path[0]).toEqual(TOKYO);
    expect(path.at(-1)).toEqual(CANBERRA);
    expect(path.length).toBeGreaterThan(60);
    expect(pathLength(path)).toBeCloseTo(pathLength([TOKYO, CANBERRA]), 3);
  });

  it('keeps longitudes continuous across the antimeridian', () => {
    const path = greatCirclePath([[170, 0], [-170, 0]]);
    for (let i = 1; i < path.length; i++) expect(Math.abs(path[i][0] - path[i - 1][0])).toBeLessThan(2);
    expect(path.at(-1)![0]).toBeCloseTo(190, 6);
  });

  it('unwraps a list of longitudes around a start', () => {
    expect(unwrap([[179, 0], [-179, 0], [-178, 1]])).toEqual([[179, 0], [181, 0], [182, 1]]);
  });

  it('draws a range ring whose every point lies at the radius', () => {
    const centre = featureCentre(geometry('okinawa'));
    const ring = rangeRing(centre, 500 * KM_PER_NMI).coordinates[0];
    expect(ring.length).toBe(129);
    for (const p of ring) expect(distanceKm(centre, p)).toBeCloseTo(926, 0);
  });

  it('keeps a range ring continuous when it crosses the antimeridian', () => {
    const ring = rangeRing([179, -17], 500).coordinates[0];
    for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(5);
  });
});

describe('formatting', () => {
  it('writes numbers as a briefing would', () => {
    expect(formatNumber(4.237)).toBe('4.24');
    expect(formatNumber(42.37)).toBe('42.4');
    expect(formatNumber(423.7)).toBe('424');
    expect(formatNumber(7951.9)).toBe('7,950');
  });

  it('writes distances in km and nautical miles, and areas in km²', () => {
    expect(formatDistance(423.6)).toBe('424 km (229 nmi)');
    expect(formatArea(12363.7)).toBe('12,360 km²');
  });
});
