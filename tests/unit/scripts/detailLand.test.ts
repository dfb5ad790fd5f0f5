import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { detailLandFiles, landCells, type LandCell } from '../../../scripts/detailLand.ts';
import { DETAIL_REGION } from '../../../scripts/basemapAssets.ts';
import { cellsInView } from '../../../src/map/detailLand.ts';

const require = createRequire(import.meta.url);
const countries10m = () => JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const geoPoint = (file: string, name: string): Position => {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
  const f = fc.features.find((x) => String(x.properties?.name).startsWith(name));
  if (f?.geometry.type !== 'Point') throw new Error(`${file} has no point named ${name}`);
  return f.geometry.coordinates;
};

describe('landCells (the clip)', () => {
  // A 3° x 2° island across the 5° cell line at 125°E, with a lake, and a border down its middle.
  const island: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [[123, 26], [126, 26], [126, 28], [123, 28], [123, 26]],
        [[123.5, 26.5], [124, 26.5], [124, 27], [123.5, 27], [123.5, 26.5]],
      ],
    ],
  };
  const cells = landCells(island, [[[124.5, 25], [124.5, 29]]], [120, 25, 130, 30]);
  const part = (cell: LandCell, p: string) => cell.features.find((f) => f.properties.part === p);

  it('writes a file for each cell with land, none for the rest', () => {
    expect(Object.keys(cells).sort()).toEqual(['basemap/land-osm/120_25.json', 'basemap/land-osm/125_25.json']);
  });

  it('cuts the land at the cell line, keeping its hole, with the cell square as cover', () => {
    const west = cells['basemap/land-osm/120_25.json'];
    const east = cells['basemap/land-osm/125_25.json'];
    const km2 = (c: LandCell) => area(part(c, 'land')!.geometry as MultiPolygon);
    const whole = area(island);
    expect(km2(west) + km2(east)).toBeCloseTo(whole, -6);
    expect(km2(east) / whole).toBeCloseTo(1 / 2.75, 1);
    expect(booleanPointInPolygon([123.7, 26.7], part(west, 'land')!.geometry as MultiPolygon)).toBe(false);
    expect(part(east, 'cover')!.geometry).toEqual({ type: 'Polygon', coordinates: [[[125, 25], [130, 25], [130, 30], [125, 30], [125, 25]]] });
  });

  it('cuts the land borders to the cell they cross', () => {
    expect(part(cells['basemap/land-osm/120_25.json'], 'border')!.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[124.5, 25], [124.5, 29]]] });
    expect(part(cells['basemap/land-osm/125_25.json'], 'border')).toBeUndefined();
  });
});

/** The OSM land the build ships, as the build makes it (a few seconds: the world's land is read). */
describe('the shipped close-in land', () => {
  let files: Record<string, string>;
  beforeAll(() => {
    files = detailLandFiles(countries10m(), DETAIL_REGION);
  }, 60_000);
  const landAt = (at: Position): MultiPolygon => {
    const [name] = cellsInView(10, [at[0] - 1e-6, at[1] - 1e-6, at[0] + 1e-6, at[1] + 1e-6], Object.keys(files));
    const cell = JSON.parse(files[name]) as LandCell;
    return cell.features.find((f) => f.properties.part === 'land')!.geometry as MultiPolygon;
  };

  // Uotsuri-shima, the largest of the Senkakus, at the story's point for the islands.
  // Itu Aba (Taiping Island), 10°22′38″N 114°21′56″E (GeoNames 1560563; not a story point).
  it.each([
    ['Uotsuri-shima (Senkakus)', geoPoint('geo/east-china-sea.geojson', 'Senkaku Islands')],
    ['Itu Aba', [114.3656, 10.3772]],
    ['Woody Island', geoPoint('geo/south-china-sea.geojson', 'Woody Island')],
    ['Fiery Cross Reef', geoPoint('geo/south-china-sea.geojson', 'Fiery Cross Reef')],
  ])('keeps %s as land', (_, at) => {
    expect(booleanPointInPolygon(at, landAt(at))).toBe(true);
  });

  it("draws Okinawa Island within 2 % of its surveyed 1,207 km², nearer than Natural Earth's 1:10m", () => {
    // Okinawa Island (沖縄島): 1,207 km², Geospatial Information Authority of Japan, island areas
    // in 全国都道府県市区町村別面積調 (as Okinawa Prefecture cites it).
    const naha = [127.8, 26.35];
    const island = landAt(naha).coordinates.find((rings) => booleanPointInPolygon(naha, { type: 'Polygon', coordinates: rings }))!;
    const km2 = area({ type: 'Polygon', coordinates: island }) / 1e6;
    const countries = countries10m();
    const japan = (feature(countries, countries.objects.countries) as FeatureCollection<MultiPolygon>).features.find((f) => f.properties?.name === 'Japan')!;
    const ne = japan.geometry.coordinates.find((rings) => booleanPointInPolygon(naha, { type: 'Polygon', coordinates: rings } as Polygon))!;
    const neKm2 = area({ type: 'Polygon', coordinates: ne }) / 1e6;
    expect(Math.abs(km2 - 1207) / 1207).toBeLessThan(0.02);
    expect(Math.abs(km2 - 1207)).toBeLessThan(Math.abs(neKm2 - 1207));
  });
});
