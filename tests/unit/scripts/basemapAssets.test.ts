import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { basemapAssets, NAME_SPACING_PX } from '../../../scripts/basemapAssets.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const labels = JSON.parse(basemapAssets(root, { detail: false }).files['basemap/labels.json']) as FeatureCollection<
  Point,
  { kind: string; name: string; z: number; from?: number; until?: number }
>;

describe('country label points', () => {
  /** Where `country` is named from the zooms `from` accepts. */
  const named = (country: string, from: (z: number) => boolean) =>
    labels.features.filter((f) => f.properties.kind === 'country' && f.properties.name === country && from(f.properties.z)).map((f) => f.geometry.coordinates);

  it('name China on the East China Sea coast at zoom 6, all the map beside the panel shows of it there (#map=6/28/125)', () => {
    const onCoast = named('China', (z) => z <= 6).filter(([lon, lat]) => lon > 120.3 && lon < 122 && lat > 26.5 && lat < 31.5);
    expect(onCoast.length).toBeGreaterThan(0);
  });

  it("never draw two of a country's names closer than NAME_SPACING_PX", () => {
    // Web Mercator pixels at `zoom` (512 at zoom 0), the short way round the world.
    const pixels = ([a, b]: number[], [c, d]: number[], zoom: number) => {
      const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
      const dx = Math.abs(a - c) / 360;
      return 512 * 2 ** zoom * Math.hypot(Math.min(dx, 1 - dx), y(b) - y(d));
    };
    const countries = labels.features.filter((f) => f.properties.kind === 'country');
    const crowded = countries.flatMap((f, i) =>
      countries
        .slice(i + 1)
        .filter((g) => g.properties.name === f.properties.name)
        .map((g) => ({ name: f.properties.name, zoom: Math.max(f.properties.z, g.properties.z), a: f.geometry.coordinates, b: g.geometry.coordinates }))
        .filter(({ zoom, a, b }) => pixels(a, b, zoom) < NAME_SPACING_PX - 1),
    );
    expect(crowded).toEqual([]);
    // The Philippines at zoom 6 over Luzon (#map=6/15/121): once or twice, not on each of nine islands.
    const luzon = named('Philippines', (z) => z <= 6).filter(([lon, lat]) => Math.abs(lon - 121) < 4.7 && Math.abs(lat - 15) < 4.2);
    expect(luzon.length).toBeGreaterThanOrEqual(1);
    expect(luzon.length).toBeLessThanOrEqual(2);
  });

  it('name Fiji on Viti Levu: a ring cut at 180° is joined before its centre is found', () => {
    const [[lon, lat]] = named('Fiji', (z) => z === 0);
    expect(lon).toBeGreaterThan(177.2);
    expect(lon).toBeLessThan(178.7);
    expect(lat).toBeGreaterThan(-18.3);
    expect(lat).toBeLessThan(-17.3);
  });

  // (Not Australia: its islands off the coast, Melville Island by Darwin, are named on their own.)
  it('name a large country close in no more than once every 250 km', () => {
    for (const country of ['China', 'India', 'Mongolia']) {
      const closeIn = named(country, (z) => z === 6);
      const nearest = closeIn.map((p, i) => Math.min(...closeIn.filter((_, j) => j !== i).map((q) => distance(p, q))));
      expect(Math.min(...nearest), country).toBeGreaterThanOrEqual(250);
    }
  });
});

describe('sea label points', () => {
  it("draw the East China Sea's name at its own point close in, and at the first view's point until then", () => {
    const ecs = labels.features.filter((f) => f.properties.kind === 'sea' && f.properties.name === 'East China Sea');
    expect(ecs.map((f) => [f.geometry.coordinates, f.properties.until, f.properties.from])).toEqual([
      [[126.5, 31.5], 6, undefined],
      [[127.5, 30.5], undefined, 6],
    ]);
  });
});
